/* exact_lapack.h: LAPACKE's zgesv and zgehrd for brute and qrt, with
 * LAPACKE loaded on first use (exact_lapack.c).  No FLINT here. */
#ifndef BLOCHGEN_EXACT_LAPACK_H
#define BLOCHGEN_EXACT_LAPACK_H

/* Returned, after a message, when LAPACKE is unavailable. */
#define EXACT_LAPACK_NOTRUN (-1000)

/* The smallest rcond (of the equilibrated matrix) whose solution brute
   prints: the normwise relative error of a backward-stable solve is about
   eps / rcond, so below 1e6 eps fewer than 6 digits of the state are
   established (rates spanning too many orders of magnitude for doubles:
   hx = 1e300 with J = 1 gave NaN, gamma = 1e-15 a population wrong in
   the second digit). */
#define EXACT_LAPACK_RCOND_MIN (1e6 * 2.220446049250313e-16)

/* A message and 0 when rcond is below EXACT_LAPACK_RCOND_MIN (or NaN),
   else 1; who names the solver in the message. */
int exact_lapack_rcond_ok(double rcond, const char *who);

/* Solves A x = b in place (b <- x): column-major, one right-hand side of
   length n, complex numbers as interleaved re/im doubles.  *rcond (when
   rcond is not NULL) gets LAPACK's estimate of the reciprocal 1-norm
   condition number of A equilibrated by zgeequ (zgecon; 0 when A is
   singular): the solution has about -log10(rcond) digits fewer than the
   16 of a double.  Returns LAPACK's info (0: solved) or
   EXACT_LAPACK_NOTRUN. */
int exact_zgesv(double *rcond, long n, double *a, double *b);

/* The unitary reduction A = Q H Q^H to upper Hessenberg form (zgehrd,
   zunghr): a (column-major n x n, complex as re/im pairs) is overwritten
   by H (the entries below the first subdiagonal set to 0), q (n x n)
   receives Q.  A resolvent (H - z)^-1 then costs O(n^2) per z instead of
   an O(n^3) factorization.  LAPACK's info (0) or EXACT_LAPACK_NOTRUN. */
int exact_zhess(double *a, double *q, long n);

#endif
