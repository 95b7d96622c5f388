/* num_newton: random nonlinear systems with a known root (diagonally
 * dominant, monotone linear part plus cubic terms), solved with an independent
 * Gaussian elimination in the test; the accept callback (a projection
 * that must be honoured), the polish steps, a residual with a domain, a
 * system without a root and a non-finite start. */
#include <math.h>
#include <string.h>
#include <gsl/gsl_errno.h>
#include "testutil.h"
#include "num.h"

#define NMAX 12

typedef struct
{
    int n;
    double A[NMAX * NMAX], c[NMAX], s[NMAX];
    int accepts, domain_fails;
} sys_t;

static int residual(double *f, const double *x, void *ctx)
{
    sys_t *q = ctx;
    for (int i = 0; i < q->n; i++)
    {
        double d = x[i] - q->s[i];
        f[i] = q->c[i] * d * d * d;
        for (int j = 0; j < q->n; j++)
            f[i] += q->A[i * q->n + j] * (x[j] - q->s[j]);
    }
    return 0;
}

static int jacobian(double *J, const double *x, void *ctx)
{
    sys_t *q = ctx;
    for (int i = 0; i < q->n; i++)
        for (int j = 0; j < q->n; j++)
        {
            double d = x[i] - q->s[i];
            J[i * q->n + j] = q->A[i * q->n + j] + (i == j ? 3 * q->c[i] * d * d : 0);
        }
    return 0;
}

/* Gaussian elimination with partial pivoting (not the runtime's LAPACK) */
static int gauss(double *a, double *b, int n, void *ctx)
{
    (void) ctx;
    for (int k = 0; k < n; k++)
    {
        int p = k;
        for (int i = k + 1; i < n; i++)
            if (fabs(a[i * n + k]) > fabs(a[p * n + k]))
                p = i;
        if (a[p * n + k] == 0)
            return -1;
        for (int j = 0; j < n; j++)
        {
            double t = a[k * n + j];
            a[k * n + j] = a[p * n + j], a[p * n + j] = t;
        }
        double t = b[k];
        b[k] = b[p], b[p] = t;
        for (int i = k + 1; i < n; i++)
        {
            double l = a[i * n + k] / a[k * n + k];
            for (int j = k; j < n; j++)
                a[i * n + j] -= l * a[k * n + j];
            b[i] -= l * b[k];
        }
    }
    for (int k = n - 1; k >= 0; k--)
    {
        for (int j = k + 1; j < n; j++)
            b[k] -= a[k * n + j] * b[j];
        b[k] /= a[k * n + k];
    }
    return 0;
}

/* projection: component 0 (decoupled from the others) pinned to its root
   value after every step */
static int pin(double *x, double *f, void *ctx)
{
    sys_t *q = ctx;
    q->accepts++;
    x[0] = q->s[0];
    return residual(f, x, ctx);
}

/* 1 / x - 2 on x > 0 (root 1/2): from 1.5 the first full step leaves the domain */
static int recip(double *f, const double *x, void *ctx)
{
    sys_t *q = ctx;
    if (!(x[0] > 0))
    {
        q->domain_fails++;
        return -1;
    }
    f[0] = 1 / x[0] - 2;
    return 0;
}

static int recip_jac(double *J, const double *x, void *ctx)
{
    (void) ctx;
    J[0] = -1 / (x[0] * x[0]);
    return 0;
}

/* x^2 + 1: no real root */
static int noroot(double *f, const double *x, void *ctx)
{
    (void) ctx;
    f[0] = x[0] * x[0] + 1;
    return 0;
}

static int noroot_jac(double *J, const double *x, void *ctx)
{
    (void) ctx;
    J[0] = 2 * x[0];
    return 0;
}

static double rnd(flint_rand_t st)
{
    return (double) n_randint(st, 1000001) / 1000000;
}

int main(void)
{
    flint_rand_t st;
    long reps = test_reps(300), r;
    sys_t q;
    double x[NMAX];
    num_newton_info_t info;
    num_newton_opts_t o = {1e-12, 0, 100, 40, 0};
    int s;

    test_rand_init(st, "t-newton");
    gsl_set_error_handler_off();
    for (r = 0; r < reps; r++)
    {
        num_newton_t pb = {0, residual, jacobian, gauss, NULL, &q, 0};
        double err = 0;
        q.n = pb.n = 1 + (int) n_randint(st, NMAX);
        /* A + A^T diagonally dominant with a positive diagonal and c >= 0:
           f is strongly monotone, so the root s is the only one */
        for (int i = 0; i < q.n; i++)
            for (int j = 0; j < q.n; j++)
                q.A[i * q.n + j] = i == j ? 0 : 2 * rnd(st) - 1;
        for (int i = 0; i < q.n; i++)
        {
            double sum = 0.5 + rnd(st);
            for (int j = 0; j < q.n; j++)
                sum += fabs(q.A[i * q.n + j]) + fabs(q.A[j * q.n + i]);
            q.A[i * q.n + i] = sum;
            q.c[i] = rnd(st);
            q.s[i] = 4 * rnd(st) - 2;
            x[i] = q.s[i] + 4 * rnd(st) - 2;
        }
        o.tol_inf = (int) (r % 2);
        o.polish = r % 3 == 0;
        pb.accept = r % 5 == 0 ? pin : NULL;
        if (pb.accept)  /* x0 decoupled, so pinning it is a consistent projection */
            for (int j = 1; j < q.n; j++)
                q.A[j] = q.A[j * q.n] = 0;
        q.accepts = 0;
        s = num_newton(x, &info, &pb, &o);
        if (s != NUM_OK)
            TEST_FAIL("rep %ld (n %d): status %d (%s), resid %g, %d iterations", r, q.n, s,
                      num_status_str(s), info.resid, info.iters);
        for (int i = 0; i < q.n; i++)
            err = fmax(err, fabs(x[i] - q.s[i]));
        /* |A^-1| <= 2 for these A (diagonal margin >= 0.5) */
        if (err > 1e-10 || !(info.resid <= o.tol))
            TEST_FAIL("rep %ld: |x - root| = %.3g, resid %.3g", r, err, info.resid);
        if (pb.accept && (q.accepts != info.iters || x[0] != q.s[0]))
            TEST_FAIL("rep %ld: accept called %d times for %d steps, x0 %.17g", r, q.accepts,
                      info.iters, x[0]);
    }

    /* polish: one more step after convergence when it still descends */
    {
        num_newton_t pb = {1, residual, jacobian, gauss, NULL, &q, 0};
        num_newton_opts_t loose = {1e-3, 0, 100, 40, 0}, pol = loose;
        num_newton_info_t i0, i1;
        double y0, y1;
        q.n = 1, q.A[0] = 1, q.c[0] = 1, q.s[0] = 0.25;
        pol.polish = 1;
        y0 = y1 = 1.0;
        num_newton(&y0, &i0, &pb, &loose);
        num_newton(&y1, &i1, &pb, &pol);
        if (!(i1.iters == i0.iters + 1 && fabs(y1 - 0.25) < fabs(y0 - 0.25)))
            TEST_FAIL("polish: %d vs %d steps, errors %g vs %g", i1.iters, i0.iters,
                      fabs(y1 - 0.25), fabs(y0 - 0.25));
    }
    /* a residual with a domain: halving steps back inside it */
    {
        num_newton_t pb = {1, recip, recip_jac, gauss, NULL, &q, 0};
        double y = 1.5;
        q.domain_fails = 0;
        s = num_newton(&y, &info, &pb, &o);
        if (s != NUM_OK || fabs(y - 0.5) > 1e-12 || q.domain_fails == 0)
            TEST_FAIL("domain: status %d y %.17g, %d failed evaluations", s, y, q.domain_fails);
    }
    /* no root: no convergence, never NUM_OK */
    {
        num_newton_t pb = {1, noroot, noroot_jac, gauss, NULL, NULL, 0};
        double y = 0.7;
        s = num_newton(&y, &info, &pb, &o);
        if (s != NUM_NO_CONVERGENCE || !(info.resid >= 1))
            TEST_FAIL("no root: status %d resid %g", s, info.resid);
    }
    /* a non-finite start */
    {
        num_newton_t pb = {1, noroot, noroot_jac, gauss, NULL, NULL, 0};
        double y = NAN;
        if ((s = num_newton(&y, &info, &pb, &o)) != NUM_NOT_FINITE)
            TEST_FAIL("NaN start: status %d", s);
    }
    flint_rand_clear(st);
    printf("t-newton: %ld random systems and 4 special cases ok\n", reps);
    return 0;
}
