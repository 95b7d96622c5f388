/* piqs.h: an independent steady-state solver for the uniform-field model
 * of exact.h, by permutation invariance, on the finite-N solver of
 * runtime/finite (the symmetric Liouville space of PsiQuaSP, Gegg and
 * Richter 2016; docs/cumulants.md): the state of N identical spins is
 * fixed by its C(N+3, 3) symmetric Pauli moments, and every term of the
 * model acts on them as sparse count changes.  This replaced the
 * Dicke-block Liouvillian of PIQS (Shammah et al., PRA 98, 063815
 * (2018)) with a banded LU, which took 52 s and 1.8 GB at N = 60.
 *
 * Doubles throughout; UMFPACK (opened with dlopen).  No FLINT here: the
 * header is usable next to <complex.h>. */
#ifndef BLOCHGEN_PIQS_H
#define BLOCHGEN_PIQS_H

#include "finite.h"

/* H = J sum_{i != j} S^z_i S^z_j + sum_j (hx S^x_j + hz S^z_j), S^a = sigma^a / 2;
   gamma sum_j D[sigma^-_j] + Gamma D[S_-]. */
typedef struct
{
    long N;
    double J, hz, hx, gamma, Gamma;
} piqs_model_t;

/* The largest N piqs takes: the dimension C(N+3, 3) is 585276 at N = 150,
   GMRES's memory about 1.5 GB (docs/exact.md). */
#define PIQS_MAX_N 150

/* The fewest decimals of the moments piqs prints: fewer are refused as
   not established (rates spanning too many orders of magnitude). */
#define PIQS_MIN_DECIMALS 6

/* The steady state and its figures. */
typedef struct
{
    finite_t f;                 /* the symmetric Liouville space of N spins */
    double *x;                  /* the symmetric moments (finite.h) */
    finite_steady_info_t info;  /* method, residual, error estimate, decimals */
} piqs_struct;
typedef piqs_struct piqs_t[1];

/* Solves the model (1 <= N <= PIQS_MAX_N) by finite_steady_auto: 0, or
   its status (finite_steady_strerror says why), or PIQS_BAD_MODEL when N
   is out of range.  piqs_clear after either. */
#define PIQS_BAD_MODEL (-100)   /* apart from finite's statuses */
int piqs_steady(piqs_t s, const piqs_model_t *m);
void piqs_clear(piqs_t s);

/* <sigma^+_C1 sigma^-_C2> for any clusters with a = |C1 \ C2|,
   bb = |C2 \ C1|, c = |C1 n C2| (a + bb + c <= N), from the moments; its
   error is at most the moments' (the weights of the expansion sum to 1 in
   modulus), so s->info.decimals hold for it. */
void piqs_corr(double *re, double *im, const piqs_t s, long a, long bb, long c);

#endif
