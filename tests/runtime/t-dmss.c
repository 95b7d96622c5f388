/* Steady states and stability of the density-matrix engine (runtime/dmss/)
 * against independent methods, on pump_loss, whose exact Bloch equations
 * the generator emits:
 *   - dmss_jacobian against the emitted Jacobian at random states and
 *     parameters (1e-7), with its error estimate not below the actual
 *     error by more than a factor 100 (plus rounding);
 *   - dmss_relax from the +-x seeds against steady_broken (Newton on the
 *     emitted equations), 1e-8 up to the Z2 mirror; its residual against
 *     the emitted rhs; its gap and frequency against stab_spectrum on the
 *     emitted Jacobian, 1e-7;
 *   - chi_F: dmss_chi_f against 2 (1 - F) / dp^2 computed here from
 *     steady_newton states at p -+ dp/2 turned into matrices by explicit
 *     Kronecker products: the difference shrinks like dp^2 towards the
 *     reported value (the limit of Eq. 34), and the reported dp is no
 *     larger than the first step;
 *   - dmss_concurrence: a Bell state 1, a product state 0 (through the
 *     Bloch coordinates built here), relaxed states in [0, 1]. */
#include <gsl/gsl_errno.h>
#include <math.h>
#include <string.h>
#include "testutil.h"   /* FLINT before <complex.h>, whose I breaks its headers */
#include <complex.h>
#include "dmss.h"
#include "qinfo.h"
#include "stab.h"
#include "steady.h"

extern const bloch_model_t pump_loss_model;

#define NOBS 15
#define D 4

static double urand(flint_rand_t st, double a, double b)
{
    return a + (b - a) * (double) n_randint(st, 1000001) / 1e6;
}

/* sigma_a (x) sigma_b for the observable name ("sx1", "sz1*sy2", ...). */
static void kron_pauli(dm_cplx *M, const char *name)
{
    static const dm_cplx P[4][2][2] = {
        {{1, 0}, {0, 1}},
        {{0, 1}, {1, 0}},
        {{0, -I}, {I, 0}},
        {{1, 0}, {0, -1}}};
    int letter[3] = {0, 0, 0}, r, c;
    const char *p = name;

    while (*p)
    {
        char *end;
        long site = strtol(p + 2, &end, 10);
        letter[site] = p[1] == 'x' ? 1 : p[1] == 'y' ? 2 : 3;
        p = *end == '*' ? end + 1 : end;
    }
    for (r = 0; r < D; r++)
        for (c = 0; c < D; c++)
            M[r * D + c] = P[letter[1]][r >> 1][c >> 1] * P[letter[2]][r & 1][c & 1];
}

static void rho_of(dm_cplx *rho, const double *x)
{
    dm_cplx P[D * D];
    int v, j;

    memset(rho, 0, sizeof(dm_cplx) * D * D);
    for (j = 0; j < D; j++)
        rho[j * D + j] = 1.0 / D;
    for (v = 0; v < NOBS; v++)
    {
        kron_pauli(P, pump_loss_model.observables[v]);
        for (j = 0; j < D * D; j++)
            rho[j] += x[v] * P[j] / D;
    }
}

/* x_v = Tr(P_v rho) */
static void bloch_of(double *x, const dm_cplx *rho)
{
    dm_cplx P[D * D];
    int v, a, b;

    for (v = 0; v < NOBS; v++)
    {
        dm_cplx s = 0;
        kron_pauli(P, pump_loss_model.observables[v]);
        for (a = 0; a < D; a++)
            for (b = 0; b < D; b++)
                s += P[a * D + b] * rho[b * D + a];
        x[v] = creal(s);
    }
}

static double dist_sym(const double *x, const double *y)
{
    double s = 0, t = 0;
    int k;

    for (k = 0; k < NOBS; k++)
    {
        double ym = pump_loss_model.parity[k] == 1 ? -y[k] : y[k];
        s += (x[k] - y[k]) * (x[k] - y[k]);
        t += (x[k] - ym) * (x[k] - ym);
    }
    return sqrt(fmin(s, t));
}

static void random_params(double *p, flint_rand_t st)
{
    p[0] = urand(st, 0.1, 0.9);     /* h1 */
    p[1] = urand(st, 1, 10);        /* h2 */
    p[2] = urand(st, -0.5, 0.5);    /* lambda */
    p[3] = urand(st, 0.2, 2);       /* gup */
    p[4] = urand(st, 0, 0.5);       /* gdown */
}

static void test_jacobian(flint_rand_t st)
{
    const bloch_model_t *m = &pump_loss_model;
    long rep, reps = test_reps(20);
    double p[5], x[NOBS], J[NOBS * NOBS], E[NOBS * NOBS], err, worst = 0;
    int k;

    for (rep = 0; rep < reps; rep++)
    {
        dm_ctx_t c;
        dm_levels_t lv;
        double diff = 0;
        random_params(p, st);
        for (k = 0; k < NOBS; k++)
            x[k] = urand(st, -0.6, 0.6);
        dm_ctx_init(&c, m, p, NULL, 0);
        dm_levels_init(&lv, &c);
        dm_levels_start(&lv, x, &c);
        if (dmss_jacobian(J, &err, x, &lv, &c) != 0)
            TEST_FAIL("dmss_jacobian failed");
        m->jacobian(E, x, p);
        for (k = 0; k < NOBS * NOBS; k++)
            diff = fmax(diff, fabs(J[k] - E[k]));
        if (diff > 1e-7)
            TEST_FAIL("Jacobian differs from the emitted one by %g (rep %ld)", diff, rep);
        if (diff > 100 * err + 1e-12)
            TEST_FAIL("Jacobian error %g but estimated %g (rep %ld)", diff, err, rep);
        worst = fmax(worst, diff);
        dm_levels_clear(&lv);
        dm_ctx_clear(&c);
    }
    printf("jacobian: %ld random states, max |J - J_emitted| = %.2e\n", reps, worst);
}

/* Relaxation from the seeds against Newton on the emitted equations. */
static void test_relax(void)
{
    const bloch_model_t *m = &pump_loss_model;
    double h1s[3] = {0.3, 0.6, 1.1};
    int i, sign, k;

    for (i = 0; i < 3; i++)
        for (sign = -1; sign <= 1; sign += 2)
        {
            double p[5] = {h1s[i], 10, 0.01, 1, 0.1}, x[NOBS], y[NOBS], f[NOBS], J[NOBS * NOBS];
            dmss_opts_t o;
            dmss_info_t info;
            steady_info_t si;
            stab_spectrum_t s;
            dm_ctx_t c;
            dm_levels_t lv;
            double d, r = 0, C;
            dmss_opts_init(&o);
            dm_ctx_init(&c, m, p, NULL, 0);
            dm_levels_init(&lv, &c);
            dmss_seed(x, sign, &c);
            if (dmss_relax(x, &info, J, &o, &lv, &c, NULL, 0) != 0)
                TEST_FAIL("no steady state at h1=%g", h1s[i]);
            /* the reference: the broken state if the symmetric one is
               odd-unstable, else the symmetric one */
            if (steady_broken(y, &si, 1, p, 1e-13, m) != 0 && steady_symmetric(y, p, m) != 0)
                TEST_FAIL("no reference state at h1=%g", h1s[i]);
            if ((d = dist_sym(x, y)) > 1e-8)
                TEST_FAIL("h1=%g seed %d: relaxed state differs by %g from Newton's", h1s[i],
                          sign, d);
            if (sign * x[0] < 0 && fabs(x[0]) > 1e-6)
                TEST_FAIL("h1=%g: the seed %d relaxed to the other side", h1s[i], sign);
            m->rhs(f, x, p);
            for (k = 0; k < NOBS; k++)
                r += f[k] * f[k];
            if (sqrt(r) > 1e-11)
                TEST_FAIL("h1=%g: emitted |rhs| = %g at the relaxed state", h1s[i], sqrt(r));
            stab_spectrum_init(&s, m);
            stab_spectrum(&s, x, p, m);
            if (fabs(s.gap - info.gap) > 1e-7 || fabs(s.freq - info.freq) > 1e-7)
                TEST_FAIL("h1=%g: gap %.12g freq %.12g, emitted Jacobian %.12g %.12g", h1s[i],
                          info.gap, info.freq, s.gap, s.freq);
            C = dmss_concurrence(NULL, x, &c);
            if (!(C >= 0 && C <= 1))
                TEST_FAIL("h1=%g: concurrence %g", h1s[i], C);
            if (!(info.residual <= o.tol))
                TEST_FAIL("h1=%g: reported residual %g", h1s[i], info.residual);
            printf("relax h1=%g seed %+d: t=%g, |x - x_newton| = %.1e, gap %.9f\n", h1s[i],
                   sign, info.t, d, info.gap);
            stab_spectrum_clear(&s);
            dm_levels_clear(&lv);
            dm_ctx_clear(&c);
        }
}

/* 2 (1 - F) / dp^2 between emitted-Newton steady states at p -+ dp/2. */
static double chi_direct(const double *x0, double *p, double dp)
{
    const bloch_model_t *m = &pump_loss_model;
    double xa[NOBS], xb[NOBS], h1 = p[0], f;
    dm_cplx ra[D * D], rb[D * D];
    steady_info_t si;

    memcpy(xa, x0, sizeof xa);
    memcpy(xb, x0, sizeof xb);
    p[0] = h1 - dp / 2;
    if (steady_newton(xa, &si, p, 1e-14, m) != 0)
        TEST_FAIL("steady_newton at %g", p[0]);
    p[0] = h1 + dp / 2;
    if (steady_newton(xb, &si, p, 1e-14, m) != 0)
        TEST_FAIL("steady_newton at %g", p[0]);
    p[0] = h1;
    rho_of(ra, xa);
    rho_of(rb, xb);
    qinfo_fidelity(&f, (double *) ra, (double *) rb, D);
    return 2 * (1 - f) / (dp * dp);
}

static void test_chi_f(void)
{
    const bloch_model_t *m = &pump_loss_model;
    double h1s[2] = {0.5, 0.85};
    int i, k;

    for (i = 0; i < 2; i++)
    {
        double p[5] = {h1s[i], 10, 0.01, 1, 0}, x[NOBS], chi, dp, err, e[5];
        dmss_opts_t o;
        steady_info_t si;
        dmss_opts_init(&o);
        if (steady_broken(x, &si, 1, p, 1e-14, m) != 0)
            TEST_FAIL("no broken state at h1=%g", h1s[i]);
        if (dmss_chi_f(&chi, &dp, &err, x, p, 0, &o, m) != 0)
            TEST_FAIL("chi_F did not converge at h1=%g", h1s[i]);
        if (!(dp <= o.chi_dp0) || !(err <= o.chi_rtol * chi + o.chi_atol))
            TEST_FAIL("chi_F at h1=%g: dp %g, err %g", h1s[i], dp, err);
        for (k = 0; k < 5; k++)
            e[k] = fabs(chi_direct(x, p, 0.08 * ldexp(1, -k)) - chi);
        printf("chi_F h1=%g: %.10g (dp %g); |2(1-F)/dp^2 - chi_F| for dp = 0.08/2^k:", h1s[i],
               chi, dp);
        for (k = 0; k < 5; k++)
            printf(" %.2e", e[k]);
        printf("\n");
        /* O(dp^2): each halving divides the difference by about 4 */
        for (k = 0; k + 1 < 5; k++)
            if (!(e[k + 1] < e[k] / 3 && e[k + 1] > e[k] / 5))
                TEST_FAIL("chi_F at h1=%g: no dp^2 convergence to the reported value (%g, %g)",
                          h1s[i], e[k], e[k + 1]);
        if (e[4] > 1e-3 * chi)
            TEST_FAIL("chi_F at h1=%g: %g vs %g at dp = 0.005", h1s[i], chi, chi + e[4]);
    }
}

static void test_concurrence(void)
{
    const bloch_model_t *m = &pump_loss_model;
    double p[5] = {0.5, 10, 0.01, 1, 0}, x[NOBS], C, pur;
    dm_cplx rho[D * D];
    dm_ctx_t c;
    int j;

    dm_ctx_init(&c, m, p, NULL, 0);
    /* (|00> + |11>)/sqrt 2 */
    memset(rho, 0, sizeof rho);
    rho[0] = rho[3] = rho[12] = rho[15] = 0.5;
    bloch_of(x, rho);
    C = dmss_concurrence(&pur, x, &c);
    if (fabs(C - 1) > 1e-10 || fabs(pur - 1) > 1e-12)
        TEST_FAIL("Bell state: concurrence %g, purity %g", C, pur);
    /* |0> (x) |+> */
    memset(rho, 0, sizeof rho);
    for (j = 0; j < 2; j++)
        rho[j * D + 0] = rho[j * D + 1] = 0.5;
    bloch_of(x, rho);
    C = dmss_concurrence(NULL, x, &c);
    if (fabs(C) > 1e-7)
        TEST_FAIL("product state: concurrence %g", C);
    dm_ctx_clear(&c);
    printf("concurrence: Bell 1, product 0\n");
}

int main(void)
{
    flint_rand_t st;

    test_rand_init(st, "t-dmss");
    gsl_set_error_handler_off();
    test_jacobian(st);
    test_relax();
    test_chi_f();
    test_concurrence();
    flint_rand_clear(st);
    flint_cleanup();
    printf("t-dmss: PASS\n");
    return 0;
}
