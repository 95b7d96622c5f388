/* exact_blockade.h: the excitation blockade (Eqs. 8, 11, 12): the
 * certified n-bar along a line of hz, the width bound w_n of Eq. 12 and
 * the width measured on the certified n-bar. */
#ifndef BLOCHGEN_EXACT_BLOCKADE_H
#define BLOCHGEN_EXACT_BLOCKADE_H

#include "exact_cert.h"

/* n-bar = <sigma^+_1 sigma^-_1> (uniform fields) of p at hz (a decimal
   string) certified to cert's digits; 0, or 3 after a message. */
int exact_nbar_certify(arb_t nb, const exact_params_t *p, const char *hz, const exact_cert_t *cert);
/* The decimal string (60 digits, flint_free it) of
   a + (num/den)(b - a) + delta, a and b decimal strings. */
char *exact_hz_str(const char *a, slong num, slong den, const char *b, double delta);

/* log w_n of Eq. 12 (S32) for N sites and log lambda, lambda =
   2 |J_eff/hx|^2 (both in logs: either leaves the range of doubles at
   ordinary parameters); NaN unless 0 <= n < N. */
double exact_blockade_width_log(slong n, slong N, double loglambda);
/* log lambda of p (uniform hx; the doubles of p set by exact_params_check). */
double exact_blockade_loglambda(const exact_params_t *p);

typedef struct
{
    double peak_offset;     /* hz of the maximum minus n J */
    double peak, base;      /* n-bar there, and the background */
    double fwhm;            /* the full width at (peak + base)/2 */
} exact_fwhm_t;

/* The n-bar peak at hz = n J of p (uniform hx; p->hz unused; the doubles
   of p set by exact_params_check).  0; -1 when no peak or no crossing is
   found within |J|/2, or n-bar is below the range of doubles (then every
   field is NaN); 3 when n-bar could not be certified. */
int exact_blockade_fwhm(exact_fwhm_t *w, const exact_params_t *p, slong n, const exact_cert_t *cert);

#endif
