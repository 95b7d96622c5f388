#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "num.h"
#include "steady.h"

void steady_symmetric_start(double *x, int k, const bloch_model_t *m)
{
    /* Bloch vectors of the product states' spins, k = 1..6 */
    static const double dirs[6][3] = {{0, 0, 1}, {0, 0, -1}, {1, 0, 0},
                                      {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}};
    int v;

    for (v = 0; v < m->nobs; v++)
    {
        /* an observable's name is its Pauli string, "sx1*sz2" (m->pauli
           with adapted variables, converted below) */
        const char *s = m->pauli ? m->pauli[v] : m->observables[v];
        double e = 1;
        if (k <= 0 || k > 6)
        {
            x[v] = 0;
            continue;
        }
        while (*s == 's')
        {
            e *= dirs[k - 1][s[1] == 'x' ? 0 : s[1] == 'y' ? 1 : 2];
            s += 2;
            while (*s >= '0' && *s <= '9')
                s++;
            if (*s == '*')
                s++;
        }
        x[v] = e;
    }
    bloch_model_from_pauli(x, x, m);
    for (v = 0; v < m->nobs; v++)
        if (m->parity[v] == 1)
            x[v] = 0;
}

/* The scale of the residual's rounding: the rhs terms are products of
   parameters and states |x_k| <= 1. */
static double tolerance(const double *p, const bloch_model_t *m)
{
    double big = 1;

    for (int k = 0; k < m->nparams; k++)
        big = fmax(big, fabs(p[k]));
    return 1e-12 * big;
}

/* Newton from x; 1 when it converged to a state (inside the cube). */
static int converge(double *x, double tol, const double *p, const bloch_model_t *m)
{
    steady_info_t si;

    if (steady_newton_even(x, &si, p, tol, m) != 0)
        return 0;
    for (int k = 0; k < m->nobs; k++)
        if (!(fabs(x[k]) <= 1 + 1e-9))
            return 0;
    return 1;
}

/* Adds x to the list when it is new; the list has room for cap states. */
static void add(double *list, int *n, const double *x, int cap, const bloch_model_t *m)
{
    for (int j = 0; j < *n; j++)
        if (num_dist(list + (size_t) j * m->nobs, x, m->nobs) <= STEADY_SYM_DIST)
            return;
    if (*n < cap)
        memcpy(list + (size_t) (*n)++ * m->nobs, x, sizeof(double) * m->nobs);
}

int steady_symmetric_search(double *all, int max, steady_sym_info_t *info, const double *guess,
                            const double *p, const bloch_model_t *m)
{
    /* every start finds at most one state: the list cannot overflow */
    int cap = STEADY_SYM_NSTARTS + 2, n = 0, k, first = 0;
    int nobs = m->nobs;
    double *list = blochgen_malloc(sizeof(double) * (size_t) (cap + 1) * nobs);
    double *x = list + (size_t) cap * nobs, tol = tolerance(p, m);

    if (m->symmetry != NULL && m->neven > 0)
    {
        for (k = guess ? -1 : 0; k < STEADY_SYM_NSTARTS; k++)
        {
            if (k < 0)
                memcpy(x, guess, sizeof(double) * nobs);
            else
                steady_symmetric_start(x, k, m);
            if (converge(x, tol, p, m))
            {
                if (n == 0)
                    first = k;
                add(list, &n, x, cap, m);
            }
        }
        if (n == 0)
        {
            /* Newton found nothing: follow the flow from the maximally
               mixed state (odd components stay exactly zero: every term
               of an odd equation has an odd factor), then polish */
            steady_symmetric_start(x, 0, m);
            if (steady_relax(x, 1e4, 1e-8 * tol / 1e-12, p, m) == 0)
            {
                for (k = 0; k < nobs; k++)
                    if (m->parity[k] == 1)
                        x[k] = 0;
                if (converge(x, tol, p, m))
                {
                    first = STEADY_SYM_RELAXED;
                    add(list, &n, x, cap, m);
                }
            }
        }
    }
    if (max > 0)
        memcpy(all, list, sizeof(double) * (size_t) (n < max ? n : max) * nobs);
    if (info)
    {
        info->numeric = 1;
        info->nfound = n;
        info->start = first;
        if (n > 0)
        {
            double *f = blochgen_malloc(sizeof(double) * nobs);
            m->rhs(f, list, p);
            info->resid = 0;
            for (k = 0; k < nobs; k++)
                info->resid = fmax(info->resid, fabs(f[k]));
            free(f);
        }
    }
    free(list);
    return n;
}
