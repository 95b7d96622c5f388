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

/* ---- sparse systems (SuiteSparse KLU) ---- */

/* A square sparse matrix's pattern in compressed rows (row i's entries
   [rowptr[i], rowptr[i + 1]) in columns col[k], as bloch_model_t's
   jac_rowptr and jac_col), and KLU's analysis of it (its ordering), made on
   the first solve and kept for the next ones with the same pattern
   (Newton's steps).  KLU rather than UMFPACK: at 63 and 255 observables
   its factorization is 10-30 times faster (bench/run-big.sh), and the
   Jacobians of larger clusters stay as sparse. */
typedef struct
{
    int n;
    const int *rowptr;
    const int *col;
    void *symbolic;
} linalg_sparse_struct;
typedef linalg_sparse_struct linalg_sparse_t[1];

/* The pattern is borrowed: it must outlive s. */
void linalg_sparse_init(linalg_sparse_t s, int n, const int *rowptr, const int *col);
void linalg_sparse_clear(linalg_sparse_t s);

/* Solves a x = b in place (b becomes x) for the matrix a with the pattern
   of s and the values val (one per entry), by sparse LU with KLU (partial
   pivoting, factored afresh each call).  0, or -1 when a is singular (an
   exactly zero pivot) or KLU failed. */
int linalg_sparse_solve(double *b, linalg_sparse_t s, const double *val);

/* Euclidean norm. */
double linalg_norm(const double *x, int n);
/* Max norm, max_k |x_k| (0 for n = 0). */
double linalg_norm_inf(const double *x, int n);

#endif
