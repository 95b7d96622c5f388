/* Steady state (sparse LU, runtime/linalg's KLU) and time evolution (RK4). */
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include "finite.h"
#include "alloc.h"
#include "linalg/linalg.h"

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

int finite_steady(double *x, double *resid, const finite_t f)
{
    long n, nnz = f->rowptr[f->dim];
    double *val = blochgen_malloc(nnz * sizeof(double)), *y;
    linalg_sparse_t s;
    int st, i;

    memcpy(val, f->val, nnz * sizeof(double));
    /* row 0 (d<1>/dt = 0, empty but for its diagonal) becomes x_0 = 1 */
    for (i = f->rowptr[0]; i < f->rowptr[1]; i++)
        val[i] = f->col[i] == 0 ? 1.0 : 0.0;
    memset(x, 0, f->dim * sizeof(double));
    x[0] = 1;
    linalg_sparse_init(s, (int) f->dim, f->rowptr, f->col);
    st = linalg_sparse_solve(x, s, val);
    linalg_sparse_clear(s);
    free(val);
    if (st)
        return -1;
    y = blochgen_malloc(f->dim * sizeof(double));
    matvec(y, f, x);
    *resid = 0;
    for (n = 1; n < f->dim; n++)
        *resid = fmax(*resid, fabs(y[n]));
    free(y);
    return 0;
}

long finite_evolve(double *x, const finite_t f, double t, double dt)
{
    long n, steps, s;
    double rmax = 0, h;
    double *k = blochgen_malloc(5 * f->dim * sizeof(double));
    double *k1 = k, *k2 = k + f->dim, *k3 = k + 2 * f->dim, *k4 = k + 3 * f->dim;
    double *y = k + 4 * f->dim;
    int i;

    for (n = 0; n < f->dim; n++)
    {
        double r = 0;
        for (i = f->rowptr[n]; i < f->rowptr[n + 1]; i++)
            r += fabs(f->val[i]);
        rmax = fmax(rmax, r);
    }
    if (rmax > 0 && 1.0 / rmax < dt)
        dt = 1.0 / rmax;
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
