#include "bpoly.h"

/* A coefficient content * z(params) has numerator bits at most
   bits(content) + bits(z) and the content's denominator. */
void bpoly_size(limit_size_t *s, const bpoly_t p, const fmpq_mpoly_ctx_t ctx)
{
    slong k;

    s->terms = 0;
    s->degree = 0;
    s->bits = 0;
    for (k = 0; k < p->length; k++)
    {
        fmpq_mpoly_struct *c = p->coeff + k;    /* the _ref accessors are not const */
        const fmpq *q = fmpq_mpoly_content_ref(c, ctx);
        slong bits = fmpz_bits(fmpq_numref(q)) + fmpz_bits(fmpq_denref(q)) +
                     FLINT_ABS(fmpz_mpoly_max_bits(fmpq_mpoly_zpoly_ref(c, ctx)));

        s->terms += (double) fmpq_mpoly_length(c, ctx);
        s->degree = FLINT_MAX(s->degree, fmpq_mpoly_total_degree_si(c, ctx));
        s->bits = FLINT_MAX(s->bits, bits);
    }
}
