/* solver.h: the command-line solver every model binary bin/<name> runs. */
#ifndef BLOCHGEN_SOLVER_H
#define BLOCHGEN_SOLVER_H

#include "bloch_model.h"

/* Dispatches `bin/<name> COMMAND ...`; returns the exit status. */
int solver_main(int argc, char **argv, const bloch_model_t *model);

/* Parsed arguments shared by the commands. */
typedef struct
{
    double *par;            /* nparams values, from --set */
    int have_par;
    double *state;          /* nobs values, from --state */
    int have_state;
} solver_args_t;

void solver_args_init(solver_args_t *a, const bloch_model_t *m);
void solver_args_clear(solver_args_t *a);

/* --set p=v,p=v: every parameter exactly once.  0, or 2 after a message. */
int solver_parse_set(solver_args_t *a, const char *spec, const bloch_model_t *m);
/* --state v1,v2,...: exactly nobs numbers. */
int solver_parse_state(solver_args_t *a, const char *spec, const bloch_model_t *m);

/* Prints a vector as one line of %.17g values. */
void solver_print_vec(const double *v, int n);

#endif
