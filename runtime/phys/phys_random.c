#include <complex.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include "phys.h"

void phys_random(double *x, unsigned long seed, phys_t *ph)
{
    dm_ctx_t *c = &ph->c;
    int d = c->d, i, j, l;
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    dm_cplx *G = c->B, *rho = c->A;
    double tr = 0;

    gsl_rng_set(r, seed);
    for (i = 0; i < d * d; i++)
    {
        double re = gsl_ran_gaussian(r, 1.0);
        G[i] = CMPLX(re, gsl_ran_gaussian(r, 1.0));
    }
    /* rho = G G^dag / Tr */
    for (i = 0; i < d; i++)
        for (j = 0; j < d; j++)
        {
            dm_cplx s = 0;
            for (l = 0; l < d; l++)
                s += G[(size_t) i * d + l] * conj(G[(size_t) j * d + l]);
            rho[(size_t) i * d + j] = s;
        }
    for (i = 0; i < d; i++)
        tr += creal(rho[(size_t) i * d + i]);
    for (i = 0; i < d * d; i++)
        rho[i] /= tr;
    dm_to_bloch(x, rho, c);
    gsl_rng_free(r);
}
