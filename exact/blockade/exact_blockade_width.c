/* exact_blockade_width.c: the blockade half-width bound of Eq. 12 (S32),
   |epsilon| < w_n = sqrt(lambda^{n-N} binom(N, n)) / (N-n-1)!, as its
   logarithm: w_n leaves the range of doubles long before the parameters
   do (hx = 1e3 J at N = 200 gives w_0 ~ 1e197, w_0 ~ 1e+400 not far off). */
#include <math.h>
#include "exact_blockade.h"

double exact_blockade_width_log(slong n, slong N, double loglambda)
{
    double lbin = lgamma(N + 1.0) - lgamma(n + 1.0) - lgamma(N - n + 1.0);

    if (n < 0 || n >= N)
        return NAN;
    return 0.5 * ((n - N) * loglambda + lbin) - lgamma((double) (N - n));
}

double exact_blockade_loglambda(const exact_params_t *p)
{
    /* log(2 |J_eff|^2 / hx^2) without forming the ratio */
    return log(2.0) + 2 * log(hypot(p->dJ, p->dGamma / 2)) - 2 * log(fabs(p->dhx[0]));
}
