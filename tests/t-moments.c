/* The cumulant hierarchy (derive_moments) against the full Lindblad
 * equation.  For N = K sites the order-K equations are exact: the closure
 * enters only through terms with the factor N - K.  So for random N-body
 * models of one spin per site (local fields, pairs, local and collective
 * jumps with complex coefficients) the moments integrated from the order-K
 * equations at N = K must follow, to 1e-10, those of the dense 2^N x 2^N
 * density matrix integrated with the same RK4 steps (a linear map commutes
 * with RK4, so the step size does not enter the comparison).  The same for
 * random models of two spins per site (k = 2) at N = K = 2 (16 x 16) and
 * N = K = 3 (64 x 64, 815 moments).  Also: the
 * order-1 equations of the random models have the mean-field form, and
 * the N-body statements' bad input is refused. */
#include <stdlib.h>
#include <string.h>
#include "testutil.h"
#include "derive.h"
#include <complex.h>

#define DENSE_MAXD 64
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

/* The equations at fixed parameters, coefficients evaluated once (the
   k = 2, K = 3 system has 815 equations; fmpq_mpoly_evaluate_d per term
   and step dominated the run) */
typedef struct
{
    slong nterms;
    slong *start;          /* d->n + 1 offsets */
    double *c;
    const bmono_t **mono;
} fixed_rhs;

static void fixed_init(fixed_rhs *f, const derive_t d, const double *par)
{
    slong v, q, t = 0;
    bmono_t one;
    bpoly_t b;

    bmono_one(&one);
    bpoly_init(b, d->m->pctx);
    f->nterms = 0;
    for (v = 0; v < d->n; v++)
        f->nterms += d->rhs[v].length;
    f->start = flint_malloc((d->n + 1) * sizeof(slong));
    f->c = flint_malloc((f->nterms + 1) * sizeof(double));
    f->mono = flint_malloc((f->nterms + 1) * sizeof(bmono_t *));
    for (v = 0; v < d->n; v++)
    {
        f->start[v] = t;
        for (q = 0; q < d->rhs[v].length; q++, t++)
        {
            bpoly_zero(b, d->m->pctx);
            bpoly_add_term(b, &one, d->rhs[v].coeff + q, d->m->pctx);
            f->c[t] = bpoly_evaluate_d(b, NULL, par, d->m->pctx);
            f->mono[t] = d->rhs[v].mono + q;
        }
    }
    f->start[d->n] = t;
    bpoly_clear(b, d->m->pctx);
}

static void fixed_clear(fixed_rhs *f)
{
    flint_free(f->start), flint_free(f->c), flint_free(f->mono);
}

static void fixed_f(double *dx, const double *x, slong n, const fixed_rhs *f)
{
    slong v, t;
    int j;

    for (v = 0; v < n; v++)
    {
        double sum = 0;
        for (t = f->start[v]; t < f->start[v + 1]; t++)
        {
            double a = f->c[t];
            for (j = 0; j < f->mono[t]->deg; j++)
                a *= x[f->mono[t]->var[j]];
            sum += a;
        }
        dx[v] = sum;
    }
}

/* one RK4 step of the moment equations */
static void moments_rk4(double *x, slong n, double dt, const fixed_rhs *f)
{
    double *k = flint_malloc(5 * (n + 1) * sizeof(double)), *y = k + 4 * (n + 1);
    slong q;
    int s;

    for (s = 0; s < 4; s++)
    {
        double *ks = k + s * (n + 1), h = s == 0 ? 0 : s == 3 ? dt : dt / 2;
        for (q = 0; q < n; q++)
            y[q] = x[q] + h * (s == 0 ? 0 : ks[q - (n + 1)]);
        fixed_f(ks, y, n, f);
    }
    for (q = 0; q < n; q++)
        x[q] += dt / 6 * (k[q] + 2 * k[q + n + 1] + 2 * k[q + 2 * (n + 1)] + k[q + 3 * (n + 1)]);
    flint_free(k);
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
    mat rho;
    cplx psi[2];
    double x[64], par[8], dt = 0.01;
    fixed_rhs fx;
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
    fixed_init(&fx, d, par);

    for (step = 1; step <= 200; step++)
    {
        lind_rk4_step(&rho, &l, dt);

        moments_rk4(x, d->n, dt, &fx);
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
    fixed_clear(&fx);
    derive_clear(d);
    model_clear(mo);
    model_clear(nb);
    return worst;
}

/* <P> = Tr(P rho) from P's action on the basis (dense_pauli_trace; bit
   S-1-s of the index is spin s, 0-based).  Checked against moment_dense's
   matrix products at the start of every k = 2 run. */
static double moment_fast(const mat *rho, pauli_t P, int S)
{
    unsigned xm = 0, zm = 0;
    int s, ny = 0;

    for (s = 0; s < S; s++)
    {
        char c = pauli_letter(P, s + 1);
        if (c == 'x' || c == 'y')
            xm |= 1u << (S - 1 - s);
        if (c == 'z' || c == 'y')
            zm |= 1u << (S - 1 - s);
        ny += c == 'y';
    }
    return dense_pauli_trace(rho, xm, zm, ny);
}

/* The same comparison for random models of two spins per site (k = 2,
   rnd_nbody2): N = K = 2 (16 x 16) and 3 (64 x 64). */
static double one_model_k2(flint_rand_t st, int K, int steps)
{
    char text[2048];
    rnd_nbody2 rm;
    double worst = 0, dt = 0.01;
    model_t nb, mo;
    model_error_t err;
    derive_t d;
    static lindblad l;
    static mat rho, uu[16];
    static double x[1024];
    double par[8];
    fixed_rhs fx;
    cplx psi[2][2];
    char msg[256];
    int step, S = 2 * K;
    slong q;

    rnd_nbody2_draw(&rm, text, sizeof text, st);
    if (model_parse(nb, "rnd2", text, strlen(text), NULL, &err))
        TEST_FAIL("parse: %d:%d: %s\n%s", err.line, err.col, err.msg, text);
    if (derive_moment_model(mo, nb, K, msg, sizeof msg))
        TEST_FAIL("moment model: %s", msg);
    if (derive_moments(d, mo, nb))
        TEST_FAIL("derive_moments failed");
    if (d->n > 1024)
        TEST_FAIL("%ld variables", (long) d->n);

    /* the same model, dense, on N = K sites of two spins */
    rnd_nbody2_lindblad(&l, uu, &rm, K);

    rnd_nbody2_product(&rho, psi, K, st);
    for (q = 0; q < d->n; q++)
    {
        x[q] = moment_fast(&rho, mo->obs[q], S);
        if (q % 7 == 0 && fabs(x[q] - moment_dense(&rho, mo->obs[q], S)) > 1e-12)
            TEST_FAIL("moment_fast against moment_dense: %.15g %.15g", x[q],
                      moment_dense(&rho, mo->obs[q], S));
    }
    memset(par, 0, sizeof par);
    par[mo->nparams - 1] = K;
    par[mo->nparams] = 1.0 / K;
    fixed_init(&fx, d, par);

    for (step = 1; step <= steps; step++)
    {
        lind_rk4_step_herm(&rho, &l, uu, dt);

        moments_rk4(x, d->n, dt, &fx);
        for (q = 0; q < d->n; q++)
        {
            double e = fabs(x[q] - moment_fast(&rho, mo->obs[q], S));
            worst = e > worst ? e : worst;
            if (e > 1e-10 || e != e)
            {
                char name[64];
                model_obs_name(name, sizeof name, mo, q);
                TEST_FAIL("k = 2, order %d at N = %d, t = %g: <%s> %.15g, dense %.15g\n%s", K,
                          K, step * dt, name, x[q], moment_fast(&rho, mo->obs[q], S), text);
            }
        }
    }
    fixed_clear(&fx);
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
    /* k = 2: K = 2 (16 x 16) and K = 3 (64 x 64, 815 moments; fewer
       steps in the sanitizer pass) */
    worst = 0;
    for (K = 2; K <= 3; K++)
        for (r = 0; r < (K == 2 ? reps : (reps + 1) / 2); r++)
        {
            double w = one_model_k2(st, K, K == 3 && getenv("BLOCHGEN_SECOND_PASS") ? 40 : 100);
            worst = w > worst ? w : worst;
        }
    printf("k = 2, order K at N = K against dense Lindblad: worst deviation %.3g\n", worst);

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
