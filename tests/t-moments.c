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
#include "rnd_nbody.h"


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
    rnd_nbody rm;
    double worst = 0;
    model_t nb, mo;
    model_error_t err;
    derive_t d;
    lindblad l;
    mat rho, k1, k2, k3, k4, tmp;
    cplx psi[2];
    double x[64], y[64], f1[64], f2[64], f3[64], f4[64], par[8], dt = 0.01;
    char msg[256];
    int step;
    slong q;

    rnd_nbody_draw(&rm, text, sizeof text, st);
    if (model_parse(nb, "rnd", text, strlen(text), NULL, &err))
        TEST_FAIL("parse: %d:%d: %s\n%s", err.line, err.col, err.msg, text);
    if (derive_moment_model(mo, nb, K, msg, sizeof msg))
        TEST_FAIL("moment model: %s", msg);
    if (derive_moments(d, mo, nb))
        TEST_FAIL("derive_moments failed");

    /* the same model, dense, on N = K sites */
    rnd_nbody_lindblad(&l, &rm, K);

    rnd_nbody_product(&rho, psi, K, st);
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
