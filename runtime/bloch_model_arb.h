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

/* One term of an emitted equation or Jacobian entry (the Arb half's
   tables): num/den times the parameters to the powers of its row of the
   exponent table, times the state variables vars[var], ...,
   vars[var + nvar - 1]; added into out[target]. */
typedef struct
{
    int target;
    long num;
    long den;
    int var;
    int nvar;
} bloch_arb_term_t;

/* out[0..nout) = the sums of the nterms terms at state x and parameters p
   (pexp: nterms rows of np exponents), in ball arithmetic at precision
   prec, so that they enclose the exact values.  The one loop every
   emitted Arb half's tables go through (inline: emitted code links
   without the runtime in some tests and tools). */
static inline void bloch_arb_terms(arb_ptr out, slong nout, const bloch_arb_term_t *term,
                                   slong nterms, const unsigned char *pexp, slong np,
                                   const int *vars, arb_srcptr x, arb_srcptr p, slong prec)
{
    arb_t t;
    slong i, k;
    unsigned e;

    arb_init(t);
    _arb_vec_zero(out, nout);
    for (i = 0; i < nterms; i++)
    {
        const bloch_arb_term_t *u = term + i;
        arb_set_si(t, u->num);
        for (k = 0; k < np; k++)
            for (e = 0; e < pexp[i * np + k]; e++)
                arb_mul(t, t, p + k, prec);
        for (k = 0; k < u->nvar; k++)
            arb_mul(t, t, x + vars[u->var + k], prec);
        if (u->den != 1)
            arb_div_si(t, t, u->den, prec);
        arb_add(out + u->target, out + u->target, t, prec);
    }
    arb_clear(t);
}

#endif
