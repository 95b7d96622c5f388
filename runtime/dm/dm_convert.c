#include <complex.h>
#include <string.h>
#include "dm.h"

/* i^q for q = 0..3 */
static const dm_cplx ipow[4] = {CMPLX(1, 0), CMPLX(0, 1), CMPLX(-1, 0), CMPLX(0, -1)};

/* rho = (I + sum_v x_v P_v) / d; P_v has one entry per column j, in row
   j ^ xmask[v]. */
void dm_from_bloch(dm_cplx *rho, const double *x, const dm_ctx_t *c)
{
    int d = c->d, v, j;
    double s = 1.0 / d;

    if (c->moment_var != NULL)
    {
        for (v = 0; v < c->npauli; v++)
            c->xp[v] = x[c->moment_var[v + 1]];
        x = c->xp;
    }
    else if (c->m->adapt_pair != NULL)
    {
        bloch_model_to_pauli(c->xp, x, c->m);
        x = c->xp;
    }
    memset(rho, 0, (size_t) d * d * sizeof(dm_cplx));
    for (j = 0; j < d; j++)
        rho[(size_t) j * d + j] = s;
    for (v = 0; v < c->npauli; v++)
    {
        const unsigned char *ph = c->phase + (size_t) v * d;
        unsigned xm = c->xmask[v];
        double a = x[v] * s;
        if (a == 0)
            continue;
        for (j = 0; j < d; j++)
            rho[(size_t) (j ^ xm) * d + j] += a * ipow[ph[j]];
    }
}

/* x_v = Re Tr(P_v rho) = Re sum_l i^phase(l) rho[l, l ^ xmask]; a moment
   model's variable the mean over its strings */
void dm_to_bloch(double *x, const dm_cplx *rho, const dm_ctx_t *c)
{
    int d = c->d, v, l;
    double *out = x;

    if (c->m->adapt_pair != NULL || c->moment_var != NULL)
        x = c->xp;
    for (v = 0; v < c->npauli; v++)
    {
        const unsigned char *ph = c->phase + (size_t) v * d;
        unsigned xm = c->xmask[v];
        double s = 0;
        for (l = 0; l < d; l++)
        {
            dm_cplx r = rho[(size_t) l * d + (l ^ xm)];
            switch (ph[l])
            {
                case 0: s += creal(r); break;
                case 1: s -= cimag(r); break;
                case 2: s -= creal(r); break;
                default: s += cimag(r); break;
            }
        }
        x[v] = s;
    }
    if (c->moment_var != NULL)
    {
        /* the moments of the permutation-symmetrized rho */
        for (v = 0; v < c->nobs; v++)
            out[v] = 0;
        for (v = 0; v < c->npauli; v++)
            out[c->moment_var[v + 1]] += x[v];
        for (v = 0; v < c->nobs; v++)
            out[v] /= c->moment_count[v];
    }
    else if (out != x)
        bloch_model_from_pauli(out, x, c->m);
}
