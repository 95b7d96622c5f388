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

/* steady_newton solves each step's linear system sparse (KLU, the
   emitted jacobian_values) from this many observables on, dense (LAPACK
   dgesv) below (bench/run-big.sh measured the crossing). */
#define STEADY_SPARSE_MIN 64

/* The two ways of steady_newton, for tests and benchmarks: the same
   iteration with the dense Jacobian and dgesv, or its nonzeros and KLU
   (dense when the model has no sparse Jacobian: code emitted before it). */
int steady_newton_dense(double *x, steady_info_t *info, const double *p, double tol,
                        const bloch_model_t *m);
int steady_newton_sparse(double *x, steady_info_t *info, const double *p, double tol,
                         const bloch_model_t *m);

/* Statuses of the symmetric state (steady_symmetric*).  The first four
   concern the closed form, AMBIGUOUS and NONE the numerical search. */
enum
{
    STEADY_SYM_OK = 0,
    STEADY_SYM_NONE = -1,       /* no symmetry, or no closed form and the
                                   numerical search found no state */
    STEADY_SYM_SINGULAR = -2,   /* a denominator of the closed form vanishes
                                   (no search then: the even sector's
                                   states are none or a continuum) */
    STEADY_SYM_OVERFLOW = -3,   /* not finite in double precision */
    STEADY_SYM_UNDERFLOW = -4,  /* lost digits to underflow */
    STEADY_SYM_AMBIGUOUS = -5   /* the search found several symmetric states */
};

/* The symmetric state: the closed form when the model has one, else
   Newton on the even sector (steady_symmetric_search).  A status above;
   STEADY_SYM_AMBIGUOUS leaves in x the state taken (the one reached from
   the first start that converged, the maximally mixed state first), which
   a caller must not use silently.  Leaves the FE_UNDERFLOW flag clear. */
int steady_symmetric(double *x, const double *p, const bloch_model_t *m);

typedef struct
{
    int numeric;        /* 0: the closed form; 1: the numerical search */
    int nfound;         /* distinct symmetric states the search found */
    int start;          /* which start reached x: -1 the guess, else the
                           index of steady_symmetric_start, or
                           STEADY_SYM_RELAXED */
    double resid;       /* max norm of the even residual at x */
} steady_sym_info_t;

/* The one entry point of every caller: as steady_symmetric, but with the
   search tried from guess first (a neighbouring point's symmetric state,
   or NULL), so a continuation (scan along a row, a line of crit) reaches
   the same branch; with several states found, x is the one reached from
   guess when guess converged.  info may be NULL. */
int steady_symmetric_from(double *x, steady_sym_info_t *info, const double *guess,
                          const double *p, const bloch_model_t *m);

/* The numerical search for symmetric states, whether or not the model has
   a closed form (tests compare the two).  Newton (steady_newton_even) on
   the even observables with the odd ones held at zero, from guess (if not
   NULL) and from every start of steady_symmetric_start; when none
   converges, relaxation in time from the maximally mixed state (the odd
   components stay exactly zero, so it stays in the even sector) and Newton
   again.  Converged means max |even rhs| <= 1e-12 (1e-12 of the largest
   rhs term when that is larger); roots outside the cube |x_k| <= 1 are no
   states (every Pauli expectation of a density matrix lies in [-1, 1]) and
   are dropped.  Roots closer than STEADY_SYM_DIST are the same state.
   Writes up to max distinct states into all (max x nobs doubles, NULL when
   max = 0), in the order found, and returns their number (0: none); with
   info, info->start says which start found the first. */
#define STEADY_SYM_DIST 1e-6
#define STEADY_SYM_RELAXED 1000
int steady_symmetric_search(double *all, int max, steady_sym_info_t *info, const double *guess,
                            const double *p, const bloch_model_t *m);

/* Start k of the search (0 <= k < STEADY_SYM_NSTARTS), the even part of a
   physical state (odd components zero): k = 0 the maximally mixed state
   (all zeros), k = 1..6 the pure product states with every spin along
   +z, -z, +x, -x, +y, -y (their even parts: <P> is the product of the
   Bloch components of P's factors).  Two starts may coincide (the even
   parts of +x and -x under sz1*sz2). */
#define STEADY_SYM_NSTARTS 7
void steady_symmetric_start(double *x, int k, const bloch_model_t *m);

/* Newton on the even sector only: the unknowns are the even components of
   x, the odd ones are set to zero and stay there (at odd = 0 the odd
   equations vanish identically), the Jacobian is the even block
   m->jacobian_even (from STEADY_SPARSE_MIN even observables on: its
   nonzeros gathered from jacobian_values, and KLU).  Converged when
   max |even rhs| <= tol.  0 or -1. */
int steady_newton_even(double *x, steady_info_t *info, const double *p, double tol,
                       const bloch_model_t *m);
/* its two ways, for tests (as steady_newton_dense and _sparse) */
int steady_newton_even_dense(double *x, steady_info_t *info, const double *p, double tol,
                             const bloch_model_t *m);
int steady_newton_even_sparse(double *x, steady_info_t *info, const double *p, double tol,
                              const bloch_model_t *m);

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

/* ---- every steady state (steady_find_all) ---------------------------------- */

/* A set of steady states: state k is x[k * nobs .. (k + 1) * nobs), with
   phys[k] = phys_check's verdict on it (1 physical, rho >= 0; 0 not; -1
   unknown) and resid[k] = |rhs|_2 there. */
typedef struct
{
    int n, alloc;
    int nobs;
    double *x;
    signed char *phys;
    double *resid;
} steady_set_t;

void steady_set_init(steady_set_t *s, const bloch_model_t *m);
void steady_set_clear(steady_set_t *s);

/* Two states are the same when |x - y|_2 <= STEADY_FIND_DIST max(1, |x|_2). */
#define STEADY_FIND_DIST 1e-6
/* A state is accepted when |rhs|_2 <= STEADY_FIND_TOL max(1, max_k |p_k|). */
#define STEADY_FIND_TOL 1e-10
/* Time a start is relaxed for (in units of the inverse Jacobian scale at
   the start) before Newton is tried again from where it ended. */
#define STEADY_FIND_TRELAX 200.0

/* Index of the state of s equal to x (within STEADY_FIND_DIST), or -1. */
int steady_set_find(const steady_set_t *s, const double *x);

/* Negative statuses of steady_find_all. */
enum
{
    STEADY_FIND_NO_DM = -1,     /* the density-matrix tables (random
                                   physical states, rho >= 0) are missing:
                                   code emitted by an older blochgen */
    STEADY_FIND_DM_ONLY = -2    /* a thermal model: no polynomial rhs */
};

/* Every steady state found numerically from `starts` random physical
   initial states (phys_random, the Hilbert-Schmidt measure; seeded from
   seed and the start's number, so deterministic for a given seed), into s
   (emptied first), each different from the others, in the order found.
   Each start: deflated Newton (Farrell, Birkisson and Funke 2015: the
   residual multiplied by prod_i (1/|x - x_i|^2 + 1) over the states x_i
   already found, so Newton is repelled from them and converges to a new
   state or fails), then plain Newton to polish; where that fails, the
   start is relaxed in time (rk8pd for STEADY_FIND_TRELAX / scale, stopping
   early when it settles) and plain Newton is tried from where it ended.
   With a symmetry, the mirror image of each state found is added too.
   Unphysical states are kept (phys[k] = 0): Newton does not know rho >= 0.
   With conserved quantities C (m->nconserved > 0) the steady states form
   families; each start then is a random pure state and Newton solves
   rhs(x) + sum_k grad C_k(x) (C_k(x) - C_k(x0)) = 0, whose zeros are the
   steady states on the start's level set of C (grad C_k . rhs = 0 for
   every x), so the states found are isolated ones (for the boundary time
   crystal, those with |m| = 1).  Not a proof of completeness: a state
   whose basin of attraction under Newton misses every start is not found.
   Returns the number of states (>= 0) or a STEADY_FIND_* status.  Does
   not print; one call per thread (no shared state). */
int steady_find_all(steady_set_t *s, const double *p, int starts, unsigned long seed,
                    const bloch_model_t *m);

/* The same, with nguess states (guess, nguess x nobs doubles, e.g. a
   neighbouring grid point's states) tried first, as plain Newton starts. */
int steady_find_all_from(steady_set_t *s, const double *guess, int nguess, const double *p,
                         int starts, unsigned long seed, const bloch_model_t *m);

#endif
