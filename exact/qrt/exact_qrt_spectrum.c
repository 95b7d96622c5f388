/* exact_qrt_spectrum.c: F(w) = tr(A (i w - L)^-1 (B - <B>) rho) by one
   Hessenberg reduction and an O(D^2) solve per frequency. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include "alloc.h"
/* FLINT (through exact_qrt.h) before <complex.h>, whose I breaks FLINT 2.9's mpoly.h */
#include "exact_qrt.h"
#include "exact_lapack.h"
#include <complex.h>

/* Solves (H - s) z = y in place (z <- y), H upper Hessenberg (column-major
   n x n), by Gaussian elimination with partial pivoting between rows k and
   k + 1 (the only ones with entries in column k at step k); w is n x n
   workspace.  0, or 1 when a pivot is zero. */
static int hess_solve(double complex *y, const double complex *h, double complex s,
                      double complex *w, long n)
{
    memcpy(w, h, sizeof(double complex) * n * n);
    for (long k = 0; k < n; k++)
        w[k + k * n] -= s;
    for (long k = 0; k + 1 < n; k++)
    {
        double complex *a = w + k, *b = w + k + 1;     /* rows k, k + 1 at stride n */
        if (cabs(b[k * n]) > cabs(a[k * n]))
        {
            for (long j = k; j < n; j++)
            {
                double complex t = a[j * n];
                a[j * n] = b[j * n];
                b[j * n] = t;
            }
            double complex t = y[k];
            y[k] = y[k + 1];
            y[k + 1] = t;
        }
        if (a[k * n] == 0)
            return 1;
        double complex f = b[k * n] / a[k * n];
        for (long j = k + 1; j < n; j++)
            b[j * n] -= f * a[j * n];
        b[k * n] = 0;
        y[k + 1] -= f * y[k];
    }
    for (long k = n - 1; k >= 0; k--)
    {
        if (w[k + k * n] == 0)
            return 1;
        double complex t = y[k];
        for (long j = k + 1; j < n; j++)
            t -= w[k + j * n] * y[j];
        y[k] = t / w[k + k * n];
    }
    return 0;
}

int exact_qrt_spectrum(double *f, const exact_qrt_t *q, const exact_qrt_op_t *A,
                       const exact_qrt_op_t *B, const double *wk, long count)
{
    long d = q->d, D = d * d;
    double complex *l = blochgen_malloc(sizeof(double complex) * D * D);
    double complex *qm = blochgen_malloc(sizeof(double complex) * D * D);
    double complex *w = blochgen_malloc(sizeof(double complex) * D * D);
    double complex *x = blochgen_malloc(sizeof(double complex) * D);
    double complex *xq = blochgen_malloc(sizeof(double complex) * D);
    double complex *aq = blochgen_calloc(D, sizeof(double complex));
    double complex *z = blochgen_malloc(sizeof(double complex) * D);
    const double complex *rho = (const double complex *) q->rho;
    double bre, bim;
    int rc = 0, info;

    /* x = (B - <B>) rho */
    exact_qrt_op_mul((double *) x, B, q->rho);
    exact_qrt_op_trace(&bre, &bim, B, q->rho);
    for (long k = 0; k < D; k++)
        x[k] -= (bre + I * bim) * rho[k];
    /* L' = L - |rho><1|: the same on traceless x, and regular */
    exact_qrt_dense((double *) l, q);
    for (long a = 0; a < d; a++)
        for (long k = 0; k < D; k++)
            l[k + (a * d + a) * D] -= rho[k];
    info = exact_zhess((double *) l, (double *) qm, D);
    if (info != 0)
    {
        if (info != EXACT_LAPACK_NOTRUN)
            fprintf(stderr, "dtfim-exact: correlation: the Hessenberg reduction failed (info %d)\n", info);
        rc = EXACT_ENOCONV;
    }
    else
    {
        /* xq = Q^H x; tr(A y) = sum_k a_k y_k = (Q^T a) . z for y = Q z */
        for (long i = 0; i < D; i++)
        {
            double complex s = 0;
            for (long k = 0; k < D; k++)
                s += conj(qm[k + i * D]) * x[k];
            xq[i] = s;
        }
        for (long b = 0; b < d; b++)
            if (A->row[b] >= 0)
            {
                long k = b * d + A->row[b];    /* tr(A y) = sum_b val(b) y_{b, row(b)} */
                for (long i = 0; i < D; i++)
                    aq[i] += A->val[b] * qm[k + i * D];
            }
    }
    for (long k = 0; k < count && rc == 0; k++)
    {
        double om = wk[k];
        double complex s = 0;
        memcpy(z, xq, sizeof(double complex) * D);
        /* (i w - L)^-1 x = -(H - i w)^-1 on the Q side */
        if (hess_solve(z, l, I * om, w, D))
        {
            fprintf(stderr, "dtfim-exact: correlation: the resolvent is singular at omega = %g\n", om);
            rc = EXACT_ENOCONV;
            break;
        }
        for (long i = 0; i < D; i++)
            s -= aq[i] * z[i];
        f[2 * k] = creal(s);
        f[2 * k + 1] = cimag(s);
    }
    free(l);
    free(qm);
    free(w);
    free(x);
    free(xq);
    free(aq);
    free(z);
    return rc;
}
