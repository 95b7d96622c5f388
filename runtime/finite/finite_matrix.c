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

/* the nonzero outputs of each input type (pair) of g1, g2, listed once */
typedef struct
{
    int *nz1, *len1, *nz2, *len2;
} outs_t;

static void outs_init(outs_t *o, const finite_t f)
{
    int T = f->T, a, b;
    long T2 = (long) T * T;

    o->nz1 = blochgen_malloc(T2 * sizeof(int)), o->len1 = blochgen_calloc(T, sizeof(int));
    o->nz2 = blochgen_malloc(T2 * T2 * sizeof(int)), o->len2 = blochgen_calloc(T2, sizeof(int));
    for (a = 0; a < T; a++)
        for (b = 0; b < T; b++)
            if (f->g1[b * T + a] != 0)
                o->nz1[a * T + o->len1[a]++] = b;
    for (a = 0; a < T2; a++)
        for (b = 0; b < T2; b++)
            if (f->g2[b * T2 + a] != 0)
                o->nz2[a * T2 + o->len2[a]++] = b;
}

static void outs_clear(outs_t *o)
{
    free(o->nz1), free(o->len1), free(o->nz2), free(o->len2);
}

/* Row of the symmetric sites with counts c (T entries) into r, columns
   offset + rank: the one-site terms on every non-identity site and the
   pair terms on every unordered pair of these sites. */
static void row_sym(row_t *r, const finite_t f, const outs_t *o, const unsigned char *c, long offset)
{
    int T = f->T, a, a2, b, b2;
    long T2 = (long) T * T, i;
    unsigned char m[256];

    memcpy(m, c, T);
    for (a = 1; a < T; a++)
        if (c[a] > 0)
            for (i = 0; i < o->len1[a]; i++)
            {
                b = o->nz1[a * T + i];
                m[a]--, m[b]++;
                row_add(r, offset + finite_rank(f, m), c[a] * f->g1[b * T + a]);
                m[a]++, m[b]--;
            }
    for (a = 0; a < T; a++)
        for (a2 = a; a2 < T; a2++)
        {
            double mult = a == a2 ? 0.5 * c[a] * (c[a] - 1.0) : (double) c[a] * c[a2];
            long in = (long) a * T + a2;
            if (mult == 0 || in == 0)
                continue;
            for (i = 0; i < o->len2[in]; i++)
            {
                long out = o->nz2[in * T2 + i];
                b = (int) (out / T), b2 = (int) (out % T);
                m[a]--, m[a2]--, m[b]++, m[b2]++;
                row_add(r, offset + finite_rank(f, m), mult * f->g2[out * T2 + in]);
                m[a]++, m[a2]++, m[b]--, m[b2]--;
            }
        }
}

/* r's entries, sorted by column, zeros dropped (but keep0's), appended to
   f's compressed rows as row n */
static void row_store(finite_t f, row_t *r, long n, long *nnz, long *cap, long keep0)
{
    long i;
    int *perm = r->cols;

    if (r->len > 1)     /* an empty row has no array yet (qsort(NULL, 0) is undefined) */
        qsort(perm, r->len, sizeof(int), cmp_int);
    if (*nnz + r->len > *cap)
    {
        *cap = 2 * *cap + r->len;
        f->col = blochgen_realloc(f->col, *cap * sizeof(int));
        f->val = blochgen_realloc(f->val, *cap * sizeof(double));
    }
    f->rowptr[n] = (int) *nnz;
    for (i = 0; i < r->len; i++)
    {
        long c2 = perm[i];
        double v = r->vals[r->mark[c2]];
        if (v != 0 || c2 == keep0)
            f->col[*nnz] = (int) c2, f->val[(*nnz)++] = v;
    }
    for (i = 0; i < r->len; i++)
        r->mark[perm[i]] = -1;
    r->len = 0;
}

static void rows_alloc(finite_t f, row_t *r, long *cap)
{
    long n;

    *cap = 16 * f->dim + 16;
    free(f->rowptr), free(f->col), free(f->val);
    f->rowptr = blochgen_malloc((f->dim + 1) * sizeof(int));
    f->col = blochgen_malloc(*cap * sizeof(int));
    f->val = blochgen_malloc(*cap * sizeof(double));
    r->mark = blochgen_malloc(f->dim * sizeof(long));
    for (n = 0; n < f->dim; n++)
        r->mark[n] = -1;
}

int finite_matrix(finite_t f)
{
    long n, nnz = 0, cap;
    row_t r = {NULL, NULL, NULL, 0, 0};
    outs_t o;

    outs_init(&o, f);
    rows_alloc(f, &r, &cap);
    for (n = 0; n < f->dim; n++)
    {
        if (n == 0)
            row_add(&r, 0, 0.0);    /* the identity: kept for the normalization */
        row_sym(&r, f, &o, f->cnt + n * f->T, 0);
        row_store(f, &r, n, &nnz, &cap, n == 0 ? 0 : -1);
    }
    f->rowptr[f->dim] = (int) nnz;
    free(r.mark), free(r.cols), free(r.vals);
    outs_clear(&o);
    return 0;
}

int finite_marked_init(finite_t fm, const finite_t f)
{
    int T = f->T, t, a, j;
    long T2 = (long) T * T, n, nnz = 0, cap, d1, i;
    row_t r = {NULL, NULL, NULL, 0, 0};
    outs_t o;
    unsigned char m[256];

    if (f->N < 2 || finite_init(fm, f->k, f->N - 1))
        return -1;
    /* fm's counts, ranks and binomials are those of the N - 1 others */
    d1 = fm->dim;
    if (d1 * T >= (1L << 31) / 64)
    {
        finite_clear(fm);
        return -1;
    }
    fm->marked = 1;
    fm->dim1 = d1;
    fm->dim = d1 * T;
    fm->g1 = blochgen_malloc(T2 * sizeof(double));
    fm->g2 = blochgen_malloc(T2 * T2 * sizeof(double));
    memcpy(fm->g1, f->g1, T2 * sizeof(double));
    memcpy(fm->g2, f->g2, T2 * T2 * sizeof(double));
    outs_init(&o, fm);
    rows_alloc(fm, &r, &cap);
    for (t = 0; t < T; t++)
        for (n = 0; n < d1; n++)
        {
            const unsigned char *c = fm->cnt + n * T;
            /* one-site terms on the marked site */
            for (i = 0; i < o.len1[t]; i++)
                row_add(&r, (long) o.nz1[t * T + i] * d1 + n, fm->g1[o.nz1[t * T + i] * T + t]);
            /* the others among themselves */
            row_sym(&r, fm, &o, c, (long) t * d1);
            /* pairs (marked, other of type a): n_a of them */
            memcpy(m, c, T);
            for (a = 0; a < T; a++)
            {
                long in = (long) t * T + a;
                if (c[a] == 0 || in == 0)
                    continue;
                for (j = 0; j < o.len2[in]; j++)
                {
                    long out = o.nz2[in * T2 + j];
                    int b = (int) (out / T), b2 = (int) (out % T);
                    m[a]--, m[b2]++;
                    row_add(&r, (long) b * d1 + finite_rank(fm, m), c[a] * fm->g2[out * T2 + in]);
                    m[a]++, m[b2]--;
                }
            }
            row_store(fm, &r, (long) t * d1 + n, &nnz, &cap, -1);
        }
    fm->rowptr[fm->dim] = (int) nnz;
    free(r.mark), free(r.cols), free(r.vals);
    outs_clear(&o);
    return 0;
}
