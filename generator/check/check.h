/* check.h: compare hand-derived equations with the exact derivation.
 *
 * A hand file (docs/model-language.md, "Hand files") names observables by
 * aliases, optionally substitutes parameters, and states equations of
 * motion, symmetric steady-state values, Jacobian entries at the symmetric
 * state and factors of the boundary polynomial.  Every statement is
 * compared exactly over Q(params, state). */
#ifndef BLOCHGEN_CHECK_H
#define BLOCHGEN_CHECK_H

#include "derive.h"

/* Returns 0 if everything agrees, 1 if something disagrees, 2 on bad
   input or a limit (printed as file:line:col).  The model is parsed, and
   the hand file checked, under the limits lim (NULL: the defaults). */
int check_file(const char *model_path, const char *hand_path, const limit_struct *lim);

/* The hand file's text (len bytes, named hand_path in messages) against
   the derivation d, under d's limits; the same statuses. */
int check_hand(const derive_struct *d, const char *hand_path, const char *text, size_t len);

#endif
