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

/* Before a product or sum of rational functions is formed: 0, or 2 with
   the message of the limit it could exceed. */
static int check_mul(const fmpz_mpoly_q_t a, const fmpz_mpoly_q_t b, int invert_b,
                     const limit_struct *L, double *formed, char *msg, const char *what,
                     const fmpz_mpoly_ctx_t qctx)
{
    limit_size_t s;

    limit_size_mul_mpoly_q(&s, a, b, invert_b, qctx);
    return limit_check(msg, DERIVE_NOTE_MAX, L, &s, formed, what);
}

static int check_add(const fmpz_mpoly_q_t a, const fmpz_mpoly_q_t b, const limit_struct *L,
                     double *formed, char *msg, const char *what, const fmpz_mpoly_ctx_t qctx)
{
    limit_size_t s;

    limit_size_add_mpoly_q(&s, a, b, qctx);
    return limit_check(msg, DERIVE_NOTE_MAX, L, &s, formed, what);
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
            if ((st = check_mul(t, vals + mo->var[j], 0, L, &formed, msg, what, qctx)) == 0)
                fmpz_mpoly_q_mul(t, t, vals + mo->var[j], qctx);
        if (st == 0 && (st = check_add(r, t, L, &formed, msg, what, qctx)) == 0)
            fmpz_mpoly_q_add(r, r, t, qctx);
    }
    fmpz_mpoly_q_clear(t, qctx);
    return st;
}

/* Gaussian elimination over Q(params) on the augmented n x (n+1) matrix.
   Pivots are chosen with the fewest numerator terms to limit growth, and
   every update is checked against the limits before it is formed (with
   many parameters the entries grow without bound: 20 parameters in sums
   take a minute, 200 would take hours and gigabytes).  Returns 0, -1 if
   singular, 2 if a limit stops it (message in msg). */
static int solve_q(fmpz_mpoly_q_struct *A, slong n, const limit_struct *L, char *msg,
                   const fmpz_mpoly_ctx_t qctx)
{
    const char *what = "the symmetric state's elimination";
    slong c, r, j, w = n + 1;
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
            if ((status = check_mul(A + c * w + j, f, 0, L, &formed, msg, what, qctx)) == 0)
                fmpz_mpoly_q_mul(A + c * w + j, A + c * w + j, f, qctx);
        for (r = 0; r < n && status == 0; r++)
        {
            if (r == c || fmpz_mpoly_q_is_zero(A + r * w + c, qctx))
                continue;
            fmpz_mpoly_q_set(f, A + r * w + c, qctx);
            for (j = c; j < w && status == 0; j++)
            {
                if ((status = check_mul(f, A + c * w + j, 0, L, &formed, msg, what, qctx)) != 0)
                    break;
                fmpz_mpoly_q_mul(t, f, A + c * w + j, qctx);
                if ((status = check_add(A + r * w + j, t, L, &formed, msg, what, qctx)) != 0)
                    break;
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
        else if ((st = solve_q(A, ne, &d->m->limits, d->limit_note, qctx)) == 2)
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
