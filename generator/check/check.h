/* check.h: compare hand-derived equations with the exact derivation.
 *
 * A hand file (docs/model-language.md, "Hand files") names observables by
 * aliases, optionally substitutes parameters, and states equations of
 * motion, symmetric steady-state values, Jacobian entries at the symmetric
 * state and factors of the boundary polynomial.  Every statement is
 * compared exactly over Q(params, state). */
#ifndef BLOCHGEN_CHECK_H
#define BLOCHGEN_CHECK_H

/* Returns 0 if everything agrees, 1 if something disagrees, 2 on bad
   input (printed as file:line:col). */
int check_file(const char *model_path, const char *hand_path);

#endif
