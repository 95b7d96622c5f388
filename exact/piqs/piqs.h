/* piqs.h: an independent steady-state solver for the uniform-field model
 * of exact.h, by permutation invariance (the method of PIQS: Shammah et
 * al., PRA 98, 063815 (2018); Chase and Geremia, PRA 78, 052101 (2008)).
 *
 * A permutation-invariant state is rho = sum_j rho^j (x) 1_{d_j} over the
 * Dicke blocks j = N/2, N/2 - 1, ..; the unknowns are the entries
 * rho^j_{m m'} scaled by the degeneracy d_j (so tr rho = sum_j tr rho^j and
 * <O> = sum_j tr(rho^j O^j) for a collective O).  They are labelled by
 * u = m + N/2, v = m' + N/2 (numbers of up spins) and k = N/2 - j, with
 * k <= min(u, v, N - u, N - v), and ordered by (u, v, k): every coupling
 * of the Liouvillian moves u by at most one, so the matrix is banded with
 * bandwidths about N^2/4 (one u-slice).
 *
 * Doubles throughout (LAPACK); complex numbers as (re, im) pairs.  No
 * FLINT here: the header is usable next to <complex.h>. */
#ifndef BLOCHGEN_PIQS_H
#define BLOCHGEN_PIQS_H

/* H = J sum_{i != j} S^z_i S^z_j + sum_j (hx S^x_j + hz S^z_j), S^a = sigma^a / 2;
   gamma sum_j D[sigma^-_j] + Gamma D[S_-]. */
typedef struct
{
    long N;
    double J, hz, hx, gamma, Gamma;
} piqs_model_t;

/* The index of the Dicke-block unknowns of N spins. */
typedef struct
{
    long N;
    long n;             /* number of unknowns, sum_j (2j + 1)^2 */
    long *off;          /* (N+1)^2 entries: index of (u, v, k = 0) */
    long kl, ku;        /* lower and upper bandwidths of the Liouvillian */
} piqs_t;

/* Entries of one Liouvillian row at most (diagonal, 4 Hamiltonian, 3 jumps). */
#define PIQS_ROW_MAX 8

void piqs_init(piqs_t *b, long N);
void piqs_clear(piqs_t *b);
/* The index of (u, v, k), or -1 when that is not an unknown. */
long piqs_index(const piqs_t *b, long u, long v, long k);
/* The largest k at (u, v). */
long piqs_kmax(long N, long u, long v);

/* Row (u, v, k) of d rho / dt = L rho: columns into col, values into val
   as (re, im) pairs; returns the number of entries.  Every structural
   entry is listed, even when its value is 0 (the bandwidths rely on it). */
int piqs_row(long *col, double *val, const piqs_t *b, const piqs_model_t *m,
             long u, long v, long k);

/* The steady state: rho (b->n complex numbers, (re, im) pairs), trace 1.
   0, or 3 after a message when LAPACK fails, the state is not
   established to six digits in doubles (two solves normalised by
   different populations differ), or memory runs out. */
int piqs_steady(double *rho, const piqs_t *b, const piqs_model_t *m);

/* <S_+^a (n_up)_c S_-^bb>, n_up = sum_j sigma^+_j sigma^-_j and (x)_c the
   falling factorial x (x - 1) .. (x - c + 1). */
void piqs_moment(double *re, double *im, const piqs_t *b, const double *rho,
                 long a, long bb, long c);

/* <sigma^+_C1 sigma^-_C2> for any clusters with a = |C1 \ C2|,
   bb = |C2 \ C1|, c = |C1 n C2| (a + bb + c <= N). */
void piqs_corr(double *re, double *im, const piqs_t *b, const double *rho,
               long a, long bb, long c);

#endif
