/* Steady states: the symmetric one, Newton, and every one (steady --all). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "bloch_api.h"
#include "elim.h"
#include "num.h"
#include "qinfo.h"
#include "phys.h"
#include "stab.h"
#include "steady.h"

static void say(char *msg, size_t n, const char *s)
{
    if (n)
        snprintf(msg, n, "%s", s);
}

int bloch_api_symmetric(double *x, const double *p, const bloch_model_t *m, char *msg,
                        size_t n)
{
    int st = steady_symmetric(x, p, m);

    say(msg, n, "");
    switch (st)
    {
        case STEADY_SYM_OK:
            return BLOCH_API_OK;
        case STEADY_SYM_NONE:
            say(msg, n, m->symmetry == NULL ? "the model declares no symmetry" :
                "no symmetric steady state found");
            return BLOCH_API_NO_RESULT;
        case STEADY_SYM_SINGULAR:
            say(msg, n, "a denominator of the closed-form symmetric state vanishes here");
            return BLOCH_API_NO_RESULT;
        case STEADY_SYM_AMBIGUOUS:
            say(msg, n, "several symmetric steady states here: none is the one");
            return BLOCH_API_NO_RESULT;
        default:
            say(msg, n, "the symmetric state is not representable in double precision "
                "(overflow or underflow; rescale the parameters)");
            return BLOCH_API_NO_CONVERGENCE;
    }
}

int bloch_api_steady(double *x, int *iters, double *resid, int broken, const double *p,
                     double tol, const bloch_model_t *m, char *msg, size_t n)
{
    steady_info_t info = {0, NAN, 0};
    int st;

    say(msg, n, "");
    if (!(tol > 0))
    {
        say(msg, n, "tol must be positive");
        return BLOCH_API_BAD_INPUT;
    }
    if (broken)
    {
        st = steady_symmetric(x, p, m);
        if (st != STEADY_SYM_OK)
            return bloch_api_symmetric(x, p, m, msg, n);
        st = steady_broken(x, &info, broken < 0 ? -1 : 1, p, tol, m);
        if (st == 1)
            say(msg, n, "the symmetric state has no unstable odd mode here, so no broken "
                "state branches off it");
        else if (st != 0)
            say(msg, n, "Newton from the symmetric state displaced along its unstable odd "
                "mode found no broken state");
        st = st == 0 ? BLOCH_API_OK : st == 1 ? BLOCH_API_NO_RESULT : BLOCH_API_NO_CONVERGENCE;
    }
    else
    {
        st = steady_newton(x, &info, p, tol, m) == 0 ? BLOCH_API_OK : BLOCH_API_NO_CONVERGENCE;
        if (st != BLOCH_API_OK && n)
        {
            if (!isfinite(info.resid))
                snprintf(msg, n, "the residual is not finite in double precision at these "
                         "parameters (overflow; rescale them)");
            else
                snprintf(msg, n, "Newton did not converge (residual %.3g > %.3g after %d "
                         "iterations)", info.resid, tol, info.iters);
        }
    }
    if (iters)
        *iters = info.iters;
    if (resid)
        *resid = info.resid;
    return st;
}

int bloch_api_steady_all(double *x, int *stability, int *physical, int *certified, int max,
                         int *count, int *complete, const char *const *ptext, const double *p,
                         long starts, unsigned long seed, const bloch_model_t *m,
                         const bloch_model_arb_t *marb, char *msg, size_t n)
{
    elim_all_t r;
    int st, k;

    *count = 0;
    *complete = 0;
    say(msg, n, "");
    if (starts < 1 || max < 0)
    {
        say(msg, n, starts < 1 ? "starts must be at least 1" : "max must not be negative");
        return BLOCH_API_BAD_INPUT;
    }
    elim_all_init(&r);
    st = elim_all(&r, ptext, p, starts, seed, m, marb);
    if (st != 0)
    {
        say(msg, n, r.note);
        elim_all_clear(&r);
        return st == ELIM_BAD_PARAM ? BLOCH_API_BAD_INPUT : BLOCH_API_NO_RESULT;
    }
    for (k = 0; k < r.count && k < max; k++)
    {
        memcpy(x + (size_t) k * m->nobs, r.x + (size_t) k * m->nobs, sizeof(double) * m->nobs);
        stability[k] = r.stability[k];
        physical[k] = r.physical[k];
        certified[k] = r.certified[k];
    }
    *count = r.count;
    *complete = r.complete;
    if (n)
    {
        if (r.exact)
            snprintf(msg, n, "exact elimination%s: %s", r.complete ?
                     ", certified complete" : " (not certified complete)", r.note);
        else
            snprintf(msg, n, "numerical search from %ld random states, not certified (no "
                     "exact elimination: %s)", starts, r.note);
    }
    st = r.count > 0 ? BLOCH_API_OK : BLOCH_API_NO_RESULT;
    elim_all_clear(&r);
    return st;
}
