/* runtime/elim (`steady --all`) against independent routes:
 * - exact numbers: elim_fmpq_set_str against fmpq arithmetic on numbers
 *   the test writes;
 * - the fold model (one site, one mean field): its steady states are the
 *   real roots of a cubic in <sz1>, solved here in closed form; at random
 *   rational parameters elim must find exactly those, certified, and call
 *   the list complete;
 * - pump_loss (two sites, two mean fields) at the paper's points h1 = 0.5
 *   (the symmetric state, unstable, and two stable broken ones, from
 *   steady_symmetric's closed form and steady_broken) and h1 = 1.2 (the
 *   symmetric state alone), and at random rational parameters: every
 *   state a multistart search (steady_find_all, 40 random physical
 *   starts) finds must be on a list that elim certifies complete. */
#define _POSIX_C_SOURCE 200809L
#include <gsl/gsl_errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "testutil.h"
#include "elim.h"
#include "num.h"
#include "stab.h"
#include "steady.h"

extern const bloch_model_t pump_loss_model, fold_model;
extern const bloch_model_arb_t pump_loss_model_arb, fold_model_arb;

static int fails = 0;


/* Index of the state of e within tol of x (2-norm), or -1. */
static int find(const elim_struct *e, const double *x, double tol)
{
    for (int k = 0; k < e->count; k++)
        if (num_dist(e->x + (size_t) k * e->n, x, (int) e->n) <= tol)
            return k;
    return -1;
}

/* elim at the parameters text[] (v[] the same as doubles). */
static int solve(elim_t e, const char *const *text, const double *v, const bloch_model_t *m,
                 const bloch_model_arb_t *marb)
{
    char msg[ELIM_NOTE_MAX];
    int st = elim_set(e, text, v, m, msg, sizeof msg);

    if (st != ELIM_OK)
    {
        printf("elim_set: %s\n", msg);
        return st;
    }
    return elim_solve(e, m, marb);
}

static void check_numbers(flint_rand_t st, long reps)
{
    fmpq_t q, want, d;
    char s[200];

    fmpq_init(q), fmpq_init(want), fmpq_init(d);
    for (long r = 0; r < reps; r++)
    {
        /* a decimal a.b e E over p.q e F, built from integers */
        long a = (long) n_randint(st, 100000) - 50000, b = (long) n_randint(st, 1000);
        long E = (long) n_randint(st, 21) - 10, c = (long) n_randint(st, 999) + 1;
        int frac = (int) n_randint(st, 2);
        snprintf(s, sizeof s, "%s%ld.%03lde%ld", a < 0 ? "-" : "", labs(a), b, E);
        if (frac)
            snprintf(s + strlen(s), sizeof s - strlen(s), "/%ld", c);
        /* want = (|a| * 1000 + b) / 1000 * 10^E, signed, over c */
        fmpz_set_si(fmpq_numref(want), labs(a) * 1000 + b);
        fmpz_set_ui(fmpq_denref(want), 1000);
        fmpq_canonicalise(want);
        fmpz_set_ui(fmpq_numref(d), 10);
        fmpz_one(fmpq_denref(d));
        fmpq_pow_si(d, d, E);
        fmpq_mul(want, want, d);
        if (a < 0)
            fmpq_neg(want, want);
        if (frac)
            fmpq_div_fmpz(want, want, fmpq_numref((fmpq_set_si(d, c, 1), d)));
        TEST_CHECK(fails, elim_fmpq_set_str(q, s, strlen(s)) == 0 && fmpq_equal(q, want),
              "elim_fmpq_set_str(\"%s\")", s);
    }
    TEST_CHECK(fails, elim_fmpq_set_str(q, "1/0", 3) != 0, "1/0 refused");
    TEST_CHECK(fails, elim_fmpq_set_str(q, "1e", 2) != 0, "1e refused");
    TEST_CHECK(fails, elim_fmpq_set_str(q, ".", 1) != 0, ". refused");
    TEST_CHECK(fails, elim_fmpq_set_str(q, "0.1", 3) == 0 && fmpq_sgn(q) > 0 &&
              (fmpq_mul_si(q, q, 10), fmpq_is_one(q)), "0.1 is 1/10 exactly");
    fmpq_clear(q), fmpq_clear(want), fmpq_clear(d);
}

static void check_fold(flint_rand_t st, long reps)
{
    const bloch_model_t *m = &fold_model;
    long three = 0;

    for (long r = 0; r < reps; r++)
    {
        /* hz, V, omega, gamma as k / 1000 */
        long k[4] = {(long) n_randint(st, 4001) - 2000, (long) n_randint(st, 8001) - 4000,
                     200 + (long) n_randint(st, 2001), 200 + (long) n_randint(st, 2001)};
        char buf[4][32];
        const char *text[4];
        double p[4], z[3], sep = INFINITY;
        int n, i;
        elim_t e;

        if (r < 3)
        {
            /* the model file's bistable example: V = 4, omega = gamma = 1 */
            static const long hz[3] = {500, 1500, 2500};
            k[0] = hz[r], k[1] = 4000, k[2] = 1000, k[3] = 1000;
        }
        for (i = 0; i < 4; i++)
        {
            snprintf(buf[i], sizeof buf[i], "%ld/1000", k[i]);
            text[i] = buf[i];
            p[i] = k[i] / 1000.0;
        }
        n = test_cubic_roots(z, 4 * p[1] * p[1], 8 * p[0] * p[1] + 4 * p[1] * p[1],
                        p[3] * p[3] + 4 * p[0] * p[0] + 8 * p[0] * p[1] + 2 * p[2] * p[2],
                        p[3] * p[3] + 4 * p[0] * p[0]);
        for (i = 1; i < n; i++)
            sep = fmin(sep, fabs(z[i] - z[i - 1]));
        if (sep < 1e-6)
            continue;   /* at a fold the cubic's formula loses its digits */
        three += n == 3;
        elim_init(e, m);
        TEST_CHECK(fails, solve(e, text, p, m, &fold_model_arb) == ELIM_OK,
              "fold hz=%s V=%s: elim failed: %s", text[0], text[1], e->note);
        TEST_CHECK(fails, e->complete && e->count == n,
              "fold hz=%s V=%s omega=%s gamma=%s: %ld states (complete %d), the cubic has %d",
              text[0], text[1], text[2], text[3], (long) e->count, e->complete, n);
        for (i = 0; i < n; i++)
        {
            double D = p[0] + p[1] * z[i];
            double y = -2 * p[2] * p[3] * z[i] / (p[3] * p[3] + 4 * D * D);
            double xs[3] = {-2 * D * y / p[3], y, z[i]};
            int j = find(e, xs, 1e-8);
            TEST_CHECK(fails, j >= 0 && e->certified[j], "fold hz=%s V=%s: root z=%.12g %s", text[0],
                  text[1], z[i], j < 0 ? "missing" : "not certified");
        }
        elim_clear(e);
    }
    TEST_CHECK(fails, three > 0, "fold: no parameter point with three states was tried");
}

static void check_pump_loss_paper(void)
{
    const bloch_model_t *m = &pump_loss_model;
    const char *text[5] = {"0.5", "10", "0.01", "1", "0"};
    double p[5] = {0.5, 10, 0.01, 1, 0}, xs[15], xb[15];
    steady_info_t info;
    stab_spectrum_t sp;
    elim_t e;
    int k, stable = 0;

    stab_spectrum_init(&sp, m);
    elim_init(e, m);
    TEST_CHECK(fails, solve(e, text, p, m, &pump_loss_model_arb) == ELIM_OK && e->complete &&
              e->count == 3, "pump_loss h1=0.5: %ld states, complete %d (want 3, certified)",
          (long) e->count, e->complete);
    TEST_CHECK(fails, steady_symmetric(xs, p, m) == STEADY_SYM_OK && find(e, xs, 1e-9) >= 0,
          "pump_loss h1=0.5: the symmetric state missing");
    for (k = 0; k < 2; k++)
        TEST_CHECK(fails, steady_broken(xb, &info, k ? -1 : 1, p, 1e-12, m) == 0 && find(e, xb, 1e-8) >= 0,
              "pump_loss h1=0.5: broken state %d missing", k ? -1 : 1);
    for (k = 0; k < e->count; k++)
        if (stab_spectrum(&sp, e->x + (size_t) k * e->n, p, m) == 0 &&
            sp.verdict == STAB_STABLE)
            stable++;
    TEST_CHECK(fails, stable == 2, "pump_loss h1=0.5: %d stable states (want 2)", stable);
    elim_clear(e);

    text[0] = "1.2", p[0] = 1.2;
    elim_init(e, m);
    TEST_CHECK(fails, solve(e, text, p, m, &pump_loss_model_arb) == ELIM_OK && e->complete &&
              e->count == 1 && e->certified[0],
          "pump_loss h1=1.2: %ld states, complete %d (want the symmetric state alone)",
          (long) e->count, e->complete);
    TEST_CHECK(fails, steady_symmetric(xs, p, m) == STEADY_SYM_OK && find(e, xs, 1e-9) >= 0,
          "pump_loss h1=1.2: the state is not the symmetric one");
    elim_clear(e);
    stab_spectrum_clear(&sp);
}

static void check_pump_loss_random(flint_rand_t st, long reps)
{
    const bloch_model_t *m = &pump_loss_model;
    steady_set_t s;
    long complete = 0;

    steady_set_init(&s, m);
    for (long r = 0; r < reps; r++)
    {
        char buf[5][32];
        const char *text[5];
        double p[5];
        int i, got;
        elim_t e;

        for (i = 0; i < 5; i++)
        {
            /* h1, h2 in [-2, 2], lambda in [-1, 1], gup, gdown in [0, 1] */
            long k = i < 2 ? (long) n_randint(st, 401) - 200
                   : i == 2 ? (long) n_randint(st, 201) - 100 : (long) n_randint(st, 101);
            snprintf(buf[i], sizeof buf[i], "%ld/100", k);
            text[i] = buf[i];
            p[i] = k / 100.0;
        }
        if (p[3] + p[4] == 0)
            continue;   /* no dissipation at all: a conservative model */
        elim_init(e, m);
        if (solve(e, text, p, m, &pump_loss_model_arb) == ELIM_OK && e->complete)
        {
            complete++;
            got = steady_find_all(&s, p, 40, (unsigned long) r, m);
            for (i = 0; i < got; i++)
                TEST_CHECK(fails, find(e, s.x + (size_t) i * m->nobs, 1e-6) >= 0,
                      "pump_loss h1=%s h2=%s lambda=%s gup=%s gdown=%s: the multistart found a "
                      "state that the certified-complete list lacks", text[0], text[1], text[2],
                      text[3], text[4]);
            for (i = 0; i < e->count; i++)
            {
                double f[15], zero[15] = {0};
                m->rhs(f, e->x + (size_t) i * e->n, p);
                TEST_CHECK(fails, num_dist(f, zero, m->nobs) < 1e-9, "pump_loss: state %d has residual %g",
                      i, num_dist(f, zero, m->nobs));
            }
        }
        elim_clear(e);
    }
    /* most random points must be decided, or the test tests nothing */
    TEST_CHECK(fails, complete >= reps / 2, "pump_loss: only %ld of %ld random points certified complete",
          complete, reps);
    steady_set_clear(&s);
}

int main(void)
{
    flint_rand_t st;

    gsl_set_error_handler_off();
    test_rand_init(st, "t-elim");
    check_numbers(st, test_reps(200));
    check_fold(st, test_reps(30));
    check_pump_loss_paper();
    check_pump_loss_random(st, test_reps(10));
    flint_rand_clear(st);
    if (fails)
        TEST_FAIL("%d checks failed", fails);
    printf("PASS\n");
    return 0;
}
