/* bloch_api.h: a small, stable C API over an emitted model, for callers
 * that are not C programs (the Python package, via ctypes) and for a
 * user's own C program.
 *
 * Everything here takes plain C types: doubles, ints, caller-provided
 * buffers sized from the model (nobs, nparams), a status and a message
 * buffer msg of n bytes (always terminated; NULL with n = 0).  Nothing
 * prints, nothing exits, nothing is global: the runtime's commands print,
 * these return what those commands print.  Statuses are the command
 * line's exit statuses (cmdline.h), so a caller maps both the same way:
 * BLOCH_API_OK, BLOCH_API_NO_RESULT, BLOCH_API_BAD_INPUT (msg names the
 * argument), BLOCH_API_NO_CONVERGENCE.
 *
 * The model: a solver library built by `blochgen build MODEL --shared`
 * exports blochgen_model() and blochgen_model_arb() (runtime/model_lib.c)
 * returning its bloch_model_t and bloch_model_arb_t; a C program linked
 * with an emitted model uses &<name>_model and &<name>_model_arb.  The
 * caller calls gsl_set_error_handler_off() once (bloch_api_init does). */
#ifndef BLOCHGEN_BLOCH_API_H
#define BLOCHGEN_BLOCH_API_H

#include <stddef.h>
#include "bloch_model.h"
#include "bloch_model_arb.h"

/* Bumped when a signature below changes (additions keep it). */
#define BLOCH_API_VERSION 1
int bloch_api_version(void);

enum
{
    BLOCH_API_OK = 0,
    BLOCH_API_NO_RESULT = 1,
    BLOCH_API_BAD_INPUT = 2,
    BLOCH_API_NO_CONVERGENCE = 3
};

/* Switches GSL's abort-on-error handler off (the runtime checks every GSL
   status itself); call once before anything else. */
void bloch_api_init(void);

/* ---- the model's description ------------------------------------------- */

/* Strings of the model: which one of BLOCH_API_*_STR, index i where it
   has one; NULL when out of range or absent (exact_rhs of a model
   emitted without it, symmetry of a model without one). */
enum
{
    BLOCH_API_NAME_STR = 0,         /* the model's name */
    BLOCH_API_SOURCE_STR = 1,       /* the model file it came from */
    BLOCH_API_PARAM_STR = 2,        /* parameter i */
    BLOCH_API_OBS_STR = 3,          /* observable i ("sx1*sz2") */
    BLOCH_API_EXACT_RHS_STR = 4,    /* d<x_i>/dt exactly (FLINT syntax, p0.., x0..) */
    BLOCH_API_CONSERVED_STR = 5,    /* conserved quantity i */
    BLOCH_API_SYMMETRY_STR = 6      /* the symmetry's generator */
};
const char *bloch_api_model_str(const bloch_model_t *m, int what, int i);

/* Integers of the model: which one of BLOCH_API_*; i, j index where the
   quantity has indices; -1 when out of range. */
enum
{
    BLOCH_API_SITES = 0,
    BLOCH_API_NPARAMS = 1,
    BLOCH_API_NOBS = 2,
    BLOCH_API_PARITY = 3,           /* of observable i: 0 even, 1 odd, -1 no symmetry */
    BLOCH_API_HAS_SYMMETRIC = 4,
    BLOCH_API_DM_ONLY = 5,
    BLOCH_API_NJUMPS = 6,           /* 0 without density-matrix tables */
    BLOCH_API_NJUMP_TERMS = 7,
    BLOCH_API_JUMP_COLLECTIVE = 8,  /* of jump i */
    BLOCH_API_JUMP_NTERMS = 9,      /* of jump i */
    BLOCH_API_JUMP_FIRST = 10,      /* of jump i: its first term's index */
    BLOCH_API_JUMP_PAULI = 11,      /* term j of jump i: observable, -1 identity */
    BLOCH_API_HAS_DM = 12,          /* the density-matrix tables are there */
    BLOCH_API_NCONSERVED = 13,
    BLOCH_API_THERMAL_PARAM = 14
};
int bloch_api_model_int(const bloch_model_t *m, int what, int i, int j);

/* ---- evaluation ------------------------------------------------------------ */

/* dxdt (nobs) = the right-hand side at x (nobs), p (nparams). */
int bloch_api_rhs(double *dxdt, const double *x, const double *p, const bloch_model_t *m);

/* jac (nobs x nobs, row-major) = d rhs_i / d x_j. */
int bloch_api_jacobian(double *jac, const double *x, const double *p, const bloch_model_t *m);

/* The density-matrix tables at (x, p): hcoef (nobs + 1) the mean-field
   Hamiltonian's coefficient of each observable's Pauli string, the last
   of the identity; re, im (njump_terms) the jump and collective
   operators' term coefficients; rate (njumps) their rates.
   BLOCH_API_NO_RESULT when the model carries no tables. */
int bloch_api_dm_tables(double *hcoef, double *re, double *im, double *rate, const double *x,
                        const double *p, const bloch_model_t *m, char *msg, size_t n);

/* ---- steady states --------------------------------------------------------- */

/* The symmetric steady state (closed form, else the numerical search of
   steady_symmetric): x (nobs).  BLOCH_API_OK, BLOCH_API_NO_RESULT (no
   symmetric state, or several), BLOCH_API_NO_CONVERGENCE (not finite). */
int bloch_api_symmetric(double *x, const double *p, const bloch_model_t *m, char *msg,
                        size_t n);

/* Damped Newton from x (in place) to |rhs|_2 <= tol (steady_newton);
   broken = +1 or -1: instead from the symmetric state displaced along its
   unstable odd mode (steady_broken; x is only written).  iters, resid
   may be NULL.  BLOCH_API_OK, BLOCH_API_NO_RESULT (broken: no unstable
   odd mode), BLOCH_API_NO_CONVERGENCE (msg: the residual reached). */
int bloch_api_steady(double *x, int *iters, double *resid, int broken, const double *p,
                     double tol, const bloch_model_t *m, char *msg, size_t n);

/* Every steady state (`steady --all`): exact elimination at the
   parameters ptext (each parameter's exact text, "1/10" or "0.01"; NULL,
   or a NULL entry: the double p[k] exactly), certified with Arb, and a
   numerical search from `starts` random states (seed) where the
   elimination is impossible or incomplete.  Writes up to max states:
   x (max x nobs), stability (stab_verdict: STAB_STABLE 0, UNSTABLE 1,
   UNDECIDED 2, MARGINAL 3), physical (1, 0), certified (1, 0); *count
   the number of states (more than max: call again with more room);
   *complete 1 when the list is certified complete.  msg says how it was
   found (or why not).  States on a positive-dimensional family are left
   out of a numerical search's list (as the command does). */
int bloch_api_steady_all(double *x, int *stability, int *physical, int *certified, int max,
                         int *count, int *complete, const char *const *ptext, const double *p,
                         long starts, unsigned long seed, const bloch_model_t *m,
                         const bloch_model_arb_t *marb, char *msg, size_t n);

/* ---- stability and time evolution -------------------------------------------- */

/* The spectrum of the Jacobian at x: wr, wi, sector (nobs each; sorted by
   decreasing real part; sector 0 even, 1 odd, -1 mixed), the gap
   -max Re, the slowest frequency, the verdict (STAB_STABLE 0, ...) and
   the tolerance the real parts are resolved to. */
int bloch_api_stability(double *wr, double *wi, int *sector, double *gap, double *freq,
                        int *verdict, double *rtol, const double *x, const double *p,
                        const bloch_model_t *m, char *msg, size_t n);

/* The states at the nt times t[0] < t[1] < ... (out: nt x nobs), from x0
   at t[0], by evolve_run (method: NULL or "rk8pd", or any of
   num_ode_method's; tol absolute and relative).  BLOCH_API_BAD_INPUT
   (method, times), BLOCH_API_NO_CONVERGENCE (the integration failed; the
   rows reached are written, *done says how many). */
int bloch_api_evolve(double *out, int *done, const double *t, int nt, const double *x0,
                     const double *p, const char *method, double tol, const bloch_model_t *m,
                     char *msg, size_t n);

/* ---- sweeps and scans ---------------------------------------------------------- */

typedef struct bloch_api_sweep_struct bloch_api_sweep_t;

/* Continuation of every branch (`sweep`): parameter vary from a to b in
   npts points, direction +1 forward, -1 backward, 0 both; cycles: also
   measure limit cycles past Hopf points.  NULL with *status and msg when
   no branch could be started. */
bloch_api_sweep_t *bloch_api_sweep_new(int *status, const double *p, int vary, double a,
                                       double b, int npts, int direction, double tol,
                                       int cycles, const bloch_model_t *m, char *msg, size_t n);
void bloch_api_sweep_free(bloch_api_sweep_t *s);

/* Its rows, as `sweep` writes them: the number, and each column (arrays
   of nrows; x nrows x nobs).  kind: BLOCH_API_KIND_* below; branch 0 is
   the followed state. */
long bloch_api_sweep_nrows(const bloch_api_sweep_t *s);
void bloch_api_sweep_rows(double *param, int *dir, int *branch, int *kind, int *stable,
                          int *physical, double *gap, double *freq, double *x,
                          const bloch_api_sweep_t *s);
enum { BLOCH_API_KIND_CYCLE_MAX = 5, BLOCH_API_KIND_CYCLE_MIN = 6 };
/* "symmetric", "broken+", "broken-", "followed", "other", "cycle-max",
   "cycle-min"; NULL out of range. */
const char *bloch_api_kind_name(int kind);

/* Its events (pitchfork, Hopf, fold, jump, ...): the number, and event k:
   type (name by bloch_api_event_name), direction, branch, parameter value,
   frequency (Hopf) or distance jumped (jump).  -1 out of range. */
int bloch_api_sweep_nevents(const bloch_api_sweep_t *s);
int bloch_api_sweep_event(int *type, int *dir, int *branch, double *par, double *freq, int k,
                          const bloch_api_sweep_t *s);
const char *bloch_api_event_name(int type);

/* The phase diagram of the symmetric state (`scan`): parameters xparam
   over xa..xb (xn points) and yparam over ya..yb (yn), the others p;
   point (i, j) at i * yn + j of gap, freq, phase (STAB_PHASE_* or 6,
   failed; named by bloch_api_phase_name).  With attr_starts > 0 also the
   attractors (nstable, cls: scan.h's SCAN_CLASS_*; may be NULL
   otherwise).  Runs on all OpenMP threads. */
int bloch_api_scan(double *gap, double *freq, int *phase, int *nstable, int *cls,
                   const double *p, int xparam, double xa, double xb, int xn, int yparam,
                   double ya, double yb, int yn, int attr_starts, const bloch_model_t *m,
                   char *msg, size_t n);
const char *bloch_api_phase_name(int phase);
const char *bloch_api_class_name(int cls);

#endif
