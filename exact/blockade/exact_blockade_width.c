/* exact_blockade_width.c: the blockade half-width bound of Eq. 12 (S32),
   |epsilon| < w_n = sqrt(lambda^{n-N} binom(N, n)) / (N-n-1)!, in logs. */
#include <math.h>
#include "exact_blockade.h"

double exact_blockade_width(slong n, slong N, double lambda)
{
    double lbin = lgamma(N + 1.0) - lgamma(n + 1.0) - lgamma(N - n + 1.0);

    if (n < 0 || n >= N)
        return NAN;
    return exp(0.5 * ((n - N) * log(lambda) + lbin) - lgamma((double) (N - n)));
}
