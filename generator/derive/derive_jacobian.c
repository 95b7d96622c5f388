#include <stdlib.h>
#include "derive.h"
#include "alloc.h"

static int cmp_slong(const void *a, const void *b)
{
    slong x = *(const slong *) a, y = *(const slong *) b;
    return (x > y) - (x < y);
}

/* The distinct variables of p, sorted; returns how many. */
static slong bpoly_vars(slong *vars, const bpoly_t p)
{
    slong k, n = 0, u = 0;
    int j;

    for (k = 0; k < p->length; k++)
        for (j = 0; j < p->mono[k].deg; j++)
            vars[n++] = p->mono[k].var[j];
    qsort(vars, n, sizeof(slong), cmp_slong);
    for (k = 0; k < n; k++)
        if (u == 0 || vars[u - 1] != vars[k])
            vars[u++] = vars[k];
    return u;
}

int derive_jacobian(derive_t d)
{
    const fmpq_mpoly_ctx_struct *ctx = d->m->pctx;
    void (*progress)(const char *, slong, slong) = d->m->limits.progress;
    slong v, k;
    int st = 0;

    d->jac = blochgen_calloc(d->n, sizeof(derive_row_struct));
    for (v = 0; v < d->n && st == 0; v++)
    {
        const bpoly_struct *f = d->rhs + v;
        derive_row_struct *row = d->jac + v;
        slong nmax = 0, nv;

        if (progress != NULL)
            progress("Jacobian", v, d->n);
        for (k = 0; k < f->length; k++)
            nmax += f->mono[k].deg;
        row->col = blochgen_malloc((nmax + 1) * sizeof(slong));
        nv = bpoly_vars(row->col, f);
        row->entry = blochgen_malloc((nv + 1) * sizeof(bpoly_struct));
        row->len = nv;
        for (k = 0; k < nv; k++)
        {
            bpoly_init(row->entry + k, ctx);
            bpoly_derivative(row->entry + k, f, row->col[k], ctx);
            if (st == 0)
                st = derive_count_terms(d, row->entry + k);
        }
    }
    if (st == 0 && progress != NULL)
        progress("Jacobian", d->n, d->n);
    return st;
}

const bpoly_struct *derive_jac_entry(const derive_t d, slong row, slong col)
{
    const derive_row_struct *r = d->jac + row;
    slong lo = 0, hi = r->len;

    while (lo < hi)
    {
        slong mid = (lo + hi) / 2;
        if (r->col[mid] == col)
            return bpoly_is_zero(r->entry + mid) ? NULL : r->entry + mid;
        if (r->col[mid] < col)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}
