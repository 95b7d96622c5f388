/* phys.h: whether a state is a density matrix.
 *
 * A state is the vector x of the Pauli expectation values of one cluster
 * of k sites (the observables in `info` order); its density matrix is
 * rho = 2^-k (1 + sum_P x_P P).  It is physical when rho >= 0: Newton and
 * continuation know nothing of that, and a steady state of the mean-field
 * equations can lie far outside the Bloch ball (|m| = 8 in a boundary
 * time crystal).  The Pauli strings come from the density-matrix
 * engine's tables (dm.h).
 *
 * For a moment model (m->moment_order = K > 0) x are the symmetric moments
 * of up to K sites, the Pauli coefficients of the K-site reduced density
 * matrix rho_K (dm_ctx_init_moments): the check is rho_K >= 0, which every
 * state of N >= K sites has (necessary, not sufficient for x to come from
 * one). */
#ifndef BLOCHGEN_PHYS_H
#define BLOCHGEN_PHYS_H

#include "bloch_model.h"
#include "dm.h"

/* rho's smallest eigenvalue >= -PHYS_TOL counts as >= 0: a pure state
   (an eigenvalue exactly 0) is computed to about 1e-16, a Newton-converged
   one to about its residual. */
#define PHYS_TOL 1e-9

typedef struct
{
    dm_ctx_t c;
} phys_t;

/* For model m at parameters p (the engine's rates need them; physicality
   does not depend on them).  DM_OK, or a dm_ctx_init status with the
   reason in msg. */
int phys_init(phys_t *ph, const bloch_model_t *m, const double *p, char *msg, size_t n);
void phys_clear(phys_t *ph);

/* The smallest eigenvalue of rho(x).  0, or -1 when the eigensolver
   failed or x is not finite (*lam NAN). */
int phys_min_eig(double *lam, const double *x, phys_t *ph);

/* 1 when rho(x) >= -PHYS_TOL, 0 when not, -1 when unknown (the
   eigensolver failed, x not finite); *lam (if not NULL) the smallest
   eigenvalue.  Without lam a physical state is recognised by a Cholesky
   factorisation of rho + PHYS_TOL (several times cheaper: the scan
   checks every point), the eigenvalues computed only when it fails. */
int phys_check(double *lam, const double *x, phys_t *ph);

/* A random physical state, distributed as rho = G G^dag / Tr(G G^dag) with
   G a d x d matrix of independent standard complex Gaussians: the
   Hilbert-Schmidt (uniform) measure on density matrices.  The generator
   is seeded with seed, so the same seed gives the same state. */
void phys_random(double *x, unsigned long seed, phys_t *ph);

/* A random pure state psi psi^dag / |psi|^2, psi of independent standard
   complex Gaussians (uniform on the unit sphere of C^d), seeded with seed.
   For models with conserved quantities (a collective spin's |m|^2 = 1). */
void phys_random_pure(double *x, unsigned long seed, phys_t *ph);

#endif
