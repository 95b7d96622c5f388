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

/* A state on a positive-dimensional set: its Jacobian's smallest singular
   value relative to the largest below this (as `steady --all`). */
#define API_SING_RTOL 1e-9

static int singular(const double *x, const double *p, const bloch_model_t *m)
{
    int k, nn = m->nobs, ok;
    double *J = blochgen_malloc(sizeof(double) * nn * nn);
    double *s = blochgen_malloc(sizeof(double) * nn);
    double *c = blochgen_calloc(2 * (size_t) nn * nn, sizeof(double));

    /* qinfo_svals takes a complex matrix (re, im interleaved) */
    m->jacobian(J, x, p);
    for (k = 0; k < nn * nn; k++)
        c[2 * k] = J[k];
    ok = qinfo_svals(s, c, nn) == 0 && s[nn - 1] <= API_SING_RTOL * s[0];
    free(c);
    free(J);
    free(s);
    return ok;
}

int bloch_api_steady_all(double *x, int *stability, int *physical, int *certified, int max,
                         int *count, int *complete, const char *const *ptext, const double *p,
                         long starts, unsigned long seed, const bloch_model_t *m,
                         const bloch_model_arb_t *marb, char *msg, size_t n)
{
    char note[ELIM_NOTE_MAX];
    elim_t e;
    steady_set_t ss;
    stab_spectrum_t sp;
    phys_t ph;
    const double *xs;
    const int *cert = NULL;
    int st, k, total, exact, have_ph, rows = 0;

    *count = 0;
    *complete = 0;
    say(msg, n, "");
    if (starts < 1 || max < 0)
    {
        say(msg, n, starts < 1 ? "starts must be at least 1" : "max must not be negative");
        return BLOCH_API_BAD_INPUT;
    }
    elim_init(e, m);
    note[0] = '\0';
    st = elim_set(e, (const char *const *) ptext, p, m, note, sizeof note);
    if (st == ELIM_BAD_PARAM)
    {
        say(msg, n, note);
        elim_clear(e);
        return BLOCH_API_BAD_INPUT;
    }
    if (st == ELIM_OK)
        st = elim_solve(e, m, marb);
    else
        snprintf(e->note, sizeof e->note, "%s", note);
    exact = st == ELIM_OK;
    steady_set_init(&ss, m);
    if (exact)
    {
        *complete = e->complete;
        if (!e->complete)
        {
            int found = steady_find_all(&ss, p, (int) starts, seed, m);
            for (k = 0; k < found; k++)
            {
                const double *y = ss.x + (size_t) k * m->nobs;
                double norm = 0;
                int j, seen = 0;
                for (j = 0; j < m->nobs; j++)
                    norm += y[j] * y[j];
                for (j = 0; j < e->count && !seen; j++)
                    seen = num_dist(e->x + (size_t) j * m->nobs, y, m->nobs) <=
                           STEADY_FIND_DIST * fmax(1, sqrt(norm));
                if (!seen)
                    elim_push(e, y, 0);
            }
        }
        xs = e->x;
        total = (int) e->count;
        cert = e->certified;
        if (n)
            snprintf(msg, n, "exact elimination%s: %s", e->complete ?
                     ", certified complete" : " (not certified complete)", e->note);
    }
    else
    {
        total = steady_find_all(&ss, p, (int) starts, seed, m);
        if (total < 0)
        {
            if (n)
                snprintf(msg, n, "no exact elimination (%s), and the numerical search cannot "
                         "run: %s", e->note, total == STEADY_FIND_DM_ONLY ?
                         "the model has an eigenbasis dissipator" :
                         "the model was emitted without the density-matrix tables");
            steady_set_clear(&ss);
            elim_clear(e);
            return BLOCH_API_NO_RESULT;
        }
        xs = ss.x;
        if (n)
            snprintf(msg, n, "numerical search from %ld random states, not certified (no "
                     "exact elimination: %s)", starts, e->note);
    }
    have_ph = phys_init(&ph, m, p, NULL, 0) == DM_OK;
    stab_spectrum_init(&sp, m);
    for (k = 0; k < total; k++)
    {
        const double *y = xs + (size_t) k * m->nobs;
        int ph1, verdict;
        if (!exact && m->nconserved == 0 && singular(y, p, m))
            continue;       /* a sample of a family, not a state of its own */
        if (rows < max)
        {
            ph1 = have_ph ? phys_check(NULL, y, &ph) : -1;
            verdict = stab_spectrum(&sp, y, p, m) != 0 ? STAB_UNDECIDED : sp.verdict;
            if (ph1 != 1 && verdict == STAB_STABLE)
                verdict = STAB_UNDECIDED;
            memcpy(x + (size_t) rows * m->nobs, y, sizeof(double) * m->nobs);
            for (int j = 0; j < m->nobs; j++)
                x[(size_t) rows * m->nobs + j] += 0.0;      /* no -0 */
            stability[rows] = verdict;
            physical[rows] = ph1 == 1;
            certified[rows] = cert ? cert[k] : 0;
        }
        rows++;
    }
    *count = rows;
    stab_spectrum_clear(&sp);
    if (have_ph)
        phys_clear(&ph);
    steady_set_clear(&ss);
    elim_clear(e);
    return rows > 0 ? BLOCH_API_OK : BLOCH_API_NO_RESULT;
}
