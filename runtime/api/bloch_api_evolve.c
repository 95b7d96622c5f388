/* Spectrum at a state, and time evolution to given times. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "bloch_api.h"
#include "evolve.h"
#include "stab.h"

int bloch_api_stability(double *wr, double *wi, int *sector, double *gap, double *freq,
                        int *verdict, double *rtol, const double *x, const double *p,
                        const bloch_model_t *m, char *msg, size_t n)
{
    stab_spectrum_t s;
    int k, st;

    stab_spectrum_init(&s, m);
    st = stab_spectrum(&s, x, p, m);
    if (st != 0)
    {
        if (n)
            snprintf(msg, n, "the eigenvalue iteration (LAPACK dgeev) failed at this state");
        stab_spectrum_clear(&s);
        return BLOCH_API_NO_CONVERGENCE;
    }
    for (k = 0; k < s.n; k++)
    {
        wr[k] = s.wr[k];
        wi[k] = s.wi[k];
        sector[k] = s.sector[k];
    }
    *gap = s.gap;
    *freq = s.freq;
    *verdict = s.verdict;
    *rtol = s.tol;
    stab_spectrum_clear(&s);
    if (n)
        msg[0] = '\0';
    return BLOCH_API_OK;
}

int bloch_api_evolve(double *out, int *done, const double *t, int nt, const double *x0,
                     const double *p, const char *method, double tol, const bloch_model_t *m,
                     char *msg, size_t n)
{
    int k, st;
    double *x = out;

    *done = 0;
    if (n)
        msg[0] = '\0';
    if (nt < 1 || !(tol > 0))
    {
        if (n)
            snprintf(msg, n, nt < 1 ? "no times given" : "tol must be positive");
        return BLOCH_API_BAD_INPUT;
    }
    for (k = 1; k < nt; k++)
        if (!(t[k] > t[k - 1]) || !isfinite(t[k]))
        {
            if (n)
                snprintf(msg, n, "the times must increase (t[%d] = %g after t[%d] = %g)", k,
                         t[k], k - 1, t[k - 1]);
            return BLOCH_API_BAD_INPUT;
        }
    if (!isfinite(t[0]))
    {
        if (n)
            snprintf(msg, n, "t[0] is not finite");
        return BLOCH_API_BAD_INPUT;
    }
    memcpy(x, x0, sizeof(double) * m->nobs);
    *done = 1;
    for (k = 1; k < nt; k++)
    {
        x = out + (size_t) k * m->nobs;
        memcpy(x, x - m->nobs, sizeof(double) * m->nobs);
        st = evolve_run(x, t[k - 1], t[k], 0, method ? method : "rk8pd", tol, p, m, NULL,
                        NULL, NULL, msg, n);
        if (st == EVOLVE_BAD_METHOD)
            return BLOCH_API_BAD_INPUT;
        if (st != EVOLVE_OK)
            return BLOCH_API_NO_CONVERGENCE;
        *done = k + 1;
    }
    return BLOCH_API_OK;
}
