/* exact_qrt_init.c: H_eff of Eq. S12 (with Eq. 2's collective decay) as a
   list of nonzero entries, and the jump rates. */
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "exact_qrt.h"

void exact_qrt_init(exact_qrt_t *q, const exact_qrt_model_t *m)
{
    long N = m->N, d = 1L << N, n = 0;
    double *h = blochgen_calloc(2 * (size_t) d * d, sizeof(double));

    q->N = N;
    q->d = d;
    q->down = m->gamma * (1 + m->nth);
    q->up = m->gamma * m->nth;
    q->Gamma = m->Gamma;
    q->rho = NULL;
    for (long s = 0; s < d; s++)
    {
        double mz = 0, nup = 0;
        for (long j = 0; j < N; j++)
        {
            long bit = 1L << (N - 1 - j);
            mz += (s & bit) ? -1 : 1;
            nup += !(s & bit);
            /* hx_j S^x_j = (hx_j / 2) sigma^x_j flips site j */
            h[2 * ((s ^ bit) * d + s)] += m->hx[j] / 2;
        }
        /* J sum_{i != j} S^z_i S^z_j = J (M^2 - N) / 4, hz M / 2;
           -(i/2)(down n_up + up n_down) from the local jumps */
        h[2 * (s * d + s)] += m->J * (mz * mz - N) / 4 + m->hz * mz / 2;
        h[2 * (s * d + s) + 1] -= (q->down * nup + q->up * (N - nup)) / 2;
    }
    /* -(i Gamma / 2) S_+ S_- = -(i Gamma / 2) sum_{j,k} sigma^+_j sigma^-_k */
    for (long b = 0; b < d && m->Gamma != 0; b++)
        for (long k = 0; k < N; k++)
        {
            long bk = 1L << (N - 1 - k);
            if (b & bk)
                continue;
            for (long j = 0; j < N; j++)
            {
                long bj = 1L << (N - 1 - j);
                if ((b | bk) & bj)
                    h[2 * (((b | bk) & ~bj) * d + b) + 1] -= m->Gamma / 2;
            }
        }
    for (long k = 0; k < d * d; k++)
        n += h[2 * k] != 0 || h[2 * k + 1] != 0;
    q->nh = n;
    q->hr = blochgen_malloc(sizeof(long) * (n + 1));
    q->hc = blochgen_malloc(sizeof(long) * (n + 1));
    q->hv = blochgen_malloc(2 * sizeof(double) * (n + 1));
    n = 0;
    for (long k = 0; k < d * d; k++)
        if (h[2 * k] != 0 || h[2 * k + 1] != 0)
        {
            q->hr[n] = k / d;
            q->hc[n] = k % d;
            q->hv[2 * n] = h[2 * k];
            q->hv[2 * n + 1] = h[2 * k + 1];
            n++;
        }
    free(h);
}

void exact_qrt_clear(exact_qrt_t *q)
{
    free(q->hr);
    free(q->hc);
    free(q->hv);
    free(q->rho);
    q->hr = q->hc = NULL;
    q->hv = q->rho = NULL;
}
