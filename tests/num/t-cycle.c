/* num_cycle: sampled sums of harmonics with a known period, amplitude and
 * phase (the period of the orbit is 2 pi / w whatever the harmonics add,
 * as long as they are multiples of w), a decaying spiral settling onto a
 * circle (change shrinks), constant signals (no cycle) and non-finite
 * rows. */
#define _POSIX_C_SOURCE 200809L
#define _XOPEN_SOURCE 700
#include <math.h>
#include <stdlib.h>
#include "testutil.h"
#include "num.h"

int main(void)
{
    flint_rand_t st;
    long reps = test_reps(300), r, i, n;
    num_cycle_t c;
    double amp[3];

    test_rand_init(st, "t-cycle");
    for (r = 0; r < reps; r++)
    {
        double w = 0.5 + (double) n_randint(st, 1000) / 200;          /* 0.5 .. 5.5 */
        double A = 0.1 + (double) n_randint(st, 1000) / 500, ph = (double) n_randint(st, 628) / 100;
        double h2 = (double) n_randint(st, 100) / 400;                /* second harmonic */
        double T = 2 * M_PI / w, t0 = (double) n_randint(st, 100) / 10;
        long per = 200 + (long) n_randint(st, 800);                   /* rows per period */
        double *t, *x;
        n = per * (4 + (long) n_randint(st, 6));
        t = malloc(sizeof(double) * n);
        x = malloc(sizeof(double) * 3 * n);
        for (i = 0; i < n; i++)
        {
            t[i] = t0 + i * T / per;
            x[3 * i] = A * cos(w * t[i] + ph) + h2 * A * cos(2 * w * t[i]);
            x[3 * i + 1] = 0.5 * A * sin(w * t[i] + ph);
            x[3 * i + 2] = 0.3;
        }
        if (num_cycle(&c, amp, t, x, n, 3) != NUM_OK)
            TEST_FAIL("no cycle found (w %g, %ld rows)", w, n);
        /* linear interpolation of the crossing: error O((T/per)^2) */
        if (fabs(c.period - T) > 50 * T / ((double) per * per) || c.change > 1e-3 ||
            c.amp_change > c.amp_tol + 1e-9)
            TEST_FAIL("period %.12g, want %.12g (change %g, %ld rows per period)", c.period, T,
                      c.change, per);
        if (c.var != 0 || fabs(amp[1] - 0.5 * A) > 1e-3 * A || amp[2] != 0)
            TEST_FAIL("section variable %d, amplitudes %g %g (want %g, 0)", c.var, amp[1], amp[2],
                      0.5 * A);
        free(t);
        free(x);
    }
    /* a spiral settling onto the unit circle: the change falls with time */
    {
        double t[20000], x[40000], early, late;
        for (i = 0; i < 20000; i++)
        {
            double tt = i * 0.01, rr = 1 - 0.5 * exp(-0.05 * tt);
            t[i] = tt;
            x[2 * i] = rr * cos(3 * tt * (1 + 0.2 * exp(-0.05 * tt)));
            x[2 * i + 1] = rr * sin(3 * tt);
        }
        if (num_cycle(&c, amp, t, x, 4000, 2) != NUM_OK)
            TEST_FAIL("spiral: no cycle early");
        early = c.change;
        if (num_cycle(&c, amp, t, x, 20000, 2) != NUM_OK)
            TEST_FAIL("spiral: no cycle late");
        late = c.change;
        if (!(late < early) || fabs(c.period - 2 * M_PI / 3) > 1e-3)
            TEST_FAIL("spiral: change %g -> %g, period %g", early, late, c.period);
    }
    /* a spiral decaying to a point: a constant period, but the range
       shrinks by exp(-0.05 T) a period: no cycle */
    {
        double t[20000], x[40000];
        for (i = 0; i < 20000; i++)
        {
            double tt = i * 0.01;
            t[i] = tt;
            x[2 * i] = exp(-0.05 * tt) * cos(3 * tt);
            x[2 * i + 1] = exp(-0.05 * tt) * sin(3 * tt);
        }
        if (num_cycle(&c, amp, t, x, 20000, 2) == NUM_OK &&
            fabs(c.amp_change - (1 - exp(-0.05 * 2 * M_PI / 3))) > 1e-3)
            TEST_FAIL("decaying spiral: amplitude change %g, want %g", c.amp_change,
                      1 - exp(-0.05 * 2 * M_PI / 3));
    }
    /* no oscillation; too few rows; NaN */
    {
        double t[100], x[100];
        for (i = 0; i < 100; i++)
            t[i] = i, x[i] = exp(-0.1 * i);
        if (num_cycle(&c, amp, t, x, 100, 1) != NUM_NO_CONVERGENCE || c.crossings >= 3)
            TEST_FAIL("a decay taken for a cycle");
        if (num_cycle(&c, amp, t, x, 1, 1) != NUM_NO_CONVERGENCE)
            TEST_FAIL("one row");
        x[50] = NAN;
        if (num_cycle(&c, amp, t, x, 100, 1) != NUM_NOT_FINITE)
            TEST_FAIL("NaN row");
    }
    flint_rand_clear(st);
    printf("PASS\n");
    return 0;
}
