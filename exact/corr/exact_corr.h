/* exact_corr.h: the certified steady state of the infinite-range
 * dissipative transverse-field Ising model (paper 003, Eqs. 1-18 and
 * S55-S60) at one working precision: the model parameters, the derived
 * balls, the clusters, and the correlator <sigma^+_C1 sigma^-_C2> with the
 * sums it is built from (the terminating 3F0 of Eq. 17, the form factors
 * and Pochhammer sum of Eq. 18).
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
 * Everything here is ball arithmetic (Arb) at the precision of an
 * exact_arb_t; exact_cert.h raises it until the digits are proved. */
#ifndef BLOCHGEN_EXACT_CORR_H
#define BLOCHGEN_EXACT_CORR_H

#include "flint_compat.h"

/* Statuses of the library functions of exact/; a command passes them on
   as the exit statuses of the same value (cmdline.h). */
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
/* A number the user gave (a decimal or p/q, compat/fmpq_str.h) as a ball
   at prec bits: the exact rational rounded once, so 0.2 and 1/5 give the
   same ball. Returns 0, or -1 (x indeterminate) when s is no number. */
int exact_arb_set_str(arb_t x, const char *s, slong prec);
/* The same number as a double (*d); returns 1 if s is a finite number,
   else 0. */
int exact_parse_number(double *d, const char *s);

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

/* The terminating 3F0(a1, a2, -n; ; z) = sum_{k=0}^{n} (a1)_k (a2)_k (-n)_k z^k / k!. */
void exact_hyp3f0(acb_t res, const acb_t a1, const acb_t a2, slong n, const acb_t z, slong prec);
/* The case a1 = s - r*, a2 = s - r, z = -lam (lam > 0): a sum of positive
   terms, in real balls. */
void exact_hyp3f0_abs(arb_t res, const acb_t r, slong s, slong n, const arb_t lam, slong prec);
/* The same sum s0 = sum_k T_k of its terms T_k and, where not NULL,
   s1 = sum_k (n - k) T_k and s2 = sum_k k (n - k) T_k. */
void exact_hyp3f0_abs_sums(arb_t s0, arb_t s1, arb_t s2, const acb_t r, slong s, slong n,
                           const arb_t lam, slong prec);

/* The correlator at the precision of x: Eq. 17 (uniform, 3F0 by
   acb_hypgeom_pfq_direct) and Eq. 18 (form factors I_m). */
void exact_corr_uniform(acb_t res, const exact_arb_t *x, const exact_cluster_t *c);
void exact_corr_inhom(acb_t res, const exact_arb_t *x, const exact_cluster_t *c);
void exact_corr(acb_t res, const exact_arb_t *x, const exact_cluster_t *c);

#endif
