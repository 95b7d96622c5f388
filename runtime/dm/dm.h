/* dm.h: the density-matrix engine.
 *
 * Integrates the state rho of one mean-field cluster of k spins directly,
 * for models whose dissipator is not polynomial in the observables: the
 * eigenbasis thermal dissipator (`thermal`/`levels` lines, Eqs. 21-28 of
 * the two-Ising paper), with jumps |n><m| between the instantaneous
 * eigenstates of H_MF(rho) at detailed-balance rates.  Every model, thermal
 * or not, runs here; for polynomial models the result equals the emitted
 * Bloch equations (tests/runtime/t-dm.c).
 *
 * Representation.  d = 2^k.  A state is either
 *   - its Bloch coordinates x[v] = Tr(P_v rho), v = 0 .. nobs-1 (nobs =
 *     4^k - 1, the observables in `info` order), rho = (I + sum x_v P_v)/d:
 *     the variables of integration (GSL odeiv2 controls their error), or
 *   - the dense matrix rho: row-major d x d, double _Complex, basis index
 *     j = sum_s b_s 2^(k-s) over sites s = 1..k (site 1 is the most
 *     significant bit: rho = rho_1 (x) rho_2 (x) ... for product states),
 *     b_s = 0 for spin up (sigma^z = +1), 1 for down.
 * Trace and Hermiticity are exact in Bloch coordinates; dm_rhs_bloch also
 * measures the trace and anti-Hermitian part of the d rho/dt it computes
 * (a check of the generator: both must vanish), and dm_evolve monitors the
 * smallest eigenvalue of rho (positivity).
 *
 * Equation (see docs/runtime.md, "Density-matrix engine"):
 *   d rho/dt = -i [H(x), rho] + sum_k r_k D[L_k(x)] rho
 *            + sum_c R_c/2 ( <C_c^dag> [C_c, rho] - <C_c> [C_c^dag, rho] )
 *            + sum_(n<m) g_nm ( D[|n><m|] + e^{-(E_m - E_n)/T} D[|m><n|] ) rho
 * with D[L] rho = L rho L^dag - {L^dag L, rho}/2, H = H_MF(x) the model's
 * Hamiltonian at the current state, |n>, E_n its eigenvectors and
 * energies labelled by continuity (dm_levels_t), T the `thermal` parameter.
 *
 * Usage:
 *   dm_ctx_t c; dm_levels_t lv; dm_stats_t st;
 *   dm_ctx_init(&c, model, p, msg, n);  (DM_OK, else a status and msg)
 *   dm_levels_init(&lv, &c);
 *   dm_levels_start(&lv, x, &c);        (numbers the levels by energy at x)
 *   dm_stats_init(&st);
 *   dm_evolve(x, 0, t1, every, "rk8pd", 1e-10, out, data, &st, &lv, &c, msg, n);
 *   dm_levels_clear(&lv); dm_ctx_clear(&c);
 * Nothing here is global (dm_evolve only turns GSL's abort-on-error
 * handler off): several contexts may run in parallel threads.  Functions
 * taking a dm_ctx_t use its scratch space, so one context serves one
 * thread at a time; a caller may keep its own matrices in c->rho and c->H
 * between calls, but dm_rhs_bloch, dm_levels_start and dm_evolve
 * overwrite them.
 *
 * Nothing here prints: dm_ctx_init and dm_evolve return a status (below)
 * and put the reason, with its values, in the caller's buffer msg of n
 * bytes (always terminated; msg may be NULL with n = 0). */
#ifndef BLOCHGEN_DM_H
#define BLOCHGEN_DM_H

#include <stddef.h>
#include "bloch_model.h"

typedef double _Complex dm_cplx;

/* Default tolerance of the positivity monitor: rho has an eigenvalue
   below -DM_POS_TOL.  Rounding and integration errors stay far below it
   at the default integration tolerance. */
#define DM_POS_TOL 1e-8

/* Two eigenvalues closer than DM_DEGEN_TOL * max(1, max |E|) are treated
   as degenerate by the level tracking. */
#define DM_DEGEN_TOL 1e-9

/* Status of dm_ctx_init and dm_evolve. */
enum
{
    DM_OK = 0,
    DM_STOPPED = 1,            /* dm_evolve: out() asked to stop */
    DM_NO_ENGINE_DATA = 2,     /* dm_ctx_init: the emitted code has no
                                  density-matrix data (emitted by an older
                                  blochgen: re-emit it) */
    DM_BAD_MODEL = 3,          /* dm_ctx_init: inconsistent sites and
                                  observables, or an observable name that
                                  is not a Pauli string */
    DM_BAD_TEMPERATURE = 4,    /* dm_ctx_init: the bath temperature < 0 */
    DM_FAILED = 5              /* dm_evolve: unknown method or levels not
                                  started, a GSL step failed, the state
                                  became non-finite, the step size fell
                                  below its minimum or the eigensolver
                                  failed */
};

/* Everything fixed for one model at one parameter point, and scratch. */
typedef struct
{
    const bloch_model_t *m;
    int k, d, nobs;
    double *p;                 /* copy of the nparams parameters */
    /* Pauli string of observable v: P_v |j> = i^phase[v d + j] |j ^ xmask[v]>
       (npauli strings: nobs, or 4^k - 1 for a moment model's states) */
    int npauli;
    unsigned *xmask;
    unsigned char *phase;
    /* a moment model (dm_ctx_init_moments): string i is key i + 1 of
       m->moment_var, moment_count[v] the number of strings of variable v */
    const int *moment_var;
    int *moment_count;
    /* the Pauli values of a state (bloch_model_to_pauli): the conversions
       below read and write the model's own (possibly adapted) variables */
    double *xp;
    /* jump and collective operators: rates at p, dense matrices filled
       at the current state by dm_rhs (their coefficients may depend on x) */
    int njumps;
    double *jump_rate;
    double *jump_re, *jump_im; /* m->njump_terms coefficients */
    dm_cplx *L;                /* njumps x d x d */
    /* eigenbasis thermal dissipator; npairs = 0 without one */
    int thermal;               /* the model has a `thermal` statement */
    double T;                  /* bath temperature p[m->thermal_param] */
    int npairs;
    const bloch_level_pair_t *pairs;
    double *pair_rate;         /* downward rate of each pair at p */
    /* scratch: d x d matrices, vectors, LAPACK work */
    dm_cplx *rho, *drho, *H, *V, *A, *B, *U, *Z;   /* Z: dm_eigh only */
    double *xs, *coef, *E, *W, *O, *rwork;
    int *iwork;
    dm_cplx *work;
    int lwork;
    /* largest |Tr d rho/dt| and ||d rho/dt - (d rho/dt)^dag||_max seen by
       dm_rhs since the last dm_ctx_reset_diag: both vanish for a valid
       Lindbladian (a check of the generator, not of rounding alone) */
    double diag_trace, diag_herm;
} dm_ctx_t;

/* Prepares the engine for model m at parameters p (copied).  DM_OK;
   DM_NO_ENGINE_DATA, DM_BAD_MODEL or DM_BAD_TEMPERATURE with the reason
   in msg (c is then cleared).  T = 0 means no upward jumps. */
int dm_ctx_init(dm_ctx_t *c, const bloch_model_t *m, const double *p, char *msg, size_t n);
void dm_ctx_clear(dm_ctx_t *c);

/* A context for the states of a moment model (m->moment_var, an order-K
   model of `blochgen emit --order K`) only: rho is the K-site reduced
   density matrix on its m->sites spins, rho = 2^-sites (1 + sum_P <P> P)
   over all 4^sites - 1 strings P, <P> the variable m->moment_var names
   (permuted strings share one).  dm_from_bloch, dm_to_bloch (which
   averages over the strings of a variable, i.e. symmetrizes rho), dm_eigh
   and dm_eigvalsh work; the engine's equations (dm_rhs, dm_evolve,
   dm_hamiltonian) do not apply to it.  DM_OK; DM_NO_ENGINE_DATA when m
   carries no moment table, DM_BAD_MODEL when it is inconsistent. */
int dm_ctx_init_moments(dm_ctx_t *c, const bloch_model_t *m, const double *p, char *msg,
                        size_t n);
void dm_ctx_reset_diag(dm_ctx_t *c);

/* Conversions between Bloch coordinates x (nobs) and the matrix rho (d x d). */
void dm_from_bloch(dm_cplx *rho, const double *x, const dm_ctx_t *c);
void dm_to_bloch(double *x, const dm_cplx *rho, const dm_ctx_t *c);

/* The mean-field Hamiltonian H_MF(x) as a d x d matrix (the identity
   coefficient of the model included). */
void dm_hamiltonian(dm_cplx *H, const double *x, dm_ctx_t *c);

/* Eigenvalues (ascending) and orthonormal eigenvectors (columns of the
   row-major V) of a Hermitian d x d matrix A, which is not modified.
   LAPACKE zheev.  0, or -1 if it failed. */
int dm_eigh(double *E, dm_cplx *V, const dm_cplx *A, dm_ctx_t *c);
/* Eigenvalues only (ascending); 0 or -1. */
int dm_eigvalsh(double *E, const dm_cplx *A, dm_ctx_t *c);

/* Level tracking: the labels n = 0 .. d-1 of the eigenstates of H_MF,
   fixed by energy order at the start and then followed by overlap with a
   reference (the eigenvectors at the last accepted time step), not by
   sorting: a level keeps its label through crossings.  The caller owns
   the object; dm_evolve moves the reference after every accepted step. */
typedef struct
{
    int d;
    int ready;                 /* dm_levels_start has run */
    dm_cplx *ref;              /* d x d: column n is level n's eigenvector */
    double *E;                 /* level energies at the reference */
    double min_overlap;        /* smallest |<ref_n|new_n>|^2 accepted by
                                  dm_levels_set since the start: tracking
                                  is ambiguous when it drops towards 1/2 */
    long updates;              /* dm_levels_set calls */
    long reorders;             /* of them, those where the labels were not
                                  in energy order (a crossing was passed) */
} dm_levels_t;

void dm_levels_init(dm_levels_t *lv, const dm_ctx_t *c);
void dm_levels_clear(dm_levels_t *lv);
/* Numbers the levels by energy at state x (ties: LAPACK's order) and makes
   them the reference.  0 or -1 (eigensolver failed). */
int dm_levels_start(dm_levels_t *lv, const double *x, dm_ctx_t *c);
/* The same from a Hamiltonian matrix H. */
int dm_levels_start_h(dm_levels_t *lv, const dm_cplx *H, dm_ctx_t *c);
/* Eigen-decomposition of H with the tracked labels: column n of V and E[n]
   belong to level n, the eigenvector closest to the reference's level n.
   Degenerate eigenvalues (DM_DEGEN_TOL) share a subspace; inside it the
   vectors are rotated to the ones closest to the reference (polar
   decomposition), so labels stay continuous through exact crossings.
   *overlap (if not NULL): the smallest |<ref_n|V_n>|^2.  Does not modify
   lv.  Without a reference (not started) the energy order is used.
   0 or -1. */
int dm_levels_match(double *E, dm_cplx *V, double *overlap, const dm_cplx *H,
                    const dm_levels_t *lv, dm_ctx_t *c);
/* Makes (E, V) the new reference (after an accepted step). */
void dm_levels_set(dm_levels_t *lv, const double *E, const dm_cplx *V, double overlap);

/* d rho/dt at rho (matrix form): every term of the model.  The levels
   are matched to lv's reference (lv may be NULL for models without a
   thermal dissipator).  0, or -1 if the eigensolver failed. */
int dm_rhs(dm_cplx *drho, const dm_cplx *rho, const dm_levels_t *lv, dm_ctx_t *c);
/* The same in Bloch coordinates: dxdt[v] = Tr(P_v d rho/dt).  0 or -1. */
int dm_rhs_bloch(double *dxdt, const double *x, const dm_levels_t *lv, dm_ctx_t *c);

/* The pieces of dm_rhs, each adding to drho (H, V, E as above). */
void dm_add_hamiltonian(dm_cplx *drho, const dm_cplx *rho, const dm_cplx *H, int d);
/* rate * (L rho L^dag - {L^dag L, rho}/2) */
void dm_add_lindblad(dm_cplx *drho, const dm_cplx *rho, const dm_cplx *L, double rate,
                     dm_ctx_t *c);
/* rate/2 (<L^dag> [L, rho] - <L> [L^dag, rho]) */
void dm_add_collective(dm_cplx *drho, const dm_cplx *rho, const dm_cplx *L, double rate,
                       dm_ctx_t *c);
/* the eigenbasis thermal dissipator for eigenvectors V, energies E */
void dm_add_thermal(dm_cplx *drho, const dm_cplx *rho, const dm_cplx *V, const double *E,
                    dm_ctx_t *c);
/* Upward rate of a pair with downward rate g: g exp(-(Em - En)/T), with
   the exponent capped at 700 (no overflow when a crossing has inverted
   the pair at low T); 0 at T = 0 when Em > En. */
double dm_up_rate(double g, double En, double Em, double T);

/* The Gibbs state exp(-H/T)/Z of a Hermitian H (T > 0), stably
   (energies shifted by the minimum).  0 or -1. */
int dm_gibbs(dm_cplx *rho, const dm_cplx *H, double T, dm_ctx_t *c);

/* Checks of a state: |Tr rho - 1|, max |rho - rho^dag|, smallest
   eigenvalue and purity Tr rho^2.  0 or -1 (eigensolver failed). */
typedef struct
{
    double trace_err, herm_err, min_eig, purity;
} dm_check_t;

int dm_check(dm_check_t *chk, const dm_cplx *rho, dm_ctx_t *c);

/* Time evolution.  Statistics of a run, filled by dm_evolve. */
typedef struct
{
    double pos_tol;            /* set by the caller (dm_stats_init: DM_POS_TOL) */
    long steps, rhs_evals;
    double min_eig, t_min_eig; /* smallest eigenvalue of rho at accepted steps */
    int pos_violated;          /* min_eig < -pos_tol somewhere */
    double t_violated;         /* first time it happened */
    double max_trace_err, max_herm_err;    /* of rho along the run */
    double max_dtrace, max_dherm;          /* ctx diag_* over the run */
    double min_overlap;        /* level tracking, 1 without thermal dissipator */
} dm_stats_t;

void dm_stats_init(dm_stats_t *st);

/* Called at t0, at every output time and at t1 with the state in both
   forms; return nonzero to stop. */
typedef int (*dm_out_fn)(double t, const double *x, const dm_cplx *rho, void *data);

/* After an accepted step at time t: checks rho(x) (trace, Hermiticity,
   positivity) into st and moves the level reference of lv to x.  For
   callers that step GSL themselves; uses c's scratch.  0 or -1. */
int dm_monitor(double t, const double *x, dm_stats_t *st, dm_levels_t *lv, dm_ctx_t *c);

/* Methods: the explicit one-step methods of num_ode_method
   (NUM_ODE_ONE_STEP: rk8pd, the default, rkf45, rkck): the stepping is
   done by hand to move the level reference between steps, which GSL's
   multistep and implicit methods (its driver, a Jacobian) do not allow. */

/* Integrates x (in place) from t0 to t1 with GSL odeiv2 (absolute and
   relative tolerance tol on the Bloch coordinates), stepping by hand so
   that after every accepted step the level reference moves on (lv must
   have been started) and positivity is checked; out() at t0, every
   multiple of `every` (<= 0: only the ends) and t1.  DM_OK; DM_STOPPED
   when out() stopped; DM_FAILED with the reason and time in msg (x: the
   state where it stopped).  A positivity violation does not stop the
   run: it is recorded in st for the caller to report. */
int dm_evolve(double *x, double t0, double t1, double every, const char *method, double tol,
              dm_out_fn out, void *data, dm_stats_t *st, dm_levels_t *lv, dm_ctx_t *c,
              char *msg, size_t n);

#endif
