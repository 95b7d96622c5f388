/* exact_qrt.h: steady-state two-time correlations <A(t) B(0)>_ss by the
 * quantum regression theorem, and their spectra, on the dense Hilbert
 * space of N <= 6 spins (doubles).  The model is Eq. 1 with any fields
 * hx_j and the dissipators of Eq. 2 plus the thermal pump of Eq. S12:
 *
 *   H = J sum_{i != j} S^z_i S^z_j + sum_j (hx_j S^x_j + hz S^z_j),
 *   gamma (1 + nth) sum_j D[sigma^-_j] + gamma nth sum_j D[sigma^+_j] + Gamma D[S_-].
 *
 * At nth = 0 and (uniform hx or Gamma = 0) this is the model of
 * exact_corr.h, whose steady state is exact; elsewhere the exact solution
 * does not apply and this module is the only one covering it.
 *
 * Operators act on 2^N states with bit (N-1-j) of the index set when site
 * j is down (as in exact_brute.h); a density matrix x is d x d complex,
 * row-major (x[2 (a d + b)], x[2 (a d + b) + 1] = re, im of x_ab).
 *
 *   <A(t) B(0)> = tr(A e^{L t} (B rho)),                       (regression theorem)
 *   F(w) = int_0^inf e^{-i w t} <dA(t) dB(0)> dt = tr(A (i w - L)^-1 (B - <B>) rho),
 *
 * dA = A - <A>; the emission spectrum of A (B = A^dag) is S(w) = 2 Re F(w)
 * = int e^{-i w t} <dA(t) dA^dag(0)> dt over the whole line, with the sum
 * rule int S dw / (2 pi) = <A A^dag> - |<A>|^2. */
#ifndef BLOCHGEN_EXACT_QRT_H
#define BLOCHGEN_EXACT_QRT_H

#include "exact_corr.h"

/* N beyond which the dense Liouvillian (4^N x 4^N) outgrows memory. */
#define EXACT_QRT_MAX_N 6

/* The model: doubles, hx has N entries. */
typedef struct
{
    long N;
    double J, hz, gamma, Gamma, nth;
    double *hx;
} exact_qrt_model_t;

void exact_qrt_model_init(exact_qrt_model_t *m, long N);
void exact_qrt_model_clear(exact_qrt_model_t *m);

/* A product of single-site sigma^+, sigma^-, sigma^z: at most one nonzero
   per column and per row, so column b maps to row[b] (-1: the column is
   zero) with the real value val[b]. */
typedef struct
{
    long d;
    long *row;
    double *val;
} exact_qrt_op_t;

void exact_qrt_op_init(exact_qrt_op_t *op, long N);
void exact_qrt_op_clear(exact_qrt_op_t *op);
/* op = the product, left to right, of the factors in spec "OP:SITE[,OP:SITE..]",
   OP one of plus, minus, z and SITE 1-based (<= N).  0, or 2 after a
   message naming opt ("--A"). */
int exact_qrt_op_parse(exact_qrt_op_t *op, const char *spec, const char *opt, long N);
/* op = a^dag. */
void exact_qrt_op_adjoint(exact_qrt_op_t *op, const exact_qrt_op_t *a);
/* 1 when a and b are the same operator. */
int exact_qrt_op_equal(const exact_qrt_op_t *a, const exact_qrt_op_t *b);
/* tr(op x) into re, im. */
void exact_qrt_op_trace(double *re, double *im, const exact_qrt_op_t *op, const double *x);
/* y = op x (d x d matrices; y must not be x). */
void exact_qrt_op_mul(double *y, const exact_qrt_op_t *op, const double *x);

/* The Liouvillian of a model: H_eff = H - (i/2) sum_k c_k L_k^dag L_k as
   a list of its nonzero entries, the jump rates, and the steady state. */
typedef struct
{
    long N, d;
    long nh;                /* nonzero entries of H_eff */
    long *hr, *hc;          /* their rows and columns */
    double *hv;             /* their values, (re, im) pairs */
    double down, up, Gamma; /* gamma (1 + nth), gamma nth, Gamma */
    double *rho;            /* the steady state (d x d), after exact_qrt_steady */
} exact_qrt_t;

void exact_qrt_init(exact_qrt_t *q, const exact_qrt_model_t *m);
void exact_qrt_clear(exact_qrt_t *q);
/* y = L x (d x d matrices; y must not be x), in O(d^2 (N^2 + nh/d)). */
void exact_qrt_apply(double *y, const double *x, const exact_qrt_t *q);
/* The superoperator as a dense D x D matrix (D = d^2, column-major,
   complex pairs; index a d + b for x_ab), column by column from
   exact_qrt_apply. */
void exact_qrt_dense(double *l, const exact_qrt_t *q);
/* q->rho = the steady state (trace 1): the null vector of the dense
   Liouvillian by an LU solve with the trace replacing one equation (the
   method of exact_brute.c).  0, or 3 after a message when LAPACK fails or
   the Liouvillian is too ill-conditioned for doubles. */
int exact_qrt_steady(exact_qrt_t *q);

/* c[2k], c[2k+1] = re, im of <A(t_k) B(0)> at the times t[0..count)
   (nondecreasing, t[0] >= 0): e^{L t}
   (B rho) by GSL's rk8pd with the error of each step below tol times the
   largest entry of B rho, in absolute and relative terms.  Needs
   exact_qrt_steady.  0, or 3 after a message when the integration
   fails. */
int exact_qrt_correlation(double *c, const exact_qrt_t *q, const exact_qrt_op_t *A,
                          const exact_qrt_op_t *B, const double *t, long count, double tol);

/* f[2k], f[2k+1] = re, im of F(w[k]) (above) at the frequencies w[0..count):
   L' = L - |rho><1| (L on traceless matrices, and regular: the steady
   state's zero eigenvalue becomes -1) is reduced once to Hessenberg form
   L' = Q H Q^H (exact_zhess), then (H - i w) z = Q^H x is solved by
   elimination with partial pivoting for each w, O(d^4) each.  Needs
   exact_qrt_steady.  0, or 3 after a message when LAPACK fails or a
   pivot vanishes. */
int exact_qrt_spectrum(double *f, const exact_qrt_t *q, const exact_qrt_op_t *A,
                       const exact_qrt_op_t *B, const double *w, long count);

#endif
