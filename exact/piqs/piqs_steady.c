/* piqs_steady.c: the null vector of the banded Liouvillian by LU solves
 * (LAPACKE zgbtrf/zgbtrs, partial pivoting within the band).
 *
 * The trace functional sum_j tr rho^j is a left null vector of L with
 * weight 1 on every population unknown (u = v), so the row of any
 * population is a combination of the others and can be replaced by
 * "x_r = 1" (a trace row would be dense and break the band).  The system
 * is regular when the steady state is unique and x_r != 0, which holds
 * for every population: Phi = (1 - S S_-)^r is triangular with unit
 * diagonal, so rho_SS = Phi Phi^dag / norm has full rank and every Dicke
 * block is positive definite.  Then rho is scaled to trace 1 and made
 * exactly Hermitian (the mean of rho and rho^dag).
 *
 * It is solved twice, with the row of the all-down population (the first
 * unknown) replaced and with that of the all-up one (the last): exactly,
 * both give the same state; in doubles the rounded rows are no longer
 * exactly dependent and the LU takes other pivots, so the difference
 * measures what the doubles established, rounding of the rates included.
 * A condition estimate would not: the unknowns carry Dicke degeneracies
 * up to 1e13, and LAPACK's rcond is 1e-13 at N = 40 where the state is
 * right to 1e-14, while N = 50 at gamma = 1e-9 was off by 1% and gamma =
 * 1e-300 gave a population of 1.3.  Above PIQS_ERR_MAX: exit 3. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include "alloc.h"
#include "piqs.h"
#include "exact_lapack.h"

/* The largest difference (1-norm over the unknowns, relative) between the
   two solutions that piqs accepts: six digits of the state. */
#define PIQS_ERR_MAX 1e-6

/* Fills the band storage ab (ld = 2 kl + ku + 1, column-major, zeroed)
   with L, row rr replaced by the unit row. */
static void fill(double *ab, long ld, const piqs_t *b, const piqs_model_t *m, long rr)
{
    long col[PIQS_ROW_MAX], N = b->N, kk = b->kl + b->ku;
    double val[2 * PIQS_ROW_MAX];

    for (long u = 0; u <= N; u++)
        for (long v = 0; v <= N; v++)
            for (long k = 0; k <= piqs_kmax(N, u, v); k++)
            {
                long row = piqs_index(b, u, v, k);
                int ne = row == rr ? 0 : piqs_row(col, val, b, m, u, v, k);
                for (int e = 0; e < ne; e++)
                {
                    long at = kk + row - col[e] + col[e] * ld;
                    ab[2 * at] += val[2 * e];
                    ab[2 * at + 1] += val[2 * e + 1];
                }
            }
    ab[2 * (kk + rr * ld)] = 1;
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

/* rho = the solution with row rr replaced, normalised; LAPACK's info or
   EXACT_LAPACK_NOTRUN. */
static int solve(double *rho, double *ab, long ld, const piqs_t *b, const piqs_model_t *m, long rr)
{
    exact_band_lu_t lu;
    int info;

    memset(ab, 0, 2 * sizeof(double) * b->n * ld);
    fill(ab, ld, b, m, rr);
    info = exact_band_lu_factor(&lu, b->n, b->kl, b->ku, ab, ld);
    if (info == 0)
    {
        memset(rho, 0, 2 * sizeof(double) * b->n);
        rho[2 * rr] = 1;
        info = exact_band_lu_solve(rho, &lu);
    }
    exact_band_lu_clear(&lu);
    if (info == 0)
        normalise(rho, b);
    return info;
}

int piqs_steady(double *rho, const piqs_t *b, const piqs_model_t *m)
{
    long n = b->n, ld = 2 * b->kl + b->ku + 1;
    /* checked here rather than by blochgen_malloc: the size (2.5 GB at the
       cap N = 64) is the user's choice, and a machine without that memory
       is an answer to report, not a bug */
    double *ab = malloc(2 * sizeof(double) * n * ld), *other, diff = 0, size = 0;
    int info;

    if (ab == NULL)
    {
        fprintf(stderr, "dtfim-exact: piqs: cannot allocate the band matrix (%.0f MB) for N = %ld\n",
                (double) n * ld * 2 * sizeof(double) / 1e6, b->N);
        return 3;
    }
    other = blochgen_malloc(2 * sizeof(double) * n);
    info = solve(rho, ab, ld, b, m, 0);
    if (info == 0)
        info = solve(other, ab, ld, b, m, n - 1);
    for (long i = 0; i < n && info == 0; i++)
    {
        diff += hypot(rho[2 * i] - other[2 * i], rho[2 * i + 1] - other[2 * i + 1]);
        size += hypot(rho[2 * i], rho[2 * i + 1]);
    }
    free(other);
    free(ab);
    if (info == EXACT_LAPACK_NOTRUN)
        return 3;
    if (info != 0)
    {
        fprintf(stderr, "dtfim-exact: piqs: zgbtrf failed (info %d): the steady state is not unique?\n", (int) info);
        return 3;
    }
    if (!isfinite(diff / size))
    {
        fprintf(stderr, "dtfim-exact: piqs: the solve in doubles gave no finite state; the rates span too many "
                "orders of magnitude.  corr and density certify these parameters\n");
        return 3;
    }
    if (!(diff <= PIQS_ERR_MAX * size))
    {
        fprintf(stderr, "dtfim-exact: piqs: the state is not established in doubles: the solutions normalised "
                "by the first and by the last population differ by %.2g (relative, > %.0e); the rates span "
                "too many orders of magnitude for N = %ld.  corr and density certify these parameters\n",
                diff / size, PIQS_ERR_MAX, b->N);
        return 3;
    }
    return 0;
}
