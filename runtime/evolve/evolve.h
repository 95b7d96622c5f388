/* evolve.h: time evolution of the Bloch equations with GSL odeiv2. */
#ifndef BLOCHGEN_EVOLVE_H
#define BLOCHGEN_EVOLVE_H

#include <stddef.h>
#include "bloch_model.h"

/* Called at t0, at every output time and at t1; return nonzero to stop. */
typedef int (*evolve_out_fn)(double t, const double *x, void *data);


/* Status of evolve_run. */
enum
{
    EVOLVE_OK = 0,
    EVOLVE_STOPPED = 1,        /* out() or stop asked to stop */
    EVOLVE_BAD_METHOD = 2,     /* method is not one of num_ode_method's */
    EVOLVE_NOT_FINITE = 3,     /* the derivative became non-finite: the
                                  solution blows up */
    EVOLVE_GSL_FAILED = 4      /* a GSL step failed otherwise (e.g. the step
                                  size fell below its minimum) */
};

/* Methods: any of num_ode_method's (NUM_ODE_ANY): explicit rk8pd
   (default), rkf45, rkck, msadams; implicit, using the emitted Jacobian:
   rk4imp, bsimp, msbdf.
   Integrates x (in place) from t0 to t1 with absolute and relative error
   tolerance tol; out() at every multiple of `every` (every <= 0: only the
   end points).  stop (may be NULL) is polled at every evaluation of the
   right-hand side; nonzero ends the run.  An evolve status: EVOLVE_OK;
   EVOLVE_STOPPED when out() or stop asked to stop (x is then the state at
   the last row written, or further on); otherwise a failure, with the
   message (method, time reached, GSL's reason) in msg (n bytes; msg may
   be NULL with n = 0) and x the state where it stopped. */
int evolve_run(double *x, double t0, double t1, double every, const char *method, double tol,
               const double *p, const bloch_model_t *m, evolve_out_fn out, void *data,
               int (*stop)(void), char *msg, size_t n);

/* A parameter moved linearly in time: p[param] = a at t0, b at t1. */
typedef struct
{
    int param;
    double a, b;
} evolve_ramp_t;

/* The ramped parameter's value at time t of a run from t0 to t1. */
double evolve_ramp_value(const evolve_ramp_t *ramp, double t, double t0, double t1);

/* evolve_run with p[ramp->param] ramped linearly from ramp->a at t0 to
   ramp->b at t1 (ramp NULL: fixed), e.g. hysteresis under a finite sweep
   rate. */
int evolve_run_ramp(double *x, double t0, double t1, double every, const char *method,
                    double tol, const double *p, const evolve_ramp_t *ramp,
                    const bloch_model_t *m, evolve_out_fn out, void *data, int (*stop)(void),
                    char *msg, size_t n);

#endif
