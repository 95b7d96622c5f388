/* steady.h: steady states of the emitted Bloch equations.
 *
 * Damped Newton iteration with the emitted Jacobian (LAPACKE dgesv), the
 * closed-form symmetric state, and the symmetry-broken states reached from
 * it along its unstable odd mode. */
#ifndef BLOCHGEN_STEADY_H
#define BLOCHGEN_STEADY_H

#include "bloch_model.h"

typedef struct
{
    int iters;          /* Newton iterations taken */
    double resid;       /* final 2-norm of rhs */
    int relaxed;        /* 1 when time evolution was needed first */
} steady_info_t;

#define STEADY_MAXIT 100

/* Newton from x (in place) until |rhs|_2 <= tol.  Each step is halved
   until the residual decreases (at most 40 times).  0, or -1 when it did
   not converge (x is then the last iterate). */
int steady_newton(double *x, steady_info_t *info, const double *p, double tol,
                  const bloch_model_t *m);

/* The closed-form symmetric state.  0; -1 when the model has none; -2
   when a denominator vanishes at p; -3 when it is not finite in double
   precision (overflow); -4 when it lost digits to underflow (parameters
   near 1e-150 and below).  Leaves the FE_UNDERFLOW flag clear. */
int steady_symmetric(double *x, const double *p, const bloch_model_t *m);

/* 2-norm of the odd components of x (0 for models without symmetry). */
double steady_odd_norm(const double *x, const bloch_model_t *m);

/* The odd-sector mode of the Jacobian at the symmetric state xs with the
   largest real part: its eigenvalue mu (re, im) and the real part of its
   eigenvector v, embedded in the full space, unit length, sign fixed so
   that its largest component is positive.  0, or -1 without odd sector. */
int steady_odd_mode(double *v, double *mu_re, double *mu_im, const double *xs,
                    const double *p, const bloch_model_t *m);

/* A symmetry-broken steady state: the symmetric state displaced by
   sign * amp * v along its unstable odd mode, then Newton (and, if Newton
   falls back onto the symmetric state, time evolution first).
   0; 1 when the symmetric state has no unstable odd mode (no broken state
   branches off it here); -1 when nothing converged. */
int steady_broken(double *x, steady_info_t *info, int sign, const double *p, double tol,
                  const bloch_model_t *m);

/* Time evolution from x until |rhs|_2 <= tol or t_max; 0 or -1. */
int steady_relax(double *x, double t_max, double tol, const double *p,
                 const bloch_model_t *m);

#endif
