/* num_gmres: random dense nonsymmetric systems of known condition number
 * (n = 1..60), each answer checked against GSL's LU solve to cond * tol
 * and the reported residual against the test's own long-double b - A x;
 * exact-inverse, Jacobi and a variable (random-sweep Gauss-Seidel)
 * preconditioner; GMRES(1..5) on matrices with a positive definite
 * symmetric part; the cyclic shift, on which GMRES(m < n) stagnates; the
 * iteration cap; every callback failure and NaN by call number; b = 0; a
 * singular operator; a start at the solution.  Every run checks the exact
 * count of products: 1 (initial residual) + iters (Krylov) + cycles (the
 * residual recomputed after each cycle), and one preconditioner call per
 * Krylov product. */
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_linalg.h>
#include "testutil.h"
#include "num.h"

#define NMAX 60

enum { PREC_NONE, PREC_EXACT, PREC_JACOBI, PREC_GS };

typedef struct
{
    int n;
    double A[NMAX * NMAX];      /* row-major */
    double lubuf[NMAX * NMAX];
    gsl_matrix_view luv;
    gsl_matrix *LU;             /* the exact-inverse preconditioner (GSL's LU) */
    gsl_permutation *perm;
    int prec_kind;
    unsigned long long rng;     /* the variable preconditioner's own stream */
    long op_calls, prec_calls;
    long op_fail_at, op_nan_at, prec_fail_at, prec_nan_at;   /* call number; 0: never */
} sys_t;

static int op(double *y, const double *x, void *ctx)
{
    sys_t *s = ctx;
    int n = s->n;
    if (++s->op_calls == s->op_fail_at)
        return 1;
    for (int i = 0; i < n; i++)
    {
        double t = 0;
        for (int j = 0; j < n; j++)
            t += s->A[i * n + j] * x[j];
        y[i] = t;
    }
    if (s->op_calls == s->op_nan_at)
        y[n / 2] = NAN;
    return 0;
}

static unsigned long long xorshift(unsigned long long *r)
{
    *r ^= *r << 13, *r ^= *r >> 7, *r ^= *r << 17;
    return *r;
}

static int prec(double *y, const double *x, void *ctx)
{
    sys_t *s = ctx;
    int n = s->n;
    if (++s->prec_calls == s->prec_fail_at)
        return 1;
    if (s->prec_kind == PREC_EXACT)
    {
        gsl_vector_const_view xv = gsl_vector_const_view_array(x, n);
        gsl_vector_view yv = gsl_vector_view_array(y, n);
        if (gsl_linalg_LU_solve(s->LU, s->perm, &xv.vector, &yv.vector))
            return 1;
    }
    else if (s->prec_kind == PREC_JACOBI)
        for (int i = 0; i < n; i++)
            y[i] = x[i] / s->A[i * n + i];
    else
    {
        /* 1 to 3 Gauss-Seidel sweeps from 0, rows in a fresh random order:
           a different M^-1 at every call */
        int sweeps = 1 + (int) (xorshift(&s->rng) % 3), ord[NMAX];
        for (int i = 0; i < n; i++)
            ord[i] = i, y[i] = 0;
        for (int i = n - 1; i > 0; i--)
        {
            int k = (int) (xorshift(&s->rng) % (unsigned) (i + 1)), t = ord[i];
            ord[i] = ord[k], ord[k] = t;
        }
        for (int sw = 0; sw < sweeps; sw++)
            for (int q = 0; q < n; q++)
            {
                int i = ord[q];
                double t = x[i];
                for (int j = 0; j < n; j++)
                    if (j != i)
                        t -= s->A[i * n + j] * y[j];
                y[i] = t / s->A[i * n + i];
            }
    }
    if (s->prec_calls == s->prec_nan_at)
        y[0] = NAN;
    return 0;
}

static double unif(flint_rand_t st)     /* [-1, 1] */
{
    return 2.0 * (double) n_randint(st, 1000001) / 1000000 - 1;
}

/* diagonally dominant: entries of size 1/sqrt(n), diagonal +-(2..3) */
static void gen_dd(sys_t *s, flint_rand_t st)
{
    int n = s->n;
    for (int i = 0; i < n * n; i++)
        s->A[i] = unif(st) / sqrt(n);
    for (int i = 0; i < n; i++)
        s->A[i * n + i] += (n_randint(st, 2) ? 1 : -1) * (2.5 + 0.5 * unif(st));
}

static void rand_orth(gsl_matrix *Q, flint_rand_t st)
{
    int n = (int) Q->size1;
    gsl_matrix *M = gsl_matrix_alloc(n, n), *R = gsl_matrix_alloc(n, n);
    gsl_vector *tau = gsl_vector_alloc(n);
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++)
            gsl_matrix_set(M, i, j, unif(st));
    gsl_linalg_QR_decomp(M, tau);
    gsl_linalg_QR_unpack(M, tau, Q, R);
    gsl_matrix_free(M), gsl_matrix_free(R), gsl_vector_free(tau);
}

/* A = Q1 diag(sigma) Q2^T, sigma log-spaced from 1 down to 1/kappa */
static void gen_svd(sys_t *s, double kappa, flint_rand_t st)
{
    int n = s->n;
    gsl_matrix *Q1 = gsl_matrix_alloc(n, n), *Q2 = gsl_matrix_alloc(n, n);
    rand_orth(Q1, st), rand_orth(Q2, st);
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++)
        {
            double t = 0;
            for (int k = 0; k < n; k++)
                t += gsl_matrix_get(Q1, i, k) * pow(kappa, n > 1 ? -(double) k / (n - 1) : 0) *
                     gsl_matrix_get(Q2, j, k);
            s->A[i * n + j] = t;
        }
    gsl_matrix_free(Q1), gsl_matrix_free(Q2);
}

/* I + K + E: K skew (size `skew`), E symmetric and small: the symmetric
   part is positive definite, so GMRES(m) converges for every m */
static void gen_pd(sys_t *s, double skew, flint_rand_t st)
{
    int n = s->n;
    for (int i = 0; i < n; i++)
        for (int j = 0; j <= i; j++)
        {
            double k = skew * unif(st) / sqrt(n), e = 0.3 * unif(st) / sqrt(n);
            s->A[i * n + j] = (i == j ? 1 : k) + e;
            s->A[j * n + i] = (i == j ? 1 : -k) + e;
        }
}

/* x = A^-1 b by GSL's LU (also kept as the exact preconditioner); returns
   the 2-norm condition number (GSL's SVD) */
static double reference(sys_t *s, double *x, const double *b)
{
    int n = s->n;
    gsl_matrix *U = gsl_matrix_alloc(n, n), *V = gsl_matrix_alloc(n, n);
    gsl_vector *S = gsl_vector_alloc(n), *w = gsl_vector_alloc(n);
    gsl_vector_const_view bv = gsl_vector_const_view_array(b, n);
    gsl_vector_view xv = gsl_vector_view_array(x, n);
    int sg;
    double cond;

    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++)
            gsl_matrix_set(s->LU, i, j, s->A[i * n + j]);
    gsl_matrix_memcpy(U, s->LU);
    if (gsl_linalg_LU_decomp(s->LU, s->perm, &sg) ||
        gsl_linalg_LU_solve(s->LU, s->perm, &bv.vector, &xv.vector))
        TEST_FAIL("GSL LU failed at n = %d", n);
    gsl_linalg_SV_decomp(U, V, S, w);
    cond = gsl_vector_get(S, 0) / gsl_vector_get(S, n - 1);
    gsl_matrix_free(U), gsl_matrix_free(V), gsl_vector_free(S), gsl_vector_free(w);
    return cond;
}

/* |b - A x| / |b| (|b| = 0: the absolute residual) in long double; *slack
   bounds how far a double evaluation (num_gmres's own) may be from it */
static double true_resid(const sys_t *s, const double *x, const double *b, double *slack)
{
    int n = s->n;
    long double rr = 0, ee = 0, bb = 0;
    for (int i = 0; i < n; i++)
    {
        long double r = b[i], e = fabs(b[i]);
        for (int j = 0; j < n; j++)
        {
            long double p = (long double) s->A[i * n + j] * x[j];
            r -= p, e += fabsl(p);
        }
        rr += r * r, ee += e * e, bb += (long double) b[i] * b[i];
    }
    bb = bb > 0 ? sqrtl(bb) : 1;
    *slack = (double) ((n + 3) * DBL_EPSILON * (sqrtl(ee) + sqrtl(rr)) / bb);
    return (double) (sqrtl(rr) / bb);
}

static double rel_err(const double *x, const double *y, int n)
{
    double d = 0, m = 0;
    for (int i = 0; i < n; i++)
        d += (x[i] - y[i]) * (x[i] - y[i]), m += y[i] * y[i];
    return sqrt(d / m);
}

static void reset(sys_t *s)
{
    s->op_calls = s->prec_calls = 0;
    s->op_fail_at = s->op_nan_at = s->prec_fail_at = s->prec_nan_at = 0;
}

static int set_n(sys_t *s, int n)
{
    s->n = n;
    s->luv = gsl_matrix_view_array(s->lubuf, n, n);
    s->LU = &s->luv.matrix;
    if (s->perm)
        gsl_permutation_free(s->perm);
    s->perm = gsl_permutation_alloc(n);
    return n;
}

static int fails;
static double max_err_ratio, max_resid_gap;

/* the checks every run without a failing callback must pass */
static void check_run(const char *what, long rep, sys_t *s, int st, const num_gmres_info_t *gi,
                      const num_gmres_opts_t *o, const double *x, const double *b)
{
    double slack, r = true_resid(s, x, b, &slack);
    TEST_CHECK(fails, fabs(r - gi->resid) <= slack,
               "%s %ld: resid %.3g reported, %.3g true (slack %.2g)", what, rep, gi->resid, r,
               slack);
    max_resid_gap = fmax(max_resid_gap, fabs(r - gi->resid));
    TEST_CHECK(fails, s->op_calls == 1 + gi->iters + gi->cycles,
               "%s %ld: %ld products, iters %d + cycles %d + 1", what, rep, s->op_calls, gi->iters,
               gi->cycles);
    TEST_CHECK(fails, s->prec_calls == (s->prec_kind == PREC_NONE ? 0 : gi->iters),
               "%s %ld: %ld preconditioner calls, iters %d", what, rep, s->prec_calls, gi->iters);
    TEST_CHECK(fails, gi->iters <= o->maxit && gi->cycles <= gi->iters,
               "%s %ld: iters %d cycles %d maxit %d", what, rep, gi->iters, gi->cycles, o->maxit);
    TEST_CHECK(fails, (st == NUM_OK) == (r <= o->tol + slack), "%s %ld: status %s, true resid %.3g",
               what, rep, num_status_str(st), r);
}

/* a converged answer against LU's: |x - x*| / |x*| <= cond |b - A x| / |b|,
   and LU's own error, cond n eps */
static void check_answer(const char *what, long rep, sys_t *s, const double *x,
                         const double *xref, const double *b, double cond)
{
    double slack, r = true_resid(s, x, b, &slack), e = rel_err(x, xref, s->n);
    double bound = cond * (r + 10 * s->n * DBL_EPSILON);
    TEST_CHECK(fails, e <= bound, "%s %ld: n %d cond %.3g error %.3g > %.3g", what, rep, s->n, cond,
               e, bound);
    max_err_ratio = fmax(max_err_ratio, e / bound);
}

int main(void)
{
    flint_rand_t st;
    sys_t *s = calloc(1, sizeof(sys_t));
    double x[NMAX], x0[NMAX], xref[NMAX], b[NMAX];
    num_linop_t pb = {0, op, NULL, s};
    num_gmres_opts_t o;
    num_gmres_info_t gi;
    long reps = test_reps(150), k, cases = 0;
    double max_err1 = 0, max_cond = 0, t0 = (double) clock() / CLOCKS_PER_SEC;
    int stt, n;

    test_rand_init(st, "t-gmres");
    gsl_set_error_handler_off();

#define SETN(nn) (pb.n = set_n(s, (nn)))

    /* 1. dense systems, no preconditioner, full GMRES (restart >= n): NUM_OK
       and LU's answer to cond * tol */
    for (k = 0; k < reps; k++)
    {
        double cond;
        n = 1 + (int) n_randint(st, NMAX);
        SETN(n);
        if (k % 2)
            gen_dd(s, st);
        else
            gen_svd(s, pow(10, 3 * (double) n_randint(st, 1001) / 1000), st);
        for (int i = 0; i < n; i++)
            b[i] = unif(st), x0[i] = k % 4 < 2 ? 0 : unif(st);
        cond = reference(s, xref, b);
        max_cond = fmax(max_cond, cond);
        o.restart = n + (int) n_randint(st, 4), o.maxit = 4 * n + 10, o.tol = 1e-12;
        s->prec_kind = PREC_NONE, pb.prec = NULL;
        memcpy(x, x0, n * sizeof(double));
        reset(s);
        stt = num_gmres(x, &gi, &pb, b, &o);
        TEST_CHECK(fails, stt == NUM_OK, "dense %ld: n %d cond %.3g status %s resid %.3g iters %d",
                   k, n, cond, num_status_str(stt), gi.resid, gi.iters);
        check_run("dense", k, s, stt, &gi, &o, x, b);
        check_answer("dense", k, s, x, xref, b, cond);
        max_err1 = fmax(max_err1, rel_err(x, xref, n));
    }
    cases += reps;

    /* 2. preconditioners on diagonally dominant systems: the exact inverse
       (one product, one residual check), Jacobi, and a preconditioner that
       changes at every call (flexible GMRES: still the right answer, in
       one cycle of n) */
    for (k = 0; k < reps; k++)
    {
        double cond;
        n = 1 + (int) n_randint(st, NMAX);
        SETN(n);
        if (k % 3 == 0 && n > 1)
            gen_svd(s, pow(10, 2 * (double) n_randint(st, 1001) / 1000), st);
        else
            gen_dd(s, st);
        for (int i = 0; i < n; i++)
            b[i] = unif(st);
        cond = reference(s, xref, b);
        pb.prec = prec;
        for (int kind = PREC_EXACT; kind <= PREC_GS; kind++)
        {
            const char *what = kind == PREC_EXACT    ? "exact M"
                               : kind == PREC_JACOBI ? "Jacobi"
                                                     : "variable M";
            if (kind != PREC_EXACT && k % 3 == 0 && n > 1)
                continue;       /* no diagonal to lean on */
            s->prec_kind = kind;
            s->rng = 0x9e3779b97f4a7c15ULL ^ (unsigned long long) k;
            o.restart = n + 1, o.maxit = 4 * n + 10, o.tol = 1e-12;
            memset(x, 0, n * sizeof(double));
            reset(s);
            stt = num_gmres(x, &gi, &pb, b, &o);
            TEST_CHECK(fails, stt == NUM_OK, "%s %ld: n %d status %s resid %.3g iters %d", what, k,
                       n, num_status_str(stt), gi.resid, gi.iters);
            check_run(what, k, s, stt, &gi, &o, x, b);
            check_answer(what, k, s, x, xref, b, cond);
            if (kind == PREC_EXACT)
                TEST_CHECK(fails, gi.iters == 1 && gi.cycles == 1 && s->op_calls == 3,
                           "exact M %ld: n %d iters %d cycles %d products %ld", k, n, gi.iters,
                           gi.cycles, s->op_calls);
            if (kind == PREC_GS)
                TEST_CHECK(fails, gi.cycles == 1, "variable M %ld: n %d %d cycles", k, n,
                           gi.cycles);
        }
    }
    cases += reps;

    /* 3. GMRES(1..5) on positive definite symmetric part: converges over
       several cycles; then the same system capped before its last cycle:
       NUM_NO_CONVERGENCE with exactly maxit products in
       ceil(maxit / restart) cycles */
    for (k = 0; k < reps / 3; k++)
    {
        double cond;
        int used;
        n = 6 + (int) n_randint(st, 25);
        SETN(n);
        gen_pd(s, 1 + 2 * fabs(unif(st)), st);
        for (int i = 0; i < n; i++)
            b[i] = unif(st), x0[i] = k % 2 ? unif(st) : 0;
        cond = reference(s, xref, b);
        s->prec_kind = k % 3 == 2 ? PREC_JACOBI : PREC_NONE;
        pb.prec = s->prec_kind == PREC_NONE ? NULL : prec;
        o.restart = 1 + (int) n_randint(st, 5), o.maxit = 100000, o.tol = 1e-10;
        memcpy(x, x0, n * sizeof(double));
        reset(s);
        stt = num_gmres(x, &gi, &pb, b, &o);
        TEST_CHECK(fails, stt == NUM_OK && gi.cycles > 1,
                   "restart %d, %ld: n %d status %s resid %.3g iters %d cycles %d", o.restart, k, n,
                   num_status_str(stt), gi.resid, gi.iters, gi.cycles);
        check_run("small restart", k, s, stt, &gi, &o, x, b);
        check_answer("small restart", k, s, x, xref, b, cond);

        /* a cap inside the last cycle may already meet tol (that cycle's
           estimate fell below tol before the 0.5 tol that stops it), so
           the cap lies in an earlier cycle, each of which ended above tol */
        used = gi.iters;
        o.maxit = 1 + (int) n_randint(st, (ulong) (gi.cycles - 1) * o.restart);
        memcpy(x, x0, n * sizeof(double));
        reset(s);
        stt = num_gmres(x, &gi, &pb, b, &o);
        TEST_CHECK(fails, stt == NUM_NO_CONVERGENCE && gi.iters == o.maxit &&
                   gi.cycles == (o.maxit + o.restart - 1) / o.restart,
                   "cap %ld: maxit %d restart %d (needed %d): status %s iters %d cycles %d", k,
                   o.maxit, o.restart, used, num_status_str(stt), gi.iters, gi.cycles);
        check_run("cap", k, s, stt, &gi, &o, x, b);
    }
    cases += 2 * (reps / 3);

    /* 4. the cyclic shift (A e_i = e_i+1, A e_n = e_1), b = e_1, x = 0:
       A K_m is orthogonal to b for m < n, so GMRES(m < n) cannot move:
       stagnation after one cycle, x still 0; GMRES(n) reaches e_n */
    for (k = 0; k < reps / 3; k++)
    {
        n = 2 + (int) n_randint(st, NMAX - 1);
        SETN(n);
        memset(s->A, 0, sizeof(s->A));
        for (int i = 0; i < n; i++)
            s->A[i * n + (i + n - 1) % n] = 1, b[i] = i == 0, xref[i] = i == n - 1;
        s->prec_kind = PREC_NONE, pb.prec = NULL;
        o.restart = 1 + (int) n_randint(st, (ulong) n - 1);
        o.maxit = 1 + (int) n_randint(st, 3 * n), o.tol = 1e-12;
        memset(x, 0, n * sizeof(double));
        reset(s);
        stt = num_gmres(x, &gi, &pb, b, &o);
        TEST_CHECK(fails, stt == NUM_NO_CONVERGENCE && gi.cycles == 1 &&
                   gi.iters == (o.maxit < o.restart ? o.maxit : o.restart) && gi.resid == 1,
                   "shift %ld: n %d restart %d maxit %d: status %s iters %d cycles %d resid %g", k,
                   n, o.restart, o.maxit, num_status_str(stt), gi.iters, gi.cycles, gi.resid);
        for (int i = 0; i < n; i++)
            TEST_CHECK(fails, x[i] == 0, "shift %ld: x[%d] = %g", k, i, x[i]);
        check_run("shift", k, s, stt, &gi, &o, x, b);

        o.restart = n + (int) n_randint(st, 3), o.maxit = n;
        memset(x, 0, n * sizeof(double));
        reset(s);
        stt = num_gmres(x, &gi, &pb, b, &o);
        TEST_CHECK(fails, stt == NUM_OK && gi.iters == n && gi.cycles == 1 &&
                   rel_err(x, xref, n) <= 1e-14,
                   "shift, full %ld: n %d status %s iters %d error %.3g", k, n, num_status_str(stt),
                   gi.iters, rel_err(x, xref, n));
        check_run("shift, full", k, s, stt, &gi, &o, x, b);
    }
    cases += 2 * (reps / 3);

    /* 5. callbacks failing or returning NaN at each call of a run of
       several cycles: NUM_FAILED / NUM_NOT_FINITE, no call after it, and
       info->resid the true residual of the returned x or NaN (when the
       residual itself could not be computed), never anything else */
    for (k = 0; k < (reps + 29) / 30; k++)
    {
        long total_op, total_prec, c;
        double slack, r0;
        n = 8 + (int) n_randint(st, 8);
        SETN(n);
        gen_pd(s, 2, st);
        for (int i = 0; i < n; i++)
            b[i] = unif(st), x0[i] = unif(st);
        s->prec_kind = PREC_JACOBI, pb.prec = prec;
        o.restart = 2 + (int) n_randint(st, 2), o.maxit = 10000, o.tol = 1e-10;
        memcpy(x, x0, n * sizeof(double));
        reset(s);
        stt = num_gmres(x, &gi, &pb, b, &o);
        if (stt != NUM_OK || gi.cycles < 3)
            TEST_FAIL("failure base %ld: status %s cycles %d", k, num_status_str(stt), gi.cycles);
        total_op = s->op_calls, total_prec = s->prec_calls;
        r0 = true_resid(s, x0, b, &slack);
        for (int what = 0; what < 4; what++)
            for (c = 1; c <= (what < 2 ? total_op : total_prec); c++)
            {
                int want = what % 2 ? NUM_NOT_FINITE : NUM_FAILED;
                double r;
                memcpy(x, x0, n * sizeof(double));
                reset(s);
                if (what == 0)
                    s->op_fail_at = c;
                else if (what == 1)
                    s->op_nan_at = c;
                else if (what == 2)
                    s->prec_fail_at = c;
                else
                    s->prec_nan_at = c;
                gi.resid = -12345;
                stt = num_gmres(x, &gi, &pb, b, &o);
                r = true_resid(s, x, b, &slack);
                TEST_CHECK(fails, stt == want, "callback %d at call %ld: status %s", what, c,
                           num_status_str(stt));
                TEST_CHECK(fails, (what < 2 ? s->op_calls : s->prec_calls) == c,
                           "callback %d at call %ld: %ld/%ld calls made", what, c, s->op_calls,
                           s->prec_calls);
                /* a preconditioner never computes the residual: it must be known */
                TEST_CHECK(fails, (what < 2 && isnan(gi.resid)) || fabs(gi.resid - r) <= slack,
                           "callback %d at call %ld: resid %.6g reported, true %.6g", what, c,
                           gi.resid, r);
                TEST_CHECK(fails, r <= r0 + slack,
                           "callback %d at call %ld: x worse than x0 (%.3g > %.3g)", what, c, r,
                           r0);
                if (what < 2 && c == 1)
                    TEST_CHECK(fails, memcmp(x, x0, n * sizeof(double)) == 0,
                               "callback %d at call 1: x moved", what);
                cases++;
            }
    }

    /* b = 0: from x = 0, x = 0 at once; from elsewhere the tolerance is
       absolute, |A x| <= tol, and resid is |A x| */
    n = 20;
    SETN(n);
    gen_dd(s, st);
    memset(b, 0, sizeof(b));
    s->prec_kind = PREC_NONE, pb.prec = NULL;
    o.restart = 30, o.maxit = 100, o.tol = 1e-12;
    memset(x, 0, n * sizeof(double));
    reset(s);
    stt = num_gmres(x, &gi, &pb, b, &o);
    TEST_CHECK(fails, stt == NUM_OK && gi.iters == 0 && gi.resid == 0 && s->op_calls == 1,
               "b = 0, x = 0: status %s iters %d resid %g", num_status_str(stt), gi.iters,
               gi.resid);
    for (int i = 0; i < n; i++)
        TEST_CHECK(fails, x[i] == 0, "b = 0: x[%d] = %g", i, x[i]);
    for (int i = 0; i < n; i++)
        x[i] = unif(st);
    reset(s);
    stt = num_gmres(x, &gi, &pb, b, &o);
    TEST_CHECK(fails, stt == NUM_OK, "b = 0, x != 0: status %s resid %g", num_status_str(stt),
               gi.resid);
    check_run("b = 0", 0, s, stt, &gi, &o, x, b);
    for (int i = 0; i < n; i++)
        TEST_CHECK(fails, fabs(x[i]) <= 1e-11, "b = 0: x[%d] = %g", i, x[i]);
    cases += 2;

    /* a singular operator with b outside its range (A = diag(1, .., 1, 0),
       b = e_n; and A = 0): no Krylov step can reduce the residual, a
       breakdown, not a NaN: NUM_NO_CONVERGENCE, x unchanged */
    for (int zero = 0; zero < 2; zero++)
    {
        memset(s->A, 0, sizeof(s->A));
        for (int i = 0; i < n; i++)
            s->A[i * n + i] = zero || i == n - 1 ? 0 : 1, b[i] = i == n - 1, x[i] = 0;
        reset(s);
        stt = num_gmres(x, &gi, &pb, b, &o);
        TEST_CHECK(fails, stt == NUM_NO_CONVERGENCE && gi.resid == 1,
                   "singular (A = %s): status %s resid %g", zero ? "0" : "diag",
                   num_status_str(stt), gi.resid);
        check_run("singular", zero, s, stt, &gi, &o, x, b);
        for (int i = 0; i < n; i++)
            TEST_CHECK(fails, x[i] == 0, "singular: x[%d] = %g", i, x[i]);
        cases++;
    }

    /* 6. the start is used: from LU's answer, no product beyond the
       residual, x untouched; maxit 0 only measures; info may be NULL */
    gen_svd(s, 100, st);
    for (int i = 0; i < n; i++)
        b[i] = unif(st);
    reference(s, xref, b);
    memcpy(x, xref, n * sizeof(double));
    reset(s);
    stt = num_gmres(x, &gi, &pb, b, &o);
    TEST_CHECK(fails, stt == NUM_OK && gi.iters == 0 && gi.cycles == 0 && s->op_calls == 1 &&
               memcmp(x, xref, n * sizeof(double)) == 0,
               "start at the solution: status %s iters %d products %ld", num_status_str(stt),
               gi.iters, s->op_calls);
    check_run("start at the solution", 0, s, stt, &gi, &o, x, b);
    memset(x, 0, n * sizeof(double));
    o.maxit = 0;
    reset(s);
    stt = num_gmres(x, &gi, &pb, b, &o);
    TEST_CHECK(fails,
               stt == NUM_NO_CONVERGENCE && gi.iters == 0 && s->op_calls == 1 && gi.resid == 1,
               "maxit 0: status %s iters %d resid %g", num_status_str(stt), gi.iters, gi.resid);
    o.maxit = 100;
    memset(x, 0, n * sizeof(double));
    reset(s);
    stt = num_gmres(x, NULL, &pb, b, &o);
    TEST_CHECK(fails, stt == NUM_OK && rel_err(x, xref, n) <= 1e-9, "info NULL: status %s",
               num_status_str(stt));
    cases += 3;

    gsl_permutation_free(s->perm), free(s);
    flint_rand_clear(st);
    printf("t-gmres: %ld cases, max error %.3g (dense, cond up to %.3g), max error / bound %.3g, "
           "max |resid - true| %.3g, %.2f s\n", cases, max_err1, max_cond, max_err_ratio,
           max_resid_gap, (double) clock() / CLOCKS_PER_SEC - t0);
    if (fails)
    {
        printf("FAIL t-gmres: %d checks failed\n", fails);
        return 1;
    }
    printf("PASS\n");
    return 0;
}
