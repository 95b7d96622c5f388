/* csv.h: the pieces of blochgen's CSV output that solvers and commands
 * share: the parameter line every result starts with, and a state. */
#ifndef BLOCHGEN_CSV_H
#define BLOCHGEN_CSV_H

#include <stdio.h>
#include "bloch_model.h"

/* "# model=NAME (SOURCE), p1=v1, p2=v2, ...": the parameters a result was
   computed at, each %.17g (exact). */
void csv_print_params(FILE *f, const double *p, const bloch_model_t *m);

/* n values, %.17g, separated by spaces, then a newline. */
void csv_print_vec(FILE *f, const double *v, int n);

#endif
