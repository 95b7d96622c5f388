#define _POSIX_C_SOURCE 200809L
/* Dense (LAPACK dgesv) against sparse (KLU) Newton on one large model,
 * compiled with -DBLOCH_MODEL=<name> against that model's double half (by
 * bench/run-big.sh, for the k-site chains of bench/chain-model.sh): the
 * Jacobian's size and nonzeros, the time of one rhs, one dense Jacobian,
 * one sparse Jacobian, and one Newton solve each way from the same start
 * from the same start (every spin down, near the steady state at weak
 * coupling), with the distance between the two results.  Prints
 * figures, never fails. */
#include <gsl/gsl_errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "bloch_model.h"
#include "steady.h"

#define CAT2(a, b) a##b
#define CAT(a, b) CAT2(a, b)
extern const bloch_model_t CAT(BLOCH_MODEL, _model);

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + 1e-9 * t.tv_nsec;
}

/* the product state with every spin down: <P> = (-1)^(number of z
   factors) for strings of z's only, 0 for any x or y factor */
static void start(double *x, const bloch_model_t *m)
{
    for (int v = 0; v < m->nobs; v++)
    {
        const char *s = m->observables[v];
        x[v] = 1;
        for (; *s; s++)
            if (*s == 'x' || *s == 'y')
                x[v] = 0;
            else if (*s == 'z')
                x[v] = -x[v];
    }
}

/* Best of reps runs of a Newton solve from x0 into x; its status in *st. */
static double newton(double *x, int *st, steady_info_t *info, const double *x0, int sparse,
                     int reps, const double *p, const bloch_model_t *m)
{
    double best = INFINITY;

    for (int r = 0; r < reps; r++)
    {
        double t = now();
        memcpy(x, x0, sizeof(double) * m->nobs);
        *st = (sparse ? steady_newton_sparse : steady_newton_dense)(x, info, p, 1e-10, m);
        best = fmin(best, now() - t);
    }
    return best;
}

int main(int argc, char **argv)
{
    const bloch_model_t *m = &CAT(BLOCH_MODEL, _model);
    int n = m->nobs, dense = argc < 2 || strcmp(argv[1], "--no-dense") != 0, reps;
    double p[4] = {0.9, 1.2, 1.0, 1.0};   /* Jx Jy Jz g, as bench/run-big.sh */
    double *x0 = malloc(sizeof(double) * n), *x = malloc(sizeof(double) * n);
    double *y = malloc(sizeof(double) * n);
    double *J = dense ? malloc(sizeof(double) * (size_t) n * n) : NULL;
    double *val = malloc(sizeof(double) * (m->jac_nnz + 1)), t, td = NAN, ts, d = 0;
    steady_info_t id = {0}, is;
    int sd = -2, ss;

    gsl_set_error_handler_off();
    start(x0, m);
    reps = n < 300 ? 200 : n < 1100 ? 20 : 3;
    printf("%s: %d observables, %d nonzeros of %.0f in the Jacobian (%.2f%%)\n", m->name, n,
           m->jac_nnz, (double) n * n, 100.0 * m->jac_nnz / ((double) n * n));
    /* each call's input moved by the last output, so no call can be skipped */
    memcpy(x, x0, sizeof(double) * n);
    t = now();
    for (int r = 0; r < reps; r++)
    {
        m->rhs(y, x, p);
        x[r % n] += 1e-300 * y[r % n];
    }
    printf("  rhs                 %12.1f us\n", 1e6 * (now() - t) / reps);
    t = now();
    for (int r = 0; r < reps; r++)
    {
        m->jacobian_values(val, x, p);
        x[r % n] += 1e-300 * val[r % (m->jac_nnz + 1)];
    }
    printf("  sparse Jacobian     %12.1f us\n", 1e6 * (now() - t) / reps);
    if (dense)
    {
        t = now();
        for (int r = 0; r < reps; r++)
        {
            m->jacobian(J, x, p);
            x[r % n] += 1e-300 * J[r % n];
        }
        printf("  dense Jacobian      %12.1f us\n", 1e6 * (now() - t) / reps);
        td = newton(y, &sd, &id, x0, 0, n < 1100 ? 5 : 1, p, m);
        printf("  Newton dense        %12.1f us  (%s, %d steps)\n", 1e6 * td,
               sd == 0 ? "converged" : "FAILED", id.iters);
    }
    ts = newton(x, &ss, &is, x0, 1, n < 1100 ? 5 : 1, p, m);
    for (int v = 0; dense && v < n; v++)
        d = fmax(d, fabs(x[v] - y[v]));
    printf("  Newton sparse       %12.1f us  (%s, %d steps)", 1e6 * ts,
           ss == 0 ? "converged" : "FAILED", is.iters);
    if (dense)
        printf(", %.2fx the dense time, states %.1e apart", ts / td, d);
    printf("\n");
    free(x0), free(x), free(y), free(J), free(val);
    return 0;
}
