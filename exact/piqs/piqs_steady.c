/* piqs_steady.c: the null vector of the banded Liouvillian by one LU
 * solve (LAPACKE_zgbsv, partial pivoting within the band).
 *
 * The trace functional sum_j tr rho^j is a left null vector of L and its
 * weight on the first unknown (the all-down population, j = N/2,
 * m = m' = -N/2) is 1, so that row of L is a combination of the others;
 * it is replaced by "x_0 = 1" (a trace row would be dense and break the
 * band).  The system is regular when the steady state is unique and
 * x_0 != 0, which holds here: rho_SS has the all-down population >= 1 / norm
 * (Phi = (1 - S S_-)^r has <down|Phi|down> = 1).  Then rho is scaled to
 * trace 1 and made exactly Hermitian (the mean of rho and rho^dag). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "piqs.h"
#include "exact_lapack.h"

/* Fills the band storage ab (ld = 2 kl + ku + 1, column-major) with L,
   row 0 replaced by the unit row. */
static void fill(double *ab, long ld, const piqs_t *b, const piqs_model_t *m)
{
    long col[PIQS_ROW_MAX], N = b->N, kk = b->kl + b->ku;
    double val[2 * PIQS_ROW_MAX];

    for (long u = 0; u <= N; u++)
        for (long v = 0; v <= N; v++)
            for (long k = 0; k <= piqs_kmax(N, u, v); k++)
            {
                long row = piqs_index(b, u, v, k);
                int ne = row == 0 ? 0 : piqs_row(col, val, b, m, u, v, k);
                for (int e = 0; e < ne; e++)
                {
                    long at = kk + row - col[e] + col[e] * ld;
                    ab[2 * at] += val[2 * e];
                    ab[2 * at + 1] += val[2 * e + 1];
                }
            }
    ab[2 * kk] = 1;
}

/* rho <- (rho + rho^dag) / 2 / tr rho. */
static void normalise(double *rho, const piqs_t *b)
{
    long N = b->N;
    double tr = 0;

    for (long u = 0; u <= N; u++)
        for (long k = 0; k <= piqs_kmax(N, u, u); k++)
            tr += rho[2 * piqs_index(b, u, u, k)];
    for (long u = 0; u <= N; u++)
        for (long v = u; v <= N; v++)
            for (long k = 0; k <= piqs_kmax(N, u, v); k++)
            {
                long x = piqs_index(b, u, v, k), y = piqs_index(b, v, u, k);
                double re = 0.5 * (rho[2 * x] + rho[2 * y]) / tr;
                double im = 0.5 * (rho[2 * x + 1] - rho[2 * y + 1]) / tr;
                rho[2 * x] = rho[2 * y] = re;
                rho[2 * x + 1] = im;
                rho[2 * y + 1] = -im;
            }
}

int piqs_steady(double *rho, const piqs_t *b, const piqs_model_t *m)
{
    long n = b->n, ld = 2 * b->kl + b->ku + 1;
    /* checked here rather than by blochgen_calloc: the size (2.5 GB at the
       cap N = 64) is the user's choice, and a machine without that memory
       is an answer to report, not a bug */
    double *ab = calloc(2 * (size_t) n * ld, sizeof(*ab));
    int info;

    if (ab == NULL)
    {
        fprintf(stderr, "dtfim-exact: piqs: cannot allocate the band matrix (%.0f MB) for N = %ld\n",
                (double) n * ld * 2 * sizeof(*ab) / 1e6, b->N);
        return 3;
    }
    fill(ab, ld, b, m);
    memset(rho, 0, 2 * sizeof(double) * n);
    rho[0] = 1;
    info = exact_zgbsv(n, b->kl, b->ku, ab, ld, rho);
    free(ab);
    if (info == EXACT_LAPACK_NOTRUN)
        return 3;
    if (info != 0)
    {
        fprintf(stderr, "dtfim-exact: piqs: zgbsv failed (info %d): the steady state is not unique?\n", (int) info);
        return 3;
    }
    normalise(rho, b);
    return 0;
}
