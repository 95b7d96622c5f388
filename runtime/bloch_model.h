/* bloch_model.h: the interface between emitted model code and the runtime.
 *
 * `blochgen emit` writes generated/<name>.c defining
 *     const bloch_model_t <name>_model;
 * and generated/<name>_arb.c defining
 *     const bloch_model_arb_t <name>_model_arb;
 * The double-precision half needs no FLINT headers. */
#ifndef BLOCHGEN_BLOCH_MODEL_H
#define BLOCHGEN_BLOCH_MODEL_H

/* One term of an exact polynomial in the parameters: an integer
   coefficient (decimal, any size) times a product of parameter powers. */
typedef struct
{
    const char *coeff;
    const unsigned char *exp;      /* nparams exponents */
} bloch_term_t;

typedef struct
{
    const char *name;
    const char *source;            /* the model file it was generated from */
    int sites;
    int nparams;
    int nobs;
    const char *const *params;
    const char *const *observables;
    /* parity[v]: 0 even, 1 odd, -1 when the model declares no symmetry */
    const signed char *parity;
    const char *symmetry;          /* generator, or NULL */
    int has_symmetric;             /* closed-form symmetric state emitted */
    int has_boundary;              /* boundary polynomial emitted */

    /* d<x>/dt for every observable */
    void (*rhs)(double *dxdt, const double *x, const double *p);
    /* dense row-major nobs x nobs Jacobian d rhs_i / d x_j */
    void (*jacobian)(double *jac, const double *x, const double *p);
    /* the diagonal blocks of the Jacobian: rows and columns restricted to the
       even (odd) observables, in observable order.  At a symmetric state the
       off-diagonal blocks vanish, so these two decide its stability. */
    void (*jacobian_even)(double *jac, const double *x, const double *p);
    void (*jacobian_odd)(double *jac, const double *x, const double *p);
    int neven;
    int nodd;
    /* closed-form symmetric steady state; returns 0, or -1 where a
       denominator vanishes (or no closed form exists) */
    int (*symmetric)(double *x, const double *p);
    /* boundary polynomial: zero where the symmetric state has a zero odd
       eigenvalue; evaluated here in doubles, given exactly by the terms */
    double (*boundary)(const double *p);
    int nboundary_terms;
    const bloch_term_t *boundary_terms;
} bloch_model_t;

#endif
