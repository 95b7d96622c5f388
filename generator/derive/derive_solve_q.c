#include "derive.h"

int derive_check_mul_q(const fmpz_mpoly_q_t a, const fmpz_mpoly_q_t b, int invert_b,
                       const limit_struct *L, double *formed, char *msg, const char *what,
                       const fmpz_mpoly_ctx_t qctx)
{
    limit_size_t s;

    limit_size_mul_mpoly_q(&s, a, b, invert_b, qctx);
    return limit_check(msg, DERIVE_NOTE_MAX, L, &s, formed, what);
}

int derive_check_add_q(const fmpz_mpoly_q_t a, const fmpz_mpoly_q_t b, const limit_struct *L,
                       double *formed, char *msg, const char *what, const fmpz_mpoly_ctx_t qctx)
{
    limit_size_t s;

    limit_size_add_mpoly_q(&s, a, b, qctx);
    return limit_check(msg, DERIVE_NOTE_MAX, L, &s, formed, what);
}

/* Pivots are chosen with the fewest numerator terms to limit growth, and
   every update is checked against the limits before it is formed (with
   many parameters the entries grow without bound: 20 parameters in sums
   take a minute, 200 would take hours and gigabytes). */
int derive_solve_q(fmpz_mpoly_q_struct *A, slong n, slong w, const limit_struct *L, char *msg,
                   const char *what, const fmpz_mpoly_ctx_t qctx)
{
    slong c, r, j;
    fmpz_mpoly_q_t f, t;
    double formed = 0;
    int status = 0;

    fmpz_mpoly_q_init(f, qctx);
    fmpz_mpoly_q_init(t, qctx);
    for (c = 0; c < n && status == 0; c++)
    {
        slong best = -1;
        for (r = c; r < n; r++)
            if (!fmpz_mpoly_q_is_zero(A + r * w + c, qctx) &&
                (best < 0 || fmpz_mpoly_length(fmpz_mpoly_q_numref(A + r * w + c), qctx) <
                 fmpz_mpoly_length(fmpz_mpoly_q_numref(A + best * w + c), qctx)))
                best = r;
        if (best < 0)
        {
            status = -1;
            break;
        }
        if (best != c)
            for (j = 0; j < w; j++)
                fmpz_mpoly_q_swap(A + best * w + j, A + c * w + j, qctx);
        fmpz_mpoly_q_inv(f, A + c * w + c, qctx);
        for (j = c; j < w && status == 0; j++)
            if ((status = derive_check_mul_q(A + c * w + j, f, 0, L, &formed, msg, what,
                                             qctx)) == 0)
                fmpz_mpoly_q_mul(A + c * w + j, A + c * w + j, f, qctx);
        for (r = 0; r < n && status == 0; r++)
        {
            if (r == c || fmpz_mpoly_q_is_zero(A + r * w + c, qctx))
                continue;
            fmpz_mpoly_q_set(f, A + r * w + c, qctx);
            for (j = c; j < w && status == 0; j++)
            {
                if ((status = derive_check_mul_q(f, A + c * w + j, 0, L, &formed, msg, what,
                                                 qctx)) != 0)
                    break;
                fmpz_mpoly_q_mul(t, f, A + c * w + j, qctx);
                if ((status = derive_check_add_q(A + r * w + j, t, L, &formed, msg, what,
                                                 qctx)) != 0)
                    break;
                fmpz_mpoly_q_sub(A + r * w + j, A + r * w + j, t, qctx);
            }
        }
    }
    fmpz_mpoly_q_clear(f, qctx);
    fmpz_mpoly_q_clear(t, qctx);
    return status;
}
