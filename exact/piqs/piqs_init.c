/* piqs_init.c: the index of the Dicke-block unknowns and the bandwidths
   of the Liouvillian in that ordering. */
#include <stdlib.h>
#include "alloc.h"
#include "piqs.h"

long piqs_kmax(long N, long u, long v)
{
    long k = u < v ? u : v;
    if (N - u < k)
        k = N - u;
    if (N - v < k)
        k = N - v;
    return k;
}

long piqs_index(const piqs_t *b, long u, long v, long k)
{
    long N = b->N;

    if (u < 0 || v < 0 || u > N || v > N || k < 0 || k > piqs_kmax(N, u, v))
        return -1;
    return b->off[u * (N + 1) + v] + k;
}

/* The bandwidths from the structure of every row (unit rates, so no
   coupling vanishes by accident). */
static void bandwidths(piqs_t *b)
{
    piqs_model_t one = {b->N, 1, 1, 1, 1, 1};
    long col[PIQS_ROW_MAX], N = b->N;
    double val[2 * PIQS_ROW_MAX];

    b->kl = b->ku = 0;
    for (long u = 0; u <= N; u++)
        for (long v = 0; v <= N; v++)
            for (long k = 0; k <= piqs_kmax(N, u, v); k++)
            {
                long row = piqs_index(b, u, v, k);
                int ne = piqs_row(col, val, b, &one, u, v, k);
                for (int e = 0; e < ne; e++)
                {
                    if (row - col[e] > b->kl)
                        b->kl = row - col[e];
                    if (col[e] - row > b->ku)
                        b->ku = col[e] - row;
                }
            }
}

void piqs_init(piqs_t *b, long N)
{
    b->N = N;
    b->off = blochgen_malloc(sizeof(long) * (N + 1) * (N + 1));
    b->n = 0;
    for (long u = 0; u <= N; u++)
        for (long v = 0; v <= N; v++)
        {
            b->off[u * (N + 1) + v] = b->n;
            b->n += piqs_kmax(N, u, v) + 1;
        }
    bandwidths(b);
}

void piqs_clear(piqs_t *b)
{
    free(b->off);
    b->off = NULL;
}
