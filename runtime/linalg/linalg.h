/* linalg.h: the dense linear algebra the runtime needs.
 *
 * Row-major n x n matrices of doubles.  The general routines are thin
 * wrappers of LAPACKE; linalg_eigvals_small is a hand-written Hessenberg
 * + Francis double-shift QR for the small blocks of a phase-diagram scan,
 * where LAPACK's per-call overhead (~7 us at n = 8) dominates.  It is
 * tested against LAPACKE_dgeev. */
#ifndef BLOCHGEN_LINALG_H
#define BLOCHGEN_LINALG_H

/* Solves a x = b in place (b becomes x; a is overwritten by its LU
   factors).  0, or -1 when a is singular. */
int linalg_solve(double *a, double *b, int n);

/* All eigenvalues wr + i wi of a (overwritten), and, when vr is not NULL,
   the right eigenvectors in LAPACK's packed real form (column j of the
   row-major vr; a complex pair j, j+1 is vr[:,j] +- i vr[:,j+1]).
   0, or -1 if the QR algorithm failed. */
int linalg_eig(double *wr, double *wi, double *vr, double *a, int n);

/* Eigenvalues only, for n <= LINALG_SMALL_MAX; a is overwritten.
   0, or -1 if an eigenvalue did not converge in 30 n iterations. */
#define LINALG_SMALL_MAX 32
int linalg_eigvals_small(double *wr, double *wi, double *a, int n);

/* Index of the eigenvalue with the largest real part; real parts within
   1e-12 of the spectrum's scale tie, and the larger |wi| wins. */
int linalg_eig_slowest(const double *wr, const double *wi, int n);

/* Euclidean norm. */
double linalg_norm(const double *x, int n);
/* Max norm, max_k |x_k| (0 for n = 0). */
double linalg_norm_inf(const double *x, int n);

#endif
