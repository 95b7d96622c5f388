/* exact.h: the certified steady state of the infinite-range dissipative
 * transverse-field Ising model (paper 003, Eqs. 1-18 and S55-S60).
 *
 *   H = J sum_{i != j} S^z_i S^z_j + sum_j (hx_j S^x_j + hz S^z_j),
 *   S^a_j = sigma^a_j / 2, local decay gamma D[sigma^-_j], collective decay
 *   Gamma D[S_-] with S_- = sum_j sigma^-_j.
 *
 * rho_SS = Phi Phi^dag / norm, Phi = (1 - SS_-)^r, r = hz_eff / J_eff,
 * J_eff = J + i Gamma/2, hz_eff = hz - i (gamma + Gamma)/2,
 * SS_- = sum_j alpha_j sigma^-_j, alpha_j = 2 J_eff / hx_j.  Valid for
 * uniform hx (any Gamma) or Gamma = 0 (any hx_j).
 *
 * Everything here is ball arithmetic (Arb) at a working precision; the
 * exact_certify_* loops raise it until the requested digits are proved.
 * brute (double, LAPACKE) is an independent dense Lindbladian solver. */
#ifndef BLOCHGEN_EXACT_H
#define BLOCHGEN_EXACT_H

#include "flint_compat.h"
#include "num.h"

/* Exit statuses shared with the rest of blochgen. */
#define EXACT_OK 0
#define EXACT_EBADARG 2
#define EXACT_ENOCONV 3

/* The model parameters as given on the command line: decimal strings,
 * re-read into balls at every working precision so the result is
 * certified for the exact decimal inputs. */
typedef struct
{
    slong N;
    const char *J, *hz, *gamma, *Gamma;
    char **hx;          /* nhx strings: 1 (uniform) or N */
    slong nhx;
    double dJ, dhz, dgamma, dGamma, *dhx;   /* the same, as doubles */
} exact_params_t;

void exact_params_init(exact_params_t *p);
void exact_params_clear(exact_params_t *p);
/* Reads the --hx list "h1,h2,..."; 0, or 2 after a message. */
int exact_params_set_hx(exact_params_t *p, const char *list);
/* Checks the parameters describe a model the exact solution covers;
   0, or 2 after a message naming the problem. */
int exact_params_check(const exact_params_t *p);
int exact_params_uniform(const exact_params_t *p);
/* hx of site j (0-based). */
double exact_params_hx(const exact_params_t *p, slong j);

/* The derived balls at one precision. */
typedef struct
{
    slong N, nhx, prec;
    acb_t Jeff, r;          /* J + i Gamma/2, hz_eff / J_eff */
    acb_ptr alpha;          /* nhx values 2 J_eff / hx_j */
    arb_ptr lambda;         /* nhx values |alpha_j|^2 / 2 = 2 |J_eff/hx_j|^2 */
} exact_arb_t;

void exact_arb_init(exact_arb_t *x, const exact_params_t *p);
void exact_arb_clear(exact_arb_t *x);
/* Fills x at precision prec from the decimal strings of p. */
void exact_arb_set(exact_arb_t *x, const exact_params_t *p, slong prec);

/* A correlator <sigma^+_C1 sigma^-_C2>: sites 0-based, each list
   strictly increasing. */
typedef struct
{
    slong *c1, n1, *c2, n2;
} exact_cluster_t;

/* Sorts and checks a 1-based list "i,j,..." into 0-based sites;
   0, or 2 after a message.  An empty string gives the empty cluster. */
int exact_sites_parse(slong **s, slong *n, const char *opt, const char *list, slong N);

/* Elementary symmetric sums e_0..e_n of lam[0..n-1] (e has n+1 entries),
   by a product tree of (1 + lam_j x). */
void exact_esym(arb_ptr e, arb_srcptr lam, slong n, slong prec);

/* sum_m (a)_m (b)_m w_m for m = 0..n (ball arithmetic). */
void exact_pochsum(acb_t s, const acb_t a, const acb_t b, arb_srcptr w, slong n, slong prec);

/* The correlator at the precision of x: Eq. 17 (uniform, 3F0 by
   acb_hypgeom_pfq_direct) and Eq. 18 (form factors I_m). */
void exact_corr_uniform(acb_t res, const exact_arb_t *x, const exact_cluster_t *c);
void exact_corr_inhom(acb_t res, const exact_arb_t *x, const exact_cluster_t *c);
void exact_corr(acb_t res, const exact_arb_t *x, const exact_cluster_t *c);

/* The terminating 3F0(a1, a2, -n; ; z) = sum_{k=0}^{n} (a1)_k (a2)_k (-n)_k z^k / k!. */
void exact_hyp3f0(acb_t res, const acb_t a1, const acb_t a2, slong n, const acb_t z, slong prec);
/* The case a1 = s - r*, a2 = s - r, z = -lam (lam > 0): a sum of positive
   terms, in real balls. */
void exact_hyp3f0_abs(arb_t res, const acb_t r, slong s, slong n, const arb_t lam, slong prec);
/* The same sum s0 = sum_k T_k of its terms T_k and, where not NULL,
   s1 = sum_k (n - k) T_k and s2 = sum_k k (n - k) T_k. */
void exact_hyp3f0_abs_sums(arb_t s0, arb_t s1, arb_t s2, const acb_t r, slong s, slong n,
                           const arb_t lam, slong prec);

/* Adaptive precision. */
typedef struct
{
    slong digits;           /* significant decimal digits wanted */
    slong max_prec;         /* the cap, bits */
    int ball;               /* print midpoint and radius instead */
} exact_cert_t;

/* Bits of relative accuracy that certify `digits` decimal digits. */
slong exact_cert_bits(slong digits);
/* 1 if x is exactly zero or has enough relative accuracy. */
int exact_arb_ok(const arb_t x, slong digits);
/* Prints x (certified) to f: D digits, or "mid rad" with --ball. */
void exact_arb_print(FILE *f, const arb_t x, const exact_cert_t *c);
/* The first working precision tried for N sites. */
slong exact_cert_prec0(const exact_cert_t *c, slong N);

/* Certified correlator: res holds the ball; 0, or 3 after a message
   naming the cap. */
int exact_corr_certify(acb_t res, const exact_params_t *p, const exact_cluster_t *c,
                       const exact_cert_t *cert);

/* Certified single-site observables of site j (0-based):
   n_j = <sigma^+_j sigma^-_j>, <sigma^z_j>, <sigma^x_j>, <sigma^y_j>;
   0, or 3 after a message naming the cap. */
int exact_density_certify(arb_ptr out4, const exact_params_t *p, slong j,
                          const exact_cert_t *cert);

/* ---- derived observables: xx, yy, g2, distribution ----------------- */

/* Fills n real balls at the precision of x. */
typedef void (*exact_eval_fn)(arb_ptr out, const exact_arb_t *x, const void *ctx);
/* The adaptive loop for f: 0 when all n values are certified, or 3 after
   a message naming `what` and the cap. */
int exact_certify_eval(arb_ptr out, slong n, exact_eval_fn f, const void *ctx,
                       const exact_params_t *p, const exact_cert_t *cert, const char *what);

/* C^xx = <sigma^x_i sigma^x_j>, C^yy = <sigma^y_i sigma^y_j>, i != j. */
void exact_xy(arb_t xx, arb_t yy, const exact_arb_t *x, slong i, slong j);

/* g2_ij = <n_i n_j> / (n_i n_j) - 1 (Eq. S61), i != j, by three correlators. */
void exact_g2_pair(arb_t g, const exact_arb_t *x, slong i, slong j);
/* Every pair i < j in O(N^3): g[exact_g2_index(i, j, N)], N(N-1)/2 values. */
void exact_g2_all(arb_ptr g, const exact_arb_t *x);
slong exact_g2_index(slong i, slong j, slong N);

/* p[0..N]: p_M = ||binom(r, M) SS_-^M||_HS^2 normalized to sum 1 (Eq. 14). */
void exact_distribution(arb_ptr p, const exact_arb_t *x);
/* q[k] = Prob(k spins down) = Prob(M^z = N - 2k), k = 0..N, from p. */
void exact_distribution_down(arb_ptr q, arb_srcptr p, slong N, slong prec);

/* ---- brute force: the dense Liouvillian (N <= 6), doubles ---------- */

/* rho (2^N x 2^N, row-major, complex as re,im pairs) = the steady state;
   basis index bit (N-1-j) of a state is 1 when site j is down.  0, or 3
   when LAPACK fails. */
int exact_brute_steady(double *rho, const exact_params_t *p);
/* tr(sigma^+_C1 sigma^-_C2 rho) into re, im. */
void exact_brute_corr(double *re, double *im, const double *rho, slong N,
                      const exact_cluster_t *c);

/* ---- large-N theory (Eqs. 14-16, S39-S53): doubles and GSL, not
   certified.  J = Jbar/N, Gamma = Gbar/N; m = -<sigma^z> in (0, 1). ---- */

typedef struct
{
    double Jbar, hz, hx, gamma, Gbar;
    slong N;                /* 0: N -> infinity; N > 0: the 1/N terms too */
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
   3 if GSL fails. */
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
slong exact_transitions(exact_point_t *pt, slong max, exact_theory_t *t,
                        double a, double b, slong k);
/* The critical points f' = f'' = f''' = 0 (a triple root of Eq. S53):
   m, hz, hx of each, at most 3; returns the count. */
int exact_critical_points(double *m, double *hz, double *hx, const exact_theory_t *t);
/* The equal-area (Maxwell) integral int_{m1}^{m3} (hz(m) - hz) dm along
   the mean-field curve hz(m) between the outer roots at the hz of t; NaN
   unless there are three roots on one branch of the curve. */
double exact_maxwell_area(const exact_theory_t *t);
const char *exact_point_kind_name(exact_point_kind k);

/* w_n of Eq. 12 (S32) for N sites and lambda = 2 |J_eff/hx|^2. */
double exact_blockade_width(slong n, slong N, double lambda);

/* ---- blockade (Eqs. 8, 12): certified n-bar, measured widths ------ */

/* n-bar = <sigma^+_1 sigma^-_1> (uniform fields) of p at hz (a decimal
   string) certified to cert's digits; 0, or 3 after a message. */
int exact_nbar_certify(arb_t nb, const exact_params_t *p, const char *hz, const exact_cert_t *cert);
/* The decimal string (60 digits, flint_free it) of
   a + (num/den)(b - a) + delta, a and b decimal strings. */
char *exact_hz_str(const char *a, slong num, slong den, const char *b, double delta);

typedef struct
{
    double peak_offset;     /* hz of the maximum minus n J */
    double peak, base;      /* n-bar there, and the background */
    double fwhm;            /* the full width at (peak + base)/2 */
} exact_fwhm_t;

/* The n-bar peak at hz = n J of p (uniform hx; p->hz unused; the doubles
   of p set by exact_params_check).  0; -1 when no peak or no crossing is
   found within |J|/2; 3 when n-bar could not be certified. */
int exact_blockade_fwhm(exact_fwhm_t *w, const exact_params_t *p, slong n, const exact_cert_t *cert);

#endif
