/* exact_brute.h: an independent check of exact_corr.h in doubles: the
 * dense 4^N x 4^N Liouvillian of Eq. 2 (N <= 6) and its null vector by
 * LAPACK (exact_lapack.h). */
#ifndef BLOCHGEN_EXACT_BRUTE_H
#define BLOCHGEN_EXACT_BRUTE_H

#include "exact_corr.h"

/* rho (2^N x 2^N, row-major, complex as re,im pairs) = the steady state;
   basis index bit (N-1-j) of a state is 1 when site j is down.  0, or 3
   after a message when LAPACK fails or the Liouvillian is too
   ill-conditioned for doubles (EXACT_LAPACK_RCOND_MIN). */
int exact_brute_steady(double *rho, const exact_params_t *p);
/* tr(sigma^+_C1 sigma^-_C2 rho) into re, im. */
void exact_brute_corr(double *re, double *im, const double *rho, slong N,
                      const exact_cluster_t *c);

#endif
