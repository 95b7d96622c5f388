/* Steady state (sparse LU, UMFPACK) and time evolution (RK4). */
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include "finite.h"
#include "alloc.h"
#include "umfpack_compat.h"

static void matvec(double *y, const finite_t f, const double *x)
{
    long n;
    int i;
    for (n = 0; n < f->dim; n++)
    {
        double s = 0;
        for (i = f->rowptr[n]; i < f->rowptr[n + 1]; i++)
            s += f->val[i] * x[f->col[i]];
        y[n] = s;
    }
}

int finite_steady(double *x, double *resid, double *rcond, double *err, const finite_t f)
{
    long n, nnz = f->rowptr[f->dim];
    double *val = blochgen_malloc(nnz * sizeof(double)), *y;
    void *sym = NULL, *num = NULL;
    const umfpack_compat_t *U = umfpack_compat(NULL);
    int st, i, too_large = 0;

    if (U == NULL)
    {
        free(val);
        return FINITE_NO_UMFPACK;
    }
    memcpy(val, f->val, nnz * sizeof(double));
    /* row 0 (d<1>/dt = 0, empty but for its diagonal) becomes x_0 = 1 */
    for (i = f->rowptr[0]; i < f->rowptr[1]; i++)
        val[i] = f->col[i] == 0 ? 1.0 : 0.0;
    memset(x, 0, f->dim * sizeof(double));
    x[0] = 1;
    /* UMFPACK (multifrontal, BLAS) rather than runtime/linalg's KLU: the
       matrix is a 3-D stencil on the counts, whose fill KLU's
       left-looking LU handles badly (N = 40: 13 s, N = 60: 420 s).  The
       compressed rows are the columns of A^T: solve with UMFPACK_At.
       Ordering: the pattern is nearly structurally symmetric, so the
       symmetric strategy with METIS nested dissection on A + A^T; measured
       on dtfim_nbody at N = 40 (flops of the LU): default (AMD) 1.5e10,
       unsymmetric + METIS 7.0e9, symmetric + METIS 3.0e9; N = 60: 5.4e10
       against the default's 3.3 times the time and 2.7 times the memory. */
    {
        /* the long-index interface: at N = 100 the int one runs out of
           its workspace counters (UMFPACK's status -1 at 2.2 GB) */
        double *b = blochgen_calloc(f->dim, sizeof(double));
        double control[UMFPACK_CONTROL], info[UMFPACK_INFO], need, have;
        SuiteSparse_long n = f->dim;
        SuiteSparse_long *rp = blochgen_malloc((n + 1) * sizeof(SuiteSparse_long));
        SuiteSparse_long *ci = blochgen_malloc(nnz * sizeof(SuiteSparse_long));
        long j;
        for (j = 0; j <= n; j++)
            rp[j] = f->rowptr[j];
        for (j = 0; j < nnz; j++)
            ci[j] = f->col[j];
        b[0] = 1;
        U->dl_defaults(control);
        control[UMFPACK_STRATEGY] = UMFPACK_STRATEGY_SYMMETRIC;
        control[UMFPACK_ORDERING] = UMFPACK_ORDERING_METIS;
        st = (int) U->dl_symbolic(n, n, rp, ci, val, &sym, control, info);
        if (st != UMFPACK_OK)
        {
            /* a SuiteSparse built without METIS: AMD */
            control[UMFPACK_ORDERING] = UMFPACK_ORDERING_AMD;
            st = (int) U->dl_symbolic(n, n, rp, ci, val, &sym, control, info);
        }
        if (st == UMFPACK_OK && !finite_lu_fits(&need, &have, info))
            too_large = 1, st = UMFPACK_ERROR_out_of_memory;
        if (st == UMFPACK_OK)
            st = (int) U->dl_numeric(rp, ci, val, sym, &num, control, info);
        /* UMFPACK's cheap estimate min |U_ii| / max |U_ii| of 1/cond */
        *rcond = st == UMFPACK_OK ? info[UMFPACK_RCOND] : 0;
        if (st == UMFPACK_OK)
            st = (int) U->dl_solve(UMFPACK_At, rp, ci, val, x, b, num, control, NULL);
        /* the error estimate: the correction d = A'^-1 (e_0 - A' x) one
           more refinement step would make (the residual alone passed a
           wrong answer at N = 100) */
        if (st == UMFPACK_OK)
        {
            double *r = blochgen_malloc(f->dim * sizeof(double));
            double *d = blochgen_malloc(f->dim * sizeof(double));
            long j2;
            matvec(r, f, x);
            r[0] = x[0];
            for (j2 = 0; j2 < f->dim; j2++)
                r[j2] = b[j2] - r[j2];
            control[UMFPACK_IRSTEP] = 0;
            st = (int) U->dl_solve(UMFPACK_At, rp, ci, val, d, r, num, control, NULL);
            *err = 0;
            for (j2 = 0; j2 < f->dim; j2++)
                *err = fmax(*err, fabs(d[j2]));
            free(r), free(d);
        }
        if (sym) U->dl_free_symbolic(&sym);
        if (num) U->dl_free_numeric(&num);
        free(b), free(rp), free(ci);
    }
    free(val);
    if (too_large)
        return FINITE_TOO_LARGE;
    if (st)
        return -1;
    for (n = 0; n < f->dim; n++)
        if (!(fabs(x[n]) <= 1 + 1e-9))
            return -2;
    y = blochgen_malloc(f->dim * sizeof(double));
    matvec(y, f, x);
    *resid = 0;
    for (n = 1; n < f->dim; n++)
        *resid = fmax(*resid, fabs(y[n]));
    free(y);
    return 0;
}

double finite_step(const finite_t f, double dt)
{
    double rmax = 0;
    long n;
    int i;

    for (n = 0; n < f->dim; n++)
    {
        double r = 0;
        for (i = f->rowptr[n]; i < f->rowptr[n + 1]; i++)
            r += fabs(f->val[i]);
        rmax = fmax(rmax, r);
    }
    return rmax > 0 && 1.0 / rmax < dt ? 1.0 / rmax : dt;
}

long finite_evolve(double *x, const finite_t f, double t, double dt)
{
    long n, steps, s;
    double h;
    double *k = blochgen_malloc(5 * f->dim * sizeof(double));
    double *k1 = k, *k2 = k + f->dim, *k3 = k + 2 * f->dim, *k4 = k + 3 * f->dim;
    double *y = k + 4 * f->dim;

    dt = finite_step(f, dt);
    steps = t > 0 ? (long) ceil(t / dt - 1e-9) : 0;
    h = steps > 0 ? t / steps : 0;
    for (s = 0; s < steps; s++)
    {
        matvec(k1, f, x);
        for (n = 0; n < f->dim; n++) y[n] = x[n] + h / 2 * k1[n];
        matvec(k2, f, y);
        for (n = 0; n < f->dim; n++) y[n] = x[n] + h / 2 * k2[n];
        matvec(k3, f, y);
        for (n = 0; n < f->dim; n++) y[n] = x[n] + h * k3[n];
        matvec(k4, f, y);
        for (n = 0; n < f->dim; n++)
            x[n] += h / 6 * (k1[n] + 2 * k2[n] + 2 * k3[n] + k4[n]);
    }
    free(k);
    return steps;
}

long finite_evolve_est(double *x, double *err, const finite_t f, double t, double dt)
{
    double h = finite_step(f, dt), *y = blochgen_malloc(f->dim * sizeof(double));
    long n, steps;

    memcpy(y, x, f->dim * sizeof(double));
    finite_evolve(y, f, t, h);
    steps = finite_evolve(x, f, t, h / 2);
    *err = 0;
    for (n = 0; n < f->dim; n++)
        *err = fmax(*err, fabs(x[n] - y[n]));
    free(y);
    return steps;
}
