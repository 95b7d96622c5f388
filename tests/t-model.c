/* The emitted pump_loss code, its pieces against each other:
 * - the Arb rhs and Jacobian enclose the double ones at random points;
 * - the Arb symmetric state, fed to the Arb rhs, gives balls containing 0
 *   (an exact steady state), and agrees with the double symmetric state;
 * - jacobian_even/odd are the diagonal blocks of the full Jacobian and the
 *   off-diagonal blocks vanish at the symmetric state;
 * - the exact boundary terms, evaluated in Arb, change sign across the
 *   critical points found by blochgen boundary. */
#include <math.h>
#include "testutil.h"
#include "bloch_model.h"
#include "bloch_model_arb.h"

extern const bloch_model_t pump_loss_model;
extern const bloch_model_arb_t pump_loss_model_arb;

#define N 15
#define NP 5

static double urand(flint_rand_t st, double a, double b)
{
    return a + (b - a) * (double) n_randint(st, 1000001) / 1e6;
}

static void arb_vec_set_d(arb_ptr v, const double *x, int n)
{
    int k;

    for (k = 0; k < n; k++)
        arb_set_d(v + k, x[k]);
}

/* |mid - x| small relative to the size of the terms, and the radius small */
static void check_close(const arb_t a, double x, double scale, const char *what, int k)
{
    double mid = arf_get_d(arb_midref(a), ARF_RND_NEAR);

    if (fabs(mid - x) > 1e-12 * scale || mag_cmp_2exp_si(arb_radref(a), -30) > 0)
        TEST_FAIL("%s[%d]: arb %.17g vs double %.17g", what, k, mid, x);
}

static void test_arb_vs_double(flint_rand_t st)
{
    const bloch_model_t *m = &pump_loss_model;
    arb_ptr ax = _arb_vec_init(N), ap = _arb_vec_init(NP), ar = _arb_vec_init(N * N);
    double x[N], p[NP], r[N * N];
    long rep;
    int k;

    for (rep = 0; rep < test_reps(200); rep++)
    {
        for (k = 0; k < N; k++)
            x[k] = urand(st, -1, 1);
        for (k = 0; k < NP; k++)
            p[k] = urand(st, 0, 3);
        arb_vec_set_d(ax, x, N);
        arb_vec_set_d(ap, p, NP);
        m->rhs(r, x, p);
        pump_loss_model_arb.rhs(ar, ax, ap, 128);
        for (k = 0; k < N; k++)
            check_close(ar + k, r[k], 100, "rhs", k);
        m->jacobian(r, x, p);
        pump_loss_model_arb.jacobian(ar, ax, ap, 128);
        for (k = 0; k < N * N; k++)
            check_close(ar + k, r[k], 100, "jacobian", k);
    }
    _arb_vec_clear(ax, N);
    _arb_vec_clear(ap, NP);
    _arb_vec_clear(ar, N * N);
}

static void test_symmetric(flint_rand_t st)
{
    const bloch_model_t *m = &pump_loss_model;
    arb_ptr ax = _arb_vec_init(N), ap = _arb_vec_init(NP), ar = _arb_vec_init(N);
    double x[N], p[NP], J[N * N], Je[N * N], Jo[N * N];
    long rep;
    int k, i, j;

    for (rep = 0; rep < test_reps(100); rep++)
    {
        int ie = 0, io = 0;
        for (k = 0; k < NP; k++)
            p[k] = urand(st, 0.05, 3);
        arb_vec_set_d(ap, p, NP);
        if (m->symmetric(x, p) != 0 || pump_loss_model_arb.symmetric(ax, ap, 128) != 0)
            TEST_FAIL("symmetric state unavailable at positive rates");
        for (k = 0; k < N; k++)
            check_close(ax + k, x[k], 10, "symmetric", k);
        pump_loss_model_arb.rhs(ar, ax, ap, 128);
        for (k = 0; k < N; k++)
            if (!arb_contains_zero(ar + k))
                TEST_FAIL("rhs at the Arb symmetric state excludes 0 (component %d)", k);
        /* block structure at the symmetric state */
        m->jacobian(J, x, p);
        m->jacobian_even(Je, x, p);
        m->jacobian_odd(Jo, x, p);
        for (i = 0; i < N; i++)
        {
            int je = 0, jo = 0;
            for (j = 0; j < N; j++)
            {
                double a = J[i * N + j];
                if (m->parity[i] != m->parity[j])
                {
                    if (a != 0.0)
                        TEST_FAIL("J[%d][%d] couples even and odd at the symmetric state", i, j);
                }
                else if (m->parity[i] == 0 && a != Je[ie * m->neven + je])
                    TEST_FAIL("even block differs at (%d,%d)", i, j);
                else if (m->parity[i] == 1 && a != Jo[io * m->nodd + jo])
                    TEST_FAIL("odd block differs at (%d,%d)", i, j);
                if (m->parity[j] == 0)
                    je++;
                else
                    jo++;
            }
            if (m->parity[i] == 0)
                ie++;
            else
                io++;
        }
    }
    _arb_vec_clear(ax, N);
    _arb_vec_clear(ap, NP);
    _arb_vec_clear(ar, N);
}

static void boundary_arb(arb_t r, const double *p, slong prec)
{
    const bloch_model_t *m = &pump_loss_model;
    arb_t t, c;
    int i, k, e;

    arb_init(t);
    arb_init(c);
    arb_zero(r);
    for (i = 0; i < m->nboundary_terms; i++)
    {
        arb_set_str(t, m->boundary_terms[i].coeff, prec);
        for (k = 0; k < NP; k++)
            for (e = 0; e < m->boundary_terms[i].exp[k]; e++)
            {
                arb_set_d(c, p[k]);
                arb_mul(t, t, c, prec);
            }
        arb_add(r, r, t, prec);
    }
    arb_clear(t);
    arb_clear(c);
}

static void test_boundary(void)
{
    const bloch_model_t *m = &pump_loss_model;
    /* certified roots at h2 = 10, lambda = 0.01, gup = 1, gdown = 0 */
    const double roots[2] = {0.0669874239307467, 0.933013810669781};
    double p[NP] = {0, 10, 0.01, 1, 0};
    arb_t b;
    int k;

    arb_init(b);
    if (!m->has_boundary || m->nboundary_terms <= 0)
        TEST_FAIL("no boundary polynomial");
    for (k = 0; k < 2; k++)
    {
        double lo, hi;
        p[0] = roots[k] * (1 - 1e-9);
        boundary_arb(b, p, 256);
        lo = arf_get_d(arb_midref(b), ARF_RND_NEAR);
        p[0] = roots[k] * (1 + 1e-9);
        boundary_arb(b, p, 256);
        hi = arf_get_d(arb_midref(b), ARF_RND_NEAR);
        if (!(lo * hi < 0))
            TEST_FAIL("boundary does not change sign across h1 = %.15g", roots[k]);
    }
    arb_clear(b);
}

int main(void)
{
    flint_rand_t st;

    test_rand_init(st, "t-model");
    test_arb_vs_double(st);
    test_symmetric(st);
    test_boundary();
    flint_rand_clear(st);
    flint_cleanup_master();
    printf("t-model: PASS\n");
    return 0;
}
