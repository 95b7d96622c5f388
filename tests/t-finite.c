/* The finite-N solver (generator/finite) against the dense N-site Lindblad
 * equation.  Random N-body models of one spin per site (local fields,
 * pairs, local jumps with complex coefficients, a collective jump) at
 * N = 1 .. 5: every symmetric moment <S_n> (all C(N+3, 3) of them) after
 * RK4 steps from a random product state, the same steps as the dense
 * density matrix (a linear map commutes with RK4), and the steady state
 * against the dense Liouvillian's null vector (N <= 4), to 1e-10.  A
 * mistake in a count (n_a (n_a - 1)/2, the pair representative, a sign of
 * the generator) moves moments by O(1). */
#include <string.h>
#include "testutil.h"
#include "derive.h"
#include "finite.h"
#define DENSE_MAXD 32
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
    if (finite_init(f, 1, N) || finite_set_model(f, nb, par, msg, sizeof msg))
        TEST_FAIL("finite: %s", msg);

    rnd_nbody_lindblad(&l, &rm, N);

    rnd_nbody_product(&rho, psi, N, st);
    x = flint_malloc(f->dim * sizeof(double));
    s[0] = 1;
    s[1] = 2 * creal(conj(psi[0]) * psi[1]);
    s[2] = 2 * cimag(conj(psi[0]) * psi[1]);
    s[3] = creal(conj(psi[0]) * psi[0] - conj(psi[1]) * psi[1]);
    finite_product_state(x, f, s);
    for (r = 0; r < f->dim; r++)
        worst = fmax(worst, fabs(x[r] - dense_moment(&rho, f->cnt + 4 * r, N)));

    /* finite_evolve cuts steps above 1 / (max row sum of |A|): stay under
       it, so both sides take the same steps (large random rates) */
    for (r = 0; r < f->dim; r++)
    {
        double rs = 0;
        long i;
        for (i = f->rowptr[r]; i < f->rowptr[r + 1]; i++)
            rs += fabs(f->val[i]);
        if (rs * dt > 1)
            dt = 0.99 / rs;
    }
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
        /* the dense Liouvillian's null vector, trace 1 in row 0 */
        int n2 = n * n, a, b;
        cplx *M = flint_calloc((size_t) n2 * n2, sizeof(cplx)), *rhs = flint_calloc(n2, sizeof(cplx));
        for (a = 0; a < n2; a++)
        {
            mat_zero(&tmp, n);
            tmp.a[a] = 1;
            lind_apply(&k1, &l, &tmp);
            for (b = 0; b < n2; b++)
                M[(long) b * n2 + a] = k1.a[b];
        }
        for (a = 0; a < n2; a++)
            M[a] = (a % (n + 1) == 0);
        rhs[0] = 1;
        gauss(M, rhs, n2);
        memcpy(rho.a, rhs, n2 * sizeof(cplx));
        flint_free(M), flint_free(rhs);
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
    flint_rand_clear(st);
    printf("t-finite: finite-N solver against dense Lindblad, N = 1..5: worst %.2g\n", worst);
    return 0;
}
