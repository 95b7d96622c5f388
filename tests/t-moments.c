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

/* <P> = Tr(P rho) from P's action on the basis (bit S-1-s of the index is
   spin s, 0-based; up = 0): P |m> = i^ny (-1)^|m & zm| |m ^ xm>, so
   Tr(P rho) = sum_m i^ny (-1)^|m & zm| rho[m, m ^ xm].  Checked against
   moment_dense's matrix products at the start of every k = 2 run. */
static double moment_fast(const mat *rho, pauli_t P, int S)
{
    unsigned xm = 0, zm = 0;
    int s, ny = 0, n = rho->n, m;
    cplx t = 0, ph;

    for (s = 0; s < S; s++)
    {
        char c = pauli_letter(P, s + 1);
        if (c == 'x' || c == 'y')
            xm |= 1u << (S - 1 - s);
        if (c == 'z' || c == 'y')
            zm |= 1u << (S - 1 - s);
        ny += c == 'y';
    }
    for (m = 0; m < n; m++)
        t += (__builtin_popcount((unsigned) m & zm) & 1 ? -1.0 : 1.0) * rho->a[m * n + (m ^ xm)];
    ph = ny % 4 == 0 ? 1 : ny % 4 == 1 ? I : ny % 4 == 2 ? -1 : -I;
    return creal(ph * t);
}

/* d = L(rho) for Hermitian rho with products whose left factor is sparse
   (the operators): rho H = (H rho)^dag, L rho L^dag = L (L rho)^dag,
   rho L^dag L = (L^dag L rho)^dag; u[k] = L_k^dag L_k. */
static void lind_apply_herm(mat *d, const lindblad *l, const mat *u, const mat *rho)
{
    mat t, td;
    int k;

    mat_mul(&t, &l->H, rho);
    mat_dag(&td, &t);
    mat_zero(d, rho->n);
    mat_axpy(d, -I, &t);
    mat_axpy(d, I, &td);
    for (k = 0; k < l->njumps; k++)
    {
        mat_mul(&t, l->L + k, rho);
        mat_dag(&td, &t);
        mat_mul(&t, l->L + k, &td);
        mat_axpy(d, l->rate[k], &t);
        mat_mul(&t, u + k, rho);
        mat_dag(&td, &t);
        mat_axpy(d, -0.5 * l->rate[k], &t);
        mat_axpy(d, -0.5 * l->rate[k], &td);
    }
}

static const cplx *op_mat(char c)
{
    return c == 'p' ? SP : c == 'm' ? SM : pauli_mat(c);
}

/* r = s_c on spin c (1 or 2) of the two-spin cluster of site j of K */
static void cl_op(mat *r, char c, int spin, int j, int K)
{
    site_op(r, op_mat(c), 2 * j + spin - 1, 2 * K);
}

/* r = a_{spin a} b_{spin b} on the cluster of site j */
static void cl_op2(mat *r, char a, int sa, char b, int sb, int j, int K)
{
    mat t;
    cl_op(r, a, sa, j, K);
    cl_op(&t, b, sb, j, K);
    mat_mul(r, r, &t);
}

/* The same comparison for random models of two spins per site (k = 2):
   intra-cluster Hamiltonian terms, pairs of single-site operators on
   either spin (a product of the two spins as one operand), local jumps on
   either spin and one moving between them, a collective jump; N = K = 2
   (16 x 16) and 3 (64 x 64). */
static double one_model_k2(flint_rand_t st, int K, int steps)
{
    char text[2048];
    const char A = "xyz"[n_randint(st, 3)], B = "xyz"[n_randint(st, 3)],
               C = "xyz"[n_randint(st, 3)], D = "xyz"[n_randint(st, 3)],
               L = "xyz"[n_randint(st, 3)];
    const int sa = 1 + n_randint(st, 2), sb = 1 + n_randint(st, 2);
    double h[6], c1, c2, u, v, w, g1, g2, g3, g4, th[2], ph[2], worst = 0, dt = 0.01;
    model_t nb, mo;
    model_error_t err;
    derive_t d;
    static lindblad l;
    static mat rho, k1, k2, k3, k4, tmp, s1, s2, uu[16];
    static double x[1024];
    double par[8];
    fixed_rhs fx;
    cplx psi[2][2];
    char msg[256];
    int i, j, step, S = 2 * K, n = 1 << S;
    slong q;

    for (i = 0; i < 6; i++)
        h[i] = urand(st, -1, 1);
    c1 = urand(st, -2, 2), c2 = urand(st, -1, 1), u = urand(st, -1, 1), v = urand(st, -1, 1);
    w = urand(st, -1, 1), g1 = urand(st, 0, 1), g2 = urand(st, 0, 1), g3 = urand(st, 0, 2);
    g4 = urand(st, 0, 1);
    snprintf(text, sizeof text,
             "model rnd2\nsites 2\n"
             "hamiltonian %.3f*sx1 + %.3f*sz1 + %.3f*sy2 + %.3f*sz2 + %.3f*sx1*sx2"
             " + %.3f*s%c1*s%c2\n"
             "pairs %.3f/N : s%c%d s%c%d\n"
             "pairs %.3f : (s%c1*s%c2 + sz1) (s%c1*s%c2 + sz1)\n"
             "jump %.3f : %.3f*sm1 + %.3f*i*sz2\n"
             "jump %.3f : sp2\n"
             "jump %.3f : sm1*sp2\n"
             "collective %.3f/N : %.3f*sm1 + s%c2\n",
             h[0], h[1], h[2], h[3], h[4], h[5], C, D, c1, A, sa, B, sb, c2, C, D, C, D,
             g1, u, v, g2, g4, g3, w, L);
    if (model_parse(nb, "rnd2", text, strlen(text), NULL, &err))
        TEST_FAIL("parse: %d:%d: %s\n%s", err.line, err.col, err.msg, text);
    if (derive_moment_model(mo, nb, K, msg, sizeof msg))
        TEST_FAIL("moment model: %s", msg);
    if (derive_moments(d, mo, nb))
        TEST_FAIL("derive_moments failed");
    if (d->n > 1024)
        TEST_FAIL("%ld variables", (long) d->n);

    /* the same model, dense, on N = K sites of two spins */
    mat_zero(&l.H, n);
    mat_zero(&l.L[3 * K], n);
    l.njumps = 0;
    for (j = 0; j < K; j++)
    {
        cl_op(&s1, 'x', 1, j, K), mat_axpy(&l.H, h[0], &s1);
        cl_op(&s1, 'z', 1, j, K), mat_axpy(&l.H, h[1], &s1);
        cl_op(&s1, 'y', 2, j, K), mat_axpy(&l.H, h[2], &s1);
        cl_op(&s1, 'z', 2, j, K), mat_axpy(&l.H, h[3], &s1);
        cl_op2(&s1, 'x', 1, 'x', 2, j, K), mat_axpy(&l.H, h[4], &s1);
        cl_op2(&s1, C, 1, D, 2, j, K), mat_axpy(&l.H, h[5], &s1);
        for (i = 0; i < K; i++)
        {
            if (i == j)
                continue;
            cl_op(&s1, A, sa, i, K), cl_op(&s2, B, sb, j, K);
            mat_mul(&tmp, &s1, &s2), mat_axpy(&l.H, c1 / K, &tmp);
            cl_op2(&s1, C, 1, D, 2, i, K), cl_op(&tmp, 'z', 1, i, K), mat_axpy(&s1, 1, &tmp);
            cl_op2(&s2, C, 1, D, 2, j, K), cl_op(&tmp, 'z', 1, j, K), mat_axpy(&s2, 1, &tmp);
            mat_mul(&tmp, &s1, &s2), mat_axpy(&l.H, c2, &tmp);
        }
        cl_op(&s1, 'm', 1, j, K), cl_op(&s2, 'z', 2, j, K);
        mat_zero(&l.L[l.njumps], n);
        mat_axpy(&l.L[l.njumps], u, &s1), mat_axpy(&l.L[l.njumps], v * I, &s2);
        l.rate[l.njumps++] = g1;
        cl_op(&l.L[l.njumps], 'p', 2, j, K), l.rate[l.njumps++] = g2;
        cl_op2(&l.L[l.njumps], 'm', 1, 'p', 2, j, K), l.rate[l.njumps++] = g4;
        cl_op(&s1, 'm', 1, j, K), mat_axpy(&l.L[3 * K], w, &s1);
        cl_op(&s1, L, 2, j, K), mat_axpy(&l.L[3 * K], 1, &s1);
    }
    l.rate[3 * K] = g3 / K;
    l.njumps = 3 * K + 1;
    for (q = 0; q < l.njumps; q++)
    {
        mat_dag(&tmp, l.L + q);
        mat_mul(uu + q, &tmp, l.L + q);
    }

    /* a random product state: two random spin states, the same on every site */
    for (i = 0; i < 2; i++)
    {
        th[i] = urand(st, 0, 3.14159), ph[i] = urand(st, 0, 6.28318);
        psi[i][0] = cos(th[i] / 2), psi[i][1] = cexp(I * ph[i]) * sin(th[i] / 2);
    }
    mat_zero(&rho, n);
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
        {
            cplx a = 1;
            int b;
            for (b = 0; b < S; b++)    /* spin b at bit S-1-b, cluster spin b % 2 */
                a *= psi[b % 2][(i >> (S - 1 - b)) & 1] * conj(psi[b % 2][(j >> (S - 1 - b)) & 1]);
            rho.a[i * n + j] = a;
        }
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
        lind_apply_herm(&k1, &l, uu, &rho);
        tmp = rho, mat_axpy(&tmp, dt / 2, &k1), lind_apply_herm(&k2, &l, uu, &tmp);
        tmp = rho, mat_axpy(&tmp, dt / 2, &k2), lind_apply_herm(&k3, &l, uu, &tmp);
        tmp = rho, mat_axpy(&tmp, dt, &k3), lind_apply_herm(&k4, &l, uu, &tmp);
        mat_axpy(&rho, dt / 6, &k1), mat_axpy(&rho, dt / 3, &k2);
        mat_axpy(&rho, dt / 3, &k3), mat_axpy(&rho, dt / 6, &k4);

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
