/* The finite-N solver (runtime/finite, its terms from generator/nbody)
 * against the dense N-site Lindblad equation.  Random N-body models of one spin per site (local fields,
 * pairs, local jumps with complex coefficients, a collective jump) at
 * N = 1 .. 5: every symmetric moment <S_n> (all C(N+3, 3) of them) after
 * RK4 steps from a random product state, the same steps as the dense
 * density matrix (a linear map commutes with RK4), and the steady state
 * against the dense Liouvillian's null vector (N <= 4), to 1e-10.  A
 * mistake in a count (n_a (n_a - 1)/2, the pair representative, a sign of
 * the generator) moves moments by O(1).  The same for random models of two
 * spins per site (k = 2, rnd_nbody2, 16 site types) at N = 1, 2, 3 (dense
 * 4^N x 4^N, all C(N+15, 15) moments: 816 at N = 3), the steady state
 * at N <= 2, and the marked space of the regression theorem (X = B_1 rho
 * for random 4 x 4 B, Tr(A_i X) at i = 1 and i = 2 as X evolves) at
 * N = 2, 3. */
#include <string.h>
#include "testutil.h"
#include "derive.h"
#include "nbody.h"
#define DENSE_MAXD 64
#include "dense_lindblad.h"
#include "rnd_nbody.h"


/* <S_n> of dense rho: the first n_1 sites X, the next n_2 Y, then n_3 Z */
static double dense_moment(const mat *rho, const unsigned char *c, int N)
{
    static mat m, s, t;
    int j = 0, a, e, i, n = rho->n;
    double tr = 0;

    mat_zero(&m, n);
    for (i = 0; i < n; i++)
        m.a[i * n + i] = 1;
    for (a = 1; a < 4; a++)
        for (e = 0; e < c[a]; e++, j++)
        {
            site_op(&s, pauli_mat("xyz"[a - 1]), j, N);
            mat_mul(&m, &m, &s);
        }
    mat_mul(&t, rho, &m);
    for (i = 0; i < n; i++)
        tr += creal(t.a[i * n + i]);
    return tr;
}

/* x = the solution of the n x n complex system a x = b (partial pivoting) */
static void gauss(cplx *a, cplx *b, int n)
{
    int i, j, k, p;
    for (k = 0; k < n; k++)
    {
        p = k;
        for (i = k + 1; i < n; i++)
            if (cabs(a[i * n + k]) > cabs(a[p * n + k]))
                p = i;
        for (j = 0; j < n; j++)
        {
            cplx t = a[k * n + j];
            a[k * n + j] = a[p * n + j], a[p * n + j] = t;
        }
        { cplx t = b[k]; b[k] = b[p], b[p] = t; }
        for (i = k + 1; i < n; i++)
        {
            cplx f = a[i * n + k] / a[k * n + k];
            if (f == 0)
                continue;
            for (j = k; j < n; j++)
                a[i * n + j] -= f * a[k * n + j];
            b[i] -= f * b[k];
        }
    }
    for (i = n - 1; i >= 0; i--)
    {
        for (j = i + 1; j < n; j++)
            b[i] -= a[i * n + j] * b[j];
        b[i] /= a[i * n + i];
    }
}

static lindblad l;
static mat rho, k1, tmp;

/* rho = the dense Liouvillian's null vector (n x n), trace 1 in row 0 */
static void dense_steady(mat *r, const lindblad *li, int n)
{
    int n2 = n * n, a, b;
    cplx *M = flint_calloc((size_t) n2 * n2, sizeof(cplx)), *rhs = flint_calloc(n2, sizeof(cplx));

    for (a = 0; a < n2; a++)
    {
        mat_zero(&tmp, n);
        tmp.a[a] = 1;
        lind_apply(&k1, li, &tmp);
        for (b = 0; b < n2; b++)
            M[(long) b * n2 + a] = k1.a[b];
    }
    for (a = 0; a < n2; a++)
        M[a] = (a % (n + 1) == 0);
    rhs[0] = 1;
    gauss(M, rhs, n2);
    mat_zero(r, n);
    memcpy(r->a, rhs, n2 * sizeof(cplx));
    flint_free(M), flint_free(rhs);
}

/* s[0..3] = 1 and the Bloch vector of the spin state psi */
static void bloch(double *s, const cplx *psi)
{
    s[0] = 1;
    s[1] = 2 * creal(conj(psi[0]) * psi[1]);
    s[2] = 2 * cimag(conj(psi[0]) * psi[1]);
    s[3] = creal(conj(psi[0]) * psi[0] - conj(psi[1]) * psi[1]);
}

/* dt capped below 1 / (max row sum of |A|), where finite_evolve would cut
   its steps: both sides then take the same steps (large random rates) */
static double step_cap(const finite_t f, double dt)
{
    long r, i;

    for (r = 0; r < f->dim; r++)
    {
        double rs = 0;
        for (i = f->rowptr[r]; i < f->rowptr[r + 1]; i++)
            rs += fabs(f->val[i]);
        if (rs * dt > 1)
            dt = 0.99 / rs;
    }
    return dt;
}

static double one_model(flint_rand_t st, int N, int steady)
{
    char text[2048], msg[256];
    rnd_nbody rm;
    double worst = 0, par[8], dt = 0.01, resid, rcond, errest;
    finite_iter_info_t it;
    model_t nb;
    model_error_t err;
    finite_t f;
    cplx psi[2];
    int step, n = 1 << N;
    long r;
    double *x, s[4];

    rnd_nbody_draw(&rm, text, sizeof text, st);
    if (model_parse(nb, "rnd", text, strlen(text), NULL, &err))
        TEST_FAIL("parse: %d:%d: %s\n%s", err.line, err.col, err.msg, text);
    memset(par, 0, sizeof par);
    par[nb->nparams - 1] = N;
    par[nb->nparams] = 1.0 / N;
    if (finite_init(f, 1, N) || nbody_finite_set(f, nb, par, msg, sizeof msg))
        TEST_FAIL("finite: %s", msg);

    rnd_nbody_lindblad(&l, &rm, N);

    rnd_nbody_product(&rho, psi, N, st);
    x = flint_malloc(f->dim * sizeof(double));
    bloch(s, psi);
    finite_product_state(x, f, s);
    for (r = 0; r < f->dim; r++)
        worst = fmax(worst, fabs(x[r] - dense_moment(&rho, f->cnt + 4 * r, N)));

    dt = step_cap(f, dt);
    for (step = 1; step <= (N <= 4 ? 100 : 20); step++)
    {
        lind_rk4_step(&rho, &l, dt);
        if (finite_evolve(x, f, dt, dt) != 1)
            TEST_FAIL("N = %d: the step was cut (the test needs the same steps)", N);
    }
    for (r = 0; r < f->dim; r++)
        worst = fmax(worst, fabs(x[r] - dense_moment(&rho, f->cnt + 4 * r, N)));

    if (steady)
    {
        dense_steady(&rho, &l, n);
        if (finite_steady(x, &resid, &rcond, &errest, f))
            TEST_FAIL("N = %d: finite_steady failed", N);
        if (resid > 1e-12)
            TEST_FAIL("N = %d: steady residual %g", N, resid);
        for (r = 0; r < f->dim; r++)
            worst = fmax(worst, fabs(x[r] - dense_moment(&rho, f->cnt + 4 * r, N)));
        /* GMRES with one-shell slabs (N shells: the sweep is a true
           preconditioner, not a direct solve) */
        if (finite_steady_iter(x, &it, f, 1, 1e-13, 500))
            TEST_FAIL("N = %d: finite_steady_iter failed (residual %g)", N, it.resid);
        for (r = 0; r < f->dim; r++)
            worst = fmax(worst, fabs(x[r] - dense_moment(&rho, f->cnt + 4 * r, N)));
    }
    flint_free(x);
    finite_clear(f);
    model_clear(nb);
    return worst;
}

/* <S_n> of dense rho for sites of two spins: the sites in type order, site
   j of type t = 4 a + b carrying Pauli a on spin 2j, b on spin 2j + 1 */
static double dense_moment2(const mat *rho, const unsigned char *c, int N)
{
    unsigned xm = 0, zm = 0;
    int j = 0, t, e, h, ny = 0, S = 2 * N;

    for (t = 1; t < 16; t++)
        for (e = 0; e < c[t]; e++, j++)
            for (h = 0; h < 2; h++)
            {
                int p = h ? t & 3 : t >> 2;     /* 1 x, 2 y, 3 z */
                unsigned bit = 1u << (S - 1 - (2 * j + h));
                if (p == 1 || p == 2)
                    xm |= bit;
                if (p == 3 || p == 2)
                    zm |= bit;
                ny += p == 2;
            }
    return dense_pauli_trace(rho, xm, zm, ny);
}

static double worst_moment2(const double *x, const finite_t f, const mat *r)
{
    double worst = 0;
    long n;
    for (n = 0; n < f->dim; n++)
        worst = fmax(worst, fabs(x[n] - dense_moment2(r, f->cnt + 16 * n, f->N)));
    return worst;
}

static mat uu[16];

/* r = the 4 x 4 operator b (re, im interleaved, row-major; spin 1 the
   high index bit) on site j of N sites of two spins */
static void site_op4(mat *r, const double *b, int j, int N)
{
    int S = 2 * N, n = 1 << S, a, c, hi = S - 1 - 2 * j;
    unsigned keep = ~(3u << (hi - 1));

    mat_zero(r, n);
    for (a = 0; a < n; a++)
        for (c = 0; c < n; c++)
            if ((a & keep) == (c & keep))
            {
                int p = (a >> (hi - 1)) & 3, q = (c >> (hi - 1)) & 3;
                r->a[a * n + c] = b[2 * (4 * p + q)] + I * b[2 * (4 * p + q) + 1];
            }
}

/* Tr(a b) */
static cplx trace_prod(const mat *a, const mat *b)
{
    int i, j, n = a->n;
    cplx t = 0;
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
            t += a->a[i * n + j] * b->a[j * n + i];
    return t;
}

/* The marked space at k = 2 (the regression theorem of --tau/--spectrum):
   X = B_1 rho, rho the symmetric state x (dense rho0), for random complex
   4 x 4 B, evolved by RK4 on both sides with the same steps; Tr(A_1 X)
   (marked site) and Tr(A_2 X) (another) for random A and for every Pauli
   string of one site, at every step. */
static double marked_k2(flint_rand_t st, const finite_t f, const double *x, const mat *rho0)
{
    static mat X, B1, A1, A2;
    finite_t fm;
    double Bd[32], Ad[17][32], *y, worst = 0, dt = 0.01;
    int i, a, step, N = f->N;
    long r, d1 = 1;

    for (i = 0; i < 32; i++)
        Bd[i] = urand(st, -1, 1), Ad[0][i] = urand(st, -1, 1);
    /* A = the Pauli string of type a - 1 on the site */
    for (a = 1; a <= 16; a++)
    {
        static const double p1[4][8] = {{1, 0, 0, 0, 0, 0, 1, 0}, {0, 0, 1, 0, 1, 0, 0, 0},
                                        {0, 0, 0, -1, 0, 1, 0, 0}, {1, 0, 0, 0, 0, 0, -1, 0}};
        int t = a - 1, p, q;
        for (p = 0; p < 4; p++)
            for (q = 0; q < 4; q++)
            {
                const double *u = p1[t >> 2] + 2 * (2 * (p >> 1) + (q >> 1));
                const double *v = p1[t & 3] + 2 * (2 * (p & 1) + (q & 1));
                Ad[a][2 * (4 * p + q)] = u[0] * v[0] - u[1] * v[1];
                Ad[a][2 * (4 * p + q) + 1] = u[0] * v[1] + u[1] * v[0];
            }
    }
    if (finite_marked_init(fm, f))
        TEST_FAIL("k = 2, N = %d: finite_marked_init failed", N);
    for (i = 1; i < 16; i++)
        d1 = d1 * (N - 1 + i) / i;
    if (fm->dim != 16 * d1)
        TEST_FAIL("k = 2, N = %d: marked dimension %ld, not 16 C(N+14, 15) = %ld", N, fm->dim,
                  16 * d1);
    for (r = 0; r < fm->dim; r++)
    {
        double rs = 0;
        long q;
        for (q = fm->rowptr[r]; q < fm->rowptr[r + 1]; q++)
            rs += fabs(fm->val[q]);
        if (rs * dt > 1)
            dt = 0.99 / rs;
    }
    y = flint_malloc(2 * fm->dim * sizeof(double));
    finite_marked_start(y, y + fm->dim, fm, f, x, Bd);
    site_op4(&B1, Bd, 0, N);
    mat_mul(&X, &B1, rho0);
    for (step = 0; step <= 20; step++)
    {
        if (step > 0)
        {
            lind_rk4_step(&X, &l, dt);
            if (finite_evolve(y, fm, dt, dt) != 1 || finite_evolve(y + fm->dim, fm, dt, dt) != 1)
                TEST_FAIL("k = 2, N = %d: the marked step was cut", N);
        }
        if (step % 5)
            continue;
        for (a = 0; a <= 16; a++)
        {
            double re, im;
            cplx d;
            site_op4(&A1, Ad[a], 0, N), site_op4(&A2, Ad[a], 1, N);
            finite_marked_read(&re, &im, fm, y, y + fm->dim, Ad[a], 1);
            d = trace_prod(&A1, &X);
            worst = fmax(worst, cabs(re + I * im - d));
            finite_marked_read(&re, &im, fm, y, y + fm->dim, Ad[a], 0);
            d = trace_prod(&A2, &X);
            worst = fmax(worst, cabs(re + I * im - d));
        }
    }
    flint_free(y);
    finite_clear(fm);
    return worst;
}

/* k = 2: a random rnd_nbody2 model on N sites, RK4 steps against the
   dense equation, the steady state (N <= 2) against the dense null
   vector */
static double one_model_k2(flint_rand_t st, int N, int steady)
{
    char text[2048], msg[256];
    rnd_nbody2 rm;
    double worst = 0, par[8], dt = 0.01, resid, rcond, errest, s1[4], s2[4], s[16];
    finite_iter_info_t it;
    model_t nb;
    model_error_t err;
    finite_t f;
    cplx psi[2][2];
    int step, i, n = 1 << (2 * N);
    double *x;

    rnd_nbody2_draw(&rm, text, sizeof text, st);
    if (model_parse(nb, "rnd2", text, strlen(text), NULL, &err))
        TEST_FAIL("parse: %d:%d: %s\n%s", err.line, err.col, err.msg, text);
    memset(par, 0, sizeof par);
    par[nb->nparams - 1] = N;
    par[nb->nparams] = 1.0 / N;
    if (finite_init(f, 2, N) || nbody_finite_set(f, nb, par, msg, sizeof msg))
        TEST_FAIL("finite k = 2: %s", msg);
    if (f->dim != (N == 1 ? 16 : N == 2 ? 136 : 816))
        TEST_FAIL("k = 2, N = %d: dimension %ld", N, f->dim);

    rnd_nbody2_lindblad(&l, uu, &rm, N);
    rnd_nbody2_product(&rho, psi, N, st);
    x = flint_malloc(f->dim * sizeof(double));
    bloch(s1, psi[0]);
    bloch(s2, psi[1]);
    for (i = 0; i < 16; i++)
        s[i] = s1[i >> 2] * s2[i & 3];
    finite_product_state(x, f, s);
    worst = worst_moment2(x, f, &rho);

    dt = step_cap(f, dt);
    for (step = 1; step <= (N <= 2 ? 100 : 30); step++)
    {
        lind_rk4_step_herm(&rho, &l, uu, dt);
        if (finite_evolve(x, f, dt, dt) != 1)
            TEST_FAIL("k = 2, N = %d: the step was cut (the test needs the same steps)", N);
    }
    worst = fmax(worst, worst_moment2(x, f, &rho));
    if (N >= 2)
        worst = fmax(worst, marked_k2(st, f, x, &rho));

    if (steady)
    {
        dense_steady(&rho, &l, n);
        if (finite_steady(x, &resid, &rcond, &errest, f))
            TEST_FAIL("k = 2, N = %d: finite_steady failed", N);
        if (resid > 1e-12)
            TEST_FAIL("k = 2, N = %d: steady residual %g", N, resid);
        worst = fmax(worst, worst_moment2(x, f, &rho));
        if (finite_steady_iter(x, &it, f, 1, 1e-13, 500))
            TEST_FAIL("k = 2, N = %d: finite_steady_iter failed (residual %g)", N, it.resid);
        worst = fmax(worst, worst_moment2(x, f, &rho));
    }
    flint_free(x);
    finite_clear(f);
    model_clear(nb);
    return worst;
}

int main(void)
{
    flint_rand_t st;
    int N, rep, reps = (int) test_reps(3);
    double worst = 0;

    test_rand_init(st, "t-finite");
    for (N = 1; N <= 5; N++)
        for (rep = 0; rep < (N == 5 ? 1 : reps); rep++)
        {
            double e = one_model(st, N, N <= 4);
            if (e > 1e-10)
                TEST_FAIL("N = %d: moments differ from the dense Lindblad equation by %g", N, e);
            worst = fmax(worst, e);
        }
    printf("t-finite: finite-N solver against dense Lindblad, N = 1..5: worst %.2g\n", worst);
    worst = 0;
    for (N = 1; N <= 3; N++)
        for (rep = 0; rep < (N == 3 ? (reps + 1) / 2 : reps); rep++)
        {
            double e = one_model_k2(st, N, N <= 2);
            if (e > 1e-10)
                TEST_FAIL("k = 2, N = %d: moments differ from the dense Lindblad equation by %g",
                          N, e);
            worst = fmax(worst, e);
        }
    flint_rand_clear(st);
    printf("t-finite: two spins per site, N = 1..3: worst %.2g\n", worst);
    return 0;
}
