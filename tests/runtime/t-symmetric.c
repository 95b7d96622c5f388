/* The numerical symmetric state (steady_symmetric_search: Newton on the
 * even sector) against independent answers:
 *   - pump_loss, whose even sector is linear: exactly one state, equal to
 *     the generator's closed form to 1e-12 at random parameters; the
 *     Krawczyk ball around it (stab_krawczyk) holds the closed form in
 *     Arb; and stab_certify without the closed form (the model copied
 *     with has_symmetric = 0) agrees with the closed-form certificate;
 *   - hand-written one-spin models with known even sectors: a cubic with
 *     three roots in [-1, 1] (ambiguous: all three found, the guess picks
 *     one), a monotone cubic (one root, against Brent), a root outside
 *     the cube |x| <= 1 (no state);
 *   - the starts: even parts of product states from the observable names. */
#include <gsl/gsl_errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "testutil.h"
#include "num.h"
#include "stab.h"
#include "steady.h"

extern const bloch_model_t pump_loss_model;
extern const bloch_model_arb_t pump_loss_model_arb;

static double uniform(flint_rand_t st, double a, double b)
{
    return a + (b - a) * (double) n_randint(st, 1000001) / 1000000;
}

static void random_params(double *p, flint_rand_t st)
{
    p[0] = uniform(st, -2, 2);
    p[1] = uniform(st, -12, 12);
    p[2] = uniform(st, -2, 2);
    p[3] = uniform(st, 0.01, 3);
    p[4] = n_randint(st, 3) ? uniform(st, 0, 3) : 0;
}

static void check_pump_loss(flint_rand_t st, long reps)
{
    const bloch_model_t *m = &pump_loss_model;
    bloch_model_t nocf = pump_loss_model;
    bloch_model_arb_t nocf_arb = pump_loss_model_arb;
    double p[5], xc[15], xn[15 * 9], worst = 0, lo1, hi1, lo2, hi2;
    steady_sym_info_t si;
    long r, agree = 0, decided = 0;
    int n, k;

    nocf.has_symmetric = 0;
    nocf_arb.symmetric = NULL;
    for (r = 0; r < reps; r++)
    {
        random_params(p, st);
        if (steady_symmetric(xc, p, m) != STEADY_SYM_OK)
            TEST_FAIL("rep %ld: no closed-form state", r);
        n = steady_symmetric_search(xn, 9, &si, NULL, p, m);
        if (n != 1)
            TEST_FAIL("rep %ld: the search found %d symmetric states, the closed form 1", r, n);
        for (k = 0; k < m->nobs; k++)
        {
            double d = fabs(xn[k] - xc[k]);
            worst = fmax(worst, d);
            if (d > 1e-12)
                TEST_FAIL("rep %ld p = %g %g %g %g %g: %s numerical %.17g, closed form %.17g",
                          r, p[0], p[1], p[2], p[3], p[4], m->observables[k], xn[k], xc[k]);
        }
        /* the one entry point takes the search for a model without closed form */
        if (steady_symmetric_from(xn, &si, NULL, p, &nocf) != STEADY_SYM_OK || !si.numeric ||
            num_dist(xn, xc, m->nobs) > 1e-12)
            TEST_FAIL("rep %ld: steady_symmetric without the closed form", r);
        if (r < 40)
        {
            /* Krawczyk's ball holds the closed form (in Arb) */
            arb_ptr x = _arb_vec_init(15), y = _arb_vec_init(15), pb = _arb_vec_init(5);
            for (k = 0; k < 5; k++)
                arb_set_d(pb + k, p[k]);
            if (!stab_krawczyk(x, xn, pb, m, &pump_loss_model_arb, 128))
                TEST_FAIL("rep %ld: Krawczyk's test failed at 128 bits", r);
            if (pump_loss_model_arb.symmetric(y, pb, 128) == 0)
                for (k = 0; k < 15; k++)
                    if (!arb_overlaps(x + k, y + k))
                        TEST_FAIL("rep %ld: the Krawczyk ball misses the closed form at %s", r,
                                  m->observables[k]);
            _arb_vec_clear(x, 15);
            _arb_vec_clear(y, 15);
            _arb_vec_clear(pb, 5);
            /* certificates with and without the closed form agree */
            k = stab_certify(&lo1, &hi1, p, m, &pump_loss_model_arb);
            n = stab_certify(&lo2, &hi2, p, &nocf, &nocf_arb);
            if (n != STAB_UNDECIDED && k != STAB_UNDECIDED && n != k)
                TEST_FAIL("rep %ld: certified %d with the closed form, %d without", r, k, n);
            if (n != STAB_UNDECIDED && !(lo2 <= hi1 && lo1 <= hi2))
                TEST_FAIL("rep %ld: gap [%g, %g] with the closed form, [%g, %g] without", r,
                          lo1, hi1, lo2, hi2);
            agree += n == k;
            decided += n != STAB_UNDECIDED;
        }
    }
    if (decided < 30)
        TEST_FAIL("only %ld of 40 certificates without the closed form decided", decided);
    printf("pump_loss: %ld points, numerical = closed form to %.2g; %ld certificates without "
           "closed form decided, %ld agree\n", reps, worst, decided, agree);
}

/* ---- a hand-written model: one spin, sz1 even, sx1 odd ---- */
static int which;   /* 0: three roots; 1: one root; 2: root outside the cube */

static double even_f(double z)
{
    return which == 0 ? -(z + 0.5) * z * (z - 0.5) * 4 :
           which == 1 ? -(z * z * z + z - 0.3) : -(z - 2);
}

static double even_df(double z)
{
    return which == 0 ? -(12 * z * z - 1) : which == 1 ? -(3 * z * z + 1) : -1;
}

static void toy_rhs(double *f, const double *x, const double *p)
{
    (void) p;
    f[0] = even_f(x[0]) + x[1] * x[1];
    f[1] = -x[1] * (1 + x[0]);
}

static void toy_jac(double *J, const double *x, const double *p)
{
    (void) p;
    J[0] = even_df(x[0]);
    J[1] = 2 * x[1];
    J[2] = -x[1];
    J[3] = -(1 + x[0]);
}

static void toy_jac_even(double *J, const double *x, const double *p)
{
    (void) p;
    J[0] = even_df(x[0]);
}

static void toy_jac_odd(double *J, const double *x, const double *p)
{
    (void) p;
    J[0] = -(1 + x[0]);
}

static double brent_f(double z, void *ctx)
{
    (void) ctx;
    return even_f(z);
}

static void check_toy(void)
{
    static const char *const obs[] = {"sz1", "sx1"};
    static const signed char parity[] = {0, 1};
    bloch_model_t m = {0};
    double all[2 * 9], x[2], guess[2] = {0.45, 0}, p[1] = {0}, root;
    steady_sym_info_t si;
    int n, k, seen[3] = {0, 0, 0};

    m.name = "toy";
    m.sites = 1;
    m.nobs = 2;
    m.observables = obs;
    m.parity = parity;
    m.symmetry = "sz1";
    m.rhs = toy_rhs;
    m.jacobian = toy_jac;
    m.jacobian_even = toy_jac_even;
    m.jacobian_odd = toy_jac_odd;
    m.neven = m.nodd = 1;

    /* starts: all zeros, then z = +1, -1 (the +-z states), 0 for x and y */
    steady_symmetric_start(x, 1, &m);
    if (x[0] != 1 || x[1] != 0)
        TEST_FAIL("start +z: %g %g", x[0], x[1]);
    steady_symmetric_start(x, 2, &m);
    if (x[0] != -1)
        TEST_FAIL("start -z: %g", x[0]);
    steady_symmetric_start(x, 3, &m);
    if (x[0] != 0 || x[1] != 0)
        TEST_FAIL("start +x: the odd sx1 must be dropped: %g %g", x[0], x[1]);

    which = 0;      /* roots -1/2, 0, 1/2 */
    n = steady_symmetric_search(all, 9, &si, NULL, p, &m);
    if (n != 3)
        TEST_FAIL("three roots: the search found %d", n);
    for (k = 0; k < n; k++)
        for (int j = 0; j < 3; j++)
            seen[j] += fabs(all[2 * k] - (j - 1) * 0.5) < 1e-14 && all[2 * k + 1] == 0;
    if (seen[0] != 1 || seen[1] != 1 || seen[2] != 1)
        TEST_FAIL("three roots: found %g %g %g", all[0], all[2], all[4]);
    if (steady_symmetric(x, p, &m) != STEADY_SYM_AMBIGUOUS || x[0] != 0)
        TEST_FAIL("three roots: not reported as ambiguous, or not the maximally mixed one first");
    if (steady_symmetric_from(x, &si, guess, p, &m) != STEADY_SYM_AMBIGUOUS ||
        fabs(x[0] - 0.5) > 1e-14 || si.start != -1 || si.nfound != 3)
        TEST_FAIL("three roots from the guess 0.45: x = %g, start %d", x[0], si.start);

    which = 1;      /* z^3 + z = 0.3: one real root */
    if (steady_symmetric(x, p, &m) != STEADY_SYM_OK)
        TEST_FAIL("one root: not found, or not unique");
    if (num_brent(&root, NULL, brent_f, NULL, -1, 1, 1e-15, 0, 200) != NUM_OK ||
        fabs(root - x[0]) > 1e-14)
        TEST_FAIL("one root: %.17g, Brent %.17g", x[0], root);

    which = 2;      /* the only root, z = 2, is no state */
    if (steady_symmetric(x, p, &m) != STEADY_SYM_NONE)
        TEST_FAIL("a root outside |x| <= 1 was taken");

    m.symmetry = NULL;
    if (steady_symmetric(x, p, &m) != STEADY_SYM_NONE)
        TEST_FAIL("a model without symmetry has a symmetric state");
    printf("toy models: ambiguous, unique (Brent), outside the cube, no symmetry: ok\n");
}

int main(void)
{
    flint_rand_t st;

    gsl_set_error_handler_off();
    test_rand_init(st, "t-symmetric");
    check_pump_loss(st, test_reps(300));
    check_toy();
    flint_rand_clear(st);
    flint_cleanup();
    printf("t-symmetric: ok\n");
    return 0;
}
