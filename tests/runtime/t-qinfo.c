/* runtime/qinfo against independent routes: states with a known spectrum
 * (U diag(p) U^H, U from Gram-Schmidt here, not LAPACK), closed forms
 * (pure-state overlap, commuting states, the qubit formula
 * F = Tr rho sigma + 2 sqrt(det rho det sigma), Werner and pure two-qubit
 * concurrence, the W state), the definitions of Eqs. 30 and 32-33 through
 * the non-Hermitian eigensolver zgeev, tensor-product identities, and the
 * quantum Fisher information of qubit families for chi_F (Eq. 34). */
#include <gsl/gsl_errno.h>
#include <float.h>
#include <math.h>
#include <string.h>
#include "testutil.h"
#include <complex.h>
#undef I
#include "lapacke_compat.h"
#include "qinfo.h"

#define CI _Complex_I
#define NMAX 32
#define D(x) ((double *) (x))
#define CD(x) ((const double *) (x))

typedef double complex cmat[NMAX * NMAX];

static flint_rand_t st;

static double unif(void)
{
    return (n_randint(st, 1UL << 30) + 0.5) / (double) (1UL << 30);
}

static double gauss(void)
{
    return sqrt(-2 * log(unif())) * cos(6.283185307179586 * unif());
}

static double complex cgauss(void)
{
    return gauss() + CI * gauss();
}

/* ---- independent small linear algebra --------------------------------- */

static void tmul(double complex *c, const double complex *a, const double complex *b, int n)
{
    int i, j, k;
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
        {
            double complex s = 0;
            for (k = 0; k < n; k++)
                s += a[i * n + k] * b[k * n + j];
            c[i * n + j] = s;
        }
}

static void tdag(double complex *c, const double complex *a, int n)
{
    int i, j;
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
            c[j * n + i] = conj(a[i * n + j]);
}

static double complex ttrace(const double complex *a, int n)
{
    double complex s = 0;
    int i;
    for (i = 0; i < n; i++)
        s += a[i * n + i];
    return s;
}

static double tdist(const double complex *a, const double complex *b, int n)
{
    double d = 0;
    int i;
    for (i = 0; i < n * n; i++)
        d = fmax(d, cabs(a[i] - b[i]));
    return d;
}

/* Haar-like unitary: Gram-Schmidt on Gaussian columns. */
static void random_unitary(double complex *u, int n)
{
    int i, j, k;
    for (i = 0; i < n * n; i++)
        u[i] = cgauss();
    for (j = 0; j < n; j++)
    {
        double nr = 0;
        for (k = 0; k < j; k++)
        {
            double complex ip = 0;
            for (i = 0; i < n; i++)
                ip += conj(u[i * n + k]) * u[i * n + j];
            for (i = 0; i < n; i++)
                u[i * n + j] -= ip * u[i * n + k];
        }
        for (i = 0; i < n; i++)
            nr += creal(u[i * n + j] * conj(u[i * n + j]));
        for (i = 0; i < n; i++)
            u[i * n + j] /= sqrt(nr);
    }
}

/* a = U diag(p) U^H */
static void from_spectrum(double complex *a, const double complex *u, const double *p, int n)
{
    int i, j, k;
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
        {
            double complex s = 0;
            for (k = 0; k < n; k++)
                s += u[i * n + k] * p[k] * conj(u[j * n + k]);
            a[i * n + j] = s;
        }
}

/* Random probabilities; about one in three entries zero when sparse. */
static void random_probs(double *p, int n, int sparse)
{
    double s = 0;
    int k;
    for (k = 0; k < n; k++)
        s += (p[k] = (sparse && n_randint(st, 3) == 0) ? 0 : unif());
    if (s == 0)
        p[0] = s = 1;
    for (k = 0; k < n; k++)
        p[k] /= s;
}

static void random_ket(double complex *psi, int n)
{
    double s = 0;
    int k;
    for (k = 0; k < n; k++)
    {
        psi[k] = cgauss();
        s += creal(psi[k] * conj(psi[k]));
    }
    for (k = 0; k < n; k++)
        psi[k] /= sqrt(s);
}

static void projector(double complex *a, const double complex *psi, int n)
{
    int i, j;
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
            a[i * n + j] = psi[i] * conj(psi[j]);
}

static void random_density(double complex *a, int n)
{
    cmat u;
    double p[NMAX];
    random_unitary(u, n);
    random_probs(p, n, 1);
    from_spectrum(a, u, p, n);
}

/* Spectrum bounded away from 0. */
static void full_rank_density(double complex *a, int n)
{
    cmat u;
    double p[NMAX], s = 0;
    int k;
    random_unitary(u, n);
    for (k = 0; k < n; k++)
        s += (p[k] = 0.05 + unif());
    for (k = 0; k < n; k++)
        p[k] /= s;
    from_spectrum(a, u, p, n);
}

/* The qubit closed form F = Tr rho sigma + 2 sqrt(det rho det sigma).  A
   determinant at rounding level is a pure state's: taken as 0, or its
   square root would put a 1e-9 error into the reference. */
static double qubit_fidelity(const double complex *r, const double complex *s)
{
    cmat p;
    double dr = creal(r[0] * r[3] - r[1] * r[2]), ds = creal(s[0] * s[3] - s[1] * s[2]);
    tmul(p, r, s, 2);
    dr = dr > 1e-13 ? dr : 0;
    ds = ds > 1e-13 ? ds : 0;
    return creal(ttrace(p, 2)) + 2 * sqrt(dr * ds);
}

/* ---- purity, min_eig, sqrtm ---------------------------------------------- */

static void test_spectral(long reps)
{
    long r;
    int i, n;

    for (n = 1; n <= 16; n++)
    {
        cmat a;
        memset(a, 0, sizeof a);
        for (i = 0; i < n; i++)
            a[i * n + i] = 1.0 / n;
        if (fabs(qinfo_purity(CD(a), n) - 1.0 / n) > 1e-15)
            TEST_FAIL("purity of I/%d is %.17g", n, qinfo_purity(CD(a), n));
    }
    for (r = 0; r < reps; r++)
    {
        cmat u, a, s, s2, e;
        double p[NMAX], q[NMAX], sum2 = 0, lmin, pmin = INFINITY, neg = 0, clipped;
        n = 1 + n_randint(st, 12);
        random_unitary(u, n);
        random_probs(p, n, 1);
        for (i = 0; i < n; i++)
            sum2 += p[i] * p[i];
        from_spectrum(a, u, p, n);
        if (fabs(qinfo_purity(CD(a), n) - sum2) > 1e-14)
            TEST_FAIL("purity %.17g, expected sum p^2 = %.17g (n = %d)", qinfo_purity(CD(a), n),
                      sum2, n);
        /* a spectrum with negative entries: min_eig and the clipping */
        for (i = 0; i < n; i++)
        {
            q[i] = 2 * unif() - (n_randint(st, 2) ? 0.3 : 0);
            pmin = fmin(pmin, q[i]);
            neg += q[i] < 0 ? -q[i] : 0;
            p[i] = sqrt(fmax(0, q[i]));
        }
        from_spectrum(a, u, q, n);
        if (qinfo_min_eig(&lmin, CD(a), n) != 0 || fabs(lmin - pmin) > 1e-13)
            TEST_FAIL("min_eig %.17g, expected %.17g (n = %d)", lmin, pmin, n);
        if (qinfo_sqrtm_psd(D(s), &clipped, CD(a), n) != 0)
            TEST_FAIL("sqrtm_psd failed");
        from_spectrum(e, u, p, n);
        if (tdist(s, e, n) > 1e-12 || fabs(clipped - neg) > 1e-12 * n)
            TEST_FAIL("sqrtm_psd off by %g, clipped %g expected %g (n = %d)", tdist(s, e, n),
                      clipped, neg, n);
        /* only the Hermitian part counts: add a skew-Hermitian part */
        {
            cmat k2;
            int j;
            for (i = 0; i < n; i++)
                for (j = 0; j <= i; j++)
                {
                    double complex z = cgauss();
                    k2[i * n + j] = i == j ? CI * cimag(z) : z;
                    k2[j * n + i] = -conj(k2[i * n + j]);
                }
            for (i = 0; i < n * n; i++)
                k2[i] += a[i];
            if (qinfo_min_eig(&lmin, CD(k2), n) != 0 || fabs(lmin - pmin) > 1e-13)
                TEST_FAIL("min_eig of H + skew %.17g, expected %.17g (n = %d)", lmin, pmin, n);
        }
        /* qinfo_mul against the reference product */
        {
            cmat x, y, z1, z2;
            for (i = 0; i < n * n; i++)
                x[i] = cgauss(), y[i] = cgauss();
            qinfo_mul(D(z1), CD(x), CD(y), n);
            tmul(z2, x, y, n);
            if (tdist(z1, z2, n) > 1e-13 * n)
                TEST_FAIL("qinfo_mul off by %g (n = %d)", tdist(z1, z2, n), n);
        }
        /* PSD input: s^2 = a, nothing beyond rounding clipped, in place */
        for (i = 0; i < n; i++)
            q[i] = fmax(0, q[i]);
        from_spectrum(a, u, q, n);
        memcpy(s, a, sizeof a);
        if (qinfo_sqrtm_psd(D(s), &clipped, CD(s), n) != 0)
            TEST_FAIL("sqrtm_psd failed");
        tmul(s2, s, s, n);
        if (tdist(s2, a, n) > 1e-13 * n || clipped > 1e-14 * n)
            TEST_FAIL("sqrtm_psd: |s^2 - a| = %g, clipped %g (n = %d)", tdist(s2, a, n), clipped, n);
    }
}

/* ---- fidelity ---------------------------------------------------------- */

/* Eigenvalues of a general matrix by zgeev, on a padded column-major copy
   (a^T: same eigenvalues): OpenBLAS 0.3.21's zgemv reads past the end of
   LAPACKE's tightly sized row-major copies. */
static void eigvals_general(double complex *w, const double complex *a, int n)
{
    double complex m[NMAX * NMAX + 32], work[64 * NMAX + 32];
    double rwork[2 * NMAX + 32];
    memcpy(m, a, sizeof(double complex) * n * n);
    if (LAPACKE_zgeev_work(LAPACK_COL_MAJOR, 'N', 'N', n, m, n, w, NULL, 1, NULL, 1, work,
                           64 * NMAX, rwork) != 0)
        TEST_FAIL("zgeev failed");
}

/* (sum sqrt(eig(rho sigma)))^2 from the non-Hermitian eigensolver: the
   definition, without any matrix square root. */
static double fidelity_by_zgeev(const double complex *r, const double complex *s, int n)
{
    cmat p;
    double complex w[NMAX];
    double t = 0;
    int i;
    tmul(p, r, s, n);
    eigvals_general(w, p, n);
    for (i = 0; i < n; i++)
        t += sqrt(fmax(0, creal(w[i])));
    return t * t;
}

static double fid(const double complex *r, const double complex *s, int n)
{
    double f;
    if (qinfo_fidelity(&f, CD(r), CD(s), n) != 0)
        TEST_FAIL("qinfo_fidelity failed (n = %d)", n);
    return f;
}

static void test_fidelity(long reps)
{
    long r;
    int i, n;

    for (r = 0; r < reps; r++)
    {
        cmat u, ud, a, b, t1, ua, ub;
        double complex psi[NMAX], phi[NMAX], ov = 0;
        double p[NMAX], q[NMAX], e = 0, f;
        int m;
        n = 1 + n_randint(st, 8);

        /* with itself: random rank 1..n */
        random_unitary(u, n);
        random_probs(p, n, 1);
        from_spectrum(a, u, p, n);
        if (fabs(fid(a, a, n) - 1) > 1e-12)
            TEST_FAIL("F(rho, rho) = %.17g (n = %d)", fid(a, a, n), n);

        /* commuting states, zeros allowed */
        random_probs(q, n, 1);
        from_spectrum(b, u, q, n);
        for (i = 0; i < n; i++)
            e += sqrt(p[i] * q[i]);
        if (fabs(fid(a, b, n) - e * e) > 1e-12)
            TEST_FAIL("commuting: F = %.17g, expected %.17g (n = %d)", fid(a, b, n), e * e, n);

        /* orthogonal supports */
        if (n >= 2)
        {
            m = 1 + n_randint(st, n - 1);
            for (i = 0; i < n; i++)
                q[i] = i < m ? p[i] + 0.1 : 0, p[i] = i < m ? 0 : 0.1 + p[i];
            from_spectrum(a, u, p, n);
            from_spectrum(b, u, q, n);
            if (fabs(fid(a, b, n)) > 1e-12)
                TEST_FAIL("orthogonal supports: F = %g (n = %d, m = %d)", fid(a, b, n), n, m);
        }

        /* pure states: |<psi|phi>|^2 */
        random_ket(psi, n);
        random_ket(phi, n);
        for (i = 0; i < n; i++)
            ov += conj(psi[i]) * phi[i];
        projector(a, psi, n);
        projector(b, phi, n);
        e = creal(ov * conj(ov));
        if (fabs(fid(a, b, n) - e) > 1e-12)
            TEST_FAIL("pure: F = %.17g, |<psi|phi>|^2 = %.17g (n = %d)", fid(a, b, n), e, n);

        /* mixed, random: definition via zgeev, symmetry, unitary invariance */
        random_density(a, n);
        random_density(b, n);
        f = fid(a, b, n);
        if (fabs(f - fid(b, a, n)) > 1e-14)
            TEST_FAIL("F not symmetric: %.17g vs %.17g", f, fid(b, a, n));
        random_unitary(u, n);
        tdag(ud, u, n);
        tmul(t1, u, a, n), tmul(ua, t1, ud, n);
        tmul(t1, u, b, n), tmul(ub, t1, ud, n);
        if (fabs(f - fid(ua, ub, n)) > 1e-12)
            TEST_FAIL("F not unitarily invariant: %.17g vs %.17g (n = %d)", f, fid(ua, ub, n), n);
        if (f < -1e-14 || f > 1 + 1e-14)
            TEST_FAIL("F = %.17g outside [0, 1]", f);
        /* full rank, so zgeev's square roots are benign */
        full_rank_density(a, n);
        full_rank_density(b, n);
        if (fabs(fid(a, b, n) - fidelity_by_zgeev(a, b, n)) > 1e-9)
            TEST_FAIL("F = %.17g, by zgeev %.17g (n = %d)", fid(a, b, n),
                      fidelity_by_zgeev(a, b, n), n);
    }

    /* qubits: closed form; products: multiplicativity and the rate function */
    for (r = 0; r < reps; r++)
    {
        cmat r1, s1, r2, s2, r3, s3, rr, ss, t;
        double f1, f2, f3, f;
        random_density(r1, 2), random_density(s1, 2);
        random_density(r2, 2), random_density(s2, 2);
        random_density(r3, 2), random_density(s3, 2);
        f1 = qubit_fidelity(r1, s1), f2 = qubit_fidelity(r2, s2), f3 = qubit_fidelity(r3, s3);
        if (fabs(fid(r1, s1, 2) - f1) > 1e-12)
            TEST_FAIL("qubit: F = %.17g, closed form %.17g", fid(r1, s1, 2), f1);
        qinfo_kron(D(t), CD(r1), 2, CD(r2), 2), qinfo_kron(D(rr), CD(t), 4, CD(r3), 2);
        qinfo_kron(D(t), CD(s1), 2, CD(s2), 2), qinfo_kron(D(ss), CD(t), 4, CD(s3), 2);
        f = fid(rr, ss, 8);
        if (fabs(f - f1 * f2 * f3) > 1e-12)
            TEST_FAIL("F of a product %.17g, product of F %.17g", f, f1 * f2 * f3);
        /* the same one-site state three times: -log F_total / 3 = -log F */
        qinfo_kron(D(t), CD(r1), 2, CD(r1), 2), qinfo_kron(D(rr), CD(t), 4, CD(r1), 2);
        qinfo_kron(D(t), CD(s1), 2, CD(s1), 2), qinfo_kron(D(ss), CD(t), 4, CD(s1), 2);
        f = fid(rr, ss, 8);
        if (f1 > 1e-3 && fabs(qinfo_rate_function(f, 3) + log(f1)) > 1e-10 * fmax(1, -log(f1)))
            TEST_FAIL("rate function %.17g, -log F_site %.17g", qinfo_rate_function(f, 3),
                      -log(f1));
    }
}

/* ---- kron and partial trace ---------------------------------------------- */

static void test_partial_trace(long reps)
{
    long r;

    for (r = 0; r < reps; r++)
    {
        static cmat fac[5];
        cmat rho, t, out, want, a, b, c, d, ab, cd, acbd, x, y;
        double complex o[NMAX * NMAX], tr;
        int k = 1 + n_randint(st, 5), s, na, nb, dim = 1 << k, m, lo, i, j, dk = 1;
        unsigned keep = n_randint(st, 1u << k);

        /* mixed-product property (A x B)(C x D) = AC x BD */
        na = 1 + n_randint(st, 4), nb = 1 + n_randint(st, 4);
        for (i = 0; i < na * na; i++)
            a[i] = cgauss(), c[i] = cgauss();
        for (i = 0; i < nb * nb; i++)
            b[i] = cgauss(), d[i] = cgauss();
        qinfo_kron(D(ab), CD(a), na, CD(b), nb);
        qinfo_kron(D(cd), CD(c), na, CD(d), nb);
        tmul(x, ab, cd, na * nb);
        tmul(t, a, c, na), tmul(out, b, d, nb);
        qinfo_kron(D(acbd), CD(t), na, CD(out), nb);
        if (tdist(x, acbd, na * nb) > 1e-12 * 16)
            TEST_FAIL("kron: mixed-product property off by %g", tdist(x, acbd, na * nb));

        /* product state: the kept factors survive */
        for (s = 0; s < k; s++)
            random_density(fac[s], 2);
        memcpy(rho, fac[0], sizeof(cmat));
        for (s = 1; s < k; s++)
        {
            qinfo_kron(D(t), CD(rho), 1 << s, CD(fac[s]), 2);
            memcpy(rho, t, sizeof(cmat));
        }
        want[0] = 1;
        for (s = 0; s < k; s++)
            if ((keep >> s) & 1)
            {
                qinfo_kron(D(t), CD(want), dk, CD(fac[s]), 2);
                dk *= 2;
                memcpy(want, t, sizeof(cmat));
            }
        if (qinfo_partial_trace(D(out), CD(rho), k, keep) != 0)
            TEST_FAIL("partial_trace failed");
        if (tdist(out, want, dk) > 1e-14)
            TEST_FAIL("partial trace of a product, k = %d keep = %#x: off by %g", k, keep,
                      tdist(out, want, dk));

        /* entangled state, contiguous block [lo, lo + m): Tr(rho_A O) equals
           Tr(rho (I x O x I)) */
        random_density(rho, dim);
        m = n_randint(st, k + 1);
        lo = n_randint(st, k - m + 1);
        keep = ((1u << m) - 1) << lo;
        for (i = 0; i < (1 << m) * (1 << m); i++)
            o[i] = cgauss();
        memset(x, 0, sizeof x);
        memset(y, 0, sizeof y);
        for (i = 0; i < (1 << lo); i++)
            x[i * (1 << lo) + i] = 1;
        for (i = 0; i < (1 << (k - m - lo)); i++)
            y[i * (1 << (k - m - lo)) + i] = 1;
        qinfo_kron(D(t), CD(x), 1 << lo, CD(o), 1 << m);
        qinfo_kron(D(ab), CD(t), 1 << (lo + m), CD(y), 1 << (k - m - lo));
        tmul(t, rho, ab, dim);
        tr = ttrace(t, dim);
        if (qinfo_partial_trace(D(out), CD(rho), k, keep) != 0)
            TEST_FAIL("partial_trace failed");
        tmul(t, out, o, 1 << m);
        if (cabs(ttrace(t, 1 << m) - tr) > 1e-12 * 8)
            TEST_FAIL("Tr(rho_A O) = %g%+gi, Tr(rho O~) = %g%+gi (k %d, keep %#x)",
                      creal(ttrace(t, 1 << m)), cimag(ttrace(t, 1 << m)), creal(tr), cimag(tr),
                      k, keep);
        for (i = 0; i < (1 << m); i++)
            for (j = 0; j < (1 << m); j++)
                if (cabs(out[i * (1 << m) + j] - conj(out[j * (1 << m) + i])) > 1e-15)
                    TEST_FAIL("reduced state not Hermitian");
    }
    {
        cmat rho = {0}, out;
        if (qinfo_partial_trace(D(out), CD(rho), 0, 0) != -1
            || qinfo_partial_trace(D(out), CD(rho), 2, 4) != -1)
            TEST_FAIL("partial_trace accepted bad arguments");
    }
}

/* ---- concurrence ------------------------------------------------------- */

static double conc(const double complex *rho)
{
    double c;
    if (qinfo_concurrence(&c, CD(rho)) != 0)
        TEST_FAIL("qinfo_concurrence failed");
    return c;
}

/* Eqs. 32-33 literally: square roots of the eigenvalues of rho rho~. */
static double concurrence_by_zgeev(const double complex *rho)
{
    static const double ys[4] = {-1, 1, 1, -1};
    double complex rt[16], p[16], w[4];
    double l[4], x;
    int i, j;
    for (i = 0; i < 4; i++)
        for (j = 0; j < 4; j++)
            rt[4 * i + j] = ys[i] * ys[j] * conj(rho[4 * (3 - i) + 3 - j]);
    tmul(p, rho, rt, 4);
    eigvals_general(w, p, 4);
    for (i = 0; i < 4; i++)
        l[i] = sqrt(fmax(0, creal(w[i])));
    for (i = 0; i < 4; i++) /* descending */
        for (j = i + 1; j < 4; j++)
            if (l[j] > l[i])
                x = l[i], l[i] = l[j], l[j] = x;
    x = l[0] - l[1] - l[2] - l[3];
    return x > 0 ? x : 0;
}

/* local unitary u1 x u2 applied to rho */
static void local_rotate(double complex *rho)
{
    cmat u1, u2, u, ud, t;
    random_unitary(u1, 2), random_unitary(u2, 2);
    qinfo_kron(D(u), CD(u1), 2, CD(u2), 2);
    tdag(ud, u, 4);
    tmul(t, u, rho, 4);
    tmul(rho, t, ud, 4);
}

static void test_concurrence(long reps)
{
    long r;
    int i, b;

    for (b = 0; b < 4; b++) /* the four Bell states */
    {
        double complex psi[4] = {0};
        cmat rho;
        psi[b < 2 ? 0 : 1] = 1 / sqrt(2);
        psi[b < 2 ? 3 : 2] = (b % 2 ? -1 : 1) / sqrt(2);
        projector(rho, psi, 4);
        if (fabs(conc(rho) - 1) > 1e-12)
            TEST_FAIL("Bell state %d: C = %.17g", b, conc(rho));
    }
    for (r = 0; r < reps; r++)
    {
        cmat rho, a1, a2, tau, big;
        double complex psi[4], phi1[2], phi2[2], bell[4] = {1 / sqrt(2), 0, 0, 1 / sqrt(2)};
        double p = unif(), want, c;

        /* product states, pure and mixed */
        random_ket(phi1, 2), random_ket(phi2, 2);
        for (i = 0; i < 4; i++)
            psi[i] = phi1[i / 2] * phi2[i % 2];
        projector(rho, psi, 4);
        if (conc(rho) > 1e-12)
            TEST_FAIL("pure product state: C = %g", conc(rho));
        random_density(a1, 2), random_density(a2, 2);
        qinfo_kron(D(rho), CD(a1), 2, CD(a2), 2);
        if (conc(rho) > 1e-12)
            TEST_FAIL("mixed product state: C = %g", conc(rho));

        /* pure: C = 2 |ad - bc| */
        random_ket(psi, 4);
        projector(rho, psi, 4);
        want = 2 * cabs(psi[0] * psi[3] - psi[1] * psi[2]);
        if (fabs(conc(rho) - want) > 1e-12)
            TEST_FAIL("pure state: C = %.17g, 2|ad - bc| = %.17g", conc(rho), want);

        /* Werner p |Bell><Bell| + (1 - p) I/4, locally rotated */
        projector(rho, bell, 4);
        for (i = 0; i < 16; i++)
            rho[i] = p * rho[i] + (i % 5 == 0 ? (1 - p) / 4 : 0);
        local_rotate(rho);
        want = fmax(0, (3 * p - 1) / 2);
        if (fabs(conc(rho) - want) > 1e-12)
            TEST_FAIL("Werner p = %.17g: C = %.17g, expected %.17g", p, conc(rho), want);

        /* ... as sites 1, 2 of a three-qubit cluster tau x Werner */
        random_density(tau, 2);
        qinfo_kron(D(big), CD(tau), 2, CD(rho), 4);
        if (qinfo_partial_trace(D(a1), CD(big), 3, 6) != 0)
            TEST_FAIL("partial_trace failed");
        if (fabs(conc(a1) - want) > 1e-12)
            TEST_FAIL("Werner inside a cluster: C = %.17g, expected %.17g", conc(a1), want);

        /* random mixed, full rank: the definition through zgeev */
        {
            cmat u;
            double q[4];
            random_unitary(u, 4);
            for (i = 0; i < 4; i++)
                q[i] = 0.02 + unif() * (i == 0 ? 4 : 1);
            c = q[0] + q[1] + q[2] + q[3];
            for (i = 0; i < 4; i++)
                q[i] /= c;
            from_spectrum(rho, u, q, 4);
            c = concurrence_by_zgeev(rho);
            if (fabs(conc(rho) - c) > 1e-9)
                TEST_FAIL("C = %.17g, by zgeev %.17g", conc(rho), c);
        }
    }

    /* GHZ: every pair is separable; W: every pair has C = 2/3 */
    {
        double complex ghz[8] = {0}, w[8] = {0};
        cmat g, red;
        unsigned pairs[3] = {3, 5, 6};
        ghz[0] = ghz[7] = 1 / sqrt(2);
        w[1] = w[2] = w[4] = 1 / sqrt(3);
        for (i = 0; i < 3; i++)
        {
            projector(g, ghz, 8);
            qinfo_partial_trace(D(red), CD(g), 3, pairs[i]);
            if (conc(red) > 1e-12)
                TEST_FAIL("GHZ pair %#x: C = %g", pairs[i], conc(red));
            projector(g, w, 8);
            qinfo_partial_trace(D(red), CD(g), 3, pairs[i]);
            if (fabs(conc(red) - 2.0 / 3) > 1e-12)
                TEST_FAIL("W pair %#x: C = %.17g, expected 2/3", pairs[i], conc(red));
        }
    }
}

/* ---- fidelity susceptibility --------------------------------------------- */

/* Qubit with Bloch vector r(p) (sin th(p), 0, cos th(p)), optionally
   tensored with a fixed state; quantum Fisher information
   F_Q = r'^2 / (1 - r^2) + r^2 th'^2, and chi_F = F_Q / 2. */
typedef struct
{
    double r0, r1, w; /* r = r0 + r1 sin p, th = w p */
    int embed;        /* 1: rho(p) x tau, 4 x 4 */
    int cube_root;    /* 1: th = cbrt(p), pure: chi_F diverges at 0 */
    double complex tau[4];
    long calls;
} family_t;

static int family(double *out, double p, void *ctx)
{
    family_t *f = ctx;
    double rr = f->r0 + f->r1 * sin(p), th = f->cube_root ? cbrt(p) : f->w * p;
    double complex q[4];
    f->calls++;
    q[0] = (1 + rr * cos(th)) / 2, q[3] = (1 - rr * cos(th)) / 2;
    q[1] = q[2] = rr * sin(th) / 2;
    if (f->embed)
        qinfo_kron(out, CD(q), 2, CD(f->tau), 2);
    else
        memcpy(out, q, sizeof q);
    return 0;
}

static void test_chi_f(long reps)
{
    long r;

    for (r = 0; r < reps; r++)
    {
        /* pure family at finite dt: 2 sin^2(dt/2) / dt^2 exactly */
        double complex a[4], b[4], pa[2], pb[2];
        double t = 6 * unif(), dt = pow(10, -3 * unif()), f, want;
        pa[0] = cos(t / 2), pa[1] = sin(t / 2);
        pb[0] = cos((t + dt) / 2), pb[1] = sin((t + dt) / 2);
        projector(a, pa, 2), projector(b, pb, 2);
        f = fid(a, b, 2);
        want = 2 * sin(dt / 2) * sin(dt / 2) / (dt * dt);
        /* F carries a few ulps of rounding: 2 * 16 eps / dt^2 in chi_F */
        if (fabs(qinfo_fidelity_susceptibility(f, dt) - want) > 32 * DBL_EPSILON / (dt * dt))
            TEST_FAIL("chi_F(dt = %g) = %.17g, expected %.17g", dt,
                      qinfo_fidelity_susceptibility(f, dt), want);
    }
    for (r = 0; r < reps / 4 + 1; r++)
    {
        family_t fam = {0};
        double p = 3 * unif(), chi, dp, err, rr, r1, want;
        int status, pure = n_randint(st, 3) == 0;
        fam.r0 = pure ? 1 : 0.5;
        fam.r1 = pure ? 0 : 0.4 * unif();
        fam.w = 0.5 + 2 * unif();
        fam.embed = n_randint(st, 2);
        random_density(fam.tau, 2);
        rr = fam.r0 + fam.r1 * sin(p), r1 = fam.r1 * cos(p);
        want = ((pure ? 0 : r1 * r1 / (1 - rr * rr)) + rr * rr * fam.w * fam.w) / 2;
        status = qinfo_chi_f_converge(&chi, &dp, &err, family, &fam, p, 0.1, 1e-8, 0,
                                      fam.embed ? 4 : 2);
        if (status != 0 || fabs(chi - want) > 1e-6 * want || !(dp <= 0.05) || !(err <= 1e-8 * chi))
            TEST_FAIL("chi_F converge: status %d chi %.17g expected %.17g (dp %g err %g, pure %d)",
                      status, chi, want, dp, err, pure);
    }
    {
        /* pure family, theta = cbrt(p): chi_F ~ dp^(-4/3) at p = 0 never settles */
        family_t fam = {1, 0, 1, 0, 1, {0}, 0};
        double chi, dp, err;
        int status = qinfo_chi_f_converge(&chi, &dp, &err, family, &fam, 0, 0.1, 1e-8, 0, 2);
        if (status != 1 || fam.calls > 2 * 8)
            TEST_FAIL("diverging chi_F reported status %d after %ld calls (chi %g, dp %g)",
                      status, fam.calls, chi, dp);
    }
    {
        /* chi_F = 5e-15, below what a double fidelity resolves at any dp:
           estimates at rounding level must not count as converged */
        family_t fam = {1, 0, 1e-7, 0, 0, {0}, 0};
        double chi, dp, err;
        int status = qinfo_chi_f_converge(&chi, &dp, &err, family, &fam, 0.3, 0.1, 1e-6, 0, 2);
        if (status != 1)
            TEST_FAIL("unresolvable chi_F: status %d, chi %g (exact 5e-15)", status, chi);
    }
    {
        /* an unreachable tolerance: halving stops once rounding dominates,
           well before the 40-halving cap, and keeps the best estimate */
        family_t fam = {0.5, 0.3, 1.5, 0, 0, {0}, 0};
        double chi, dp, err, p = 0.7, rr = 0.5 + 0.3 * sin(p), r1 = 0.3 * cos(p);
        double want = (r1 * r1 / (1 - rr * rr) + rr * rr * 1.5 * 1.5) / 2;
        int status = qinfo_chi_f_converge(&chi, &dp, &err, family, &fam, p, 0.1, 0, 0, 2);
        if (status != 1 || fam.calls > 2 * 25 || fabs(chi - want) > 1e-8 * want)
            TEST_FAIL("unreachable tolerance: status %d, %ld calls, chi %.17g expected %.17g",
                      status, fam.calls, chi, want);
    }
}

int main(void)
{
    long reps = test_reps(200);

    test_rand_init(st, "t-qinfo");
    gsl_set_error_handler_off();
    test_spectral(reps);
    test_fidelity(reps);
    test_partial_trace(reps);
    test_concurrence(reps);
    test_chi_f(reps);
    flint_rand_clear(st);
    printf("t-qinfo: PASS\n");
    return 0;
}
