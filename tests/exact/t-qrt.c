/* t-qrt: two-time correlations and spectra of exact/qrt/ against
 * independent methods:
 *   1. t = 0: <A B> against the certified correlator of corr (random
 *      models N = 2..5, the three families of exact_testgen.h);
 *   2. t -> infinity: <A><B> from the certified one-point values;
 *   3. the hidden time-reversal symmetry of Eq. S10 at nth = 0 for random
 *      inhomogeneous fields (N = 3..5) to 1e-12, and its breaking at
 *      nth = 0.5;
 *   4. the regression result against a direct RK4 integration of a dense
 *      Lindbladian built here from Kronecker products of Pauli matrices
 *      (N = 2, 3, nth > 0, Gamma > 0, inhomogeneous), its steady state by
 *      an LU solve of that matrix;
 *   5. the spectrum: the sum rule int S dw / 2 pi = <A A^dag> - |<A>|^2
 *      (Gauss-Legendre in theta, w = s tan theta), and the closed-form
 *      Lorentzian of one spin with the thermal pump. */
#include <math.h>
#include <string.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_integration.h>
#include "exact_testgen.h"
#include "exact_cert.h"
#include "exact_qrt.h"
#include "exact_lapack.h"
#include "alloc.h"
/* after FLINT: <complex.h>'s I breaks FLINT 2.9's mpoly.h */
#include <complex.h>

/* the qrt model of p (doubles) with thermal occupation nth */
static void qmodel(exact_qrt_model_t *m, const exact_params_t *p, double nth)
{
    exact_qrt_model_init(m, p->N);
    m->J = p->dJ, m->hz = p->dhz, m->gamma = p->dgamma, m->Gamma = p->dGamma, m->nth = nth;
    for (slong j = 0; j < p->N; j++)
        m->hx[j] = exact_params_hx(p, j);
}

static double certified(double complex *v, const exact_params_t *p, slong *c1, slong n1, slong *c2, slong n2)
{
    exact_cluster_t c = {c1, n1, c2, n2};
    exact_cert_t cert = {0};
    acb_t r;

    cert.digits = 16;
    cert.max_prec = 4096;
    acb_init(r);
    if (exact_corr_certify(r, p, &c, &cert))
        TEST_FAIL("corr not certified");
    *v = arf_get_d(arb_midref(acb_realref(r)), ARF_RND_NEAR) + I * arf_get_d(arb_midref(acb_imagref(r)), ARF_RND_NEAR);
    acb_clear(r);
    return 0;
}

static void op_set(exact_qrt_op_t *op, const char *spec, long N)
{
    if (exact_qrt_op_parse(op, spec, "test", N))
        TEST_FAIL("op %s", spec);
}

/* 1 and 2: random models, A = sigma^+ on C1, B = sigma^- on C2 */
static void against_corr(flint_rand_t st)
{
    double worst0 = 0, worstinf = 0;
    long count = 0;

    for (long rep = 0; rep < test_reps(2); rep++)
        for (slong N = 2; N <= 5; N++)
            for (int fam = 0; fam < 3; fam++)
            {
                exact_params_t p;
                strs_t s;
                exact_qrt_model_t m;
                exact_qrt_t q;
                exact_qrt_op_t A, B;
                slong c1[2], c2[2], n1 = 1 + n_randint(st, 2), n2 = 1 + n_randint(st, 2);
                char sa[64], sb[64], *a = sa, *b = sb;
                double complex v0, va, vb, c[2];
                double t[2] = {0, 0};

                if (N < 3 && n1 + n2 > 3)
                    n1 = n2 = 1;
                exact_params_init(&p);
                test_random_params(&p, &s, st, N, fam);
                /* distinct sites within each cluster, overlaps allowed */
                c1[0] = n_randint(st, N);
                c1[1] = (c1[0] + 1 + n_randint(st, N - 1)) % N;
                c2[0] = n_randint(st, N);
                c2[1] = (c2[0] + 1 + n_randint(st, N - 1)) % N;
                if (n1 == 2 && c1[0] > c1[1])
                    c1[0] ^= c1[1], c1[1] ^= c1[0], c1[0] ^= c1[1];
                if (n2 == 2 && c2[0] > c2[1])
                    c2[0] ^= c2[1], c2[1] ^= c2[0], c2[0] ^= c2[1];
                for (slong k = 0; k < n1; k++)
                    a += sprintf(a, "%splus:%ld", k ? "," : "", (long) c1[k] + 1);
                for (slong k = 0; k < n2; k++)
                    b += sprintf(b, "%sminus:%ld", k ? "," : "", (long) c2[k] + 1);
                qmodel(&m, &p, 0);
                exact_qrt_init(&q, &m);
                if (exact_qrt_steady(&q))
                    TEST_FAIL("steady state");
                exact_qrt_op_init(&A, N);
                exact_qrt_op_init(&B, N);
                op_set(&A, sa, N);
                op_set(&B, sb, N);
                /* the slowest rate is at least gamma/2 (local decay): 80/gamma */
                t[1] = 80 / p.dgamma;
                if (exact_qrt_correlation((double *) c, &q, &A, &B, t, 2, 1e-12))
                    TEST_FAIL("correlation");
                certified(&v0, &p, c1, n1, c2, n2);
                certified(&va, &p, c1, n1, NULL, 0);
                certified(&vb, &p, NULL, 0, c2, n2);
                worst0 = fmax(worst0, cabs(c[0] - v0));
                worstinf = fmax(worstinf, cabs(c[1] - va * vb));
                if (!(cabs(c[0] - v0) < 1e-11))
                    TEST_FAIL("t = 0: <%s %s> N = %ld family %d: %.17g%+.17gi, corr %.17g%+.17gi", sa, sb, (long) N,
                              fam, creal(c[0]), cimag(c[0]), creal(v0), cimag(v0));
                if (!(cabs(c[1] - va * vb) < 1e-9))
                    TEST_FAIL("t = %g: <%s(t) %s> N = %ld family %d: %.17g%+.17gi, <A><B> = %.17g%+.17gi", t[1], sa,
                              sb, (long) N, fam, creal(c[1]), cimag(c[1]), creal(va * vb), cimag(va * vb));
                count++;
                exact_qrt_op_clear(&A);
                exact_qrt_op_clear(&B);
                exact_qrt_clear(&q);
                exact_qrt_model_clear(&m);
                exact_params_clear(&p);
            }
    printf("against corr: %ld models, t = 0 within %.2g, t = 80/gamma within %.2g of <A><B>\n", count, worst0,
           worstinf);
}

/* 3: <sigma^-_i(t) sigma^-_j> = <sigma^-_j(t) sigma^-_i> (Eq. S10) */
static void symmetry(flint_rand_t st)
{
    double worst = 0, least = INFINITY;

    for (long rep = 0; rep < test_reps(2); rep++)
        for (long N = 3; N <= 5; N++)
        {
            exact_qrt_model_t m;
            exact_qrt_op_t A, B;
            long i = 1 + n_randint(st, N), j = 1 + (i + n_randint(st, N - 1)) % N;
            char sa[32], sb[32];
            double t[8], c1[16], c2[16];

            exact_qrt_model_init(&m, N);
            m.J = test_sgn(st) * test_uni(st, 0.3, 1.5);
            m.hz = test_uni(st, -2, 2);
            m.gamma = test_uni(st, 0.2, 1.5);
            for (long k = 0; k < N; k++)
                m.hx[k] = test_uni(st, 0.1, 10);
            for (int k = 0; k < 8; k++)
                t[k] = k * 0.7;
            snprintf(sa, sizeof(sa), "minus:%ld", i);
            snprintf(sb, sizeof(sb), "minus:%ld", j);
            exact_qrt_op_init(&A, N);
            exact_qrt_op_init(&B, N);
            op_set(&A, sa, N);
            op_set(&B, sb, N);
            for (int th = 0; th < 2; th++)
            {
                exact_qrt_t q;
                double d = 0;
                m.nth = th ? 0.5 : 0;
                exact_qrt_init(&q, &m);
                if (exact_qrt_steady(&q) || exact_qrt_correlation(c1, &q, &A, &B, t, 8, 1e-13)
                    || exact_qrt_correlation(c2, &q, &B, &A, t, 8, 1e-13))
                    TEST_FAIL("symmetry: solver failed");
                for (int k = 0; k < 8; k++)
                    d = fmax(d, hypot(c1[2 * k] - c2[2 * k], c1[2 * k + 1] - c2[2 * k + 1]));
                if (th == 0 && !(d < 1e-12))
                    TEST_FAIL("Eq. S10 at nth = 0, N = %ld, sites %ld, %ld: differ by %.3g", N, i, j, d);
                if (th == 1 && !(d > 1e-6))
                    TEST_FAIL("Eq. S10 holds at nth = 0.5 (N = %ld, sites %ld, %ld): differ by only %.3g", N, i, j, d);
                if (th == 0)
                    worst = fmax(worst, d);
                else
                    least = fmin(least, d);
                exact_qrt_clear(&q);
            }
            exact_qrt_op_clear(&A);
            exact_qrt_op_clear(&B);
            exact_qrt_model_clear(&m);
        }
    printf("Eq. S10: nth = 0 symmetric within %.2g; nth = 0.5 broken by at least %.2g\n", worst, least);
}

/* ---- 4: a dense Lindbladian of our own ---------------------------------------- */

/* the d x d matrix (row-major complex) of the single-site operator o
   (2 x 2: basis up = 0, down = 1) on site j of N: 1 (x) .. o .. (x) 1 */
static void site_op(double complex *out, const double complex o[4], long j, long N)
{
    long d = 1L << N;
    for (long a = 0; a < d; a++)
        for (long b = 0; b < d; b++)
        {
            double complex v = 1;
            for (long k = 0; k < N; k++)
            {
                long sa = (a >> (N - 1 - k)) & 1, sb = (b >> (N - 1 - k)) & 1;
                v *= k == j ? o[2 * sa + sb] : (sa == sb);
            }
            out[a * d + b] = v;
        }
}

static void matmul(double complex *c, const double complex *a, const double complex *b, long d)
{
    for (long i = 0; i < d; i++)
        for (long k = 0; k < d; k++)
        {
            double complex s = 0;
            for (long l = 0; l < d; l++)
                s += a[i * d + l] * b[l * d + k];
            c[i * d + k] = s;
        }
}

/* L (column-major D x D): vec index a d + b; L = -i (H (x) 1 - 1 (x) H^T)
   + sum_k c_k (L_k (x) conj L_k - (1/2) L_k^dag L_k (x) 1 - (1/2) 1 (x) (L_k^dag L_k)^T) */
static void lindblad(double complex *L, const exact_qrt_model_t *m)
{
    long N = m->N, d = 1L << N, D = d * d, nj = 2 * N + 1;
    const double complex sp[4] = {0, 1, 0, 0}, sm[4] = {0, 0, 1, 0}, sz[4] = {1, 0, 0, -1},
                         sx[4] = {0, 1, 1, 0};
    double complex *H = calloc(d * d, sizeof *H), *t = malloc(sizeof *t * d * d),
                   *u = malloc(sizeof *u * d * d), **jump = malloc(sizeof *jump * nj);
    double *rate = malloc(sizeof *rate * nj);

    for (long i = 0; i < N; i++)
    {
        site_op(t, sx, i, N);
        for (long k = 0; k < d * d; k++)
            H[k] += m->hx[i] / 2 * t[k];
        site_op(t, sz, i, N);
        for (long k = 0; k < d * d; k++)
            H[k] += m->hz / 2 * t[k];
        for (long j = 0; j < N; j++)
            if (j != i)
            {
                site_op(u, sz, j, N);
                double complex *w = malloc(sizeof *w * d * d);
                matmul(w, t, u, d);
                for (long k = 0; k < d * d; k++)
                    H[k] += m->J / 4 * w[k];
                free(w);
            }
    }
    for (long i = 0; i < N; i++)
    {
        jump[2 * i] = malloc(sizeof **jump * d * d);
        jump[2 * i + 1] = malloc(sizeof **jump * d * d);
        site_op(jump[2 * i], sm, i, N);
        site_op(jump[2 * i + 1], sp, i, N);
        rate[2 * i] = m->gamma * (1 + m->nth);
        rate[2 * i + 1] = m->gamma * m->nth;
    }
    jump[2 * N] = calloc(d * d, sizeof **jump);
    for (long i = 0; i < N; i++)
        for (long k = 0; k < d * d; k++)
            jump[2 * N][k] += jump[2 * i][k];
    rate[2 * N] = m->Gamma;
    memset(L, 0, sizeof *L * D * D);
    /* entry (row a d + b, column c d + e): coefficient of x_ce in (L x)_ab */
#define LL(a, b, c, e) L[((a) * d + (b)) + ((c) * d + (e)) * D]
    for (long a = 0; a < d; a++)
        for (long b = 0; b < d; b++)
            for (long c = 0; c < d; c++)
            {
                LL(a, b, c, b) += -I * H[a * d + c];
                LL(a, b, a, c) += I * H[c * d + b];
            }
    for (long k = 0; k < nj; k++)
    {
        double complex *Lk = jump[k];
        for (long a = 0; a < d * d; a++)      /* t = Lk^dag Lk */
        {
            long i = a / d, j = a % d;
            double complex s = 0;
            for (long l = 0; l < d; l++)
                s += conj(Lk[l * d + i]) * Lk[l * d + j];
            t[a] = s;
        }
        for (long a = 0; a < d; a++)
            for (long b = 0; b < d; b++)
                for (long c = 0; c < d; c++)
                {
                    for (long e = 0; e < d; e++)
                        LL(a, b, c, e) += rate[k] * Lk[a * d + c] * conj(Lk[b * d + e]);
                    LL(a, b, c, b) -= rate[k] / 2 * t[a * d + c];
                    LL(a, b, a, c) -= rate[k] / 2 * t[c * d + b];
                }
        free(Lk);
    }
#undef LL
    free(H);
    free(t);
    free(u);
    free(jump);
    free(rate);
}

static void matvec(double complex *y, const double complex *L, const double complex *x, long D)
{
    for (long i = 0; i < D; i++)
        y[i] = 0;
    for (long j = 0; j < D; j++)
        for (long i = 0; i < D; i++)
            y[i] += L[i + j * D] * x[j];
}

static void against_rk4(flint_rand_t st)
{
    double worst = 0;

    for (long N = 2; N <= 3; N++)
    {
        long d = 1L << N, D = d * d;
        exact_qrt_model_t m;
        exact_qrt_t q;
        exact_qrt_op_t A, B;
        double complex *L = malloc(sizeof *L * D * D), *M = malloc(sizeof *M * D * D), *rho = calloc(D, sizeof *rho),
                       *x = malloc(sizeof *x * D), *k1 = malloc(sizeof *k1 * D), *k2 = malloc(sizeof *k2 * D),
                       *k3 = malloc(sizeof *k3 * D), *k4 = malloc(sizeof *k4 * D), *y = malloc(sizeof *y * D);
        double t[4] = {0, 0.5, 1.5, 3}, c[8], h = 1e-3;
        const char *sa = N == 2 ? "plus:2" : "z:1,plus:3", *sb = N == 2 ? "minus:1" : "minus:2";

        exact_qrt_model_init(&m, N);
        m.J = test_uni(st, -1.5, 1.5);
        m.hz = test_uni(st, -1, 1);
        m.gamma = test_uni(st, 0.2, 1);
        m.Gamma = test_uni(st, 0.1, 0.5);
        m.nth = test_uni(st, 0.1, 0.6);
        for (long k = 0; k < N; k++)
            m.hx[k] = test_uni(st, -2, 2);
        lindblad(L, &m);
        /* the steady state: LU of our matrix, the trace replacing row 0 */
        memcpy(M, L, sizeof *M * D * D);
        for (long j = 0; j < D; j++)
            M[j * D] = 0;
        for (long a = 0; a < d; a++)
            M[(a * d + a) * D] = 1;
        rho[0] = 1;
        if (exact_zgesv(NULL, D, (double *) M, (double *) rho))
            TEST_FAIL("test's steady state");
        exact_qrt_init(&q, &m);
        if (exact_qrt_steady(&q))
            TEST_FAIL("steady state");
        exact_qrt_op_init(&A, N);
        exact_qrt_op_init(&B, N);
        op_set(&A, sa, N);
        op_set(&B, sb, N);
        if (exact_qrt_correlation(c, &q, &A, &B, t, 4, 1e-12))
            TEST_FAIL("correlation");
        /* x = B rho with B's matrix from Pauli products, then RK4 steps */
        {
            const double complex sp[4] = {0, 1, 0, 0}, sm[4] = {0, 0, 1, 0}, sz[4] = {1, 0, 0, -1};
            double complex *Bm = malloc(sizeof *Bm * d * d), *Am = malloc(sizeof *Am * d * d),
                           *w = malloc(sizeof *w * d * d);
            if (N == 2)
            {
                site_op(Bm, sm, 0, N);
                site_op(Am, sp, 1, N);
            }
            else
            {
                site_op(Bm, sm, 1, N);
                site_op(w, sz, 0, N);
                site_op(M, sp, 2, N);      /* M is free again */
                matmul(Am, w, M, d);
            }
            matmul(x, Bm, rho, d);
            double tt = 0;
            for (int k = 0; k < 4; k++)
            {
                long steps = lround((t[k] - tt) / h);
                for (long s = 0; s < steps; s++)
                {
                    matvec(k1, L, x, D);
                    for (long i = 0; i < D; i++)
                        y[i] = x[i] + h / 2 * k1[i];
                    matvec(k2, L, y, D);
                    for (long i = 0; i < D; i++)
                        y[i] = x[i] + h / 2 * k2[i];
                    matvec(k3, L, y, D);
                    for (long i = 0; i < D; i++)
                        y[i] = x[i] + h * k3[i];
                    matvec(k4, L, y, D);
                    for (long i = 0; i < D; i++)
                        x[i] += h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
                }
                tt = t[k];
                double complex v = 0;
                for (long a = 0; a < d; a++)
                    for (long b = 0; b < d; b++)
                        v += Am[a * d + b] * x[b * d + a];
                double diff = cabs(v - (c[2 * k] + I * c[2 * k + 1]));
                worst = fmax(worst, diff);
                if (!(diff < 1e-10))
                    TEST_FAIL("N = %ld <%s(t) %s> at t = %g: qrt %.15g%+.15gi, RK4 %.15g%+.15gi", N, sa, sb, t[k],
                              c[2 * k], c[2 * k + 1], creal(v), cimag(v));
            }
            free(Bm);
            free(Am);
            free(w);
        }
        exact_qrt_op_clear(&A);
        exact_qrt_op_clear(&B);
        exact_qrt_clear(&q);
        exact_qrt_model_clear(&m);
        free(L), free(M), free(rho), free(x), free(k1), free(k2), free(k3), free(k4), free(y);
    }
    printf("against RK4 on a Kronecker-product Lindbladian (nth > 0, Gamma > 0): within %.2g\n", worst);
}

/* 5: sum rule and the one-spin Lorentzian */
static void spectrum(flint_rand_t st)
{
    const long n = 600;
    gsl_integration_glfixed_table *gl = gsl_integration_glfixed_table_alloc(n);
    double *w = malloc(sizeof *w * n), *wt = malloc(sizeof *wt * n), *f = malloc(2 * sizeof *f * n);
    double worst = 0;

    for (long N = 1; N <= 4; N++)
    {
        exact_qrt_model_t m;
        exact_qrt_t q;
        exact_qrt_op_t A, B, AB;
        double s = 2, sum = 0, re, im, pre, pim, exact;
        char sa[32], sb[32];
        long i = 1 + n_randint(st, N);

        exact_qrt_model_init(&m, N);
        m.J = test_uni(st, -1.5, 1.5);
        m.hz = test_uni(st, -1, 1);
        m.gamma = test_uni(st, 0.2, 1);
        m.Gamma = N > 2 ? test_uni(st, 0.1, 0.5) : 0;
        m.nth = test_uni(st, 0, 0.5);
        for (long k = 0; k < N; k++)
            m.hx[k] = N == 1 ? 0 : test_uni(st, -2, 2);
        snprintf(sa, sizeof(sa), "plus:%ld", i);
        snprintf(sb, sizeof(sb), "minus:%ld", i);
        exact_qrt_init(&q, &m);
        exact_qrt_op_init(&A, N);
        exact_qrt_op_init(&B, N);
        exact_qrt_op_init(&AB, N);
        op_set(&A, sa, N);
        op_set(&B, sb, N);
        {
            char sab[64];
            snprintf(sab, sizeof(sab), "plus:%ld,minus:%ld", i, i);
            op_set(&AB, sab, N);
        }
        if (exact_qrt_steady(&q))
            TEST_FAIL("steady state");
        /* w = s tan theta, theta in (-pi/2, pi/2): int S dw = int S s sec^2 dtheta */
        for (long k = 0; k < n; k++)
        {
            double th, wk;
            gsl_integration_glfixed_point(-M_PI / 2, M_PI / 2, k, &th, &wk, gl);
            w[k] = s * tan(th);
            wt[k] = wk * s / (cos(th) * cos(th));
        }
        if (exact_qrt_spectrum(f, &q, &A, &B, w, n))
            TEST_FAIL("spectrum");
        for (long k = 0; k < n; k++)
            sum += wt[k] * 2 * f[2 * k];
        sum /= 2 * M_PI;
        exact_qrt_op_trace(&re, &im, &AB, q.rho);
        exact_qrt_op_trace(&pre, &pim, &A, q.rho);
        exact = re - (pre * pre + pim * pim);
        worst = fmax(worst, fabs(sum - exact));
        if (!(fabs(sum - exact) < 1e-7))
            TEST_FAIL("sum rule N = %ld: int S / 2 pi = %.12g, <A A^dag> - |<A>|^2 = %.12g", N, sum, exact);
        if (N == 1)
        {
            /* hx = 0: g(t) = n_up e^{(i hz - G2) t}, G2 = gamma (1 + 2 nth) / 2,
               n_up = nth / (1 + 2 nth): S = 2 n_up G2 / (G2^2 + (w - hz)^2) */
            double G2 = m.gamma * (1 + 2 * m.nth) / 2, nup = m.nth / (1 + 2 * m.nth);
            for (long k = 0; k < n; k += 7)
            {
                double lor = 2 * nup * G2 / (G2 * G2 + (w[k] - m.hz) * (w[k] - m.hz));
                if (!(fabs(2 * f[2 * k] - lor) < 1e-12 * (1 + lor)))
                    TEST_FAIL("one spin: S(%g) = %.15g, Lorentzian %.15g", w[k], 2 * f[2 * k], lor);
            }
        }
        exact_qrt_op_clear(&A);
        exact_qrt_op_clear(&B);
        exact_qrt_op_clear(&AB);
        exact_qrt_clear(&q);
        exact_qrt_model_clear(&m);
    }
    printf("spectrum: sum rule within %.2g (N = 1..4), one-spin Lorentzian to 1e-12\n", worst);
    gsl_integration_glfixed_table_free(gl);
    free(w), free(wt), free(f);
}

int main(void)
{
    flint_rand_t st;

    test_rand_init(st, "t-qrt");
    gsl_set_error_handler_off();
    against_corr(st);
    symmetry(st);
    against_rk4(st);
    spectrum(st);
    flint_rand_clear(st);
    flint_cleanup();
    printf("PASS\n");
    return 0;
}
