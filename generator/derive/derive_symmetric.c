#include "derive.h"
#include "alloc.h"

const fmpz_mpoly_ctx_struct *derive_qctx(const derive_t d)
{
    return d->m->pctx->zctx;
}

void derive_fmpq_mpoly_get_q(fmpz_mpoly_q_t r, const fmpq_mpoly_t c, const derive_t d)
{
    const fmpz_mpoly_ctx_struct *qctx = derive_qctx(d);
    fmpq_mpoly_struct *cc = (fmpq_mpoly_struct *) c;   /* the _ref accessors are not const */

    fmpz_mpoly_scalar_mul_fmpz(fmpz_mpoly_q_numref(r), fmpq_mpoly_zpoly_ref(cc, d->m->pctx),
                               fmpq_numref(fmpq_mpoly_content_ref(cc, d->m->pctx)), qctx);
    fmpz_mpoly_set_fmpz(fmpz_mpoly_q_denref(r),
                        fmpq_denref(fmpq_mpoly_content_ref(cc, d->m->pctx)), qctx);
    fmpz_mpoly_q_canonicalise(r, qctx);
}

void derive_bpoly_eval_q(fmpz_mpoly_q_t r, const bpoly_t p, const fmpz_mpoly_q_struct *vals,
                         const derive_t d)
{
    const fmpz_mpoly_ctx_struct *qctx = derive_qctx(d);
    fmpz_mpoly_q_t t;
    slong k;
    int j;

    fmpz_mpoly_q_init(t, qctx);
    fmpz_mpoly_q_zero(r, qctx);
    for (k = 0; k < p->length; k++)
    {
        const bmono_t *mo = p->mono + k;
        int zero = 0;
        for (j = 0; j < mo->deg; j++)
            zero |= d->odd[mo->var[j]];
        if (zero)
            continue;
        derive_fmpq_mpoly_get_q(t, p->coeff + k, d);
        for (j = 0; j < mo->deg; j++)
            fmpz_mpoly_q_mul(t, t, vals + mo->var[j], qctx);
        fmpz_mpoly_q_add(r, r, t, qctx);
    }
    fmpz_mpoly_q_clear(t, qctx);
}

/* Gaussian elimination over Q(params) on the augmented n x (n+1) matrix.
   Pivots are chosen with the fewest numerator terms to limit growth.
   Returns 0, or -1 if singular. */
static int solve_q(fmpz_mpoly_q_struct *A, slong n, const fmpz_mpoly_ctx_t qctx)
{
    slong c, r, j, w = n + 1;
    fmpz_mpoly_q_t f, t;
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
        for (j = c; j < w; j++)
            fmpz_mpoly_q_mul(A + c * w + j, A + c * w + j, f, qctx);
        for (r = 0; r < n; r++)
        {
            if (r == c || fmpz_mpoly_q_is_zero(A + r * w + c, qctx))
                continue;
            fmpz_mpoly_q_set(f, A + r * w + c, qctx);
            for (j = c; j < w; j++)
            {
                fmpz_mpoly_q_mul(t, f, A + c * w + j, qctx);
                fmpz_mpoly_q_sub(A + r * w + j, A + r * w + j, t, qctx);
            }
        }
    }
    fmpz_mpoly_q_clear(f, qctx);
    fmpz_mpoly_q_clear(t, qctx);
    return status;
}

/* Fills the augmented matrix of the even sector; -1 if it is nonlinear. */
static int even_system(fmpz_mpoly_q_struct *A, const slong *ev, const slong *idx, slong ne,
                       const derive_t d)
{
    const fmpz_mpoly_ctx_struct *qctx = derive_qctx(d);
    const fmpq_mpoly_ctx_struct *ctx = d->m->pctx;
    bpoly_t eq;
    fmpz_mpoly_q_t q;
    slong r, k;
    int status = 0;

    bpoly_init(eq, ctx);
    fmpz_mpoly_q_init(q, qctx);
    for (r = 0; r < ne && status == 0; r++)
    {
        bpoly_zero_vars(eq, d->rhs + ev[r], d->odd, ctx);
        if (bpoly_degree(eq) > 1)
            status = -1;
        for (k = 0; k < eq->length && status == 0; k++)
        {
            derive_fmpq_mpoly_get_q(q, eq->coeff + k, d);
            if (eq->mono[k].deg == 0)       /* constant: moves to the right side */
                fmpz_mpoly_q_neg(A + r * (ne + 1) + ne, q, qctx);
            else
                fmpz_mpoly_q_set(A + r * (ne + 1) + idx[eq->mono[k].var[0]], q, qctx);
        }
    }
    bpoly_clear(eq, ctx);
    fmpz_mpoly_q_clear(q, qctx);
    return status;
}

void derive_symmetric(derive_t d)
{
    const fmpz_mpoly_ctx_struct *qctx = derive_qctx(d);
    slong *ev, *idx, ne = 0, v, k;
    fmpz_mpoly_q_struct *A;

    d->sym_status = SYM_NONE;
    if (!d->m->has_symmetry)
        return;
    ev = blochgen_malloc(d->n * sizeof(slong));
    idx = blochgen_malloc(d->n * sizeof(slong));
    for (v = 0; v < d->n; v++)
    {
        idx[v] = d->odd[v] ? -1 : ne;
        if (!d->odd[v])
            ev[ne++] = v;
    }
    d->sym_status = SYM_TOO_LARGE;
    if (ne <= DERIVE_SYM_MAX)
    {
        A = blochgen_malloc(ne * (ne + 1) * sizeof(fmpz_mpoly_q_struct));
        for (k = 0; k < ne * (ne + 1); k++)
            fmpz_mpoly_q_init(A + k, qctx);
        if (even_system(A, ev, idx, ne, d) != 0)
            d->sym_status = SYM_NONLINEAR;
        else if (solve_q(A, ne, qctx) != 0)
            d->sym_status = SYM_SINGULAR;
        else
        {
            d->sym_status = SYM_CLOSED_FORM;
            d->sym = blochgen_malloc(d->n * sizeof(fmpz_mpoly_q_struct));
            for (v = 0; v < d->n; v++)
                fmpz_mpoly_q_init(d->sym + v, qctx);
            for (k = 0; k < ne; k++)
                fmpz_mpoly_q_set(d->sym + ev[k], A + k * (ne + 1) + ne, qctx);
        }
        for (k = 0; k < ne * (ne + 1); k++)
            fmpz_mpoly_q_clear(A + k, qctx);
        free(A);
    }
    free(ev);
    free(idx);
}
