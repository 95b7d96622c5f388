/* Restarted GMRES with right preconditioning (Saad, Iterative Methods for
 * Sparse Linear Systems, 2nd ed., Alg. 9.5).  Hand-written: GSL's
 * gsl_splinalg_itersolve_gmres takes no preconditioner and needs the
 * matrix formed; the finite-N solver's preconditioner is a block
 * Gauss-Seidel sweep that only exists as a callback. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "num.h"
#include "alloc.h"

static double dot(const double *x, const double *y, long n)
{
    double s = 0;
    long i;
    for (i = 0; i < n; i++)
        s += x[i] * y[i];
    return s;
}

/* r = b - A x; returns |r| or -1 on a failed callback */
static double residual(double *r, const num_linop_t *pb, const double *x, const double *b)
{
    long i;
    if (pb->op(r, x, pb->ctx))
        return -1;
    for (i = 0; i < pb->n; i++)
        r[i] = b[i] - r[i];
    return sqrt(dot(r, r, pb->n));
}

int num_gmres(double *x, num_gmres_info_t *info, const num_linop_t *pb, const double *b,
              const num_gmres_opts_t *opts)
{
    long n = pb->n, i;
    int m = opts->restart > 0 ? opts->restart : 50, j, k, st = NUM_NO_CONVERGENCE;
    int iters = 0, cycles = 0;
    double *V = blochgen_malloc((size_t) (m + 1) * n * sizeof(double));
    /* Z[k] = M^-1 V[k], kept (flexible GMRES, Saad's Alg. 9.6): x then
       moves by exactly the Z y whose residual the Arnoldi relation
       A Z = V H measures.  Recomputing M^-1 (V y) instead is the same only
       if M^-1 is applied exactly: a slab LU of condition 1e10 (the
       finite-N solver at N = 150) made the true residual stall at 6.5e-9
       while the estimate reached 1e-12. */
    double *Z = pb->prec ? blochgen_malloc((size_t) m * n * sizeof(double)) : NULL;
    double *z, *w = blochgen_malloc(n * sizeof(double));
    double *H = blochgen_calloc((size_t) (m + 1) * m, sizeof(double));
    double *cs = blochgen_malloc(m * sizeof(double)), *sn = blochgen_malloc(m * sizeof(double));
    double *g = blochgen_malloc((m + 1) * sizeof(double)), *y = blochgen_malloc(m * sizeof(double));
    double bnorm = sqrt(dot(b, b, n)), beta, last;

    if (bnorm == 0)
        bnorm = 1;
    beta = residual(V, pb, x, b);
    if (beta < 0)
        st = NUM_FAILED;
    else if (!isfinite(beta))
        st = NUM_NOT_FINITE;
    last = beta;
    while (st == NUM_NO_CONVERGENCE)
    {
        if (beta <= opts->tol * bnorm)
        {
            st = NUM_OK;
            break;
        }
        if (iters >= opts->maxit)
            break;
        cycles++;
        for (i = 0; i < n; i++)
            V[i] /= beta;
        memset(g, 0, (m + 1) * sizeof(double));
        g[0] = beta;
        for (j = 0; j < m && iters < opts->maxit; j++)
        {
            double *v = V + (size_t) j * n, *vn = V + (size_t) (j + 1) * n, h, t;
            int pass;
            z = Z ? Z + (size_t) j * n : v;
            if ((Z && pb->prec(z, v, pb->ctx)) || pb->op(w, z, pb->ctx))
            {
                st = NUM_FAILED;
                break;
            }
            iters++;
            for (k = 0; k <= j; k++)
                H[k * m + j] = 0;
            /* two passes: one loses orthogonality once the residual falls
               by many orders */
            for (pass = 0; pass < 2; pass++)
                for (k = 0; k <= j; k++)
                {
                    double *vk = V + (size_t) k * n, c = dot(w, vk, n);
                    H[k * m + j] += c;
                    for (i = 0; i < n; i++)
                        w[i] -= c * vk[i];
                }
            h = sqrt(dot(w, w, n));
            H[(j + 1) * m + j] = h;
            if (h > 0)
                for (i = 0; i < n; i++)
                    vn[i] = w[i] / h;
            for (k = 0; k < j; k++)
            {
                t = cs[k] * H[k * m + j] + sn[k] * H[(k + 1) * m + j];
                H[(k + 1) * m + j] = -sn[k] * H[k * m + j] + cs[k] * H[(k + 1) * m + j];
                H[k * m + j] = t;
            }
            t = hypot(H[j * m + j], h);
            if (t == 0)
                break;  /* breakdown, A M^-1 v_j = 0 (A singular): the j
                           columns before it give the step; one that does
                           not reduce the residual ends it as stagnation */
            cs[j] = H[j * m + j] / t, sn[j] = h / t;
            H[j * m + j] = t;
            g[j + 1] = -sn[j] * g[j];
            g[j] *= cs[j];
            if (!isfinite(g[j + 1]))
            {
                st = NUM_NOT_FINITE;
                break;
            }
            if (fabs(g[j + 1]) <= 0.5 * opts->tol * bnorm || h == 0)
            {
                j++;
                break;
            }
        }
        if (st != NUM_NO_CONVERGENCE)
            break;
        /* x += Z y (V y without a preconditioner), H y = g on the j
           columns built */
        for (k = j - 1; k >= 0; k--)
        {
            double s = g[k];
            int l;
            for (l = k + 1; l < j; l++)
                s -= H[k * m + l] * y[l];
            y[k] = s / H[k * m + k];
        }
        for (k = 0; k < j; k++)
        {
            const double *zk = (Z ? Z : V) + (size_t) k * n;
            for (i = 0; i < n; i++)
                x[i] += y[k] * zk[i];
        }
        beta = residual(V, pb, x, b);
        if (beta < 0)
            st = NUM_FAILED;
        else if (!isfinite(beta))
            st = NUM_NOT_FINITE;
        else if (beta <= opts->tol * bnorm)
            st = NUM_OK;
        else if (beta >= last)
            break;      /* stagnation: restarting will not help */
        last = beta;
    }
    if (info)
    {
        info->iters = iters;
        info->cycles = cycles;
        info->resid = beta < 0 ? NAN : beta / bnorm;   /* NaN: op failed on it */
    }
    free(V), free(Z), free(w), free(H), free(cs), free(sn), free(g), free(y);
    return st;
}
