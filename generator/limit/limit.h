/* limit.h: the named resource limits of bin/blochgen.
 *
 * A short model or hand file can ask for more than any machine has:
 * 40,000 nested parentheses overflow the stack, a power of a power of a
 * sum asks for gigabytes of terms, a number raised to powers for gigabytes
 * of digits.  Every such growth is checked against one of these limits
 * before it happens (a product by a bound on its size, computed from its
 * factors), and the error names the limit; `--limit name=value` on the
 * command line raises it.  The defaults are far above what real models
 * need (docs/generator.md, "Limits"). */
#ifndef BLOCHGEN_LIMIT_H
#define BLOCHGEN_LIMIT_H

#include <stddef.h>
#include "flint_compat.h"

typedef enum
{
    LIMIT_DEPTH = 0,    /* nesting of ( ) and signs in one expression */
    LIMIT_DEGREE,       /* total degree in the parameters of one polynomial */
    LIMIT_TERMS,        /* terms of one polynomial */
    LIMIT_BITS,         /* bits of one coefficient */
    LIMIT_EQUATIONS,    /* terms of the equations of motion and Jacobian together */
    LIMIT_SITES,        /* sites of a model whose C code emit writes */
    LIMIT_ROOT_BITS,    /* coefficient bits of a polynomial whose roots boundary isolates */
    LIMIT_COUNT
} limit_id;

typedef struct
{
    slong max[LIMIT_COUNT];
    /* Not a limit: called during long steps (step name, items done, items
       in all) so that a command line can show progress; NULL: silent. */
    void (*progress)(const char *step, slong done, slong total);
} limit_struct;

typedef limit_struct limit_t[1];

/* The size of a polynomial, or an upper bound on it.  A rational function
   counts its larger half (numerator or denominator) in each field. */
typedef struct
{
    double terms;       /* a double: bounds of products overflow slong */
    slong degree;
    slong bits;
} limit_size_t;

/* The defaults. */
void limit_init(limit_t L);

/* Name as written on the command line ("root-bits"), and what it bounds. */
const char *limit_name(limit_id id);
const char *limit_what(limit_id id);
slong limit_default(limit_id id);

/* Applies "name=value,name=value" to L: 0, or 2 with a message in msg.
   Values are positive integers. */
int limit_set(limit_t L, const char *spec, char *msg, size_t size);

/* Size of a polynomial and of a rational function. */
void limit_size_fmpz_mpoly(limit_size_t *s, const fmpz_mpoly_t p,
                            const fmpz_mpoly_ctx_t ctx);
void limit_size_mpoly_q(limit_size_t *s, const fmpz_mpoly_q_t q, const fmpz_mpoly_ctx_t ctx);

/* Bounds on a product and a sum from the sizes of the operands. */
void limit_size_mul(limit_size_t *r, const limit_size_t *a, const limit_size_t *b);
void limit_size_add(limit_size_t *r, const limit_size_t *a, const limit_size_t *b);

/* Bounds on a * b and a + b of polynomials and rational functions.  A
   sum over one denominator forms nothing new (its terms and coefficients
   come from its operands): its size is zero. */
void limit_size_mul_fmpz_mpoly(limit_size_t *r, const fmpz_mpoly_t a, const fmpz_mpoly_t b,
                                const fmpz_mpoly_ctx_t ctx);
void limit_size_mul_mpoly_q(limit_size_t *r, const fmpz_mpoly_q_t a, const fmpz_mpoly_q_t b,
                             int invert_b, const fmpz_mpoly_ctx_t ctx);
void limit_size_add_mpoly_q(limit_size_t *r, const fmpz_mpoly_q_t a, const fmpz_mpoly_q_t b,
                             const fmpz_mpoly_ctx_t ctx);

/* LIMIT_DEGREE, LIMIT_TERMS or LIMIT_BITS if s exceeds that limit (the
   first of them), else -1 (always for L NULL: no limits). */
int limit_exceeded(const limit_t L, const limit_size_t *s);

/* The message for a size s over limit id: "WHAT would have up to 2.3e+07
   terms, above the limit terms=1000000 (raise it with --limit
   terms=N)"; prior: the terms formed before it (see limit_check). */
void limit_message(char *buf, size_t size, const limit_t L, int id, const limit_size_t *s,
                   double prior, const char *what);

/* Checks s (a bound on a product about to be formed) and writes the
   message if a limit is exceeded: 0 or 2.  formed (NULL: none) counts the
   terms all products of one file or one step have formed: `terms` bounds
   that total, not only each product, so that neither many products (a
   sum of products, one jump line after another) nor deep nesting can
   add up to gigabytes or hours.  On success s->terms is added to it. */
int limit_check(char *buf, size_t size, const limit_t L, const limit_size_t *s,
                double *formed, const char *what);

/* The sentence every message ends with: "(raise it with --limit NAME=N)". */
void limit_raise_hint(char *buf, size_t size, limit_id id);

#endif
