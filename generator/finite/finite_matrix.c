/* The sparse matrix A of dx/dt = A x on the symmetric moments. */
#include <stdlib.h>
#include <string.h>
#include "finite.h"
#include "alloc.h"

typedef struct
{
    long *mark;     /* dim: position in the row being built, or -1 */
    int *cols;
    double *vals;
    int len, alloc;
} row_t;

static void row_add(row_t *r, long c, double v)
{
    if (r->mark[c] >= 0)
    {
        r->vals[r->mark[c]] += v;
        return;
    }
    if (r->len == r->alloc)
    {
        r->alloc = 2 * r->alloc + 64;
        r->cols = blochgen_realloc(r->cols, r->alloc * sizeof(int));
        r->vals = blochgen_realloc(r->vals, r->alloc * sizeof(double));
    }
    r->mark[c] = r->len;
    r->cols[r->len] = (int) c;
    r->vals[r->len++] = v;
}

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *) a, y = *(const int *) b;
    return (x > y) - (x < y);
}

int finite_matrix(finite_t f)
{
    int T = f->T, a, a2, b, b2;
    long T2 = (long) T * T, n, nnz = 0, cap = 16 * f->dim + 16, i;
    unsigned char m[256];
    row_t r = {NULL, NULL, NULL, 0, 0};
    /* the nonzero outputs of each input type (pair), listed once */
    int *nz1 = blochgen_malloc(T2 * sizeof(int)), *len1 = blochgen_calloc(T, sizeof(int));
    int *nz2 = blochgen_malloc(T2 * T2 * sizeof(int)), *len2 = blochgen_calloc(T2, sizeof(int));

    for (a = 0; a < T; a++)
        for (b = 0; b < T; b++)
            if (f->g1[b * T + a] != 0)
                nz1[a * T + len1[a]++] = b;
    for (a = 0; a < T2; a++)
        for (b = 0; b < T2; b++)
            if (f->g2[b * T2 + a] != 0)
                nz2[a * T2 + len2[a]++] = b;

    free(f->rowptr), free(f->col), free(f->val);
    f->rowptr = blochgen_malloc((f->dim + 1) * sizeof(int));
    f->col = blochgen_malloc(cap * sizeof(int));
    f->val = blochgen_malloc(cap * sizeof(double));
    r.mark = blochgen_malloc(f->dim * sizeof(long));
    for (n = 0; n < f->dim; n++)
        r.mark[n] = -1;

    for (n = 0; n < f->dim; n++)
    {
        const unsigned char *c = f->cnt + n * T;
        int *perm;
        r.len = 0;
        if (n == 0)
            row_add(&r, 0, 0.0);    /* the identity: kept for the normalization */
        memcpy(m, c, T);
        for (a = 1; a < T; a++)
            if (c[a] > 0)
                for (i = 0; i < len1[a]; i++)
                {
                    b = nz1[a * T + i];
                    m[a]--, m[b]++;
                    row_add(&r, finite_rank(f, m), c[a] * f->g1[b * T + a]);
                    m[a]++, m[b]--;
                }
        for (a = 0; a < T; a++)
            for (a2 = a; a2 < T; a2++)
            {
                double mult = a == a2 ? 0.5 * c[a] * (c[a] - 1.0) : (double) c[a] * c[a2];
                long in = (long) a * T + a2;
                if (mult == 0 || in == 0)
                    continue;
                for (i = 0; i < len2[in]; i++)
                {
                    long out = nz2[in * T2 + i];
                    b = (int) (out / T), b2 = (int) (out % T);
                    m[a]--, m[a2]--, m[b]++, m[b2]++;
                    row_add(&r, finite_rank(f, m), mult * f->g2[out * T2 + in]);
                    m[a]++, m[a2]++, m[b]--, m[b2]--;
                }
            }
        /* sorted columns (KLU wants them), zeros dropped except the identity's */
        perm = r.cols;
        qsort(perm, r.len, sizeof(int), cmp_int);
        if (nnz + r.len > cap)
        {
            cap = 2 * cap + r.len;
            f->col = blochgen_realloc(f->col, cap * sizeof(int));
            f->val = blochgen_realloc(f->val, cap * sizeof(double));
        }
        f->rowptr[n] = (int) nnz;
        for (i = 0; i < r.len; i++)
        {
            long c2 = perm[i];
            double v = r.vals[r.mark[c2]];
            if (v != 0 || (n == 0 && c2 == 0))
                f->col[nnz] = (int) c2, f->val[nnz++] = v;
        }
        for (i = 0; i < r.len; i++)
            r.mark[perm[i]] = -1;
    }
    f->rowptr[f->dim] = (int) nnz;
    free(r.mark), free(r.cols), free(r.vals);
    free(nz1), free(len1), free(nz2), free(len2);
    return 0;
}
