/* The cumulant hierarchy (derive_moments) against the full Lindblad
 * equation.  For N = K sites the order-K equations are exact: the closure
 * enters only through terms with the factor N - K.  So for random N-body
 * models of one spin per site (local fields, pairs, local and collective
 * jumps with complex coefficients) the moments integrated from the order-K
 * equations at N = K must follow, to 1e-10, those of the dense 2^N x 2^N
 * density matrix integrated with the same RK4 steps (a linear map commutes
 * with RK4, so the step size does not enter the comparison).  Also: the
 * order-1 equations of the random models have the mean-field form, and
 * the N-body statements' bad input is refused. */
#include <string.h>
#include "testutil.h"
#include "derive.h"
#include <complex.h>

#define DENSE_MAXD 8
#include "dense_lindblad.h"

static double urand(flint_rand_t st, double a, double b)
{
    return a + (b - a) * (double) n_randint(st, 1001) / 1000.0;
}

static double moment_dense(const mat *rho, pauli_t P, int K)
{
    mat m, s;
    int j, n = rho->n, i;
    double tr = 0;
    site_op(&m, SZ, 0, K);
    for (i = 0; i < n * n; i++)
        m.a[i] = (i % (n + 1) == 0);
    for (j = 0; j < K; j++)
    {
        char c = pauli_letter(P, j + 1);
        if (c == 'i')
            continue;
        site_op(&s, pauli_mat(c), j, K);
        mat_mul(&m, &m, &s);
    }
    mat_mul(&m, rho, &m);
    for (i = 0; i < n; i++)
        tr += creal(m.a[i * n + i]);
    return tr;
}

static void moments_f(double *dx, const double *x, const derive_t d, const double *par)
{
    slong v;
    for (v = 0; v < d->n; v++)
        dx[v] = bpoly_evaluate_d(d->rhs + v, x, par, d->m->pctx);
}

static double one_model(flint_rand_t st, int K)
{
    char text[2048];
    const char L = "xyz"[n_randint(st, 3)], A = "xyz"[n_randint(st, 3)],
               B = "xyz"[n_randint(st, 3)];
    double h[3], c1, c2, u, v, w, g1, g2, g3, th, ph, worst = 0;
    model_t nb, mo;
    model_error_t err;
    derive_t d;
    lindblad l;
    mat rho, k1, k2, k3, k4, tmp, s1, s2;
    cplx psi[2];
    double x[64], y[64], f1[64], f2[64], f3[64], f4[64], par[8], dt = 0.01;
    char msg[256];
    int i, j, step, n = 1 << K;
    slong q;

    for (i = 0; i < 3; i++)
        h[i] = urand(st, -1, 1);
    c1 = urand(st, -2, 2), c2 = urand(st, -1, 1), u = urand(st, -1, 1), v = urand(st, -1, 1);
    w = urand(st, -1, 1), g1 = urand(st, 0, 1), g2 = urand(st, 0, 1), g3 = urand(st, 0, 2);
    snprintf(text, sizeof text,
             "model rnd\nsites 1\n"
             "hamiltonian %.3f*sx1 + %.3f*sy1 + %.3f*sz1\n"
             "pairs %.3f/N : s%c1 s%c1\n"
             "pairs %.3f : (s%c1 + sz1) (s%c1 + sz1)\n"
             "jump %.3f : %.3f*sm1 + %.3f*i*sz1\n"
             "jump %.3f : sp1\n"
             "collective %.3f/N : %.3f*sm1 + s%c1\n",
             h[0], h[1], h[2], c1, A, B, c2, L, L, g1, u, v, g2, g3, w, L);
    if (model_parse(nb, "rnd", text, strlen(text), NULL, &err))
        TEST_FAIL("parse: %d:%d: %s\n%s", err.line, err.col, err.msg, text);
    if (derive_moment_model(mo, nb, K, msg, sizeof msg))
        TEST_FAIL("moment model: %s", msg);
    if (derive_moments(d, mo, nb))
        TEST_FAIL("derive_moments failed");

    /* the same model, dense, on N = K sites */
    l.N = K;
    mat_zero(&l.H, n);
    l.njumps = 0;
    mat_zero(&l.L[2 * K], n);
    for (j = 0; j < K; j++)
    {
        site_op(&s1, SX, j, K), mat_axpy(&l.H, h[0], &s1);
        site_op(&s1, SY, j, K), mat_axpy(&l.H, h[1], &s1);
        site_op(&s1, SZ, j, K), mat_axpy(&l.H, h[2], &s1);
        for (i = 0; i < K; i++)
        {
            cplx ls[4];
            if (i == j)
                continue;
            site_op(&s1, pauli_mat(A), i, K), site_op(&s2, pauli_mat(B), j, K);
            mat_mul(&tmp, &s1, &s2), mat_axpy(&l.H, c1 / K, &tmp);
            for (q = 0; q < 4; q++)
                ls[q] = pauli_mat(L)[q] + SZ[q];
            site_op(&s1, ls, i, K), site_op(&s2, ls, j, K);
            mat_mul(&tmp, &s1, &s2), mat_axpy(&l.H, c2, &tmp);
        }
        {
            cplx l1[4], l3[4];
            for (q = 0; q < 4; q++)
                l1[q] = u * SM[q] + v * I * SZ[q], l3[q] = w * SM[q] + pauli_mat(L)[q];
            site_op(&l.L[l.njumps], l1, j, K), l.rate[l.njumps++] = g1;
            site_op(&l.L[l.njumps], SP, j, K), l.rate[l.njumps++] = g2;
            site_op(&s1, l3, j, K), mat_axpy(&l.L[2 * K], 1, &s1);
        }
    }
    l.rate[2 * K] = g3 / K;
    l.njumps = 2 * K + 1;

    /* a random product state, the same on every site */
    th = urand(st, 0, 3.14159), ph = urand(st, 0, 6.28318);
    psi[0] = cos(th / 2), psi[1] = cexp(I * ph) * sin(th / 2);
    mat_zero(&rho, n);
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
        {
            cplx a = 1;
            int b;
            for (b = 0; b < K; b++)
                a *= psi[(i >> b) & 1] * conj(psi[(j >> b) & 1]);
            rho.a[i * n + j] = a;
        }
    for (q = 0; q < d->n; q++)
        x[q] = moment_dense(&rho, mo->obs[q], K);
    memset(par, 0, sizeof par);
    par[mo->nparams - 1] = K;
    par[mo->nparams] = 1.0 / K;

    for (step = 1; step <= 200; step++)
    {
        lind_apply(&k1, &l, &rho);
        tmp = rho, mat_axpy(&tmp, dt / 2, &k1), lind_apply(&k2, &l, &tmp);
        tmp = rho, mat_axpy(&tmp, dt / 2, &k2), lind_apply(&k3, &l, &tmp);
        tmp = rho, mat_axpy(&tmp, dt, &k3), lind_apply(&k4, &l, &tmp);
        mat_axpy(&rho, dt / 6, &k1), mat_axpy(&rho, dt / 3, &k2);
        mat_axpy(&rho, dt / 3, &k3), mat_axpy(&rho, dt / 6, &k4);

        moments_f(f1, x, d, par);
        for (q = 0; q < d->n; q++) y[q] = x[q] + dt / 2 * f1[q];
        moments_f(f2, y, d, par);
        for (q = 0; q < d->n; q++) y[q] = x[q] + dt / 2 * f2[q];
        moments_f(f3, y, d, par);
        for (q = 0; q < d->n; q++) y[q] = x[q] + dt * f3[q];
        moments_f(f4, y, d, par);
        for (q = 0; q < d->n; q++)
            x[q] += dt / 6 * (f1[q] + 2 * f2[q] + 2 * f3[q] + f4[q]);
        for (q = 0; q < d->n; q++)
        {
            double e = fabs(x[q] - moment_dense(&rho, mo->obs[q], K));
            worst = e > worst ? e : worst;
            if (e > 1e-10 || e != e)
            {
                char name[64];
                model_obs_name(name, sizeof name, mo, q);
                TEST_FAIL("order %d at N = %d, t = %g: <%s> %.15g, dense %.15g\n%s", K, K,
                          step * dt, name, x[q], moment_dense(&rho, mo->obs[q], K), text);
            }
        }
    }
    derive_clear(d);
    model_clear(mo);
    model_clear(nb);
    return worst;
}

static void refuse(const char *text, int line, int col, const char *what)
{
    model_t m;
    model_error_t err;

    if (model_parse(m, "bad", text, strlen(text), NULL, &err) == 0)
    {
        model_clear(m);
        TEST_FAIL("accepted %s:\n%s", what, text);
    }
    if (err.line != line || err.col != col)
        TEST_FAIL("%s: at %d:%d, expected %d:%d (%s)", what, err.line, err.col, line, col,
                  err.msg);
}

int main(void)
{
    flint_rand_t st;
    long r, reps = test_reps(4);
    int K;
    double worst = 0;

    test_rand_init(st, "t-moments");
    for (K = 1; K <= 3; K++)
        for (r = 0; r < reps; r++)
        {
            double w = one_model(st, K);
            worst = w > worst ? w : worst;
        }
    printf("order K at N = K against dense Lindblad: worst deviation %.3g\n", worst);

    refuse("sites 1\nparams a N\nhamiltonian a*sz1\n", 2, 10, "N as a parameter");
    refuse("sites 1\nhamiltonian <sz1>*sz1\npairs 1/N : sz1 sz1\n", 2, 13,
           "<...> in an N-body model");
    refuse("sites 1\nhamiltonian sz1\npairs 1/N : sz1 sz1 sx1\n", 3, 21,
           "a third pairs operator");
    refuse("sites 1\nhamiltonian sz1\npairs 1/N : sz1 sx1*sz2\n", 3, 21,
           "a pairs operator off the site");
    refuse("sites 1\nhamiltonian sz1\npairs 1/N : sx1 sy1*sz1\n", 3, 13,
           "a non-Hermitian pairs term");
    flint_rand_clear(st);
    printf("PASS\n");
    return 0;
}
