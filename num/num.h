/* num.h: the numerical building blocks every solver shares.
 *
 * Layering: compat/ (FLINT, LAPACKE headers) -> num/ (this module: root
 * bracketing, damped Newton, grids) -> the solvers of runtime/ and exact/
 * -> the command lines.  num/ depends on GSL and libm only; it never
 * prints, exits or changes global state (the program installs GSL's error
 * handler policy once, at start).  Every routine returns a num status. */
#ifndef BLOCHGEN_NUM_H
#define BLOCHGEN_NUM_H

#include <stddef.h>
#include <gsl/gsl_odeiv2.h>

/* Status of a num routine. */
enum
{
    NUM_OK = 0,
    NUM_NO_BRACKET = 1,       /* f(lo), f(hi) not of opposite signs */
    NUM_NO_CONVERGENCE = 2,   /* iteration cap reached, or no descent */
    NUM_NOT_FINITE = 3,       /* f returned NaN or an infinity */
    NUM_FAILED = 4            /* a callback reported failure */
};

/* A one-line English name of a status, for messages. */
const char *num_status_str(int status);

/* ---- roots in one variable ----------------------------------------------- */

typedef double (*num_fn_t)(double x, void *ctx);

typedef struct
{
    int iters;          /* Brent iterations used */
    double width;       /* width of the final bracket (0 at a zero end) */
} num_brent_info_t;

/* A root of f between lo and hi (either order) by GSL's Brent solver, to
   a bracket width below abstol + reltol |x|, in at most maxit iterations.
   The bracket is checked first: a zero end point is returned as the root;
   ends of equal sign give NUM_NO_BRACKET, non-finite values
   NUM_NOT_FINITE.  On NUM_NO_CONVERGENCE *root holds the last iterate
   (inside the bracket).  info may be NULL. */
int num_brent(double *root, num_brent_info_t *info, num_fn_t f, void *ctx, double lo,
              double hi, double abstol, double reltol, int maxit);

/* ---- damped Newton --------------------------------------------------------- */

/* The problem f(x) = 0 for n unknowns.  Callbacks return 0, or nonzero when
   x is outside their domain (the step is then halved further) or the
   computation failed. */
typedef struct
{
    int n;
    /* f(x) into f (n values). */
    int (*residual)(double *f, const double *x, void *ctx);
    /* The row-major n x n Jacobian df/dx at x (or, with jac_size, any
       jac_size values that solve reads as the Jacobian: a sparse one's
       nonzeros). */
    int (*jacobian)(double *J, const double *x, void *ctx);
    /* Solves J d = b in place (b becomes d; J may be overwritten).  A
       solver may replace a singular system by a fallback direction. */
    int (*solve)(double *J, double *b, int n, void *ctx);
    /* Optional (NULL: none): called after each accepted step with the new
       x and f(x); it may move x (a projection, levels following the
       iterate) and must then leave f = f(x). */
    int (*accept)(double *x, double *f, void *ctx);
    void *ctx;
    /* Doubles the jacobian callback writes; 0 (the default): n * n. */
    size_t jac_size;
} num_newton_t;

typedef struct
{
    double tol;         /* converged when norm(f) <= tol */
    int tol_inf;        /* 1: that norm is the max norm; 0: Euclidean */
    int maxit;          /* cap on Newton steps */
    int halvings;       /* step halvings tried before giving up (e.g. 40) */
    int polish;         /* steps still taken after convergence, while the
                           residual decreases (rounding-level polish) */
} num_newton_opts_t;

typedef struct
{
    int iters;          /* accepted steps */
    double resid;       /* norm(f) at the returned x, in the tol norm */
    int stalled;        /* no step decreased the residual (rounding floor,
                           or a local minimum of |f|) */
} num_newton_info_t;

/* Damped Newton from x: each step solves J d = -f and halves d until the
   Euclidean norm of f decreases.  NUM_OK when norm(f) <= tol; else
   NUM_NO_CONVERGENCE (cap, or no descent: info->stalled), NUM_NOT_FINITE
   (f at the start is not finite) or NUM_FAILED (a callback failed).  x is
   the best point reached in every case.  info may be NULL. */
int num_newton(double *x, num_newton_info_t *info, const num_newton_t *pb,
               const num_newton_opts_t *opts);

/* ---- states ----------------------------------------------------------------- */

/* Euclidean distance of two n-vectors (scaled: no overflow). */
double num_dist(const double *x, const double *y, int n);

/* Distance up to a Z2 symmetry: min(|x - y|, |x - P y|), P negating the
   components with parity[k] == 1 (parity NULL: |x - y|).  A state and its
   mirror image are the same physics; which one a run ends in is noise. */
double num_dist_mirror(const double *x, const double *y, const signed char *parity, int n);

/* Hysteresis along a grid of ngrid points: the windows where the states
   of a forward run a[g] and a backward run b[g] (NULL where a run has no
   state) both exist and differ by more than tol in num_dist_mirror.
   Windows [lo[i], hi[i]] of grid indices, at most max of them; returns
   their count. */
int num_hysteresis(int *lo, int *hi, int max, const double *const *a, const double *const *b,
                   int ngrid, const signed char *parity, int n, double tol);

/* ---- limit cycles ---------------------------------------------------------------- */

/* A periodic orbit read off a sampled trajectory by a Poincare section. */
typedef struct
{
    int var;                /* the section variable: the component with the
                               largest range */
    double level;           /* the section: var = level (mid-range) */
    int crossings;          /* upward crossings found */
    double period;          /* the last interval between two crossings */
    double change;          /* |last - previous interval| / last: 0 on a
                               converged cycle, larger while it settles */
    double amp_change;      /* relative change of var's range from the
                               previous period to the last: 0 on a cycle,
                               not on a spiral decaying to a point */
    double amp_tol;         /* what sampling alone makes of amp_change:
                               the sampled range of a sinusoid misses up to
                               (pi h / period)^2 / 2 of it, h the largest
                               row spacing */
} num_cycle_t;

/* The rows t[0..n-1] (increasing) and x (n rows of dim values) of a
   trajectory: upward crossings of var through level, located by linear
   interpolation between rows, give the period; amp[j] (dim values) is
   half the range of component j over the last period.  NUM_OK with at
   least three crossings (two periods, to compare); NUM_NO_CONVERGENCE when
   there are fewer (no oscillation, or too short a run); NUM_NOT_FINITE
   for a non-finite value. */
int num_cycle(num_cycle_t *c, double *amp, const double *t, const double *x, long n, int dim);

/* ---- ODE methods ------------------------------------------------------------ */

/* A GSL odeiv2 stepper by name.  implicit: needs the Jacobian; one_step:
   an explicit one-step method, the only kind a caller may drive step by
   step to change the system between steps (the density-matrix engine
   moves its level reference; the quench re-integrates sub-steps). */
typedef struct
{
    const char *name;
    const gsl_odeiv2_step_type *const *type;
    int implicit, one_step;
} num_ode_method_t;

enum { NUM_ODE_ANY = 0, NUM_ODE_ONE_STEP = 1 };

/* The method called name (NULL: rk8pd, the default) among those of the
   kind asked for (NUM_ODE_ANY, NUM_ODE_ONE_STEP); NULL when unknown or of
   another kind. */
const num_ode_method_t *num_ode_method(const char *name, int kind);
/* The names of that kind, for messages ("rk8pd rkf45 rkck ..."). */
const char *num_ode_method_list(int kind);

/* ---- grids -------------------------------------------------------------- */

/* A parameter varied over a grid: name=A:B:N on a command line. */
typedef struct
{
    int param;              /* index into the model's parameters */
    double a, b;
    int n;                  /* number of points (>= 2), 0 when not given */
} num_range_t;

/* Point k of r: num_grid_value(r->a, r->b, r->n, k). */
double num_range_value(const num_range_t *r, int k);


/* Point k of n equally spaced points from a to b: a + k (b - a) / (n - 1),
   exactly b at k = n - 1 (so a written grid ends where the user said);
   finite for all finite a, b (no overflow of b - a). */
double num_grid_value(double a, double b, int n, int k);

/* ---- printing a double ------------------------------------------------------ */

/* Enough for any double in num_shortest's form. */
#define NUM_SHORTEST_MAX 32

/* v in the shortest of %.15g, %.16g, %.17g that reads back as v (so 0.1
   and 1.4 stay 0.1 and 1.4, and every value printed is exact); returns
   buf, of NUM_SHORTEST_MAX chars. */
char *num_shortest(char *buf, double v);

/* ---- sparse linear systems: restarted GMRES ---------------------------------- */

/* A linear operator of order n and an optional right preconditioner, by
   callbacks (the matrix may never be formed).  op: y = A x; prec (NULL:
   none): y = M^-1 x with M close to A.  Return 0, nonzero on failure. */
typedef struct
{
    long n;
    int (*op)(double *y, const double *x, void *ctx);
    int (*prec)(double *y, const double *x, void *ctx);
    void *ctx;
} num_linop_t;

typedef struct
{
    int restart;        /* Krylov vectors per cycle */
    int maxit;          /* cap on the products of the Krylov cycles (iters);
                           op is called 1 + iters + cycles times in all (the
                           residual at the start and after each cycle) */
    double tol;         /* converged when |b - A x| <= tol |b| (Euclidean;
                           b = 0: |A x| <= tol), the true residual
                           recomputed after each cycle */
} num_gmres_opts_t;

typedef struct
{
    int iters;          /* matrix-vector products in the Krylov cycles */
    int cycles;         /* restarts + 1 */
    double resid;       /* |b - A x| / |b| at the returned x (recomputed;
                           b = 0: |A x|); NaN when op failed computing it */
} num_gmres_info_t;

/* Solves A x = b by GMRES(restart) with right preconditioning (A M^-1 y = b,
   x = M^-1 y; the residual minimized is that of A x itself), in its
   flexible form (the vectors M^-1 v_k are kept: 2 restart + 1 vectors of
   n with a preconditioner, restart + 1 without), Arnoldi by
   modified Gram-Schmidt with one reorthogonalization, starting from the x
   given.  NUM_OK when the recomputed relative residual is <= tol;
   NUM_NO_CONVERGENCE at the cap or on stagnation (a cycle that does not
   reduce it, also after a breakdown A M^-1 v = 0 of a singular A);
   NUM_NOT_FINITE (a NaN or infinity from a callback); NUM_FAILED (a
   callback failed).  x is the last iterate in every case.  info may be
   NULL. */
int num_gmres(double *x, num_gmres_info_t *info, const num_linop_t *pb, const double *b,
              const num_gmres_opts_t *opts);

#endif
