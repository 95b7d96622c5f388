/* stab_certify (Arb eigenvalue enclosures at the closed-form symmetric
 * state of pump_loss) against independent answers:
 *   - away from the boundary, the floating-point spectrum (LAPACK dgeev):
 *     same verdict, and the certified gap interval holds the float gap;
 *   - near the critical point, the exact sign of the generator's boundary
 *     polynomial (numerator of det of the odd block) evaluated in exact
 *     rationals at the double parameters: the verdict may be undecided
 *     but never contradicts it, down to adjacent doubles;
 *   - at parameters where the gap is exactly zero (lambda = 0 decouples
 *     the sites; a single pumped spin has odd eigenvalues
 *     -g/2 +- 2 sqrt(h (z - h)), z = 1 when gdown = 0, zero at h = 1/2,
 *     gup = 2), it must stay undecided. */
#include <gsl/gsl_errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "testutil.h"
#include "stab.h"
#include "steady.h"

extern const bloch_model_t pump_loss_model;
extern const bloch_model_arb_t pump_loss_model_arb;

static const bloch_model_t *M = &pump_loss_model;
static const bloch_model_arb_t *MA = &pump_loss_model_arb;

enum { H1, H2, LAMBDA, GUP, GDOWN };

static double uniform(flint_rand_t st, double a, double b)
{
    return a + (b - a) * (double) n_randint(st, 1000001) / 1000000;
}

/* Float gap at the symmetric state (dgeev of the full Jacobian). */
static double float_gap(const double *p)
{
    double x[64];
    stab_spectrum_t s;
    double g;

    if (steady_symmetric(x, p, M) != 0)
        TEST_FAIL("no symmetric state at h1=%g gup=%g", p[H1], p[GUP]);
    stab_spectrum_init(&s, M);
    if (stab_spectrum(&s, x, p, M) != 0)
        TEST_FAIL("dgeev failed");
    g = s.gap;
    stab_spectrum_clear(&s);
    return g;
}

/* Exact sign of the boundary polynomial at the double parameters p. */
static int boundary_sign(const double *p)
{
    fmpq_t sum, term, v;
    arf_t a;
    int k, j, e, sgn;

    fmpq_init(sum);
    fmpq_init(term);
    fmpq_init(v);
    arf_init(a);
    for (k = 0; k < M->nboundary_terms; k++)
    {
        fmpz_set_str(fmpq_numref(term), M->boundary_terms[k].coeff, 10);
        fmpz_one(fmpq_denref(term));
        for (j = 0; j < M->nparams; j++)
        {
            arf_set_d(a, p[j]);
            arf_get_fmpq(v, a);
            for (e = 0; e < M->boundary_terms[k].exp[j]; e++)
                fmpq_mul(term, term, v);
        }
        fmpq_add(sum, sum, term);
    }
    sgn = fmpq_sgn(sum);
    fmpq_clear(sum);
    fmpq_clear(term);
    fmpq_clear(v);
    arf_clear(a);
    return sgn;
}

static const char *name(int v)
{
    return v == STAB_STABLE ? "stable" : v == STAB_UNSTABLE ? "unstable" : "undecided";
}

/* Random parameters: decided verdicts agree with dgeev away from 0. */
static void check_random(flint_rand_t st)
{
    long reps = test_reps(150), r, decided = 0;
    double p[5], lo, hi, g, tol;
    int v;

    for (r = 0; r < reps; r++)
    {
        p[H1] = uniform(st, 0, 1.2);
        p[GUP] = uniform(st, 0.05, 2);
        p[H2] = 10;
        p[LAMBDA] = uniform(st, 0, 0.05);
        p[GDOWN] = uniform(st, 0, 0.5);
        g = float_gap(p);
        v = stab_certify(&lo, &hi, p, M, MA);
        if (g > 1e-9 && v == STAB_UNSTABLE)
            TEST_FAIL("unstable certified where dgeev gap = %g (h1=%.17g gup=%.17g lambda=%.17g "
                      "gdown=%.17g)", g, p[H1], p[GUP], p[LAMBDA], p[GDOWN]);
        if (g < -1e-9 && v == STAB_STABLE)
            TEST_FAIL("stable certified where dgeev gap = %g", g);
        if (fabs(g) <= 1e-6)
            continue;
        if (v == STAB_UNDECIDED)
            TEST_FAIL("undecided where dgeev gap = %g (h1=%.17g gup=%.17g lambda=%.17g "
                      "gdown=%.17g)", g, p[H1], p[GUP], p[LAMBDA], p[GDOWN]);
        if ((v == STAB_STABLE) != (g > 0))
            TEST_FAIL("certified %s but dgeev gap = %g", name(v), g);
        /* dgeev's error: ~1e-15 |J| for a simple eigenvalue, up to
           sqrt(eps |J|) near a defective one (h1 ~ sz) */
        tol = 1e-7;
        if (!(lo <= hi && lo - tol <= g && g <= hi + tol && hi - lo < 1e-6))
            TEST_FAIL("certified gap [%.17g, %.17g] misses dgeev gap %.17g", lo, hi, g);
        decided++;
    }
    printf("random: %ld points, %ld decided and checked against dgeev\n", reps, decided);
}

/* Bisection of the float gap in h1 towards the pitchfork near 0.067 at
   gup=1, h2=10, lambda=0.01, gdown=0; then adjacent doubles across the
   exact boundary. */
static void check_critical(void)
{
    double p[5] = {0, 10, 0.01, 1, 0}, a = 0.03, b = 0.2, g = 1, lo, hi;
    int sa, sb, v, k, s;

    p[H1] = a;
    sa = boundary_sign(p);
    if (!(float_gap(p) > 0.01) || stab_certify(&lo, &hi, p, M, MA) != STAB_STABLE)
        TEST_FAIL("h1 = 0.03 should be clearly stable");
    p[H1] = b;
    sb = boundary_sign(p);
    if (!(float_gap(p) < -0.01) || stab_certify(&lo, &hi, p, M, MA) != STAB_UNSTABLE)
        TEST_FAIL("h1 = 0.2 should be clearly unstable");
    if (sa == 0 || sb != -sa)
        TEST_FAIL("boundary polynomial signs %d, %d do not bracket the pitchfork", sa, sb);

    /* float bisection: every point on the way must be consistent */
    for (k = 0; k < 200 && fabs(g) >= 1e-14 && b - a > 0; k++)
    {
        p[H1] = 0.5 * (a + b);
        g = float_gap(p);
        v = stab_certify(&lo, &hi, p, M, MA);
        s = boundary_sign(p);
        if ((g > 1e-9 && v == STAB_UNSTABLE) || (g < -1e-9 && v == STAB_STABLE))
            TEST_FAIL("h1=%.17g: certified %s, dgeev gap %g", p[H1], name(v), g);
        if ((v == STAB_STABLE && s != sa) || (v == STAB_UNSTABLE && s != sb))
            TEST_FAIL("h1=%.17g: certified %s, exact boundary sign %d", p[H1], name(v), s);
        if (v != STAB_UNDECIDED && !(lo <= hi))
            TEST_FAIL("empty gap interval");
        if (g > 0)
            a = p[H1];
        else
            b = p[H1];
    }
    printf("critical: h1 = %.17g (dgeev gap %.3g, exact side %s) certified %s, gap in "
           "[%.3g, %.3g]\n", p[H1], g, boundary_sign(p) == sa ? "stable" : "unstable",
           name(stab_certify(&lo, &hi, p, M, MA)), lo, hi);

    /* exact bisection to adjacent doubles a < b with opposite exact signs */
    a = 0.03, b = 0.2;
    while (nextafter(a, 1) < b)
    {
        p[H1] = 0.5 * (a + b);
        if (p[H1] <= a || p[H1] >= b)
            break;
        if (boundary_sign(p) == sa)
            a = p[H1];
        else
            b = p[H1];
    }
    p[H1] = a;
    v = stab_certify(&lo, &hi, p, M, MA);
    printf("last exactly stable double h1 = %.17g: certified %s, gap in [%.3g, %.3g]\n", a,
           name(v), lo, hi);
    if (v == STAB_UNSTABLE || (v == STAB_STABLE && !(lo > 0)))
        TEST_FAIL("h1=%.17g is on the stable side, certified %s", a, name(v));
    if (v == STAB_UNDECIDED)
        TEST_FAIL("1024 bits should resolve a gap of order 1e-17 at h1=%.17g", a);
    p[H1] = b;
    v = stab_certify(&lo, &hi, p, M, MA);
    printf("first exactly unstable double h1 = %.17g: certified %s, gap in [%.3g, %.3g]\n", b,
           name(v), lo, hi);
    if (v == STAB_STABLE || (v == STAB_UNSTABLE && !(hi < 0)))
        TEST_FAIL("h1=%.17g is on the unstable side, certified %s", b, name(v));
    if (v == STAB_UNDECIDED)
        TEST_FAIL("1024 bits should resolve a gap of order 1e-17 at h1=%.17g", b);
}

/* Exactly critical parameters: no verdict can be proved. */
static void check_exact_zero(void)
{
    static const double h2s[] = {10, 3, 0.7};
    double p[5] = {0.5, 10, 0, 2, 0}, lo, hi;
    int k, v;

    for (k = 0; k < 3; k++)
    {
        p[H2] = h2s[k];
        if (fabs(float_gap(p)) > 1e-12)
            TEST_FAIL("h2=%g: dgeev gap %g, expected 0 (analytic)", h2s[k], float_gap(p));
        v = stab_certify(&lo, &hi, p, M, MA);
        if (v != STAB_UNDECIDED)
            TEST_FAIL("h2=%g: certified %s at an exactly zero gap", h2s[k], name(v));
        if (isfinite(lo) && !(lo <= 0 && 0 <= hi))
            TEST_FAIL("h2=%g: gap interval [%g, %g] excludes the exact 0", h2s[k], lo, hi);
    }
    printf("exact zero gap: undecided, gap in [%.3g, %.3g]\n", lo, hi);
    /* off the zero it decides, with the analytic gap g/2 - 2 sqrt(h (1 - h)) */
    p[H1] = 0.25, p[H2] = 10;
    v = stab_certify(&lo, &hi, p, M, MA);
    if (v != STAB_STABLE || !(lo - 1e-15 <= 1 - sqrt(0.75) && 1 - sqrt(0.75) <= hi + 1e-15))
        TEST_FAIL("h1=0.25, gup=2, lambda=0: certified %s [%.17g, %.17g], expected stable, "
                  "gap %.17g", name(v), lo, hi, 1 - sqrt(0.75));
    p[H1] = 0.5, p[GUP] = 1;
    v = stab_certify(&lo, &hi, p, M, MA);
    if (v != STAB_UNSTABLE || !(lo <= -0.5 && -0.5 <= hi))
        TEST_FAIL("h1=0.5, gup=1, lambda=0: certified %s [%.17g, %.17g], expected unstable, "
                  "gap -0.5", name(v), lo, hi);
    /* a defective eigenvalue: at h1 = 1 = sz the site-1 block is a Jordan
       block with eigenvalue -g/2 */
    p[H1] = 1, p[GUP] = 1;
    v = stab_certify(&lo, &hi, p, M, MA);
    if (v != STAB_STABLE || !(lo <= 0.5 && 0.5 <= hi))
        TEST_FAIL("Jordan block at h1=1: certified %s [%g, %g], expected stable, gap 0.5",
                  name(v), lo, hi);
}

int main(void)
{
    flint_rand_t st;

    test_rand_init(st, "t-certify");
    gsl_set_error_handler_off();
    check_exact_zero();
    check_critical();
    check_random(st);
    flint_rand_clear(st);
    flint_cleanup();
    printf("t-certify: ok\n");
    return 0;
}
