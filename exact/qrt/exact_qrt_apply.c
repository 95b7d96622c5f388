/* exact_qrt_apply.c: L x = -i (H_eff x - x H_eff^dag) + sum_k c_k L_k x L_k^dag
   on a d x d matrix, with H_eff sparse and the jumps written out. */
#include <string.h>
#include "exact_qrt.h"

void exact_qrt_apply(double *y, const double *x, const exact_qrt_t *q)
{
    long N = q->N, d = q->d;

    memset(y, 0, 2 * sizeof(double) * d * d);
    for (long e = 0; e < q->nh; e++)
    {
        long r = q->hr[e], c = q->hc[e];
        double hr = q->hv[2 * e], hi = q->hv[2 * e + 1];
        /* -i h x_{c b} into y_{r b} */
        for (long b = 0; b < d; b++)
        {
            const double *xs = x + 2 * (c * d + b);
            y[2 * (r * d + b)] += hi * xs[0] + hr * xs[1];
            y[2 * (r * d + b) + 1] += hi * xs[1] - hr * xs[0];
        }
        /* (x H^dag)_{a r} = sum_c x_{a c} conj(h_{r c}): +i conj(h) x_{a c} */
        for (long a = 0; a < d; a++)
        {
            const double *xs = x + 2 * (a * d + c);
            y[2 * (a * d + r)] += hi * xs[0] - hr * xs[1];
            y[2 * (a * d + r) + 1] += hr * xs[0] + hi * xs[1];
        }
    }
    /* local jumps: down sigma^-_j x sigma^+_j + up sigma^+_j x sigma^-_j */
    for (long j = 0; j < N; j++)
    {
        long bit = 1L << (N - 1 - j);
        for (long a = 0; a < d; a++)
            for (long b = 0; b < d; b++)
            {
                double c;
                long ta, tb;
                if (!(a & bit) && !(b & bit))
                    c = q->down, ta = a | bit, tb = b | bit;
                else if ((a & bit) && (b & bit))
                    c = q->up, ta = a & ~bit, tb = b & ~bit;
                else
                    continue;
                if (c == 0)
                    continue;
                y[2 * (ta * d + tb)] += c * x[2 * (a * d + b)];
                y[2 * (ta * d + tb) + 1] += c * x[2 * (a * d + b) + 1];
            }
    }
    /* Gamma S_- x S_+ = Gamma sum_{j,k} sigma^-_j x sigma^+_k */
    if (q->Gamma != 0)
        for (long j = 0; j < N; j++)
            for (long k = 0; k < N; k++)
            {
                long bj = 1L << (N - 1 - j), bk = 1L << (N - 1 - k);
                for (long a = 0; a < d; a++)
                {
                    if (a & bj)
                        continue;
                    for (long b = 0; b < d; b++)
                    {
                        if (b & bk)
                            continue;
                        long t = (a | bj) * d + (b | bk);
                        y[2 * t] += q->Gamma * x[2 * (a * d + b)];
                        y[2 * t + 1] += q->Gamma * x[2 * (a * d + b) + 1];
                    }
                }
            }
}
