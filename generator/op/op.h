/* op.h: operators as sums of Pauli strings with complex coefficients.
 *
 * A coefficient is re + i*im with re, im in bpoly (polynomials in the
 * parameters and in self-consistent state values <P>).  This is the value
 * type of the model language: a parameter is a multiple of the identity, a
 * Pauli factor has coefficient 1, and products reduce by the Pauli algebra. */
#ifndef BLOCHGEN_OP_H
#define BLOCHGEN_OP_H

#include "pauli.h"
#include "bpoly.h"

typedef struct
{
    pauli_t pauli;
    bpoly_t re;
    bpoly_t im;
    int col;            /* source column of the first contribution */
} op_term_struct;

typedef struct
{
    op_term_struct *terms;
    slong length;
    slong alloc;
} op_struct;

typedef op_struct op_t[1];

void op_init(op_t a, const fmpq_mpoly_ctx_t ctx);
void op_clear(op_t a, const fmpq_mpoly_ctx_t ctx);
void op_swap(op_t a, op_t b);
void op_zero(op_t a, const fmpq_mpoly_ctx_t ctx);
void op_set(op_t r, const op_t a, const fmpq_mpoly_ctx_t ctx);

/* a = c * identity, a = pauli */
void op_set_scalar(op_t a, const bpoly_t c, const fmpq_mpoly_ctx_t ctx);
void op_set_pauli(op_t a, pauli_t p, const fmpq_mpoly_ctx_t ctx);

/* a += s * i^phase * (re + i im) * pauli; re or im may be NULL (zero) */
void op_add_term(op_t a, pauli_t p, int phase, const bpoly_t re, const bpoly_t im,
                 const fmpq_t s, int col, const fmpq_mpoly_ctx_t ctx);

/* r = a + s*b */
void op_addmul_fmpq(op_t r, const op_t b, const fmpq_t s, const fmpq_mpoly_ctx_t ctx);
void op_scalar_mul_fmpq(op_t r, const op_t a, const fmpq_t s, const fmpq_mpoly_ctx_t ctx);
/* r = i^phase * a */
void op_mul_phase(op_t r, const op_t a, int phase, const fmpq_mpoly_ctx_t ctx);
/* r = a * b; -1 if a state degree overflows */
int op_mul(op_t r, const op_t a, const op_t b, const fmpq_mpoly_ctx_t ctx);
/* stamp every term with a source column */
void op_set_col(op_t a, int col);

/* Size of a's coefficients for the limits: terms summed over the Pauli
   strings, the largest degree and coefficient in the parameters. */
void op_size(limit_size_t *s, const op_t a, const fmpq_mpoly_ctx_t ctx);

/* Complex helper: (re, im) += s * i^phase * (ar + i ai) * (br + i bi).
   Null imaginary parts count as zero. */
int cbpoly_addmul(bpoly_t re, bpoly_t im, int phase,
                  const bpoly_t ar, const bpoly_t ai,
                  const bpoly_t br, const bpoly_t bi,
                  const fmpq_t s, const fmpq_mpoly_ctx_t ctx);

#endif
