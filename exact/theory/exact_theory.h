/* exact_theory.h: the large-N theory of the model of exact_corr.h (Eqs.
 * 14-16, S39-S53) in doubles and GSL, not certified.  J = Jbar/N,
 * Gamma = Gbar/N; everything in m = -<sigma^z> in (0, 1) (m = 1: all
 * down).  No FLINT here: the theory needs only num/ and GSL. */
#ifndef BLOCHGEN_EXACT_THEORY_H
#define BLOCHGEN_EXACT_THEORY_H

typedef struct
{
    double Jbar, hz, hx, gamma, Gbar;
    long N;                 /* 0: N -> infinity; N > 0: the 1/N terms too */
    double rre, rim, lam;   /* r-bar = hz_eff / Jbar_eff, lambda-bar (set by update) */
} exact_theory_t;

/* r-bar = (hz - i gamma_t/2) / (Jbar + i Gbar/2), gamma_t = gamma + Gbar/N
   (gamma when N = 0), lambda-bar = 2 |Jbar + i Gbar/2|^2 / hx^2. */
void exact_theory_update(exact_theory_t *t);

/* Iteration cap of the module's Brent searches (num_brent): Brent
   shrinks a bracket of doubles to a tolerance in well under 200 steps. */
#define EXACT_BRENT_MAXIT 200

/* f(m) of Eq. 16 normalized to f(0) = 0, and its derivatives (Eq. S49). */
double exact_potential(const exact_theory_t *t, double m);
double exact_potential_d1(const exact_theory_t *t, double m);
double exact_potential_d2(const exact_theory_t *t, double m);
/* The 1/N correction delta f = 1/(2N) log(m (1-m) |m - r-bar|^2) (Eq. S48
   with the sign of its log m corrected, see exact_potential.c) and its
   derivative; 0 when N = 0. */
double exact_potential_corr(const exact_theory_t *t, double m);
double exact_potential_corr_d1(const exact_theory_t *t, double m);
/* The local minima of f + delta f in (0, 1), increasing (at most max);
   found by a scan of the derivative and GSL Brent on it. */
int exact_potential_minima(double *m, int max, const exact_theory_t *t);

/* The mean-field cubic of Eq. S53 in m = -m_z, monic:
   m^3 + abc[0] m^2 + abc[1] m + abc[2] = 0 (N of t ignored). */
void exact_meanfield_cubic(double abc[3], const exact_theory_t *t);
/* The real roots of the mean-field cubic (Eq. S53) as m = -m_z, all in
   (0, 1), increasing; returns 1 or 3 (N of t ignored). */
int exact_meanfield_roots(double m[3], const exact_theory_t *t);
/* The Bloch vector (<sigma^x>, <sigma^y>, <sigma^z>) of the root m. */
void exact_meanfield_state(double s[3], const exact_theory_t *t, double m);
/* The Jacobian (row-major 3 x 3) of the mean-field equations at s. */
void exact_meanfield_jacobian(double jac[9], const exact_theory_t *t, const double s[3]);
/* The Jacobian's eigenvalues at s (GSL), by decreasing real part; 0, or
   GSL's nonzero status when it fails. */
int exact_meanfield_eigs(double re[3], double im[3], const exact_theory_t *t, const double s[3]);

/* Points along hz in [a, b] at fixed hx (the hz of t is overwritten). */
typedef enum
{
    EXACT_SPINODAL, EXACT_FIRST_ORDER, EXACT_FIRST_ORDER_N, EXACT_MAXWELL, EXACT_CRITICAL
} exact_point_kind;

typedef struct
{
    exact_point_kind kind;
    double hz, hx, m1, m2;  /* the two minima (merging root, other root) */
} exact_point_t;

/* Every point in [a, b], sorted by hz, found from a scan of k points
   refined by GSL Brent to 1e-12; the critical points of the (hz, hx)
   plane at this gamma are added when their hz is in [a, b].  Returns the
   count (at most max). */
long exact_transitions(exact_point_t *pt, long max, exact_theory_t *t,
                       double a, double b, long k);
/* The critical points f' = f'' = f''' = 0 (a triple root of Eq. S53):
   m, hz, hx of each, at most 3; returns the count. */
int exact_critical_points(double *m, double *hz, double *hx, const exact_theory_t *t);
/* The equal-area (Maxwell) integral int_{m1}^{m3} (hz(m) - hz) dm along
   the mean-field curve hz(m) between the outer roots at the hz of t; NaN
   unless there are three roots on one branch of the curve. */
double exact_maxwell_area(const exact_theory_t *t);
const char *exact_point_kind_name(exact_point_kind k);

#endif
