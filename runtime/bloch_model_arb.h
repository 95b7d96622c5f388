/* bloch_model_arb.h: Arb-ball versions of the emitted functions, for
 * certified evaluation.  Defined in generated/<name>_arb.c. */
#ifndef BLOCHGEN_BLOCH_MODEL_ARB_H
#define BLOCHGEN_BLOCH_MODEL_ARB_H

#include "flint_compat.h"

typedef struct
{
    void (*rhs)(arb_ptr dxdt, arb_srcptr x, arb_srcptr p, slong prec);
    /* dense row-major nobs x nobs */
    void (*jacobian)(arb_ptr jac, arb_srcptr x, arb_srcptr p, slong prec);
    /* returns 0, or -1 if a denominator ball contains zero */
    int (*symmetric)(arb_ptr x, arb_srcptr p, slong prec);
} bloch_model_arb_t;

#endif
