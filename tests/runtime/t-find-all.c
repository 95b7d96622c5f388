/* steady_find_all against independent routes: the fold model's steady
 * states are the real roots of a cubic in <sz1>, solved here in closed
 * form (trigonometric / Cardano); pump_loss at h1 = 0.5 has the symmetric
 * state (closed form) and two broken ones (steady_broken, along the
 * unstable odd mode), at h1 = 1.2 only the symmetric one (the physical
 * states; stability from the full spectrum). */
#define _POSIX_C_SOURCE 200809L
#include <gsl/gsl_errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "testutil.h"
#include "num.h"
#include "stab.h"
#include "steady.h"

extern const bloch_model_t pump_loss_model;
extern const bloch_model_t fold_model;

static int fails = 0;


/* The fold model's states from the cubic (model file's derivation):
   (z + 1)(g^2 + 4 D^2) + 2 w^2 z = 0, D = hz + V z; then
   y = -2 w g z / (g^2 + 4 D^2), x = -2 D y / g.  Returns their count;
   *sep: the smallest distance between two roots (0 for one). */
static int fold_states(double *xs, double *sep, const double *p)
{
    double hz = p[0], V = p[1], w = p[2], g = p[3], z[3];
    int n = test_cubic_roots(z, 4 * V * V, 8 * hz * V + 4 * V * V,
                        g * g + 4 * hz * hz + 8 * hz * V + 2 * w * w, g * g + 4 * hz * hz);

    *sep = INFINITY;
    for (int k = 0; k < n; k++)
    {
        double D = hz + V * z[k], y = -2 * w * g * z[k] / (g * g + 4 * D * D);
        /* observable order of the emitted model: sx1, sy1, sz1 */
        xs[3 * k] = -2 * D * y / g;
        xs[3 * k + 1] = y;
        xs[3 * k + 2] = z[k];
        if (k > 0)
            *sep = fmin(*sep, z[k] - z[k - 1]);
    }
    return n;
}

static void check_fold(flint_rand_t st, long reps)
{
    const bloch_model_t *m = &fold_model;
    steady_set_t s;
    long r, three = 0;

    TEST_CHECK(fails, m->nobs == 3 && strcmp(m->observables[2], "sz1") == 0, "fold: observable order");
    steady_set_init(&s, m);
    for (r = 0; r < reps; r++)
    {
        double p[4], xs[9], sep;
        int n, got, k;
        if (r < 3)
        {
            /* the model file's example: folds at hz = 1.2610 and 1.8868 */
            static const double hz[3] = {0.5, 1.5, 2.5};
            p[0] = hz[r], p[1] = 4, p[2] = 1, p[3] = 1;
        }
        else
        {
            p[0] = 4 * ((double) n_randint(st, 100001) / 100000) - 2;
            p[1] = 8 * ((double) n_randint(st, 100001) / 100000) - 4;
            p[2] = 0.2 + 2 * ((double) n_randint(st, 100001) / 100000);
            p[3] = 0.2 + 2 * ((double) n_randint(st, 100001) / 100000);
        }
        n = fold_states(xs, &sep, p);
        if (sep < 1e-3)
            continue;   /* next to a fold: two states nearly one */
        three += n == 3;
        got = steady_find_all(&s, p, 12, (unsigned long) r, m);
        TEST_CHECK(fails, got == n, "fold at hz=%g V=%g omega=%g gamma=%g: %d states found, the cubic has %d",
              p[0], p[1], p[2], p[3], got, n);
        for (k = 0; k < n; k++)
        {
            int i = steady_set_find(&s, xs + 3 * k);
            TEST_CHECK(fails, i >= 0, "fold at hz=%g V=%g: the root z=%.12g not found", p[0], p[1],
                  xs[3 * k + 2]);
            if (i >= 0)
                TEST_CHECK(fails, s.phys[i] == 1, "fold: the optical Bloch state z=%g is physical",
                      xs[3 * k + 2]);
        }
        if (r == 1)
        {
            /* deterministic: the same seed gives the same states in order */
            steady_set_t t;
            steady_set_init(&t, m);
            TEST_CHECK(fails, steady_find_all(&t, p, 12, (unsigned long) r, m) == got &&
                      memcmp(t.x, s.x, sizeof(double) * 3 * got) == 0,
                  "fold: not deterministic for a given seed");
            steady_set_clear(&t);
        }
    }
    TEST_CHECK(fails, three >= 1, "fold: no bistable point tested");
    steady_set_clear(&s);
}

/* The physical states of s, stable ones counted in *nstable. */
static int physical(int *nstable, int *idx, const steady_set_t *s, const double *p,
                    const bloch_model_t *m)
{
    stab_spectrum_t sp;
    int n = 0;

    *nstable = 0;
    stab_spectrum_init(&sp, m);
    for (int k = 0; k < s->n; k++)
        if (s->phys[k] == 1)
        {
            idx[n++] = k;
            if (stab_spectrum(&sp, s->x + (size_t) k * m->nobs, p, m) == 0 && sp.gap > 0)
                ++*nstable;
        }
    stab_spectrum_clear(&sp);
    return n;
}

static void check_pump_loss(void)
{
    const bloch_model_t *m = &pump_loss_model;
    double p[5] = {0.5, 10, 0.01, 1, 0}, xs[15], xb[2][15];
    steady_info_t info;
    steady_set_t s;
    int idx[64], n, ns, got, k;

    steady_set_init(&s, m);
    /* h1 = 0.5: symmetric (unstable) and two broken (stable) states */
    got = steady_find_all(&s, p, 16, 1, m);
    TEST_CHECK(fails, got >= 3, "pump_loss h1=0.5: %d states", got);
    n = physical(&ns, idx, &s, p, m);
    TEST_CHECK(fails, n == 3 && ns == 2, "pump_loss h1=0.5: %d physical states, %d stable (want 3, 2)", n,
          ns);
    TEST_CHECK(fails, steady_symmetric(xs, p, m) == STEADY_SYM_OK, "pump_loss: symmetric state");
    TEST_CHECK(fails, steady_set_find(&s, xs) >= 0, "pump_loss h1=0.5: the symmetric state not found");
    for (k = 0; k < 2; k++)
    {
        TEST_CHECK(fails, steady_broken(xb[k], &info, k ? -1 : 1, p, 1e-12, m) == 0,
              "pump_loss h1=0.5: steady_broken(%d)", k ? -1 : 1);
        TEST_CHECK(fails, steady_set_find(&s, xb[k]) >= 0, "pump_loss h1=0.5: broken state %d not found",
              k ? -1 : 1);
    }
    /* h1 = 1.2: the symmetric state alone, stable */
    p[0] = 1.2;
    got = steady_find_all(&s, p, 16, 1, m);
    n = physical(&ns, idx, &s, p, m);
    TEST_CHECK(fails, n == 1 && ns == 1, "pump_loss h1=1.2: %d physical states, %d stable (want 1, 1)", n,
          ns);
    TEST_CHECK(fails, steady_symmetric(xs, p, m) == STEADY_SYM_OK && n == 1 &&
              num_dist(xs, s.x + (size_t) idx[0] * m->nobs, m->nobs) < 1e-8,
          "pump_loss h1=1.2: the state is not the symmetric one");
    steady_set_clear(&s);
}

int main(void)
{
    flint_rand_t st;

    gsl_set_error_handler_off();
    test_rand_init(st, "t-find-all");
    check_fold(st, test_reps(20));
    check_pump_loss();
    flint_rand_clear(st);
    if (fails)
        TEST_FAIL("%d checks failed", fails);
    printf("PASS\n");
    return 0;
}
