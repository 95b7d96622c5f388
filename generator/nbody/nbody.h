/* nbody.h: an N-body model (docs/cumulants.md) on the finite-N solver of
 * runtime/finite: its generator's one-site and pair terms from the parsed
 * model, and its moments named as the order-K solvers name them. */
#ifndef BLOCHGEN_NBODY_H
#define BLOCHGEN_NBODY_H

#include "model.h"
#include "finite.h"

/* f's terms (finite_set_terms) from the N-body model nb (sites k = f->k,
   N = f->N) at the parameter values par (nb's nparams, N last, then 1/N
   as nb's pctx has it): hamiltonian, jumps, collective jumps and pairs,
   by brute force with the d x d matrices of one cluster (d = 2^k), an
   independent route from the Pauli algebra of derive_moments.  0, or -1
   with a message in msg. */
int nbody_finite_set(finite_t f, const model_t nb, const double *par, char *msg, size_t size);

/* The type (0 .. T-1) of the cluster string of site `site` (from 0) of
   the Pauli string p, sites of k spins. */
int nbody_type_of(pauli_t p, int site, int k);

/* The moment <P> of a Pauli string P of the moment model (sites of k spins
   each, at most N of them) in the symmetric state x. */
double nbody_moment(const double *x, const finite_t f, pauli_t P, int nsites);

#endif
