#include <complex.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "dm.h"
#include "linalg.h"
#include "lapacke_compat.h"

/* Tracking by overlap.  The eigenvalues of H (ascending, from zheev) are
   grouped into clusters of degenerate ones; each reference level n gets a
   weight w[n][q] = sum_{j in q} |<ref_n|u_j>|^2 on each cluster q, and the
   levels are handed to clusters greedily by decreasing weight (a cluster
   of size s takes s levels).  A single eigenvector goes to its level as
   it is; inside a larger cluster the vectors given to levels n_1 < ... <
   n_s are Q W Z^dag, the unitary rotation of the cluster basis Q closest
   to the projections Q^dag ref_(n_r) (polar factor of M = Q^dag R). */

/* <a_col i | b_col j> for row-major d x d matrices */
static dm_cplx col_dot(const dm_cplx *a, int i, const dm_cplx *b, int j, int d)
{
    dm_cplx s = 0;
    int r;

    for (r = 0; r < d; r++)
        s += conj(a[(size_t) r * d + i]) * b[(size_t) r * d + j];
    return s;
}

/* Rotates the s vectors of cluster [j0, j0 + s) of U onto the reference
   columns lev[0..s-1]; writes them into V columns lev[r].  Column-major
   zgesvd on padded buffers of our own (LAPACKE's row-major copies are sized
   tightly, and OpenBLAS' zgemv reads past them: see dm_ctx.c). */
static int rotate_cluster(dm_cplx *V, const dm_cplx *U, int j0, int s, const int *lev,
                          const dm_cplx *ref, int d)
{
    size_t ss = (size_t) s * s + s;
    dm_cplx *M = blochgen_malloc(sizeof(dm_cplx) * 3 * ss), *Wl = M + ss, *Zt = Wl + ss, wq, *work;
    double *sv = blochgen_malloc(sizeof(double) * 6 * (s + 1));
    int a, b, r, st, lwork;

    /* M[a][b] = <u_(j0+a) | ref_(lev b)>, column-major */
    for (a = 0; a < s; a++)
        for (b = 0; b < s; b++)
            M[a + (size_t) b * s] = col_dot(U, j0 + a, ref, lev[b], d);
    st = LAPACKE_zgesvd_work(LAPACK_COL_MAJOR, 'A', 'A', s, s, M, s, sv, Wl, s, Zt, s, &wq, -1,
                             sv + s + 1);
    lwork = st == 0 ? (int) creal(wq) + s : 4 * s;
    work = blochgen_malloc(sizeof(dm_cplx) * lwork);
    st = LAPACKE_zgesvd_work(LAPACK_COL_MAJOR, 'A', 'A', s, s, M, s, sv, Wl, s, Zt, s, work,
                             lwork, sv + s + 1);
    if (st == 0)
        for (b = 0; b < s; b++)
        {
            /* polar factor P = Wl Zt; new vector b = sum_a U_(j0+a) P[a][b] */
            for (r = 0; r < d; r++)
            {
                dm_cplx v = 0;
                for (a = 0; a < s; a++)
                {
                    dm_cplx pab = 0;
                    int k;
                    for (k = 0; k < s; k++)
                        pab += Wl[a + (size_t) k * s] * Zt[k + (size_t) b * s];
                    v += U[(size_t) r * d + j0 + a] * pab;
                }
                V[(size_t) r * d + lev[b]] = v;
            }
        }
    free(work);
    free(M);
    free(sv);
    return st == 0 ? 0 : -1;
}

static int cmp_int(const void *a, const void *b)
{
    return *(const int *) a - *(const int *) b;
}

/* Greedy assignment of levels to clusters.  owner[n] = cluster of level n.
   -1 when no assignment is possible (NaN weights from a non-finite H). */
static int assign(int *owner, const double *w, const int *cap0, int nq, int d, int *cap)
{
    int n, q, round;

    memcpy(cap, cap0, nq * sizeof(int));
    for (n = 0; n < d; n++)
        owner[n] = -1;
    for (round = 0; round < d; round++)
    {
        int bn = -1, bq = -1;
        double best = -1;
        for (n = 0; n < d; n++)
            if (owner[n] < 0)
                for (q = 0; q < nq; q++)
                    if (cap[q] > 0 && w[(size_t) n * d + q] > best)
                        best = w[(size_t) n * d + q], bn = n, bq = q;
        if (bn < 0)
            return -1;
        owner[bn] = bq;
        cap[bq]--;
    }
    return 0;
}

int dm_levels_match(double *E, dm_cplx *V, double *overlap, const dm_cplx *H,
                    const dm_levels_t *lv, dm_ctx_t *c)
{
    int d = c->d, j, n, q, nq = 0;
    int *cl = c->iwork, *cap0 = cl + d, *owner = cap0 + d, *cap = owner + d;
    double *w = c->O, *ev = c->W, scale = 1, minov = 1;
    dm_cplx *U = c->U;

    if (dm_eigh(ev, U, H, c) != 0)
        return -1;
    if (lv == NULL || !lv->ready)
    {
        memcpy(E, ev, d * sizeof(double));
        memcpy(V, U, (size_t) d * d * sizeof(dm_cplx));
        if (overlap)
            *overlap = 1;
        return 0;
    }
    scale = fmax(scale, linalg_norm_inf(ev, d));
    /* clusters of degenerate eigenvalues (ascending, so contiguous) */
    for (j = 0; j < d; j++)
    {
        if (j == 0 || ev[j] - ev[j - 1] > DM_DEGEN_TOL * scale)
            cap0[nq++] = 0;
        cl[j] = nq - 1;
        cap0[nq - 1]++;
    }
    for (n = 0; n < d; n++)
    {
        for (q = 0; q < nq; q++)
            w[(size_t) n * d + q] = 0;
        for (j = 0; j < d; j++)
        {
            dm_cplx o = col_dot(lv->ref, n, U, j, d);
            w[(size_t) n * d + cl[j]] += creal(o) * creal(o) + cimag(o) * cimag(o);
        }
    }
    if (assign(owner, w, cap0, nq, d, cap) != 0)
        return -1;
    for (q = 0, j = 0; q < nq; j += cap0[q], q++)
    {
        int lev[64], *levp = cap0[q] <= 64 ? lev : blochgen_malloc(cap0[q] * sizeof(int)), s = 0, st = 0;
        for (n = 0; n < d; n++)
            if (owner[n] == q)
                levp[s++] = n;
        qsort(levp, s, sizeof(int), cmp_int);
        if (s == 1)
        {
            int r;
            for (r = 0; r < d; r++)
                V[(size_t) r * d + levp[0]] = U[(size_t) r * d + j];
        }
        else
            st = rotate_cluster(V, U, j, s, levp, lv->ref, d);
        for (n = 0; n < s; n++)
            E[levp[n]] = ev[j + n];
        if (levp != lev)
            free(levp);
        if (st != 0)
            return -1;
    }
    for (n = 0; n < d; n++)
    {
        dm_cplx o = col_dot(lv->ref, n, V, n, d);
        minov = fmin(minov, creal(o) * creal(o) + cimag(o) * cimag(o));
    }
    if (overlap)
        *overlap = minov;
    return 0;
}
