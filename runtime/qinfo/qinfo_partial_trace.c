#include <complex.h>
#include <stdlib.h>
#include "alloc.h"
#include "qinfo.h"

/* Basis index bits of the kept (or traced) sites, site 0 most significant:
   map[x] is the full index contribution of the sub-index x. */
static void qinfo_bit_map(size_t *map, int k, unsigned sites)
{
    size_t x, cnt = 0;
    int s;

    for (s = 0; s < k; s++)
        cnt += (sites >> s) & 1;
    for (x = 0; x < ((size_t) 1 << cnt); x++)
    {
        size_t full = 0, b = cnt;
        for (s = 0; s < k; s++)
            if ((sites >> s) & 1)
                full |= ((x >> --b) & 1) << (k - 1 - s);
        map[x] = full;
    }
}

int qinfo_partial_trace(double *out, const double *rho, int k, unsigned keep)
{
    const double complex *rc = (const double complex *) rho;
    double complex *oc = (double complex *) out;
    unsigned all, drop;
    size_t *mk, *md, dim, dk = 1, dd = 1, a, b, t;
    int s;

    if (k < 1 || k > 20)
        return -1;
    all = (1u << k) - 1;
    if (keep & ~all)
        return -1;
    drop = all & ~keep;
    for (s = 0; s < k; s++)
        *((keep >> s) & 1 ? &dk : &dd) *= 2;
    dim = dk * dd;
    if ((mk = blochgen_malloc(sizeof(size_t) * (dk + dd))) == NULL)
        return -1;
    md = mk + dk;
    qinfo_bit_map(mk, k, keep);
    qinfo_bit_map(md, k, drop);
    for (a = 0; a < dk; a++)
        for (b = 0; b < dk; b++)
        {
            double complex x = 0;
            for (t = 0; t < dd; t++)
                x += rc[(mk[a] | md[t]) * dim + (mk[b] | md[t])];
            oc[a * dk + b] = x;
        }
    free(mk);
    return 0;
}
