/* equil.h: self-consistent thermal equilibrium of a mean-field cluster
 * model with an eigenbasis thermal dissipator (`thermal T`), and the
 * preparation of that state by dissipative relaxation (paper 000,
 * Eqs. 8-14 and Appendix A).
 *
 * Mean fields.  H_MF(x) = sum_v c_v(x) P_v + c_0 depends on a few Bloch
 * coordinates of the state, the "fields" y (for ising_thermal: <sx1>,
 * <sx2>).  The equilibrium states are the solutions of
 *     y = G(y),   G(y) = Tr(P_y exp(-H_MF(y)/T)) / Z(y),          (Eq. 14)
 * found by Newton's method from a grid of seeds of the odd fields (odd
 * under the model's `symmetry`; every field without one).
 *
 * Free energy.  H_MF must be linear in x, c(x) = a + B x with a symmetric
 * coupling matrix B = dc/dx: it is then the gradient of the product-state
 * energy E(x) = c_0 + a.x + x.B x/2 of the fully connected model (for
 * Eq. 1, -(m_x1^2 + m_x2^2)/2 - h1 <sz1> - h2 <sz2> - lambda <sx1 sx2>
 * per site).  The variational free energy per site f = E - T S at the
 * Gibbs state of H_MF(y) is
 *     F(y) = -T ln Z(y) - y.B y / 2,
 * (Tr rho H_MF counts the mean-field energy x.B x twice); dF/dy =
 * B (G(y) - y), so the self-consistent solutions are its stationary points
 * and the equilibrium is the one of lowest F.  For Eq. 13, B = -1 on
 * sx1, sx2: F = -T ln Z + (m_x1^2 + m_x2^2)/2.
 *
 * Critical points.  At the symmetric solution (odd fields 0) the Jacobian
 * J = dG/dy is block diagonal; ordered solutions branch off where an
 * eigenvalue mu of its odd block crosses 1, first the largest (for Eq. 8,
 * mu = tanh(h/T)/h, so T_c = h / atanh h: Eq. 9).  J is computed
 * analytically from the eigen-decomposition of H_MF (divided differences
 * of exp(-E/T)), not by finite differences.
 *
 * Nothing here prints: equil_ctx_init, equil_ansatz and the preparation
 * return a status (below) and put the reason, with its values, in the
 * caller's buffer msg of n bytes (always terminated; msg may be NULL
 * with n = 0); the command prints it. */
#ifndef BLOCHGEN_EQUIL_H
#define BLOCHGEN_EQUIL_H

#include "bloch_model.h"
#include "dm.h"

/* Status of equil_ctx_init, equil_ansatz, equil_prepare_run and
   equil_prepare (2 and 3 as before, so that callers testing != 0 keep
   working). */
enum
{
    EQUIL_OK = 0,
    EQUIL_BAD_INPUT = 2,       /* the model or parameters are unusable: one
                                  of dm_ctx_init's reasons, no `thermal`
                                  statement, T <= 0, H_MF not linear with
                                  symmetric couplings, a seed outside
                                  [-1, 1], a dissipator without rates */
    EQUIL_NOT_STATIONARY = 3   /* preparation: the integration failed, or the
                                  state was not stationary by tmax */
};

/* Everything fixed at one parameter point, and scratch. */
typedef struct
{
    dm_ctx_t dm;               /* the engine at p (owned) */
    const bloch_model_t *m;
    double T;                  /* the `thermal` temperature, > 0 */
    int nf;                    /* number of fields */
    int *field;                /* their observable indices */
    int *odd;                  /* field k is odd (or there is no symmetry) */
    int has_symmetry;          /* the model declares a Z2 symmetry */
    double *B;                 /* nf x nf couplings d c_field(i) / d x_field(j) */
    dm_cplx *K;                /* nf d x d matrices dH_MF / dy_j */
    /* scratch */
    double *x, *E, *w;
    dm_cplx *H, *rho, *V, *M1, *M2;
} equil_ctx_t;

/* Prepares the solver for model m at parameters p (copied).  EQUIL_OK;
   EQUIL_BAD_INPUT with the reason in msg when dm_ctx_init refuses m or p,
   the model has no `thermal` statement, T <= 0, or H_MF is not linear in
   x with a symmetric coupling matrix. */
int equil_ctx_init(equil_ctx_t *q, const bloch_model_t *m, const double *p, char *msg,
                   size_t n);
void equil_ctx_clear(equil_ctx_t *q);

/* The map: x (nobs Bloch coordinates) of the Gibbs state of H_MF(y) and
   *lnz = ln Z (may be NULL).  0, or -1 if the eigensolver failed. */
int equil_map(double *x, double *lnz, const double *y, equil_ctx_t *q);

/* Its Jacobian dx_v / dy_j (nobs x nf, row-major) at y, analytic.
   0 or -1. */
int equil_map_jacobian(double *J, const double *y, equil_ctx_t *q);

/* F(y) = -T ln Z(y) - y.B y / 2 (free energy per site at a solution). */
double equil_free_energy(double lnz, const double *y, const equil_ctx_t *q);

/* The real parts of the eigenvalues of dG/dy restricted to the fields
   with odd[k] == want_odd (want_odd < 0: all fields), at y, in
   descending order: mu[0 .. *nmu-1] (mu: nf values).  0 or -1. */
int equil_map_mu(double *mu, int *nmu, const double *y, int want_odd, equil_ctx_t *q);

/* Damped Newton for y = G(y) from y (in place): converged when
   |G(y) - y|_inf <= 1e-14 (or when rounding stops the decrease below
   1e-12); where Newton stalls, damped fixed-point steps and Newton again.
   *resid (|G(y) - y|_inf), *iters (may be NULL).  0; -2 when it ended,
   unconverged, where dG/dy - 1 is nearly singular (condition > 100): a
   valley of |G(y) - y| such as the ghost of a fold, no solution near this
   start; -1 when it did not converge otherwise. */
int equil_newton(double *y, double *resid, int *iters, equil_ctx_t *q);

/* One self-consistent solution. */
typedef struct
{
    double *x;                 /* nobs Bloch coordinates of the Gibbs state */
    double *y;                 /* nf fields */
    double *E;                 /* d energies of H_MF, ascending */
    double F;                  /* free energy per site */
    double mu;                 /* largest Re eigenvalue of dG/dy (all fields):
                                  < 1 at a local minimum of F when B < 0 */
    double resid;              /* |G(y) - y|_inf */
    int ordered;               /* some odd field nonzero (> 1e-9) */
    int lowest;                /* F within 1e-13 (relative) of the minimum */
} equil_sol_t;

typedef struct
{
    int n;
    equil_sol_t *s;
    int best;                  /* a lowest solution, the one whose first
                                  nonzero odd field is positive */
    int failed;                /* seeds whose Newton did not converge */
    int valleys;               /* seeds that ended in a singular valley (-2) */
} equil_sols_t;

void equil_sols_init(equil_sols_t *S);
void equil_sols_clear(equil_sols_t *S);

/* All solutions: Newton from the seeds (up to 3 odd fields a grid of
   each in {0, +-1, +-0.6, +-0.25}, more: the sign patterns in {-1, 0, 1}
   times 1, 0.5, 0.1; even fields from G(0)), deduplicated (1e-8), sorted
   by F, the lowest marked.  0; 3 when a seed did not converge (S->failed > 0,
   the solutions found are still in S); -1 if the eigensolver failed. */
int equil_solve(equil_sols_t *S, equil_ctx_t *q);

/* The symmetric solution (Newton from odd fields 0): y (nf) and the
   eigenvalues mu[0 .. *nmu-1] (descending, mu: nf values) of the odd
   block of dG/dy there.  0, or -1 (no convergence). */
int equil_symmetric(double *y, double *mu, int *nmu, equil_ctx_t *q);

/* A critical point on a line: the parameter where eigenvalue number
   `mode` (0: the largest) of the odd block at the symmetric solution
   crosses 1.  Mode 0 is where ordered solutions first branch off (the
   equilibrium orders there when the transition is continuous, Eq. 9);
   higher modes are further branchings off the symmetric solution (for
   uncoupled models, the other model's T_c). */
typedef struct
{
    double value;
    int mode;
} equil_crit_t;

/* Critical points along p[param] in [a, b]: sign changes of mu_k - 1 of
   the symmetric solution between n samples, each refined by Brent (GSL)
   until the bracket is below tol.  Writes at most maxn, increasing;
   returns the number found, or -1 when the model cannot be solved at a
   sample (equil_ctx_init refused it or Newton failed; no message: a
   caller checks the points first), has no symmetry or no odd field. */
int equil_critical(equil_crit_t *pts, int maxn, const double *p, int param, double a,
                   double b, int n, double tol, const bloch_model_t *m);

/* ---- preparation of the thermal state (Appendix A) ---------------------- */

/* The ansatz (A1-A3): the product over sites s of
   rho_s = (1 + tanh(|b_s|/T) (-b_s/|b_s|).sigma + epsilon sigma^x) / 2,
   b_s the single-site field of H_MF(0) on site s (Tr(sigma^a_s H)/d; for
   Eq. 22, b_s = -h_s z, so rho_s has tanh(h_s/T) on sigma^z as in A2-A3)
   and epsilon the symmetry-breaking seed.  x: nobs.  EQUIL_OK, or
   EQUIL_BAD_INPUT with the reason in msg when epsilon is outside [-1, 1]
   (a site's Bloch vector would exceed 1). */
int equil_ansatz(double *x, double epsilon, equil_ctx_t *q, char *msg, size_t n);

/* Replaces the nearly stationary x by the self-consistent Gibbs state
   nearest to it: equil_newton on the mean fields read from x, then
   equil_map.  x is kept when Newton fails or lands more than 1e-6 away
   (another solution).  1 when x was replaced, 0 when kept. */
int equil_polish(double *x, equil_ctx_t *q);

/* Options and results of a preparation. */
typedef struct
{
    const char *method;        /* dm_evolve method (NULL: rk8pd) */
    double tol;                /* integration tolerance (default 1e-12) */
    int equal_rates;           /* every level pair at the largest of their rates
                                  (at least 1), as in Appendix A
                                  (gamma_high = gamma_low; the
                                  stationary state does not depend on them);
                                  default 1 */
    double stat_tol;           /* stationary when an interval 1/g (g the smallest
                                  nonzero rate) changes x by at most this (max
                                  norm; default 1e-8: equil_polish does
                                  the rest) */
    double tmax;               /* give up after tmax (default 1e4 / g) */
    int polish;                /* end with equil_polish (default 1) */
    /* results */
    double t;                  /* relaxation time used */
    double change;             /* change of x over the last interval */
    double dxdt;               /* |dx/dt|_inf at the end */
    int polished;              /* equil_polish replaced the relaxed state */
    dm_stats_t st;             /* of the whole run (positivity etc.) */
} equil_prep_t;

void equil_prep_init(equil_prep_t *pr);

/* The thermal state of Appendix A: from the ansatz with seed epsilon,
   integrates the self-consistent Lindblad equation of the model at p
   (dm_evolve, the level pairs at one rate, the largest but >= 1, unless
   pr->equal_rates = 0: detailed balance makes the stationary state
   independent of them) until stationary, then (pr->polish) equil_polish.
   x: nobs.  EQUIL_OK;
   EQUIL_BAD_INPUT (bad model or parameters, or no dissipation);
   EQUIL_NOT_STATIONARY when it did not become stationary by tmax or the
   integration failed.  The reason in msg (possibly several lines: the
   integrator's, then the preparation's). */
int equil_prepare_run(double *x, equil_prep_t *pr, const double *p, double epsilon,
                      const bloch_model_t *m, char *msg, size_t n);

/* The same with the default options: the entry point for other commands
   (e.g. `quench` starts from this state). */
int equil_prepare(double *x, const double *p, double epsilon, const bloch_model_t *m,
                  char *msg, size_t n);

/* Distance between the states x and y (Bloch coordinates): trace distance
   (1/2) sum |eig(rho_x - rho_y)| and 1 - F with the squared Uhlmann
   fidelity (qinfo_fidelity).  0 or -1. */
int equil_distance(double *tdist, double *infid, const double *x, const double *y,
                   dm_ctx_t *c);

#endif
