#define _POSIX_C_SOURCE 200809L
/* ns per call of the emitted pump_loss rhs and Jacobian. */
#include <stdio.h>
#include <time.h>
#include "bloch_model.h"

extern const bloch_model_t pump_loss_model;

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + 1e-9 * t.tv_nsec;
}

int main(void)
{
    const bloch_model_t *m = &pump_loss_model;
    double p[5] = {0.5, 10, 0.01, 1, 0}, x[15], dx[15], jac[225], sink = 0, t0, best = 1e30;
    long n = 20000000, i;
    int k, r;

    for (k = 0; k < 15; k++)
        x[k] = 0.1 * (k + 1);
    for (r = 0; r < 5; r++)
    {
        t0 = now();
        for (i = 0; i < n; i++)
        {
            x[i & 15 ? 0 : 1] += 1e-9;    /* keep the calls from being hoisted */
            m->rhs(dx, x, p);
            sink += dx[i % 15];
        }
        t0 = now() - t0;
        if (t0 < best)
            best = t0;
    }
    printf("pump_loss rhs:      %6.1f ns/call (15 equations; target < 30 ns)\n", 1e9 * best / n);
    best = 1e30;
    for (r = 0; r < 3; r++)
    {
        t0 = now();
        for (i = 0; i < n / 10; i++)
        {
            x[0] += 1e-9;
            m->jacobian(jac, x, p);
            sink += jac[i % 225];
        }
        t0 = now() - t0;
        if (t0 < best)
            best = t0;
    }
    printf("pump_loss jacobian: %6.1f ns/call (15 x 15 dense)\n", 1e10 * best / n);
    return sink == 12345.678;  /* use the results */
}
