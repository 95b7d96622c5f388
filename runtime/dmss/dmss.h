/* dmss.h: steady states of the density-matrix engine (paper 000, Section V).
 *
 * The steady state of the nonlinear master equation d rho/dt = L[rho] at one
 * parameter point is found by relaxation: dm_evolve runs in chunks until the
 * residual |d x/dt|_2 of the Bloch coordinates falls below relax_tol; a
 * Newton iteration on x -> dm_rhs_bloch(x) then polishes it to tol.  The
 * polished state is accepted only if it lies close to the relaxed one and is
 * linearly stable (otherwise relaxation goes on with a tighter relax_tol);
 * no acceptance within the time cap is a failure.  Parameter continuation
 * (dmss_sweep) starts every point from the previous steady state, mixed
 * with a tiny weight of a symmetry-broken seed so that an unstable
 * symmetric state is left as a slow physical ramp would leave it.
 *
 * Linear stability (Eqs. 38-40): the Jacobian of x -> dm_rhs_bloch(x) on
 * the nobs = 4^k - 1 real coordinates by central differences with
 * Richardson extrapolation.  For each coordinate j a ladder of steps
 * h_i = h0 2^-i is tried; D(h) = (f(x + h e_j) - f(x - h e_j)) / (2h) and
 * R_i = (4 D(h_{i+1}) - D(h_i)) / 3 (fourth order); the column is the R_i
 * whose difference to R_{i-1} (the second scheme: the same formula with
 * twice the step) is smallest, and that difference is its error estimate.
 *
 * The thermal dissipator depends on the level labels: every function
 * taking a dm_levels_t evaluates the right-hand side with the levels
 * matched to that reference (see dm.h). */
#ifndef BLOCHGEN_DMSS_H
#define BLOCHGEN_DMSS_H

#include <stdio.h>
#include "dm.h"
#include "plot.h"

/* First step h0 of the Jacobian ladder and its length (steps h0 .. h0 2^-(N-1)). */
#define DMSS_FD_H0 1.6e-2
#define DMSS_FD_STEPS 8
/* Weight of the broken seed mixed into each continuation start; its sign
   is that of the order parameter (the first odd observable) when that
   exceeds DMSS_SIDE_TOL, else the sign of the first point's seed. */
#define DMSS_SEED_MIX 1e-6
#define DMSS_SIDE_TOL 1e-9
/* Newton may move the relaxed state by at most this (2-norm) when polishing. */
#define DMSS_POLISH_MAX 1e-2
/* Forward and backward steady states disagree beyond this: hysteresis. */
#define DMSS_HYST_TOL 1e-6

typedef struct
{
    double tol;         /* |rhs|_2 of an accepted steady state */
    double relax_tol;   /* relaxation goes on until |rhs|_2 <= relax_tol */
    double tcap;        /* time cap of one relaxation */
    double int_tol;     /* dm_evolve's error tolerance */
    const char *method; /* dm_evolve's method */
    double chi_rtol;    /* chi_F convergence: relative and absolute tolerance */
    double chi_atol;
    double chi_dp0;     /* first step of the chi_F ladder (0: no chi_F) */
} dmss_opts_t;

void dmss_opts_init(dmss_opts_t *o);

/* 2-norm of dm_rhs_bloch at x; NAN when the eigensolver failed. */
double dmss_residual(const double *x, const dm_levels_t *lv, dm_ctx_t *c);

/* The Jacobian (row-major nobs x nobs, J[i n + j] = d f_i / d x_j) at x as
   described above; *err (if not NULL): the largest estimated error of an
   entry.  0, or -1 when an rhs evaluation failed. */
int dmss_jacobian(double *J, double *err, const double *x, const dm_levels_t *lv,
                  dm_ctx_t *c);

/* Eigenvalues of J (n x n, not modified) sorted by decreasing real part,
   the gap -max Re and the frequency |Im| of the slowest mode.  0 or -1. */
int dmss_spectrum(double *wr, double *wi, double *gap, double *freq, const double *J, int n);

/* Newton on f(x) = dm_rhs_bloch(x) from x (in place), each step halved
   until |f| decreases, the level reference moved along.  0 when |f|_2 <=
   tol; -1 otherwise.  *its: iterations. */
int dmss_newton(double *x, int *its, double tol, dm_levels_t *lv, dm_ctx_t *c);

/* The starting states.  sign = +1 or -1: the symmetry-broken seed, the
   product state with every spin along +-x; sign = 0: the maximally mixed
   state.  For a model with a `thermal` statement and T > 0, the Gibbs state
   exp(-H_MF(x)/T)/Z at that state x instead.  0 or -1. */
int dmss_seed(double *x, int sign, dm_ctx_t *c);

/* What one steady state took. */
typedef struct
{
    double residual;    /* |rhs|_2 at the accepted state */
    double relax_res;   /* |rhs|_2 when relaxation stopped */
    double t;           /* relaxation time */
    int newton_its;
    double gap, freq;   /* stability gap and omega_slow there */
    double jac_err;     /* estimated error of the Jacobian */
    double min_eig;     /* smallest eigenvalue of rho along the relaxation */
    int pos_violated;   /* positivity was violated (DM_POS_TOL) */
} dmss_info_t;

/* Relaxation from x (in place) at c's parameters, then the Newton polish.
   lv is started at x here and left at the steady state.  J (nobs^2, may be
   NULL) receives the Jacobian at the result.  0; 3 when no stable steady
   state was accepted within the time cap (x: where it stopped); -1 when the
   integrator or an eigensolver failed (dm_evolve's reason in msg, n bytes,
   when it was the integrator; msg may be NULL with n = 0). */
int dmss_relax(double *x, dmss_info_t *info, double *J, const dmss_opts_t *o,
               dm_levels_t *lv, dm_ctx_t *c, char *msg, size_t n);

/* Steady state at parameters p (nparams) by Newton from x0 with the levels
   numbered at x0: the neighbours of a steady state for chi_F.  x: result;
   *gap (if not NULL): its stability gap.  0 or -1. */
int dmss_newton_at(double *x, double *gap, const double *x0, const double *p, double tol,
                   const bloch_model_t *m);

/* Fidelity susceptibility (Eq. 34) of the steady state x at parameter
   index `vary` of p: qinfo_chi_f_converge on the family of Newton steady
   states near x, from step o->chi_dp0.  A neighbour must be linearly
   stable: near a critical point Newton may land on the other (unstable)
   branch, and the whole ladder is then retried from a step 4 times
   smaller, down to DMSS_CHI_DP_MIN.  0 converged, 1 not converged
   (estimates still set), -1 failed (NAN). */
#define DMSS_CHI_DP_MIN 1e-6
int dmss_chi_f(double *chi, double *dp, double *err, const double *x, const double *p, int vary,
               const dmss_opts_t *o, const bloch_model_t *m);

/* Concurrence (Eqs. 32-33) of sites 1 and 2 of x (the cluster state for
   k = 2, its two-site reduction for k > 2); NAN for k = 1.  purity: Tr
   rho^2 of the whole cluster (may be NULL). */
double dmss_concurrence(double *purity, const double *x, dm_ctx_t *c);

/* One row of a sweep. */
typedef struct
{
    double par;
    int dir;            /* +1 forward, -1 backward */
    double *x;          /* nobs */
    dmss_info_t info;
    double conc, purity;
    double chi, chi_dp, chi_err;
    int chi_ok;         /* 0 converged, 1 not, -1 failed */
} dmss_row_t;

typedef struct
{
    const bloch_model_t *m;
    double *p;          /* nparams; p[vary] overwritten */
    int vary, n;
    double a, b;
    dmss_opts_t opts;
    int init_sign;      /* seed of the first point: +1, -1, 0 (symmetric) */
    const double *init_x;   /* or an explicit first state (NULL: seed) */
    dmss_row_t *row[2]; /* [0] forward, [1] backward: n rows each, grid order */
    int done[2];        /* rows filled */
    double fail_par;    /* where a relaxation failed */
    char fail_msg[256]; /* why, when known: dm_ctx_init's or dm_evolve's
                           message (empty otherwise) */
} dmss_sweep_t;

void dmss_sweep_init(dmss_sweep_t *s, const double *p, int vary, double a, double b, int n,
                     const dmss_opts_t *o, const bloch_model_t *m);
void dmss_sweep_clear(dmss_sweep_t *s);
double dmss_grid_value(const dmss_sweep_t *s, int g);

/* One point: steady state from x (in place) at parameter value par, first
   mixed with weight DMSS_SEED_MIX of dmss_seed(seed_sign) when seed_sign
   is not 0; then its spectrum, concurrence and chi_F into r.  0, 3 or -1
   as dmss_relax; -1 also when the engine refuses the parameters
   (dm_ctx_init), with its message in msg (n bytes) as dmss_relax's. */
int dmss_point(dmss_row_t *r, double *x, double par, int seed_sign, const dmss_sweep_t *s,
               char *msg, size_t n);

/* One direction (+1 forward, -1 backward) with continuation: every point,
   the first included, starts mixed with the seed (dmss_point); tick(data)
   after every point.  0; 3 (s->fail_par) or -1 as dmss_relax (the reason,
   when known, in s->fail_msg). */
int dmss_sweep_run(dmss_sweep_t *s, int dir, void (*tick)(void *), void *data);

/* Grid intervals [lo, hi] (increasing indices) where the forward and
   backward states differ by more than tol (2-norm; up to the Z2 mirror
   image for a model with a symmetry: the two broken states are the same
   phase); returns how many (at most max).  Needs both directions. */
int dmss_hysteresis(int *lo, int *hi, int max, double tol, const dmss_sweep_t *s);

/* Largest difference (as above) of the forward and backward states. */
double dmss_max_disagreement(const dmss_sweep_t *s);

/* CSV rows (header included) of the directions that ran; the header line
   and the rows separately, for a caller that puts '#' lines between. */
void dmss_write_csv(FILE *f, const dmss_sweep_t *s);
void dmss_write_header(FILE *f, const dmss_sweep_t *s);
void dmss_write_rows(FILE *f, const dmss_sweep_t *s);

/* Figure (gnuplot, data inline in the script next to the PNG): the first
   odd observable, <sx1 sx2> (or the second observable), the concurrence,
   chi_F, the gap and omega_slow against the parameter, forward and
   backward.  A plot status (plot.h): PLOT_OK, else the warning is in msg
   (n bytes). */
int dmss_plot(const char *png, const dmss_sweep_t *s, char *msg, size_t n);

#endif
