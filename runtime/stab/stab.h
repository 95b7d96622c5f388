/* stab.h: linear stability of steady states.
 *
 * The spectrum of the Jacobian, the gap -max Re(mu), the frequency
 * |Im(mu)| of the slowest mode and its Z2 sector.  At a symmetric state
 * (odd components zero) the Jacobian is block diagonal in the even and odd
 * observables, so the two blocks are diagonalised separately; the scan
 * uses that with the allocation-free small eigenvalue solver. */
#ifndef BLOCHGEN_STAB_H
#define BLOCHGEN_STAB_H

#include "bloch_model.h"
#include "bloch_model_arb.h"

enum { STAB_EVEN = 0, STAB_ODD = 1, STAB_MIXED = -1 };

typedef struct
{
    int n;
    double *wr, *wi;        /* eigenvalues, sorted by decreasing real part */
    signed char *sector;    /* STAB_EVEN, STAB_ODD or STAB_MIXED per eigenvalue */
    double gap;             /* -max Re(mu): > 0 stable */
    double freq;            /* |Im| of the slowest mode */
    int slow_sector;
    double tol;             /* |Re(mu)| <= tol is zero: STAB_MARGINAL_RTOL
                               times the Jacobian's Frobenius norm */
    int verdict;            /* stab_verdict(gap, tol) */
} stab_spectrum_t;

/* Double-precision eigenvalues of a nonsymmetric matrix carry an error of
   about eps ||J|| / (condition of the eigenvalue), and up to sqrt(eps)
   ||J|| for a defective one (a conserved quantity's zero eigenvalue can
   be): a real part within 1e-8 ||J||_F of zero is not resolved. */
#define STAB_MARGINAL_RTOL 1e-8

void stab_spectrum_init(stab_spectrum_t *s, const bloch_model_t *m);
void stab_spectrum_clear(stab_spectrum_t *s);

/* Full spectrum at state x, and its verdict.  0, or -1 when LAPACK
   failed. */
int stab_spectrum(stab_spectrum_t *s, const double *x, const double *p, const bloch_model_t *m);

/* Phase of the symmetric state from its slowest mode. */
enum { STAB_PHASE_SYMMETRIC = 0,   /* stable */
       STAB_PHASE_BROKEN = 1,      /* unstable odd real mode: pitchfork side */
       STAB_PHASE_OSCILLATORY = 2, /* unstable complex pair: Hopf side */
       STAB_PHASE_EVEN_UNSTABLE = 3,
       STAB_PHASE_NONE = 4,        /* no symmetric state here */
       STAB_PHASE_AMBIGUOUS = 5,
       STAB_PHASE_UNPHYSICAL = 6 };/* the symmetric state is no density
                                      matrix: no phase of the physical
                                      dynamics (rho has an eigenvalue
                                      below -PHYS_TOL) */ /* several symmetric states here (the
                                      numerical search of a model without
                                      closed form): none is "the" one */
const char *stab_phase_name(int phase);
int stab_phase(double gap, double freq, int sector);

/* Gap, slowest frequency and sector at a symmetric state xs, from the two
   Jacobian blocks, without allocation: work holds at least
   stab_blocks_worksize(m) doubles.  0, or -1 if an eigenvalue failed. */
long stab_blocks_worksize(const bloch_model_t *m);
int stab_blocks_gap(double *gap, double *freq, int *sector, const double *xs, const double *p,
                    const bloch_model_t *m, double *work);

/* Certified verdict at the symmetric state (Arb): the closed form in
   balls, or, for a model without one, the ball around steady_symmetric's
   numerical state in which stab_krawczyk proves exactly one symmetric
   state; then every eigenvalue of the ball Jacobian is enclosed.  Returns
   STAB_STABLE, STAB_UNSTABLE or STAB_UNDECIDED; *gap_lo, *gap_hi bound the
   gap when decided, are -inf, inf when the eigenvalues could not be
   enclosed, and NaN when the symmetric state itself was not found or not
   certified (the search failed or was ambiguous, or Krawczyk's test failed
   at every precision). */
enum { STAB_STABLE = 0, STAB_UNSTABLE = 1, STAB_UNDECIDED = 2,
       STAB_MARGINAL = 3 };     /* the leading real part is zero within the
                                   tolerance: neither stable nor unstable
                                   (a conserved quantity, a bifurcation) */

/* The verdict of a gap -max Re(mu) computed to within tol: STAB_STABLE
   (gap > tol), STAB_UNSTABLE (gap < -tol) or STAB_MARGINAL. */
int stab_verdict(double gap, double tol);
/* "stable", "unstable", "undecided", "marginal". */
const char *stab_verdict_name(int verdict);
int stab_certify(double *gap_lo, double *gap_hi, const double *p, const bloch_model_t *m,
                 const bloch_model_arb_t *marb);

/* Krawczyk's test on the even sector at precision prec: with xt a
   numerical symmetric state (odd components ignored), finds a ball
   X = xt + [-r, r] (even components; odd ones exact zeros) with
   K(X) = xt - Y f(xt) + (I - Y J(X)) (X - xt) inside its interior, Y an
   approximate inverse of the even Jacobian block: then X holds exactly
   one zero of the even equations, a symmetric steady state, and x (nobs
   balls) receives K(X), which holds it.  Only within X: other symmetric
   states elsewhere are not excluded.  1 on success, 0 otherwise. */
int stab_krawczyk(arb_ptr x, const double *xt, arb_srcptr p, const bloch_model_t *m,
                  const bloch_model_arb_t *marb, slong prec);
/* The same test on the components with sel[v] != 0, the others exact
   zeros (stab_krawczyk: the even ones).  With every component selected,
   X holds exactly one steady state of the whole model; a conserved
   quantity makes the Jacobian singular there and the test fail. */
int stab_krawczyk_sel(arb_ptr x, const double *xt, const char *sel, arb_srcptr p,
                      const bloch_model_t *m, const bloch_model_arb_t *marb, slong prec);

#endif
