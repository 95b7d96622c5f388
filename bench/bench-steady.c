#define _POSIX_C_SOURCE 200809L
/* Time per steady-state solve and per evolution of pump_loss at h1=0.5,
 * h2=10, lambda=0.01, gup=1, gdown=0 (the broken phase):
 *   - damped Newton from the symmetric state displaced (back onto it);
 *   - steady_broken (what `steady --init broken` runs);
 *   - evolve_run to t = 1000 with rk8pd and msbdf (tol 1e-10, the CLI's
 *     default), no output.
 * Best of a few repetitions of a small loop; prints figures, never fails. */
#include <gsl/gsl_errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "bloch_model.h"
#include "steady.h"
#include "evolve.h"
#include "stab.h"

extern const bloch_model_t pump_loss_model;
extern const bloch_model_arb_t pump_loss_model_arb;

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + 1e-9 * t.tv_nsec;
}

typedef enum { NEWTON, BROKEN, EVOLVE_RK8PD, EVOLVE_MSBDF, CERTIFY } task_t;

/* One run of the task; 0 on success. */
static int run(task_t task, const double *xs, const double *p, const bloch_model_t *m)
{
    double x[64], lo, hi;
    steady_info_t info;
    int k;

    for (k = 0; k < m->nobs; k++)
        x[k] = xs[k] + 0.01 * (k % 3 == 0) - 0.005 * (k % 5 == 1);
    switch (task)
    {
    case NEWTON:
        return steady_newton(x, &info, p, 1e-12, m);
    case BROKEN:
        return steady_broken(x, &info, 1, p, 1e-12, m);
    case EVOLVE_RK8PD:
        return evolve_run(x, 0, 1000, 0, "rk8pd", 1e-10, p, m, NULL, NULL, NULL, NULL, 0);
    case EVOLVE_MSBDF:
        return evolve_run(x, 0, 1000, 0, "msbdf", 1e-10, p, m, NULL, NULL, NULL, NULL, 0);
    default:
        return stab_certify(&lo, &hi, p, m, &pump_loss_model_arb) == STAB_UNSTABLE ? 0 : -1;
    }
}

static void bench(const char *what, task_t task, long n, const double *xs, const double *p,
                  const bloch_model_t *m)
{
    double best = 1e30, t0;
    long i;
    int r, fails = 0;

    for (r = 0; r < 3; r++)
    {
        t0 = now();
        for (i = 0; i < n; i++)
            fails += run(task, xs, p, m) != 0;
        t0 = now() - t0;
        best = t0 < best ? t0 : best;
    }
    if (best / n < 1e-3)
        printf("%-44s %9.1f us/solve%s\n", what, 1e6 * best / n, fails ? " (FAILED)" : "");
    else
        printf("%-44s %9.2f ms/run%s\n", what, 1e3 * best / n, fails ? " (FAILED)" : "");
}

int main(void)
{
    const bloch_model_t *m = &pump_loss_model;
    double p[5] = {0.5, 10, 0.01, 1, 0}, xs[64];

    gsl_set_error_handler_off();

    steady_symmetric(xs, p, m);
    printf("pump_loss at h1=0.5, h2=10, lambda=0.01, gup=1, gdown=0:\n");
    bench("Newton from the symmetric state displaced:", NEWTON, 2000, xs, p, m);
    bench("steady_broken (--init broken):", BROKEN, 20, xs, p, m);
    bench("evolve to t = 1000, rk8pd (tol 1e-10):", EVOLVE_RK8PD, 3, xs, p, m);
    bench("evolve to t = 1000, msbdf (tol 1e-10):", EVOLVE_MSBDF, 3, xs, p, m);
    bench("stab_certify (Arb, 64 bits):", CERTIFY, 20, xs, p, m);
    return 0;
}
