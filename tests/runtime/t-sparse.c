/* The sparse Jacobian (pattern + jacobian_values) and the sparse Newton.
 *
 * On random states and parameters of the emitted models: the pattern is
 * well formed; the dense Jacobian, the even and odd blocks and the values
 * scattered by the pattern agree with central finite differences of rhs
 * (an independent derivative: rhs is emitted separately), and finite
 * differences vanish outside the pattern.  linalg_sparse_solve (KLU)
 * agrees with linalg_solve (LAPACK) on random sparse systems and refuses a
 * singular one.  steady_newton_sparse and steady_newton_dense (and their
 * even-sector versions) reach the same state from the same starts, with a
 * residual of rhs checked directly. */
#include <gsl/gsl_errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "testutil.h"
#include "alloc.h"
#include "linalg.h"
#include "steady.h"

extern const bloch_model_t pump_loss_model;
extern const bloch_model_t dtfim_mf_model;

static double uniform(flint_rand_t st, double lo, double hi)
{
    return lo + (hi - lo) * (double) n_randint(st, 1000001) / 1000000;
}

static void check_pattern(const bloch_model_t *m)
{
    int n = m->nobs;

    if (m->jacobian_values == NULL || m->jac_rowptr == NULL || m->jac_col == NULL)
        TEST_FAIL("%s: no sparse Jacobian", m->name);
    if (m->jac_rowptr[0] != 0 || m->jac_rowptr[n] != m->jac_nnz)
        TEST_FAIL("%s: rowptr ends %d %d, nnz %d", m->name, m->jac_rowptr[0], m->jac_rowptr[n],
                  m->jac_nnz);
    for (int i = 0; i < n; i++)
        for (int k = m->jac_rowptr[i]; k < m->jac_rowptr[i + 1]; k++)
            if (m->jac_col[k] < 0 || m->jac_col[k] >= n ||
                (k > m->jac_rowptr[i] && m->jac_col[k] <= m->jac_col[k - 1]))
                TEST_FAIL("%s: row %d entry %d column %d", m->name, i, k, m->jac_col[k]);
}

/* J (dense), the values, the blocks and finite differences at one point. */
static void check_jacobian(const bloch_model_t *m, flint_rand_t st)
{
    int n = m->nobs, nnz = m->jac_nnz;
    size_t nn = (size_t) n * n;
    double *x = blochgen_malloc(sizeof(double) * n);
    double *p = blochgen_malloc(sizeof(double) * (m->nparams + 1));
    double *J = blochgen_malloc(sizeof(double) * nn), *S = blochgen_calloc(nn, sizeof(double));
    double *val = blochgen_malloc(sizeof(double) * (nnz + 1));
    double *fp = blochgen_malloc(sizeof(double) * n);
    double *fm = blochgen_malloc(sizeof(double) * n), *B = blochgen_malloc(sizeof(double) * n * n);
    const double h = 1e-4;
    int i, j, k;

    for (i = 0; i < n; i++)
        x[i] = uniform(st, -1, 1);
    for (i = 0; i < m->nparams; i++)
        p[i] = uniform(st, -2, 2);
    m->jacobian(J, x, p);
    m->jacobian_values(val, x, p);
    for (i = 0; i < n; i++)
        for (k = m->jac_rowptr[i]; k < m->jac_rowptr[i + 1]; k++)
            S[i * n + m->jac_col[k]] = val[k];
    /* column j of the Jacobian by central differences: rhs is at most cubic
       in x, so the error is h^2 times the third derivative, about 1e-8 */
    for (j = 0; j < n; j++)
    {
        double xj = x[j];
        x[j] = xj + h;
        m->rhs(fp, x, p);
        x[j] = xj - h;
        m->rhs(fm, x, p);
        x[j] = xj;
        for (i = 0; i < n; i++)
        {
            double fd = (fp[i] - fm[i]) / (2 * h), tol = 1e-6 * (1 + fabs(fd));
            if (fabs(J[i * n + j] - fd) > tol)
                TEST_FAIL("%s: dense J[%d][%d] = %.17g, differences %.17g", m->name, i, j,
                          J[i * n + j], fd);
            if (fabs(S[i * n + j] - fd) > tol)
                TEST_FAIL("%s: sparse J[%d][%d] = %.17g, differences %.17g (%s)", m->name, i,
                          j, S[i * n + j], fd, S[i * n + j] == 0 ? "not in the pattern" : "value");
        }
    }
    /* the blocks: the rows and columns of one parity, in observable order */
    for (int odd = 0; odd <= 1; odd++)
    {
        int dim = odd ? m->nodd : m->neven, r = 0;
        (odd ? m->jacobian_odd : m->jacobian_even)(B, x, p);
        for (i = 0; i < n; i++)
        {
            int c = 0;
            if ((m->parity[i] == 1) != odd)
                continue;
            for (j = 0; j < n; j++)
                if ((m->parity[j] == 1) == odd)
                {
                    if (B[r * dim + c] != J[i * n + j])
                        TEST_FAIL("%s: %s block (%d, %d) = %.17g, J = %.17g", m->name,
                                  odd ? "odd" : "even", r, c, B[r * dim + c], J[i * n + j]);
                    c++;
                }
            r++;
        }
        if (r != dim)
            TEST_FAIL("%s: %s block has %d rows, not %d", m->name, odd ? "odd" : "even", r, dim);
    }
    free(x), free(p), free(J), free(S), free(val), free(fp), free(fm), free(B);
}

/* KLU against LAPACK on a random sparse system (a diagonal, so most
   are regular, and about 3 more entries a row). */
static void check_solve(flint_rand_t st)
{
    int n = 1 + n_randint(st, 40), nnz = 0;
    int *rowptr = blochgen_malloc(sizeof(int) * (n + 1));
    int *col = blochgen_malloc(sizeof(int) * n * n);
    double *val = blochgen_malloc(sizeof(double) * n * n);
    double *A = blochgen_calloc((size_t) n * n, sizeof(double));
    double *b = blochgen_malloc(sizeof(double) * n), *x = blochgen_malloc(sizeof(double) * n);
    linalg_sparse_t s;
    int i, j, sing = n_randint(st, 8) == 0 && n > 1;

    for (i = 0; i < n; i++)
    {
        rowptr[i] = nnz;
        for (j = 0; j < n; j++)
            if (i == j || n_randint(st, n) < 3)
            {
                col[nnz] = j;
                val[nnz] = uniform(st, -1, 1) + (i == j ? 4 : 0);
                /* a singular system: row 0 zero (a copy of another row
                   would be singular only up to rounding after scaling) */
                if (sing && i == 0)
                    val[nnz] = 0;
                A[i * n + j] = val[nnz++];
            }
        b[i] = x[i] = uniform(st, -1, 1);
    }
    rowptr[n] = nnz;
    linalg_sparse_init(s, n, rowptr, col);
    int ss = linalg_sparse_solve(x, s, val);
    /* twice: the second solve reuses the analysis */
    if (ss == 0)
    {
        memcpy(x, b, sizeof(double) * n);
        ss = linalg_sparse_solve(x, s, val);
    }
    int sd = linalg_solve(A, b, n);
    if (sing && ss == 0)
        TEST_FAIL("sparse solve of a singular %d x %d system returned 0", n, n);
    if (!sing && (ss != 0 || sd != 0))
        TEST_FAIL("solve of a regular %d x %d system: sparse %d, dense %d", n, n, ss, sd);
    for (i = 0; !sing && i < n; i++)
        if (fabs(x[i] - b[i]) > 1e-10 * (1 + fabs(b[i])))
            TEST_FAIL("n = %d: sparse x[%d] = %.17g, dense %.17g", n, i, x[i], b[i]);
    linalg_sparse_clear(s);
    free(rowptr), free(col), free(val), free(A), free(b), free(x);
}

/* Both Newtons from one start at one point: the same verdict and state. */
static int check_newton(int *wander, int even, const bloch_model_t *m, const double *p,
                        flint_rand_t st)
{
    int n = m->nobs, i, sd, ss;
    double *xd = blochgen_malloc(sizeof(double) * n), *xs = blochgen_malloc(sizeof(double) * n);
    double *f = blochgen_malloc(sizeof(double) * n), d = 0, r = 0;
    steady_info_t id, is;

    for (i = 0; i < n; i++)
        xd[i] = xs[i] = uniform(st, -0.3, 0.3);
    /* even: the even sector only (odd components start and stay 0) */
    if (even)
        for (i = 0; i < n; i++)
            if (m->parity[i] != 0)
                xd[i] = xs[i] = 0;
    sd = (even ? steady_newton_even_dense : steady_newton_dense)(xd, &id, p, 1e-11, m);
    ss = (even ? steady_newton_even_sparse : steady_newton_sparse)(xs, &is, p, 1e-11, m);
    /* a start from which the iteration wanders (dozens of damped steps
       near a singular Jacobian) amplifies rounding, which differs between
       the two LU factorizations: only quick convergence must agree */
    if (sd != ss && (sd == 0 ? id.iters : is.iters) <= 20)
        TEST_FAIL("%s: dense Newton %d (%d steps), sparse %d (%d steps)", m->name, sd, id.iters,
                  ss, is.iters);
    if (sd != ss)
        (*wander)++;
    else if (ss == 0 && id.iters <= 20)
    {
        m->rhs(f, xs, p);
        for (i = 0; i < n; i++)
        {
            d = fmax(d, fabs(xs[i] - xd[i]));
            r += f[i] * f[i];
        }
        /* the even Newton's tolerance is on the max norm, and its polishing
           steps (while the residual still decreases) vary with rounding */
        if (sqrt(r) > (even ? 1e-10 : 1e-11) || d > 1e-8 ||
            (!even && abs(id.iters - is.iters) > 1))
            TEST_FAIL("%s: sparse Newton residual %g in %d steps, distance to the dense one %g "
                      "(%d steps)", m->name, sqrt(r), is.iters, d, id.iters);
    }
    free(xd), free(xs), free(f);
    return ss == 0 && sd == 0 && id.iters <= 20;
}

int main(void)
{
    const bloch_model_t *models[] = {&pump_loss_model, &dtfim_mf_model};
    flint_rand_t st;
    long reps = test_reps(100), r;
    int k, conv = 0, tried = 0, wander = 0;

    test_rand_init(st, "t-sparse");
    gsl_set_error_handler_off();
    for (k = 0; k < 2; k++)
    {
        check_pattern(models[k]);
        for (r = 0; r < reps; r++)
            check_jacobian(models[k], st);
    }
    for (r = 0; r < 10 * reps; r++)
        check_solve(st);
    /* physical points: positive rates (pump_loss: h1 h2 lambda gup gdown;
       dtfim_mf: Jbar hx hz gamma Gbar) */
    for (r = 0; r < reps; r++)
    {
        double pp[5] = {uniform(st, 0, 2), uniform(st, 0, 2), uniform(st, 0, 1),
                        uniform(st, 0.1, 1),
                        uniform(st, 0.1, 1)};
        double pd[5] = {uniform(st, -2, 2), uniform(st, 0, 2), uniform(st, -1, 1),
                        uniform(st, 0.1, 1),
                        uniform(st, 0, 1)};
        conv += check_newton(&wander, 0, &pump_loss_model, pp, st);
        conv += check_newton(&wander, 1, &pump_loss_model, pp, st);
        conv += check_newton(&wander, 0, &dtfim_mf_model, pd, st);
        tried += 3;
    }
    /* the comparison means something only if Newton mostly converged */
    if (conv < tried / 2 || wander > tried / 10)
        TEST_FAIL("%d of %d Newton runs converged quickly, %d wandered apart", conv, tried,
                  wander);
    printf("t-sparse: %d of %d Newton runs converged quickly, dense and sparse agreeing; "
           "%d slow ones apart\n", conv, tried, wander);
    flint_rand_clear(st);
    printf("PASS\n");
    return 0;
}
