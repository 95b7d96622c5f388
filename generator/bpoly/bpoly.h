/* bpoly.h: polynomials in the state variables <P> whose coefficients are
 * exact polynomials over Q in the parameters (FLINT fmpq_mpoly).
 *
 * The state has 4^k - 1 variables (4095 at k = 6), far too many for FLINT's
 * packed exponent vectors, while each equation touches only a handful of
 * them with degree <= 3.  So monomials in the state are short sorted lists
 * of variable indices and only the parameter part is a FLINT polynomial.
 * Terms are kept sorted by monomial with no zero coefficients, so equality
 * is structural. */
#ifndef BLOCHGEN_BPOLY_H
#define BLOCHGEN_BPOLY_H

#include <stdint.h>
#include "flint_compat.h"
#include "limit.h"

#define BMONO_MAX_DEG 8

typedef struct
{
    uint16_t deg;
    uint16_t var[BMONO_MAX_DEG];    /* ascending, repeats for powers */
} bmono_struct;

typedef bmono_struct bmono_t;

typedef struct
{
    bmono_t *mono;
    fmpq_mpoly_struct *coeff;
    slong length;
    slong alloc;
} bpoly_struct;

typedef bpoly_struct bpoly_t[1];

/* monomials */
void bmono_one(bmono_t *m);
void bmono_var(bmono_t *m, slong var);
int bmono_cmp(const bmono_t *a, const bmono_t *b);
/* returns 0 on success, -1 if the degree would exceed BMONO_MAX_DEG */
int bmono_mul(bmono_t *r, const bmono_t *a, const bmono_t *b);
/* exponent of var in m */
int bmono_exponent(const bmono_t *m, slong var);

/* memory */
void bpoly_init(bpoly_t p, const fmpq_mpoly_ctx_t ctx);
void bpoly_clear(bpoly_t p, const fmpq_mpoly_ctx_t ctx);
void bpoly_zero(bpoly_t p, const fmpq_mpoly_ctx_t ctx);
void bpoly_set(bpoly_t r, const bpoly_t a, const fmpq_mpoly_ctx_t ctx);
void bpoly_swap(bpoly_t a, bpoly_t b);
/* internal: make room for len terms */
void bpoly_fit_length(bpoly_t p, slong len, const fmpq_mpoly_ctx_t ctx);

/* construction */
void bpoly_set_fmpq_mpoly(bpoly_t p, const fmpq_mpoly_t c, const fmpq_mpoly_ctx_t ctx);
void bpoly_set_si(bpoly_t p, slong c, const fmpq_mpoly_ctx_t ctx);
void bpoly_set_fmpq(bpoly_t p, const fmpq_t c, const fmpq_mpoly_ctx_t ctx);
void bpoly_set_param(bpoly_t p, slong param, const fmpq_mpoly_ctx_t ctx);
void bpoly_set_var(bpoly_t p, slong var, const fmpq_mpoly_ctx_t ctx);

/* p += c * m */
void bpoly_add_term(bpoly_t p, const bmono_t *m, const fmpq_mpoly_t c,
                    const fmpq_mpoly_ctx_t ctx);
/* p += s * c * m, s rational */
void bpoly_addmul_term_fmpq(bpoly_t p, const bmono_t *m, const fmpq_mpoly_t c,
                            const fmpq_t s, const fmpq_mpoly_ctx_t ctx);

/* arithmetic */
void bpoly_add(bpoly_t r, const bpoly_t a, const bpoly_t b, const fmpq_mpoly_ctx_t ctx);
void bpoly_sub(bpoly_t r, const bpoly_t a, const bpoly_t b, const fmpq_mpoly_ctx_t ctx);
void bpoly_neg(bpoly_t r, const bpoly_t a, const fmpq_mpoly_ctx_t ctx);
void bpoly_scalar_mul_fmpq(bpoly_t r, const bpoly_t a, const fmpq_t s, const fmpq_mpoly_ctx_t ctx);
/* r += s * a */
void bpoly_addmul_fmpq(bpoly_t r, const bpoly_t a, const fmpq_t s, const fmpq_mpoly_ctx_t ctx);
/* r += s * a * b; returns -1 if a degree overflows */
int bpoly_addmul(bpoly_t r, const bpoly_t a, const bpoly_t b, const fmpq_t s,
                 const fmpq_mpoly_ctx_t ctx);
int bpoly_mul(bpoly_t r, const bpoly_t a, const bpoly_t b, const fmpq_mpoly_ctx_t ctx);
/* r += s * a * x_var (var < 0 means the identity, <I> = 1) */
int bpoly_addmul_var(bpoly_t r, const bpoly_t a, slong var, const fmpq_t s,
                     const fmpq_mpoly_ctx_t ctx);
void bpoly_derivative(bpoly_t r, const bpoly_t a, slong var, const fmpq_mpoly_ctx_t ctx);
/* set every variable with zero[v] != 0 to zero */
void bpoly_zero_vars(bpoly_t r, const bpoly_t a, const char *zero, const fmpq_mpoly_ctx_t ctx);

/* queries */
int bpoly_is_zero(const bpoly_t p);
int bpoly_equal(const bpoly_t a, const bpoly_t b, const fmpq_mpoly_ctx_t ctx);
int bpoly_degree(const bpoly_t p);
/* Terms (over all coefficients), degree and coefficient bits in the
   parameters, for the limits. */
void bpoly_size(limit_size_t *s, const bpoly_t p, const fmpq_mpoly_ctx_t ctx);
/* evaluation in doubles (tests, self-checks) */
double bpoly_evaluate_d(const bpoly_t p, const double *x, const double *par,
                        const fmpq_mpoly_ctx_t ctx);

#endif
