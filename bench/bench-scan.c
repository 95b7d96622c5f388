#define _POSIX_C_SOURCE 200809L
/* Points per second of `scan` on the Fig. 10 plane of pump_loss (h1 in
 * [0, 1.2], gup in [0.01, 2.5], h2 = 10, lambda = 0.01, gdown = 0): the
 * grid computation on one thread and on all threads, the CSV formatting
 * (to /dev/null) separately, and the cost of each step of one point.
 * usage: bench-scan [N]   (an N x N grid, default 1000) */
#include <gsl/gsl_errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <omp.h>
#include "bloch_model.h"
#include "cli.h"
#include "linalg.h"
#include "scan.h"
#include "stab.h"
#include "steady.h"

extern const bloch_model_t pump_loss_model;

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + 1e-9 * t.tv_nsec;
}

/* Best of `reps` runs of the whole grid on `threads` threads, in seconds. */
static double time_grid(scan_grid_t *g, const double *p, int threads, int reps)
{
    double best = 1e30, t;
    int r;

    omp_set_num_threads(threads);
    for (r = 0; r < reps; r++)
    {
        t = now();
        scan_rows(g, 0, g->x.n, p, &pump_loss_model, NULL, NULL);
        t = now() - t;
        best = t < best ? t : best;
    }
    return best;
}

static double time_csv(const scan_grid_t *g, const double *p, int threads, int reps)
{
    double best = 1e30, t;
    FILE *f = fopen("/dev/null", "w");
    int r;

    omp_set_num_threads(threads);
    for (r = 0; r < reps && f != NULL; r++)
    {
        t = now();
        scan_write_csv(f, g, p, &pump_loss_model);
        fflush(f);
        t = now() - t;
        best = t < best ? t : best;
    }
    if (f != NULL)
        fclose(f);
    return best;
}

/* ns per call of each step at n points along the grid's diagonal. */
static void breakdown(const scan_grid_t *g, const double *p0)
{
    const bloch_model_t *m = &pump_loss_model;
    double p[5], xs[15], a[64], b[64], wr[8], wi[8], t[4] = {0}, t0, sink = 0;
    int n = 20000, k, r;

    for (r = 0; r < 5; r++)
        p[r] = p0[r];
    for (k = 0; k < n; k++)
    {
        p[g->x.param] = num_range_value(&g->x, k % g->x.n);
        p[g->y.param] = num_range_value(&g->y, (7 * k) % g->y.n);
        t0 = now();
        for (r = 0; r < 10; r++)
            steady_symmetric(xs, p, m);
        t[0] += now() - t0;
        t0 = now();
        for (r = 0; r < 10; r++)
            m->jacobian_even(a, xs, p), m->jacobian_odd(b, xs, p);
        t[1] += now() - t0;
        t0 = now();
        for (r = 0; r < 10; r++)
        {
            m->jacobian_even(a, xs, p);
            linalg_eigvals_small(wr, wi, a, m->neven);
            sink += wr[0];
        }
        t[2] += now() - t0;
        t0 = now();
        for (r = 0; r < 10; r++)
        {
            m->jacobian_odd(b, xs, p);
            linalg_eigvals_small(wr, wi, b, m->nodd);
            sink += wr[0];
        }
        t[3] += now() - t0;
    }
    for (r = 0; r < 4; r++)
        t[r] *= 1e9 / (10.0 * n);
    printf("one point, single thread: symmetric state %.0f ns, both Jacobian blocks %.0f ns, "
           "eigenvalues of the %d x %d even block %.0f ns, of the %d x %d odd block %.0f ns\n",
           t[0], t[1], m->neven, m->neven, t[2] - t[1] / 2, m->nodd, m->nodd, t[3] - t[1] / 2);
    if (sink == 12345.678)
        printf("\n");
}

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 1000, all = omp_get_max_threads();
    double p[5] = {0, 10, 0.01, 0, 0}, t1, tn, c1, cn;
    num_range_t x = {0, 0, 1.2, n}, y = {3, 0.01, 2.5, n};
    scan_grid_t g;

    gsl_set_error_handler_off();

    if (n < 2 || scan_grid_init(&g, &x, &y, 0, n) != 0)
        return 1;
    printf("scan of the Fig. 10 plane, %d x %d points (h1 in [0, 1.2], gup in [0.01, 2.5], "
           "h2 = 10, lambda = 0.01, gdown = 0):\n", n, n);
    t1 = time_grid(&g, p, 1, 2);
    tn = time_grid(&g, p, all, 3);
    printf("compute only:  1 thread %9.0f points/s (%.2f us/point), %d threads %9.0f points/s "
           "(target >= 320000)\n", g.npts / t1, 1e6 * t1 / g.npts, all, g.npts / tn);
    c1 = time_csv(&g, p, 1, 2);
    cn = time_csv(&g, p, all, 3);
    printf("CSV writing:   1 thread %9.0f points/s, %d threads %9.0f points/s (%.0f MB)\n",
           g.npts / c1, all, g.npts / cn, 1e-6 * 73 * g.npts);
    printf("compute + CSV: %d threads %9.0f points/s\n", all, g.npts / (tn + cn));
    breakdown(&g, p);
    scan_grid_clear(&g);
    return 0;
}
