/* crit.h: critical points of the symmetric state along a parameter line.
 *
 * The gap g(v) = -max Re(mu) of the symmetric state is sampled along the
 * line; every sign change is refined by Brent's method (GSL) to 1e-12 and
 * labelled by the mode that crosses: a real odd eigenvalue (pitchfork), a
 * complex pair (Hopf) or a real even eigenvalue (fold of the symmetric
 * branch).  Independently, the real roots of the generator's exact
 * boundary polynomial on the line are isolated with Arb, as a cross-check
 * of the pitchfork points. */
#ifndef BLOCHGEN_CRIT_H
#define BLOCHGEN_CRIT_H

#include "bloch_model.h"

enum { CRIT_PITCHFORK = 0, CRIT_HOPF = 1, CRIT_FOLD = 2 };

typedef struct
{
    double value;       /* the parameter at the crossing */
    int kind;           /* CRIT_* */
    double freq;        /* |Im mu| of the crossing mode there */
} crit_point_t;

const char *crit_kind_name(int kind);

/* Gap, frequency and sector of the symmetric state at p with p[param] = v
   (p is modified); *noise (if not NULL) the rounding level below which
   the gap's sign is not established (eps |J| scaled).  The symmetric
   state is steady_symmetric's: the closed form, else the numerical search.
   0; -1 where there is no symmetric state; -2 where the search found
   several (no gap is "the" gap there). */
int crit_gap_at(double *gap, double *freq, int *sector, double *noise, double v, int param,
                double *p, const bloch_model_t *m);

/* Stability changes of the symmetric state for p[param] in [a, b]: the
   gap's sign on nsamples grid points and on both sides of each of the
   nhints hints (exact roots of the boundary polynomial, so that no
   crossing hides between grid points), ignoring samples whose gap is below
   rounding noise (at huge parameters the sign of a tiny gap is not
   known); each sign change located to within tol.  Returns the number
   found (at most maxpts), in increasing order, or -1 when a sign change
   could not be located.  *nambiguous (if not NULL): the samples skipped
   because the symmetric state is ambiguous there (-2 of crit_gap_at);
   a sign change is only looked for between neighbours that have one. */
int crit_locate(crit_point_t *pts, int maxpts, int *nambiguous, const double *p, int param,
                double a, double b, int nsamples, const double *hints, int nhints, double tol,
                const bloch_model_t *m);

/* Real roots in [a, b] of the boundary polynomial with the other
   parameters fixed at p (their exact binary values), isolated with Arb;
   midpoints of the enclosures, in increasing order.  Returns the count
   (at most maxroots); -1 when the model has no boundary polynomial, -2
   when it vanishes identically on this line (every point is a root). */
int crit_poly_roots(double *roots, int maxroots, const double *p, int param, double a,
                    double b, const bloch_model_t *m);

#endif
