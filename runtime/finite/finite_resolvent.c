/* The resolvent (i w - A)^-1 y on a finite space (the spectrum of a
   two-time correlation, docs/cumulants.md), by UMFPACK's complex LU. */
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include "finite.h"
#include "alloc.h"
#include "umfpack_compat.h"

struct finite_resolvent_s
{
    SuiteSparse_long n, *rp, *ci;
    double *ax, *az;        /* real and imaginary parts of i w - A */
    long *diag;             /* position of each row's diagonal entry */
    void *sym;
    double need, have;      /* finite_lu_fits's figures */
};

finite_resolvent_t *finite_resolvent_init(const finite_t f)
{
    finite_resolvent_t *r = blochgen_calloc(1, sizeof *r);
    long n, i, nz = 0, cap = f->rowptr[f->dim] + f->dim;

    r->n = f->dim;
    r->rp = blochgen_malloc((f->dim + 1) * sizeof(SuiteSparse_long));
    r->ci = blochgen_malloc(cap * sizeof(SuiteSparse_long));
    r->ax = blochgen_malloc(cap * sizeof(double));
    r->az = blochgen_calloc(cap, sizeof(double));
    r->diag = blochgen_malloc(f->dim * sizeof(long));
    /* -A with every diagonal entry present (sorted columns: insert it) */
    for (n = 0; n < f->dim; n++)
    {
        int put = 0;
        r->rp[n] = nz;
        for (i = f->rowptr[n]; i <= f->rowptr[n + 1]; i++)
        {
            long c = i < f->rowptr[n + 1] ? f->col[i] : f->dim;
            if (!put && c >= n)
            {
                r->diag[n] = nz;
                r->ci[nz] = n, r->ax[nz++] = 0;
                put = 1;
            }
            if (i == f->rowptr[n + 1])
                break;
            if (c == n)
                r->ax[r->diag[n]] = -f->val[i];
            else
                r->ci[nz] = c, r->ax[nz++] = -f->val[i];
        }
    }
    r->rp[f->dim] = nz;
    /* row 0, d Tr X/dt = 0, would make i w - A singular at w = 0: it
       becomes x_0 = y_0 (the trace is conserved; a traceless y, as a
       connected correlation's, has x_0 = 0 at every w) */
    for (i = r->rp[0]; i < r->rp[1]; i++)
        r->ax[i] = r->ci[i] == 0;
    return r;
}

void finite_resolvent_memory(double *need, double *have, const finite_resolvent_t *r)
{
    *need = r->need, *have = r->have;
}

void finite_resolvent_clear(finite_resolvent_t *r)
{
    if (r->sym)     /* only a loaded UMFPACK made it */
        umfpack_compat(NULL)->zl_free_symbolic(&r->sym);
    free(r->rp), free(r->ci), free(r->ax), free(r->az), free(r->diag), free(r);
}

/* r = y - (i w - A) x (the matrix as UMFPACK holds it: rows of A^T's
   columns are A's rows) */
static void residual(double *rr, double *ri, const finite_resolvent_t *r, const double *xr,
                     const double *xi, const double *yr, const double *yi)
{
    long n, i;

    for (n = 0; n < r->n; n++)
    {
        double sr = 0, si = 0;
        for (i = r->rp[n]; i < r->rp[n + 1]; i++)
        {
            long c = r->ci[i];
            sr += r->ax[i] * xr[c] - r->az[i] * xi[c];
            si += r->ax[i] * xi[c] + r->az[i] * xr[c];
        }
        rr[n] = yr[n] - sr, ri[n] = yi[n] - si;
    }
}

int finite_resolvent_solve(double *xr, double *xi, double *err, finite_resolvent_t *r, double w,
                           const double *yr, const double *yi)
{
    double control[UMFPACK_CONTROL];
    void *num = NULL;
    const umfpack_compat_t *U = umfpack_compat(NULL);
    long n;
    int st;

    if (U == NULL)
        return FINITE_NO_UMFPACK;
    U->zl_defaults(control);
    for (n = 1; n < r->n; n++)
        r->az[r->diag[n]] = w;
    /* the pattern does not change with w: one symbolic analysis.  The
       compressed rows are the columns of the array transpose: UMFPACK_Aat
       (UMFPACK_At would conjugate).  The ordering as finite_steady's
       (symmetric strategy, METIS): against UMFPACK's default, 3 spectrum
       points of dtfim_nbody at N = 20 took 1.5 s instead of 3.1, of
       pump_loss_nbody at N = 4 15 s and 0.71 GB instead of 45 s and 2.2 GB */
    control[UMFPACK_STRATEGY] = UMFPACK_STRATEGY_SYMMETRIC;
    control[UMFPACK_ORDERING] = UMFPACK_ORDERING_METIS;
    if (!r->sym)
    {
        double info[UMFPACK_INFO];
        st = (int) U->zl_symbolic(r->n, r->n, r->rp, r->ci, r->ax, r->az, &r->sym, control,
                                  info);
        if (st != UMFPACK_OK)
        {
            /* a SuiteSparse built without METIS */
            control[UMFPACK_ORDERING] = UMFPACK_ORDERING_AMD;
            st = (int) U->zl_symbolic(r->n, r->n, r->rp, r->ci, r->ax, r->az, &r->sym, control,
                                      info);
        }
        if (st != UMFPACK_OK)
            return -1;
        if (!finite_lu_fits(&r->need, &r->have, info))
        {
            U->zl_free_symbolic(&r->sym);
            return FINITE_TOO_LARGE;
        }
    }
    st = U->zl_numeric(r->rp, r->ci, r->ax, r->az, r->sym, &num, control, NULL);
    if (st == UMFPACK_OK)
        st = U->zl_solve(UMFPACK_Aat, r->rp, r->ci, r->ax, r->az, xr, xi, yr, yi, num,
                              control, NULL);
    /* the error estimate: one more refinement step's correction, as
       finite_steady's */
    if (st == UMFPACK_OK)
    {
        double *b = blochgen_malloc(4 * r->n * sizeof(double));
        residual(b, b + r->n, r, xr, xi, yr, yi);
        control[UMFPACK_IRSTEP] = 0;
        st = U->zl_solve(UMFPACK_Aat, r->rp, r->ci, r->ax, r->az, b + 2 * r->n,
                              b + 3 * r->n, b, b + r->n, num, control, NULL);
        *err = 0;
        for (n = 0; n < r->n; n++)
            *err = fmax(*err, fmax(fabs(b[2 * r->n + n]), fabs(b[3 * r->n + n])));
        free(b);
    }
    if (num)
        U->zl_free_numeric(&num);
    return st == UMFPACK_OK ? 0 : -1;
}
