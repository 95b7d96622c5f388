/* sweep.h: natural-parameter continuation of every steady-state branch.
 *
 * One parameter runs over a grid of n values, forward (grid index 0 up),
 * backward (n - 1 down) or both.  At the first value of a direction the
 * starting set is the closed-form symmetric state, the broken states when
 * it is odd-unstable, and the attractors reached in time from --init or a
 * few fixed product states (models without a closed-form symmetric state).
 * Each branch is then continued grid point by grid point: a secant
 * predictor from the last two points, a Newton corrector, and the step
 * halved (down to 2^-30 of a grid step) when Newton fails or lands
 * implausibly far away; a branch that cannot be continued ends at a fold,
 * one that runs into another branch ends in a merge.  The spectrum at every
 * point gives stability, pitchforks on the symmetric branch (a real odd
 * eigenvalue changes sign: both broken branches are switched onto), branch
 * points elsewhere (a real eigenvalue changes sign and the branch goes on)
 * and Hopf points (the largest real part changes sign on a complex pair);
 * past a Hopf point the limit cycle is measured by relaxation in time.
 * Separately, the "followed" state of each direction is the stable state a
 * slow ramp tracks: it is continued while it stays stable, and relaxed in
 * time to a new attractor when it ends or loses stability.  Comparing the
 * followed states of the two directions gives the hysteresis intervals. */
#ifndef BLOCHGEN_SWEEP_H
#define BLOCHGEN_SWEEP_H

#include <stdio.h>
#include "bloch_model.h"
#include "phys.h"
#include "num.h"
#include "plot.h"

enum { SWEEP_SYMMETRIC = 0, SWEEP_BROKEN_PLUS = 1, SWEEP_BROKEN_MINUS = 2,
       SWEEP_FOLLOWED = 3, SWEEP_OTHER = 4 };
/* SWEEP_END_STUCK: continuation failed where no real eigenvalue vanishes,
   so not at a fold (Newton's trouble, not the branch's end). */
enum { SWEEP_END_GRID = 0, SWEEP_END_FOLD = 1, SWEEP_END_MERGE = 2, SWEEP_END_LOST = 3,
       SWEEP_END_STUCK = 4 };
/* SWEEP_EV_BRANCH: a real eigenvalue crosses zero on a branch that goes
   on (det J changes sign without a fold: a transcritical or pitchfork
   branch point off the symmetric branch's own test); SWEEP_EV_STUCK: a
   branch ends where no eigenvalue vanishes. */
enum { SWEEP_EV_PITCHFORK = 0, SWEEP_EV_HOPF = 1, SWEEP_EV_FOLD = 2, SWEEP_EV_JUMP = 3,
       SWEEP_EV_LOST = 4, SWEEP_EV_BRANCH = 5, SWEEP_EV_STUCK = 6 };

/* Distances below which two states are the same (start set; merges). */
#define SWEEP_SAME_START 1e-8
#define SWEEP_SAME_MERGE 1e-7
/* Followed states of the two directions disagree beyond this. */
#define SWEEP_HYST_TOL 1e-6
/* Time allowed for relaxation to an attractor (units of 1/rate). */
#define SWEEP_RELAX_T 1e4
/* Step halvings allowed inside one grid step: a branch that cannot be
   continued by steps of 2^-30 of a grid step ends there, which also
   locates its fold to that precision. */
#define SWEEP_MAX_HALVINGS 30

typedef struct
{
    int id, kind, dir;         /* dir +1 forward, -1 backward */
    int len, alloc;
    int *grid;                 /* grid index of each point */
    double *x;                 /* len x nobs states */
    double *gap, *freq;        /* -max Re, |Im| of the slowest mode */
    double *tol;               /* what the gap is resolved to (stab.h) */
    signed char *phys;         /* rho >= 0: 1, 0, or -1 unknown (phys.h) */
    double *odd_re;            /* sweep_spec_t's odd_re */
    double *det_re;            /* sweep_spec_t's det_re */
    /* continuation memory: the last two accepted points, possibly between
       grid values (sub-steps); mem[1] is the newest */
    int nmem;
    double mp[2], *mx[2];
    int alive, end;            /* SWEEP_END_* */
    double end_par;            /* fold: furthest value reached */
    int end_into;              /* merge: the branch it ran into */
    int parent;                /* born at a pitchfork of this branch, or 0 */
    double birth_par;          /* that pitchfork's parameter value */
    int traced_in;             /* a fold's partner, traced at once during
                                  the run of this direction (+1, -1); 0
                                  for the other branches */
} sweep_branch_t;

typedef struct
{
    int type, dir, branch;     /* SWEEP_EV_*, direction, branch id */
    int ga, gb;                /* grid indices enclosing it, in sweep order */
    double par;                /* located parameter value */
    double freq;               /* Hopf: frequency; jump: distance jumped */
    int why;                   /* jump: SWEEP_END_FOLD or 0 (stability lost) */
} sweep_event_t;

/* The limit cycle at one grid value past a Hopf point (sweep_cycles). */
enum { SWEEP_CYCLE_SETTLED = 0,    /* the last two periods agree */
       SWEEP_CYCLE_UNSETTLED = 1,  /* still changing when the time ran out */
       SWEEP_CYCLE_NONE = 2,       /* no oscillation left: relaxed to a point */
       SWEEP_CYCLE_FAILED = 3 };   /* the integration failed or blew up */
/* Relative agreement of the last two periods (length and range) that
   makes a cycle settled, as in `evolve --cycle`. */
#define SWEEP_CYCLE_SETTLED_TOL 1e-6
/* Samples per period of the linear mode, and periods sampled at the end. */
#define SWEEP_CYCLE_SAMPLES 200
#define SWEEP_CYCLE_PERIODS 8

typedef struct
{
    int g;                     /* grid index */
    int dir, branch;           /* the branch it was measured from (the one
                                  the Hopf point was found on) */
    double hopf_par;           /* that Hopf point */
    int status;                /* SWEEP_CYCLE_* */
    double period;             /* num_cycle's; NAN unless SETTLED/UNSETTLED */
    double change;             /* max of the relative period and range
                                  changes over the last two periods */
    double *lo, *hi;           /* nobs each: min and max over the last period */
    signed char phys;          /* rho >= 0 at every sampled point of the last
                                  period: 1, 0, or -1 unknown */
} sweep_cycle_t;

typedef struct
{
    const bloch_model_t *m;
    double *p;                 /* nparams; p[vary] is overwritten */
    int vary, n;               /* varied parameter, grid size */
    double a, b;               /* grid end points */
    double tol;                /* Newton residual */
    const double *init_x[2];   /* --init state per direction, or NULL */
    double *fol0;              /* the followed state's start (sweep_start) */
    sweep_branch_t *br;        /* branches, ids 1..nbr, both directions */
    int nbr, abr;
    sweep_branch_t fol[2];     /* followed state: [0] forward, [1] backward */
    int have_fol[2];
    sweep_event_t *ev;
    int nev, aev;
    phys_t *phys;              /* rho(x) of the model's cluster, or NULL
                                  when it cannot be formed */
    sweep_cycle_t *cyc;        /* limit cycles past Hopf points */
    int ncyc, acyc;
} sweep_t;

/* Grid of n >= 2 values from a to b of parameter `vary`; p is copied. */
void sweep_init(sweep_t *sw, const double *p, int vary, double a, double b, int n,
                double tol, const bloch_model_t *m);
void sweep_clear(sweep_t *sw);
double sweep_grid_value(const sweep_t *sw, int g);

/* Branch storage. */
void sweep_branch_init(sweep_branch_t *b, int id, int kind, int dir, const bloch_model_t *m);
void sweep_branch_clear(sweep_branch_t *b);
/* Appends x at grid index g with its spectrum (computed here); resets the
   continuation memory to this point when `restart`, else shifts it in. */
int sweep_branch_push(sweep_branch_t *b, int g, const double *x, int restart, const sweep_t *sw);
/* STAB_STABLE, STAB_UNSTABLE or STAB_MARGINAL at point k of b (a leading
   real part within the eigenvalues' resolution of zero is marginal: a
   conserved quantity, or a bifurcation on the grid), STAB_UNDECIDED where
   the spectrum failed. */
int sweep_point_verdict(const sweep_branch_t *b, int k);
/* Stable and a state: what the CSV's `stable` column says. */
int sweep_point_stable(const sweep_branch_t *b, int k);
/* Whether a slow ramp can stay at point k: a state (not known to be
   unphysical) that is stable, or marginal (no eigenvalue resolved in the
   right half plane; e.g. attracting within the invariant manifold of a
   conserved quantity). */
int sweep_point_holds(const sweep_branch_t *b, int k);
/* Appends a state on the continuation memory only (a sub-step). */
void sweep_branch_remember(sweep_branch_t *b, double par, const double *x, const sweep_t *sw);
/* A new branch in sw (ids count up from 1); the pointer stays valid until
   the next sweep_add_branch. */
sweep_branch_t *sweep_add_branch(sweep_t *sw, int kind, int dir);
sweep_event_t *sweep_add_event(sweep_t *sw, int type, int dir, int branch, int ga, int gb,
                               double par, double freq);
const char *sweep_kind_name(int kind);

/* The Z2 mirror (odd observables negated).  Distances: num_dist and
   num_dist_mirror. */
void sweep_mirror(double *y, const double *x, const bloch_model_t *m);
/* Whether x is a state, rho(x) >= 0 (phys.h): 1, 0, or -1 when it
   cannot be told. */
int sweep_physical(const double *x, const sweep_t *sw);
/* SWEEP_SYMMETRIC when the model has a symmetry and x's odd part
   vanishes, else SWEEP_OTHER: the kind of a state found by relaxation. */
int sweep_kind_of(const double *x, const bloch_model_t *m);

/* What the sweep needs of the spectrum at a state. */
typedef struct
{
    double gap, freq;          /* -max Re, |Im| of the slowest mode */
    double odd_re;             /* det_re of the odd sector alone (NAN when
                                  it has no eigenvalue): a pitchfork of the
                                  symmetric state where its sign changes */
    double tol;                /* eigenvalues' resolution: |Re| <= tol is 0 */
    double det_re;             /* sign(det J) times the smallest |real
                                  eigenvalue| (+-INFINITY when none is real):
                                  its sign changes where a real eigenvalue
                                  crosses zero (a fold or a branch point) */
} sweep_spec_t;

/* At x and sw->p.  0, or -1 when LAPACK failed (fields NAN). */
int sweep_spectrum(sweep_spec_t *s, const double *x, const sweep_t *sw);

/* Real part of the eigenvector of the Jacobian's slowest mode at x, unit
   length, largest component positive.  0, or -1 if LAPACK failed. */
int sweep_slow_mode(double *v, const double *x, const double *p, const bloch_model_t *m);

/* Steady states at the first grid value of direction dir, deduplicated;
   each becomes a branch, and sw->fol0 the followed state's start (the
   --init state, else the first stable one).  Returns the number started. */
int sweep_start(sweep_t *sw, int dir);

/* Continues b (from its memory) to grid index g: x is the new state.
   0; -1 when it cannot be reached (*reach: furthest value reached). */
int sweep_step(double *x, double *reach, sweep_branch_t *b, int g, const sweep_t *sw);

/* Broken states off the symmetric state xs at grid index g (sign +1 and
   -1, mirror images): 0 when found (xp, xm), -1 otherwise. */
int sweep_switch(double *xp, double *xm, const double *xs, int g, const sweep_t *sw);

/* Pitchfork, Hopf and branch points between the last two points of b
   (branch index ib, any kind, either direction); adds events and, at a
   pitchfork of the symmetric branch, the broken branches.  A sign change
   within the eigenvalues' resolution (tol) is no event, and a branch point
   is reported only where the refinement converged to a zero of det_re
   between states continuous along the branch.  Returns the number of
   branches added. */
int sweep_detect(sweep_t *sw, int ib);

/* Where the watched eigenvalue (SWEEP_EV_HOPF: the largest real part;
   SWEEP_EV_PITCHFORK: odd_re; SWEEP_EV_BRANCH: det_re)
   vanishes between points k - 1 and k of b: Illinois regula falsi on
   states converged in between (the closed form on the symmetric branch),
   *freq the slowest frequency there, *resid the watched value at the
   returned point (NAN when no state converged in between). */
double sweep_refine(double *freq, double *resid, const sweep_branch_t *b, int k, int which,
                    const sweep_t *sw);

/* Whether branch b, which could not be continued beyond *par from its
   last grid point, ends at a fold: the smallest real eigenvalue vanishes
   there like sqrt(fold - p) (its square, extrapolated linearly from the
   last grid point and the furthest state reached, vanishes within one
   more such interval), or is within the eigenvalues' resolution of zero.
   1 (a fold), 0 (not a fold: continuation failed where no eigenvalue
   vanishes, or it failed at once, so that nothing can be told). */
int sweep_fold_check(const sweep_branch_t *b, const sweep_t *sw);

/* Branch index ib ended at a fold: the steady state at its last grid
   point nearest its own that no branch holds (steady_find_all from its
   state and a few random ones: the branch it turns into, the middle one
   of a bistable window) starts a branch of the other direction, continued
   here to the end of the grid or its own fold (then not alive).  Returns
   the number started (0 or 1). */
int sweep_fold_partners(sweep_t *sw, int ib);
/* Ends the branches of direction dir that ran into another one at grid
   index g. */
void sweep_merge(sweep_t *sw, int dir, int g);

/* A stable attractor reached in time from x (at grid index g), displaced
   along its slowest mode; 0 (y) or -1 (no steady attractor). */
int sweep_relax(double *y, const double *x, int g, const sweep_t *sw);

/* The followed state of direction dir at grid index g: at the first grid
   index it starts from sw->fol0 (relaxed if that is unstable), then it is
   continued, and relaxed to a new attractor where it ends or loses
   stability (a jump event), or lost when no steady attractor is reached. */
void sweep_follow(sweep_t *sw, int dir, int g);

/* One direction: start, then continue over the grid.  0, or -1 when no
   branch could be started. */
int sweep_run(sweep_t *sw, int dir, void (*tick)(void *), void *data);

/* The limit cycle at grid index g, relaxed to in time from the steady
   state x (unstable with a complex pair of growth rate sigma > 0 and
   frequency freq there) displaced by 1e-3 along its slowest mode: the run
   lasts until a transient growing and decaying at rates of order sigma
   has died out (at most SWEEP_RELAX_T), then its last SWEEP_CYCLE_PERIODS
   periods are sampled and read by num_cycle (a Poincare section).  Fills
   c (c->lo, c->hi allocated here; c->g, c->dir, c->branch, c->hopf_par
   are the caller's). */
void sweep_cycle(sweep_cycle_t *c, const double *x, double sigma, double freq, int g,
                 const sweep_t *sw);
/* For each Hopf point (each point once), the cycle at every grid value
   past it where its branch is unstable with a complex leading pair, from
   the Hopf point on until that stops: sw->cyc. */
void sweep_cycles(sweep_t *sw);

/* Intervals (grid index pairs, increasing) where the followed states of
   the two directions disagree; returns how many (at most max). */
int sweep_hysteresis(int *lo, int *hi, int max, const sweep_t *sw);

/* Output: the CSV (sweep_write_csv: the column header line, then the rows;
   a caller that adds '#' lines after the header writes the two parts
   itself), the summary, the bifurcation diagram. */
void sweep_write_csv(FILE *f, const sweep_t *sw);
void sweep_write_header(FILE *f, const sweep_t *sw);
void sweep_write_rows(FILE *f, const sweep_t *sw);
void sweep_write_summary(FILE *f, const char *prefix, const sweep_t *sw);
int sweep_order_param(const sweep_t *sw);
/* The bifurcation diagram as PNG png (script png's .gp next to it) of the
   nv observables obs (indices in info order), one panel each, stacked; nv
   = 0: the order parameter alone (sweep_order_param).  A plot status
   (plot.h), the warning in msg (n bytes) when not PLOT_OK. */
int sweep_plot(const char *png, const int *obs, int nv, const sweep_t *sw, char *msg, size_t n);

#endif
