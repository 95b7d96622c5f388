/* linalg_eigvals_small against LAPACKE_dgeev (a different algorithm and
 * implementation) on random matrices, including ones with complex pairs,
 * repeated eigenvalues and bad scaling; linalg_solve against a residual;
 * the two norms against each other and the entries. */
#include <gsl/gsl_errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "testutil.h"
#include "linalg.h"

/* Greedy matching of the two spectra; returns the largest distance. */
static double spectra_distance(const double *ar, const double *ai, const double *br,
                               const double *bi, int n)
{
    char used[LINALG_SMALL_MAX] = {0};
    double worst = 0;
    int i, j;

    for (i = 0; i < n; i++)
    {
        int best = -1;
        double d, bd = INFINITY;
        for (j = 0; j < n; j++)
            if (!used[j] && (d = hypot(ar[i] - br[j], ai[i] - bi[j])) < bd)
                bd = d, best = j;
        used[best] = 1;
        worst = bd > worst ? bd : worst;
    }
    return worst;
}

static void random_matrix(double *a, int n, int kind, flint_rand_t st)
{
    int i, j;

    for (i = 0; i < n * n; i++)
        a[i] = (double) n_randint(st, 2001) / 1000 - 1;
    if (kind == 1) /* bad scaling, as between h2 = 10 and lambda = 0.01 */
        for (i = 0; i < n; i++)
            for (j = 0; j < n; j++)
                a[i * n + j] *= pow(10, (double) i - j);
    if (kind == 2) /* block rotation: many complex pairs */
        for (i = 0; i + 1 < n; i += 2)
            a[i * n + i + 1] += 5, a[(i + 1) * n + i] -= 5;
    if (kind == 3) /* triangular with a repeated diagonal */
        for (i = 0; i < n; i++)
            for (j = 0; j <= i; j++)
                a[i * n + j] = (i == j) ? (double) (i % 3) : 0;
}

int main(void)
{
    flint_rand_t st;
    long reps = test_reps(2000), r;
    double a[LINALG_SMALL_MAX * LINALG_SMALL_MAX], b[LINALG_SMALL_MAX * LINALG_SMALL_MAX];
    double wr[LINALG_SMALL_MAX], wi[LINALG_SMALL_MAX], vr[LINALG_SMALL_MAX], vi[LINALG_SMALL_MAX];

    test_rand_init(st, "t-linalg");
    gsl_set_error_handler_off();
    for (r = 0; r < reps; r++)
    {
        int n = 1 + n_randint(st, 16), kind = n_randint(st, 4), i;
        double d, scale = 0;
        random_matrix(a, n, kind, st);
        for (i = 0; i < n * n; i++)
            scale = fmax(scale, fabs(a[i]));
        memcpy(b, a, sizeof(double) * n * n);
        if (linalg_eigvals_small(wr, wi, b, n) != 0)
            TEST_FAIL("eigvals_small did not converge, n = %d kind %d rep %ld", n, kind, r);
        memcpy(b, a, sizeof(double) * n * n);
        if (linalg_eig(vr, vi, NULL, b, n) != 0)
            TEST_FAIL("dgeev failed");
        d = spectra_distance(wr, wi, vr, vi, n);
        /* repeated eigenvalues of a defective matrix move by ~sqrt(eps) */
        if (d > (kind == 3 ? 1e-6 : 1e-9) * fmax(1, scale * n))
            TEST_FAIL("spectra differ by %g (n = %d, kind %d, rep %ld)", d, n, kind, r);
    }
    for (r = 0; r < reps; r++)
    {
        int n = 1 + n_randint(st, 16), i, j;
        double x[LINALG_SMALL_MAX], res = 0;
        random_matrix(a, n, 0, st);
        for (i = 0; i < n; i++)
            a[i * n + i] += n, x[i] = vr[i] = (double) n_randint(st, 100) - 50;
        memcpy(b, a, sizeof(double) * n * n);
        if (linalg_solve(b, x, n) != 0)
            TEST_FAIL("solve: singular");
        for (i = 0; i < n; i++)
        {
            double s = -vr[i];
            for (j = 0; j < n; j++)
                s += a[i * n + j] * x[j];
            res = fmax(res, fabs(s));
        }
        if (res > 1e-10)
            TEST_FAIL("solve: residual %g", res);
    }
    for (r = 0; r < reps; r++)
    {
        /* max |x_k| is one of the |x_k|, bounds them all, and
           |x|_inf <= |x|_2 <= sqrt(n) |x|_inf */
        int n = n_randint(st, 17), i, hit = n == 0;
        double x[16], ni, n2;
        for (i = 0; i < n; i++)
            x[i] = ((double) n_randint(st, 2001) - 1000) * pow(10, (double) n_randint(st, 7) - 3);
        ni = linalg_norm_inf(x, n);
        n2 = linalg_norm(x, n);
        for (i = 0; i < n; i++)
        {
            if (fabs(x[i]) > ni)
                TEST_FAIL("norm_inf %g below |x_%d| = %g", ni, i, fabs(x[i]));
            hit |= fabs(x[i]) == ni;
        }
        if (!hit || (n == 0 && ni != 0))
            TEST_FAIL("norm_inf %g is not an |x_k| (n = %d)", ni, n);
        if (ni > n2 * (1 + 1e-15) || n2 > sqrt(n) * ni * (1 + 1e-15))
            TEST_FAIL("norms out of order: inf %g, 2 %g, n = %d", ni, n2, n);
    }
    flint_rand_clear(st);
    printf("t-linalg: %ld random spectra, solves and norms agree\n", 3 * reps);
    return 0;
}
