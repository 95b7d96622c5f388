/* exact_lapack.h: LAPACKE's zgesv and zgbsv for brute and piqs, with
 * LAPACKE loaded on first use (exact_lapack.c).  No FLINT here: piqs
 * uses it too. */
#ifndef BLOCHGEN_EXACT_LAPACK_H
#define BLOCHGEN_EXACT_LAPACK_H

/* Returned, after a message, when LAPACKE or the pivots are unavailable. */
#define EXACT_LAPACK_NOTRUN (-1000)

/* Solves A x = b in place (b <- x): column-major, one right-hand side of
   length n, complex numbers as interleaved re/im doubles.  Returns
   LAPACK's info (0: solved) or EXACT_LAPACK_NOTRUN. */
int exact_zgesv(long n, double *a, double *b);
/* The same for a band matrix in LAPACK's band storage ab (ldab >=
   2 kl + ku + 1; the first kl rows are workspace). */
int exact_zgbsv(long n, long kl, long ku, double *ab, long ldab, double *b);

#endif
