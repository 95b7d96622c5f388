#include <fenv.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "steady.h"
#include "linalg.h"

/* The closed form: 0, or a STEADY_SYM_ status. */
static int closed_form(double *x, const double *p, const bloch_model_t *m)
{
    int st = STEADY_SYM_OK, k;

    /* The closed form is a rational function: underflow in it means lost
       digits (at gup = 1e-160 a relative error of 1e-6), overflow a NaN.
       Testing the underflow flag costs 15 ns, clearing it 90 ns (x87 state
       on x86-64), so it is cleared only when already set: a scan point
       then costs 30 ns more, not 210.  FE_UNDERFLOW is left clear. */
    if (fetestexcept(FE_UNDERFLOW))
        feclearexcept(FE_UNDERFLOW);
    if (m->symmetric(x, p) != 0)
        st = STEADY_SYM_SINGULAR;
    for (k = 0; k < m->nobs && st == STEADY_SYM_OK; k++)
        if (!isfinite(x[k]))
            st = STEADY_SYM_OVERFLOW;
    if (fetestexcept(FE_UNDERFLOW))
    {
        feclearexcept(FE_UNDERFLOW);
        if (st == STEADY_SYM_OK)
            st = STEADY_SYM_UNDERFLOW;
    }
    return st;
}

int steady_symmetric_from(double *x, steady_sym_info_t *info, const double *guess,
                          const double *p, const bloch_model_t *m)
{
    steady_sym_info_t si = {0, 0, 0, 0};
    int st = STEADY_SYM_NONE, n;
    double *all;

    if (m->symmetry == NULL)
        st = STEADY_SYM_NONE;
    else if (m->has_symmetric)
    {
        /* the fast path, and no search where it fails: a vanishing
           denominator means the even sector's linear system is singular
           there, so its states are none or a continuum, never one */
        st = closed_form(x, p, m);
        si.nfound = st == STEADY_SYM_OK;
    }
    else
    {
        /* no closed form: search.  Two states are kept, enough to tell
           one from several. */
        all = blochgen_malloc(sizeof(double) * 2 * m->nobs);
        n = steady_symmetric_search(all, 2, &si, guess, p, m);
        if (n > 0)
        {
            memcpy(x, all, sizeof(double) * m->nobs);
            st = n == 1 ? STEADY_SYM_OK : STEADY_SYM_AMBIGUOUS;
        }
        free(all);
        if (fetestexcept(FE_UNDERFLOW))
            feclearexcept(FE_UNDERFLOW);
    }
    if (info)
        *info = si;
    return st;
}

int steady_symmetric(double *x, const double *p, const bloch_model_t *m)
{
    return steady_symmetric_from(x, NULL, NULL, p, m);
}

double steady_odd_norm(const double *x, const bloch_model_t *m)
{
    double s = 0;
    int k;

    for (k = 0; k < m->nobs; k++)
        if (m->parity[k] == 1)
            s += x[k] * x[k];
    return sqrt(s);
}

int steady_odd_mode(double *v, double *mu_re, double *mu_im, const double *xs,
                    const double *p, const bloch_model_t *m)
{
    int no = m->nodd, n = m->nobs, k, j, best, st = -1;
    double *a, *wr, *wi, *vr, big = 0;

    if (no == 0)
        return -1;
    a = blochgen_malloc(sizeof(double) * (2 * no * no + 2 * no));
    vr = a + no * no;
    wr = vr + no * no;
    wi = wr + no;
    m->jacobian_odd(a, xs, p);
    if (linalg_eig(wr, wi, vr, a, no) == 0)
    {
        best = linalg_eig_slowest(wr, wi, no);
        /* a complex pair is stored as columns (re, im) with the + member first */
        if (wi[best] < 0 && best > 0)
            best--;
        *mu_re = wr[best];
        *mu_im = wi[best];
        for (k = 0, j = 0; k < n; k++)
            v[k] = m->parity[k] == 1 ? vr[(j++) * no + best] : 0;
        for (k = 0, big = 0; k < n; k++)
            if (fabs(v[k]) > fabs(big))
                big = v[k];
        big = (big < 0 ? -1 : 1) / linalg_norm(v, n);
        for (k = 0; k < n; k++)
            v[k] *= big;
        st = 0;
    }
    free(a);
    return st;
}
