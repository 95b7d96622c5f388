#include <stdlib.h>
#include "alloc.h"
#include "elim.h"

void elim_mpoly_eval_arb(arb_t res, const fmpz_mpoly_t a, arb_srcptr vals,
                         const fmpz_mpoly_ctx_t ctx, slong prec)
{
    slong nv = fmpz_mpoly_ctx_nvars(ctx), t, k;
    ulong *ex = blochgen_malloc(sizeof(ulong) * nv);
    arb_t term, pw;
    fmpz_t c;

    arb_init(term), arb_init(pw);
    fmpz_init(c);
    arb_zero(res);
    for (t = 0; t < fmpz_mpoly_length(a, ctx); t++)
    {
        fmpz_mpoly_get_term_exp_ui(ex, a, t, ctx);
        fmpz_mpoly_get_term_coeff_fmpz(c, a, t, ctx);
        arb_set_fmpz(term, c);
        for (k = 0; k < nv; k++)
            if (ex[k] > 0)
            {
                arb_pow_ui(pw, vals + k, ex[k], prec);
                arb_mul(term, term, pw, prec);
            }
        arb_add(res, res, term, prec);
    }
    fmpz_clear(c);
    arb_clear(term), arb_clear(pw);
    free(ex);
}
