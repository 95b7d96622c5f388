/* quench.h: sudden quenches with the density-matrix engine (paper 000,
 * Section IV, Eqs. 29-31).
 *
 * The state rho(0) is prepared at the pre-quench parameters (the thermal
 * state of Appendix A for a model with a `thermal` dissipator), then
 * evolved by dm's equation at the post-quench parameters.  Recorded along
 * the way: m_x1 = <sx1>, m_x2 = <sx2>, O = <sx1 sx2>, the purity, the
 * fidelity per site F(t) = F(rho(0), rho(t)) of Eq. 30 (Uhlmann, squared
 * convention, on the density matrix of one mean-field site: the whole
 * cluster, 4 x 4 for the two coupled models), the rate function
 * -log F(t) of Eq. 31 and the concurrence of the cluster (two sites only).
 *
 * Dynamical transitions are located as events of the integration: after
 * every accepted step (t_a -> t_b) the event functions are compared at the
 * two ends, and a sign change is refined by Brent's method on
 * s -> g(x(t_a + s)), with x(t_a + s) re-integrated from the accepted
 * state at t_a by one step of the same Runge-Kutta method (its error is
 * below that of the accepted step).  Output rows between accepted steps
 * are produced the same way, so the step sequence, and with it every
 * event time, does not depend on the output spacing.
 *
 * Usage:
 *   quench_t q;
 *   quench_init(&q, model, p_to, x0, msg, n);     (x0: the prepared state)
 *   quench_run(&q, t1, every, out, data, msg, n);
 *   ... q.ev[0 .. q.nev-1], q.st ...
 *   quench_clear(&q);
 * Nothing here prints: quench_init, quench_run and quench_prepare return a
 * status (below) and put the reason, with its values, in the caller's
 * buffer msg of n bytes (always terminated; msg may be NULL with n = 0). */
#ifndef BLOCHGEN_QUENCH_H
#define BLOCHGEN_QUENCH_H

#include <gsl/gsl_odeiv2.h>
#include "dm.h"

/* Status of quench_init, quench_run and quench_prepare. */
enum
{
    QUENCH_OK = 0,
    QUENCH_STOPPED = 1,        /* quench_run: out() asked to stop */
    QUENCH_BAD_INPUT = 2,      /* the model or parameters are unusable
                                  (dm_ctx_init's or equil_prepare_run's
                                  reasons), an unknown method, or t1 <= 0 */
    QUENCH_NOT_STEADY = 3,     /* quench_prepare: no steady state reached */
    QUENCH_FAILED = 4          /* the eigensolver failed (on x0 too), or the
                                  integration: a GSL step, the event
                                  location, the step size below its minimum */
};

/* One output row. */
typedef struct
{
    double t;
    double mx1, mx2, O;        /* NaN when the model has no such observable */
    double purity, F, rate, conc;   /* conc: NaN unless the cluster has 2 sites */
} quench_row_t;

/* Kinds of event. */
enum
{
    QUENCH_EV_ZERO = 0,        /* m_x1 changes sign (the first time: it reaches 0) */
    QUENCH_EV_KINDS
};

typedef struct
{
    int kind;
    double t;                  /* located time */
    double width;              /* width of Brent's final bracket */
    double slope;              /* d g/dt at t (from the bracket) */
} quench_event_t;

/* Called at t = 0, at every multiple of `every` and at t1. */
typedef int (*quench_out_fn)(const quench_row_t *row, void *data);

typedef struct
{
    const bloch_model_t *m;
    dm_ctx_t c;                /* the post-quench engine */
    dm_levels_t lv;
    int imx1, imx2, iO;        /* observable indices, -1 if absent */
    double *x;                 /* current state (Bloch coordinates) */
    dm_cplx *rho0;             /* rho(0) */
    const char *method;        /* rk8pd (default), rkf45, rkck */
    double tol;                /* absolute and relative, default 1e-10 */
    double event_tol;          /* Brent's tolerance in t, default 1e-12 */
    int max_events;            /* events kept (default 64); nev counts all */
    quench_event_t *ev;
    int nev;
    /* |m_x1| at t = 0 and its largest value at the accepted steps after
       the first event: a transition leaves m_x1 near 0 (amp_after small),
       an oscillation through 0 comes back (amp_after ~ mx1_0) */
    double mx1_0, amp_after;
    dm_stats_t st;
    /* GSL: the system (rhs quench_rhs, params q) and a second stepper
       for the re-integrations inside an accepted step */
    gsl_odeiv2_system sys;
    gsl_odeiv2_step *sub;
    double *xa, *y, *yerr, *dx;    /* scratch, nobs each */
    dm_cplx *rho;              /* scratch, d x d */
} quench_t;

/* Prepares the post-quench engine at p_to (copied) and the initial state
   x0 (nobs Bloch coordinates, copied).  QUENCH_OK; QUENCH_BAD_INPUT when
   the model or parameters are not usable by dm, QUENCH_FAILED if x0 is
   not a state the eigensolver can handle; the reason in msg.  q must be
   cleared (quench_clear) either way. */
int quench_init(quench_t *q, const bloch_model_t *m, const double *p_to, const double *x0,
                char *msg, size_t n);
void quench_clear(quench_t *q);

/* Integrates from 0 to t1; out() at 0, at every multiple of `every`
   (<= 0: only the ends) and at t1.  Events are appended to q->ev.
   QUENCH_OK; QUENCH_STOPPED when out() stopped; QUENCH_BAD_INPUT (unknown
   q->method, t1 <= 0) or QUENCH_FAILED with the reason and time in msg. */
int quench_run(quench_t *q, double t1, double every, quench_out_fn out, void *data,
               char *msg, size_t n);

/* What the first zero of m_x1 is, from the run so far:
     QUENCH_TRANSITION   m_x1 reached 0 and stayed near it: after the zero
                         |m_x1| < QUENCH_STAY_FRAC |m_x1(0)| at every
                         accepted step, with at least one more sign change
                         (the small oscillation about 0 that replaces the
                         square-root cusp of the weak-dissipation limit);
     QUENCH_OSCILLATION  |m_x1| came back above that: m_x1 oscillates
                         through 0, no transition;
     QUENCH_UNDECIDED    no further sign change yet: the run ends too soon
                         after the zero to tell;
     QUENCH_NONE         m_x1 never changed sign. */
enum
{
    QUENCH_NONE = 0,
    QUENCH_TRANSITION,
    QUENCH_OSCILLATION,
    QUENCH_UNDECIDED
};
#define QUENCH_STAY_FRAC 0.1
int quench_classify(const quench_t *q);

/* The row of the state x (Bloch coordinates) at time t. */
int quench_measure(quench_row_t *row, double t, const double *x, quench_t *q);

/* Index of the observable called name, or -1. */
int quench_obs_index(const bloch_model_t *m, const char *name);

/* The model's relaxation rate gamma at p, the unit of t*gamma: the largest
   downward rate of the `levels` pairs (the paper's gamma_high = r*glow for
   ising_thermal), else the largest `jump` rate; 0 when there is none.
   *what (if not NULL) receives a short description. */
double quench_gamma(const bloch_model_t *m, const double *p, const char **what);

/* The pre-quench state at p (Appendix A).  With a `thermal` dissipator:
   equil_prepare_run's state (the ansatz with seed epsilon relaxed at
   equal rates, then equil_polish: the self-consistent Gibbs state).
   Without one: the maximally mixed state plus epsilon on every sx_n,
   relaxed at p and polished by Newton on dx/dt = 0.  *resid receives the final
   |dx/dt|_inf at p.  QUENCH_OK; QUENCH_BAD_INPUT for unusable parameters;
   QUENCH_NOT_STEADY when no steady state was reached; the reason in msg
   (possibly several lines). */
int quench_prepare(double *x, double *resid, const double *p, double epsilon,
                   const bloch_model_t *m, char *msg, size_t n);

/* The GSL right-hand side: dm_rhs_bloch at the post-quench parameters
   with the level reference of the last accepted step (params: q). */
int quench_rhs(double t, const double *y, double *dydt, void *q);

/* One step of size s > 0 from xa (at time ta) into y with q->sub: the
   state inside an accepted step; 0 or -1. */
int quench_substep(double *y, const double *xa, double ta, double s, quench_t *q);

/* Event function: g(x), whose sign change marks the event. */
typedef double (*quench_event_fn)(const double *x, const quench_t *q);
double quench_event_mx1(const double *x, const quench_t *q);

/* Event location: the root in (0, h) of s -> g(x(ta + s)), x(ta + s) by
   quench_substep from xa; ga and gb the values at s = 0 and s = h, of
   opposite signs (or gb = 0).  Brent's method to q->event_tol; *s_root
   and *width (the final bracket); *slope = dg/dt there.  0 or -1. */
int quench_locate(double *s_root, double *width, double *slope, quench_event_fn g,
                  const double *xa, double ta, double ga, double gb, double h, quench_t *q);

#endif
