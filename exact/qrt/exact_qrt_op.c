/* exact_qrt_op.c: products of single-site sigma^+, sigma^-, sigma^z, kept
   as one nonzero per column (they are signed partial permutations). */
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "exact_qrt.h"

void exact_qrt_op_init(exact_qrt_op_t *op, long N)
{
    op->d = 1L << N;
    op->row = blochgen_malloc(sizeof(long) * op->d);
    op->val = blochgen_malloc(sizeof(double) * op->d);
    for (long b = 0; b < op->d; b++)
        op->row[b] = b, op->val[b] = 1;
}

void exact_qrt_op_clear(exact_qrt_op_t *op)
{
    free(op->row);
    free(op->val);
    op->row = NULL;
    op->val = NULL;
}

/* op <- f op, f the factor `kind` (0 plus, 1 minus, 2 z) of site j: the
   factors are applied right to left, so parsing left to right multiplies
   on the right; here on the left (the caller reverses). */
static void left_mul(exact_qrt_op_t *op, int kind, long j, long N)
{
    long bit = 1L << (N - 1 - j);

    for (long b = 0; b < op->d; b++)
    {
        long r = op->row[b];
        if (r < 0)
            continue;
        if (kind == 2)
            op->val[b] *= (r & bit) ? -1 : 1;
        else if (kind == 1)          /* sigma^- lowers: needs site j up */
            op->row[b] = (r & bit) ? -1 : (r | bit);
        else
            op->row[b] = (r & bit) ? (r & ~bit) : -1;
    }
}

int exact_qrt_op_parse(exact_qrt_op_t *op, const char *spec, const char *opt, long N)
{
    static const char *const names[] = {"plus", "minus", "z"};
    long nf = 0, *site;
    int *kind, rc = 0;
    const char *c = spec;

    for (long b = 0; b < op->d; b++)
        op->row[b] = b, op->val[b] = 1;
    site = blochgen_malloc(sizeof(long) * (strlen(spec) + 1));
    kind = blochgen_malloc(sizeof(int) * (strlen(spec) + 1));
    while (rc == 0)
    {
        size_t len = strcspn(c, ","), nl = strcspn(c, ":");
        char *end;
        int k;
        long s;

        for (k = 0; k < 3; k++)
            if (nl < len && strlen(names[k]) == nl && strncmp(c, names[k], nl) == 0)
                break;
        s = k < 3 ? strtol(c + nl + 1, &end, 10) : 0;
        if (k == 3 || c[nl + 1] < '0' || c[nl + 1] > '9' || end != c + len)
        {
            fprintf(stderr, "dtfim-exact: %s: expected OP:SITE[,OP:SITE..] with OP plus, minus or z, got '%s'\n",
                    opt, spec);
            rc = EXACT_EBADARG;
        }
        else if (s < 1 || s > N)
        {
            fprintf(stderr, "dtfim-exact: %s: site %ld is not in 1..N = %ld\n", opt, s, N);
            rc = EXACT_EBADARG;
        }
        else
        {
            kind[nf] = k;
            site[nf++] = s - 1;
        }
        if (c[len] == '\0')
            break;
        c += len + 1;
    }
    /* A = f1 f2 .. fn acts on a column as fn first */
    for (long i = nf - 1; rc == 0 && i >= 0; i--)
        left_mul(op, kind[i], site[i], N);
    free(site);
    free(kind);
    return rc;
}

void exact_qrt_op_adjoint(exact_qrt_op_t *op, const exact_qrt_op_t *a)
{
    for (long b = 0; b < op->d; b++)
        op->row[b] = -1, op->val[b] = 0;
    for (long b = 0; b < op->d; b++)
        if (a->row[b] >= 0)
        {
            op->row[a->row[b]] = b;
            op->val[a->row[b]] = a->val[b];
        }
}

int exact_qrt_op_equal(const exact_qrt_op_t *a, const exact_qrt_op_t *b)
{
    for (long c = 0; c < a->d; c++)
        if (a->row[c] != b->row[c] || (a->row[c] >= 0 && a->val[c] != b->val[c]))
            return 0;
    return 1;
}

/* tr(A x) = sum_{i,j} A_ij x_ji = sum_b A_{row(b), b} x_{b, row(b)} */
void exact_qrt_op_trace(double *re, double *im, const exact_qrt_op_t *op, const double *x)
{
    long d = op->d;

    *re = *im = 0;
    for (long b = 0; b < d; b++)
        if (op->row[b] >= 0)
        {
            *re += op->val[b] * x[2 * (b * d + op->row[b])];
            *im += op->val[b] * x[2 * (b * d + op->row[b]) + 1];
        }
}

/* (A x)_{row(c), b} = val(c) x_{c b} */
void exact_qrt_op_mul(double *y, const exact_qrt_op_t *op, const double *x)
{
    long d = op->d;

    memset(y, 0, 2 * sizeof(double) * d * d);
    for (long c = 0; c < d; c++)
        if (op->row[c] >= 0)
            for (long b = 0; b < d; b++)
            {
                y[2 * (op->row[c] * d + b)] = op->val[c] * x[2 * (c * d + b)];
                y[2 * (op->row[c] * d + b) + 1] = op->val[c] * x[2 * (c * d + b) + 1];
            }
}
