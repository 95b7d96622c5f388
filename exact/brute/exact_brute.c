/* exact_brute.c: an independent check of the exact solution, in doubles.
 * The 4^N x 4^N Liouvillian superoperator of Eq. 2, written as
 *   L rho = -i (Heff rho - rho Heff^dag) + sum_k L_k rho L_k^dag   (Eq. 5),
 * acting on vec(rho)_{a d + b} = rho_{ab}; its null vector with the trace
 * row replacing the (0,0) row is found by an LU solve (zgesv).  The trace
 * functional is the left null vector of L, so that row is redundant and
 * the replaced system is regular when the steady state is unique. */
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include "alloc.h"
#include "exact_brute.h"
#include "exact_lapack.h"

#define RE(m, i) (m)[2 * (i)]
#define IM(m, i) (m)[2 * (i) + 1]

static int site_down(slong s, slong j, slong N)
{
    return (s >> (N - 1 - j)) & 1;
}

/* H (d x d, row-major complex): J sum_{i!=j} S^z_i S^z_j + sum_j (hx_j S^x_j + hz S^z_j),
   then Heff = H - (i/2)(gamma sum_j n_j + Gamma S_+ S_-). */
static void build_heff(double *h, const exact_params_t *p, slong d)
{
    slong N = p->N;

    memset(h, 0, 2 * sizeof(double) * d * d);
    for (slong s = 0; s < d; s++)
    {
        double mz = 0, nup = 0;
        for (slong j = 0; j < N; j++)
        {
            int dn = site_down(s, j, N);
            mz += dn ? -1 : 1;
            nup += !dn;
            /* hx_j S^x_j = (hx_j/2) sigma^x_j flips site j */
            RE(h, (s ^ ((slong) 1 << (N - 1 - j))) * d + s) += exact_params_hx(p, j) / 2;
        }
        RE(h, s * d + s) += p->dJ * (mz * mz - N) / 4 + p->dhz * mz / 2;
        IM(h, s * d + s) -= p->dgamma * nup / 2;
    }
    /* S_+ S_-: <a|S_+ S_-|b> = sum_{j,k} <a|sigma^+_j sigma^-_k|b> */
    for (slong b = 0; b < d; b++)
        for (slong k = 0; k < N; k++)
        {
            if (site_down(b, k, N))
                continue;
            slong c = b | ((slong) 1 << (N - 1 - k));      /* sigma^-_k b */
            for (slong j = 0; j < N; j++)
                if (site_down(c, j, N))
                {
                    slong a = c & ~((slong) 1 << (N - 1 - j));
                    IM(h, a * d + b) -= p->dGamma / 2;
                }
        }
}

/* M (column-major D x D) += L rho: the Heff parts and the jumps. */
static void build_liouvillian(double *m, const double *h, const exact_params_t *p, slong d)
{
    slong N = p->N, D = d * d;

    for (slong a = 0; a < d; a++)
        for (slong b = 0; b < d; b++)
        {
            slong row = a * d + b;
            for (slong k = 0; k < d; k++)
            {
                /* -i Heff_{ak} rho_{kb} */
                RE(m, row + (k * d + b) * D) += IM(h, a * d + k);
                IM(m, row + (k * d + b) * D) -= RE(h, a * d + k);
                /* +i rho_{ak} conj(Heff_{bk}) */
                RE(m, row + (a * d + k) * D) += IM(h, b * d + k);
                IM(m, row + (a * d + k) * D) += RE(h, b * d + k);
            }
        }
    /* gamma sigma^-_j rho sigma^+_j and Gamma S_- rho S_+ */
    for (slong k = 0; k < d; k++)
        for (slong l = 0; l < d; l++)
            for (slong j = 0; j < N; j++)
            {
                slong bj = (slong) 1 << (N - 1 - j);
                if (site_down(k, j, N))
                    continue;
                if (!site_down(l, j, N))
                    RE(m, ((k | bj) * d + (l | bj)) + (k * d + l) * D) += p->dgamma;
                for (slong i = 0; i < N; i++)
                {
                    slong bi = (slong) 1 << (N - 1 - i);
                    if (!site_down(l, i, N))
                        RE(m, ((k | bj) * d + (l | bi)) + (k * d + l) * D) += p->dGamma;
                }
            }
}

int exact_brute_steady(double *rho, const exact_params_t *p)
{
    slong d = (slong) 1 << p->N, D = d * d;
    double *h = blochgen_calloc(2 * d * d, sizeof(double));
    double *m = blochgen_calloc(2 * (size_t) D * D, sizeof(double));
    double rcond;
    int info;

    build_heff(h, p, d);
    build_liouvillian(m, h, p, d);
    /* row 0 is the (0,0) equation: replace it by tr rho = 1 */
    for (slong c = 0; c < D; c++)
        RE(m, c * D) = IM(m, c * D) = 0;
    for (slong a = 0; a < d; a++)
        RE(m, (a * d + a) * D) = 1;
    memset(rho, 0, 2 * sizeof(double) * D);
    RE(rho, 0) = 1;
    info = exact_zgesv(&rcond, D, m, rho);
    free(h);
    free(m);
    if (info == EXACT_LAPACK_NOTRUN)
        return EXACT_ENOCONV;
    if (info != 0)
    {
        fprintf(stderr, "dtfim-exact: brute: zgesv failed (info %d): the steady state is not unique?\n", (int) info);
        return EXACT_ENOCONV;
    }
    return exact_lapack_rcond_ok(rcond, "brute") ? 0 : EXACT_ENOCONV;
}

void exact_brute_corr(double *re, double *im, const double *rho, slong N, const exact_cluster_t *c)
{
    slong d = (slong) 1 << N, plus = 0, minus = 0;

    for (slong k = 0; k < c->n1; k++)
        plus |= (slong) 1 << (N - 1 - c->c1[k]);
    for (slong k = 0; k < c->n2; k++)
        minus |= (slong) 1 << (N - 1 - c->c2[k]);
    *re = *im = 0;
    /* O = prod sigma^+_{C1} prod sigma^-_{C2}: <a|O|b> = 1 iff b has the
       sites of C2 up (then lowered) and the result has C1 down (then
       raised), other sites unchanged.  tr(O rho) = sum_b rho_{b a(b)}. */
    for (slong b = 0; b < d; b++)
    {
        if (b & minus)
            continue;
        slong t = b | minus;
        if ((t & plus) != plus)
            continue;
        slong a = t & ~plus;
        *re += RE(rho, b * d + a);
        *im += IM(rho, b * d + a);
    }
}
