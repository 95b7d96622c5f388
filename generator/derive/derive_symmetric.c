#include <stdio.h>
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

int derive_bpoly_eval_q(fmpz_mpoly_q_t r, const bpoly_t p, const fmpz_mpoly_q_struct *vals,
                        const derive_t d, const limit_struct *L, char *msg)
{
    const fmpz_mpoly_ctx_struct *qctx = derive_qctx(d);
    const char *what = "a Jacobian entry at the symmetric state";
    fmpz_mpoly_q_t t;
    double formed = 0;
    slong k;
    int j, st = 0;

    fmpz_mpoly_q_init(t, qctx);
    fmpz_mpoly_q_zero(r, qctx);
    for (k = 0; k < p->length && st == 0; k++)
    {
        const bmono_t *mo = p->mono + k;
        int zero = 0;
        for (j = 0; j < mo->deg; j++)
            zero |= d->odd[mo->var[j]];
        if (zero)
            continue;
        derive_fmpq_mpoly_get_q(t, p->coeff + k, d);
        for (j = 0; j < mo->deg && st == 0; j++)
            if ((st = derive_check_mul_q(t, vals + mo->var[j], 0, L, &formed, msg, what, qctx)) == 0)
                fmpz_mpoly_q_mul(t, t, vals + mo->var[j], qctx);
        if (st == 0 && (st = derive_check_add_q(r, t, L, &formed, msg, what, qctx)) == 0)
            fmpz_mpoly_q_add(r, r, t, qctx);
    }
    fmpz_mpoly_q_clear(t, qctx);
    return st;
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
    int st;

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
        st = -1;
        if (even_system(A, ev, idx, ne, d) != 0)
            d->sym_status = SYM_NONLINEAR;
        else if ((st = derive_solve_q(A, ne, ne + 1, &d->m->limits, d->limit_note,
                                     "the symmetric state's elimination", qctx)) == 2)
            d->sym_status = SYM_LIMIT;
        else if (st != 0)
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
