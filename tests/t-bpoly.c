/* bpoly arithmetic against pointwise evaluation in doubles, and the
   sort-and-merge product against the term-by-term one it replaced. */
#include <math.h>
#include "testutil.h"
#include "bpoly.h"

#define NVARS 6
#define NPAR 3

static void random_bpoly(bpoly_t p, flint_rand_t st, const fmpq_mpoly_ctx_t ctx)
{
    slong t, len = n_randint(st, 5);
    fmpq_mpoly_t c;

    fmpq_mpoly_init(c, ctx);
    bpoly_zero(p, ctx);
    for (t = 0; t < len; t++)
    {
        bmono_t m;
        int j, deg = n_randint(st, 3);
        bmono_one(&m);
        for (j = 0; j < deg; j++)
        {
            bmono_t v;
            bmono_var(&v, n_randint(st, NVARS));
            bmono_mul(&m, &m, &v);
        }
        fmpq_mpoly_randtest_bound(c, st, 3, 3, 10, ctx);
        bpoly_add_term(p, &m, c, ctx);
    }
    fmpq_mpoly_clear(c, ctx);
}

/* r += s * a * b one term at a time, as bpoly_addmul did before it
   sorted: an independent reference */
static void addmul_by_terms(bpoly_t r, const bpoly_t a, const bpoly_t b, const fmpq_t s,
                            const fmpq_mpoly_ctx_t ctx)
{
    fmpq_mpoly_t c;
    bmono_t m;
    slong i, j;

    fmpq_mpoly_init(c, ctx);
    for (i = 0; i < a->length; i++)
        for (j = 0; j < b->length; j++)
        {
            if (bmono_mul(&m, a->mono + i, b->mono + j) != 0)
                TEST_FAIL("degree overflow in the reference");
            fmpq_mpoly_mul(c, a->coeff + i, b->coeff + j, ctx);
            bpoly_addmul_term_fmpq(r, &m, c, s, ctx);
        }
    fmpq_mpoly_clear(c, ctx);
}

/* bpoly_addmul into a nonempty r, long operands in any order, and
   cancellation to exactly nothing (no zero coefficients left). */
static void test_addmul(flint_rand_t st, const fmpq_mpoly_ctx_t ctx)
{
    bpoly_t a, b, r, ref, t;
    fmpq_t s;
    long rep;
    int k;

    bpoly_init(a, ctx), bpoly_init(b, ctx), bpoly_init(r, ctx), bpoly_init(ref, ctx);
    bpoly_init(t, ctx);
    fmpq_init(s);
    for (rep = 0; rep < test_reps(200); rep++)
    {
        random_bpoly(a, st, ctx);
        random_bpoly(b, st, ctx);
        random_bpoly(r, st, ctx);
        for (k = 0; k < 6; k++)
        {
            random_bpoly(t, st, ctx);
            bpoly_add(a, a, t, ctx);
            random_bpoly(t, st, ctx);
            bpoly_add(b, b, t, ctx);
        }
        fmpq_set_si(s, (slong) n_randint(st, 7) - 3, 1 + n_randint(st, 4));
        bpoly_set(ref, r, ctx);
        addmul_by_terms(ref, a, b, s, ctx);
        if (bpoly_addmul(r, a, b, s, ctx) != 0 || !bpoly_equal(r, ref, ctx))
            TEST_FAIL("bpoly_addmul differs from the term-by-term product (rep %ld)", rep);
        /* adding and taking away s a b gives r back */
        bpoly_set(t, r, ctx);
        if (bpoly_addmul(t, a, b, s, ctx) != 0)
            TEST_FAIL("bpoly_addmul overflowed");
        fmpq_neg(s, s);
        if (bpoly_addmul(t, a, b, s, ctx) != 0 || !bpoly_equal(t, r, ctx))
            TEST_FAIL("r + s a b - s a b != r");
        bpoly_zero(t, ctx);
        bpoly_addmul(t, a, b, s, ctx);
        fmpq_neg(s, s);
        bpoly_addmul(t, a, b, s, ctx);
        if (t->length != 0)
            TEST_FAIL("s a b - s a b left %ld terms", (long) t->length);
    }
    bpoly_clear(a, ctx), bpoly_clear(b, ctx), bpoly_clear(r, ctx), bpoly_clear(ref, ctx);
    bpoly_clear(t, ctx);
    fmpq_clear(s);
}

static double eval(const bpoly_t p, const double *x, const double *par,
                   const fmpq_mpoly_ctx_t ctx)
{
    return bpoly_evaluate_d(p, x, par, ctx);
}

static void close_or_fail(double a, double b, const char *what)
{
    if (fabs(a - b) > 1e-9 * (1 + fabs(a) + fabs(b)))
        TEST_FAIL("%s: %.17g vs %.17g", what, a, b);
}

int main(void)
{
    flint_rand_t st;
    fmpq_mpoly_ctx_t ctx;
    bpoly_t a, b, c, d, e;
    fmpq_t s;
    long rep;

    test_rand_init(st, "t-bpoly");
    fmpq_mpoly_ctx_init(ctx, NPAR, ORD_LEX);
    bpoly_init(a, ctx), bpoly_init(b, ctx), bpoly_init(c, ctx), bpoly_init(d, ctx);
    bpoly_init(e, ctx);
    fmpq_init(s);
    for (rep = 0; rep < test_reps(500); rep++)
    {
        double x[NVARS], par[NPAR], h = 1e-6;
        slong v = n_randint(st, NVARS);
        int k;

        for (k = 0; k < NVARS; k++)
            x[k] = (double) n_randint(st, 2000) / 1000 - 1;
        for (k = 0; k < NPAR; k++)
            par[k] = (double) n_randint(st, 2000) / 1000 - 1;
        random_bpoly(a, st, ctx);
        random_bpoly(b, st, ctx);

        bpoly_add(c, a, b, ctx);
        close_or_fail(eval(c, x, par, ctx), eval(a, x, par, ctx) + eval(b, x, par, ctx), "add");
        bpoly_sub(d, c, b, ctx);
        if (!bpoly_equal(d, a, ctx))
            TEST_FAIL("(a + b) - b != a");
        bpoly_mul(c, a, b, ctx);
        close_or_fail(eval(c, x, par, ctx), eval(a, x, par, ctx) * eval(b, x, par, ctx), "mul");
        bpoly_mul(d, b, a, ctx);
        if (!bpoly_equal(c, d, ctx))
            TEST_FAIL("multiplication not commutative");
        /* product rule, exactly */
        bpoly_derivative(d, c, v, ctx);
        bpoly_derivative(e, a, v, ctx);
        bpoly_mul(e, e, b, ctx);
        bpoly_derivative(c, b, v, ctx);
        bpoly_mul(c, a, c, ctx);
        bpoly_add(e, e, c, ctx);
        if (!bpoly_equal(d, e, ctx))
            TEST_FAIL("product rule fails");
        /* derivative against a central difference */
        bpoly_derivative(d, a, v, ctx);
        {
            double xp[NVARS], xm[NVARS];
            for (k = 0; k < NVARS; k++)
                xp[k] = xm[k] = x[k];
            xp[v] += h, xm[v] -= h;
            if (fabs(eval(d, x, par, ctx) - (eval(a, xp, par, ctx) - eval(a, xm, par, ctx)) /
                     (2 * h)) > 1e-5 * (1 + fabs(eval(d, x, par, ctx))))
                TEST_FAIL("derivative disagrees with a difference quotient");
        }
        /* scalar multiple and zeroing variables */
        fmpq_set_si(s, -3, 7);
        bpoly_scalar_mul_fmpq(c, a, s, ctx);
        close_or_fail(eval(c, x, par, ctx), -3.0 / 7 * eval(a, x, par, ctx), "scalar");
        {
            char zero[NVARS] = {0};
            double xz[NVARS];
            zero[v] = 1;
            for (k = 0; k < NVARS; k++)
                xz[k] = zero[k] ? 0 : x[k];
            bpoly_zero_vars(c, a, zero, ctx);
            close_or_fail(eval(c, x, par, ctx), eval(a, xz, par, ctx), "zero_vars");
        }
    }
    test_addmul(st, ctx);
    bpoly_clear(a, ctx), bpoly_clear(b, ctx), bpoly_clear(c, ctx), bpoly_clear(d, ctx);
    bpoly_clear(e, ctx);
    fmpq_clear(s);
    fmpq_mpoly_ctx_clear(ctx);
    flint_rand_clear(st);
    flint_cleanup_master();
    printf("t-bpoly: PASS\n");
    return 0;
}
