#include <complex.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include "phys.h"

void phys_random_pure(double *x, unsigned long seed, phys_t *ph)
{
    dm_ctx_t *c = &ph->c;
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    int d = c->d, i, j;
    dm_cplx *psi = c->B;
    double nrm = 0;

    gsl_rng_set(r, seed);
    for (i = 0; i < d; i++)
    {
        double re = gsl_ran_gaussian(r, 1.0);
        psi[i] = CMPLX(re, gsl_ran_gaussian(r, 1.0));
        nrm += creal(psi[i] * conj(psi[i]));
    }
    for (i = 0; i < d; i++)
        for (j = 0; j < d; j++)
            c->A[(size_t) i * d + j] = psi[i] * conj(psi[j]) / nrm;
    dm_to_bloch(x, c->A, c);
    gsl_rng_free(r);
}

