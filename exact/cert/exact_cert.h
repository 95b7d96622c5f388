/* exact_cert.h: certification.  Any list of real observables computed
 * at one working precision (exact_corr.h) is evaluated from the decimal
 * inputs at doubling precision until every value is proved to the digits
 * asked for, or the precision cap is reached. */
#ifndef BLOCHGEN_EXACT_CERT_H
#define BLOCHGEN_EXACT_CERT_H

#include <stdio.h>
#include "exact_corr.h"

typedef struct
{
    slong digits;           /* significant decimal digits wanted */
    slong max_prec;         /* the cap, bits */
    int ball;               /* print midpoint and radius instead */
} exact_cert_t;

/* Bits of relative accuracy that certify `digits` decimal digits. */
slong exact_cert_bits(slong digits);
/* 1 if x is exactly zero or has enough relative accuracy. */
int exact_cert_ok(const arb_t x, slong digits);
/* x (certified) as D significant digits, "0" for an exact zero
   (flint_free it). */
char *exact_cert_str(const arb_t x, const exact_cert_t *c);
/* Prints x (certified) to f: D digits, or "mid rad" with --ball. */
void exact_cert_print(FILE *f, const arb_t x, const exact_cert_t *c);
/* The first working precision tried for N sites. */
slong exact_cert_prec0(const exact_cert_t *c, slong N);

/* Fills n real balls at the precision of x. */
typedef void (*exact_eval_fn)(arb_ptr out, const exact_arb_t *x, const void *ctx);
/* The adaptive loop for f: 0 when all n values are certified, or 3 after
   a message naming `what` and the cap. */
int exact_certify_eval(arb_ptr out, slong n, exact_eval_fn f, const void *ctx,
                       const exact_params_t *p, const exact_cert_t *cert, const char *what);

/* Certified correlator: res holds the ball; 0, or 3 after a message
   naming the cap. */
int exact_corr_certify(acb_t res, const exact_params_t *p, const exact_cluster_t *c,
                       const exact_cert_t *cert);

/* Certified single-site observables of site j (0-based):
   n_j = <sigma^+_j sigma^-_j>, <sigma^z_j>, <sigma^x_j>, <sigma^y_j>;
   0, or 3 after a message naming the cap. */
int exact_density_certify(arb_ptr out4, const exact_params_t *p, slong j,
                          const exact_cert_t *cert);

#endif
