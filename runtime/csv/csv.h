/* csv.h: the pieces of blochgen's CSV output that solvers and commands
 * share.  A CSV starts with its column header (so numpy.genfromtxt(...,
 * names=True) and pandas.read_csv(..., comment='#') read it as it is);
 * the run's parameters follow as '#' lines, then the rows. */
#ifndef BLOCHGEN_CSV_H
#define BLOCHGEN_CSV_H

#include <stdio.h>
#include "bloch_model.h"
#include "num.h"

/* "# model=NAME (SOURCE), p1=v1, p2=v2, ...": the parameters a result was
   computed at, each in num_shortest's form. */
void csv_print_params(FILE *f, const double *p, const bloch_model_t *m);

/* The same with the nr parameters that r varies written as the range
   the user gave, "p=A:B:N" (the value in p is not used for those). */
void csv_print_params_vary(FILE *f, const double *p, const bloch_model_t *m,
                           const num_range_t *r, int nr);

/* "A:B:N" in num_shortest's form. */
void csv_print_range(FILE *f, const num_range_t *r);

/* n values, %.17g, separated by spaces, then a newline. */
void csv_print_vec(FILE *f, const double *v, int n);

#endif
