#include <stdlib.h>
#include "alloc.h"
#include "elim.h"

/* The nonlinear monomials as exponent vectors over the observables
   (offset: the parameters' slots, all zero by now). */
typedef struct
{
    slong count;
    ulong *exp;         /* count x n */
} monos_t;

/* Does mf[0..r) cover every monomial: at most one factor outside? */
static int covers(const monos_t *mo, slong n, const char *in)
{
    slong t, v;

    for (t = 0; t < mo->count; t++)
    {
        ulong out = 0;
        for (v = 0; v < n; v++)
            if (!in[v])
                out += mo->exp[t * n + v];
        if (out > 1)
            return 0;
    }
    return 1;
}

/* Next combination of r indices out of c (lexicographic); 0 at the end. */
static int next_comb(slong *idx, slong r, slong c)
{
    slong i = r - 1;

    while (i >= 0 && idx[i] == c - r + i)
        i--;
    if (i < 0)
        return 0;
    idx[i]++;
    for (i = i + 1; i < r; i++)
        idx[i] = idx[i - 1] + 1;
    return 1;
}

slong elim_mean_fields(slong *mf, const fmpq_mpoly_struct *f, slong n, slong rmax,
                       const fmpq_mpoly_ctx_t ctx)
{
    slong nvars = fmpq_mpoly_ctx_nvars(ctx), off = nvars - n, k, t, v, r, c = 0;
    ulong *e = blochgen_malloc(sizeof(ulong) * nvars);
    slong *cand = blochgen_malloc(sizeof(slong) * (n + 1)), *idx;
    char *in = blochgen_calloc(n + 1, 1), *used = blochgen_calloc(n + 1, 1);
    monos_t mo = {0, NULL};
    slong found = -1;

    for (k = 0; k < n; k++)
        for (t = 0; t < fmpq_mpoly_length(f + k, ctx); t++)
        {
            ulong deg = 0;
            fmpq_mpoly_get_term_exp_ui(e, f + k, t, ctx);
            for (v = 0; v < n; v++)
                deg += e[off + v];
            if (deg < 2)
                continue;
            mo.exp = blochgen_realloc(mo.exp, sizeof(ulong) * n * (mo.count + 1));
            for (v = 0; v < n; v++)
            {
                mo.exp[mo.count * n + v] = e[off + v];
                used[v] |= e[off + v] > 0;
            }
            mo.count++;
        }
    for (v = 0; v < n; v++)
        if (used[v])
            cand[c++] = v;
    idx = blochgen_malloc(sizeof(slong) * (rmax + 1));
    for (r = 0; r <= rmax && r <= c && found < 0; r++)
    {
        for (k = 0; k < r; k++)
            idx[k] = k;
        do
        {
            for (v = 0; v < n; v++)
                in[v] = 0;
            for (k = 0; k < r; k++)
                in[cand[idx[k]]] = 1;
            if (covers(&mo, n, in))
            {
                for (k = 0; k < r; k++)
                    mf[k] = cand[idx[k]];
                found = r;
                break;
            }
        } while (r > 0 && next_comb(idx, r, c));
    }
    free(idx);
    free(mo.exp);
    free(in);
    free(used);
    free(cand);
    free(e);
    return found;
}
