/* finite.h: the exact finite-N solver of an N-body model (docs/cumulants.md,
 * "The finite-N solver"): its numeric core, without FLINT, for every layer
 * (the generator's `blochgen finite` sets its terms from a parsed model,
 * generator/nbody).
 *
 * A permutation-symmetric state of N identical sites of k spins is fixed by
 * its symmetric moments: <S_n>, S_n a product of cluster Pauli strings with
 * n_t sites of type t (t = 0 the identity, 1 .. T-1 the other 4^k - 1
 * strings, sum n_t = N); by the symmetry every representative has the
 * same value.  There are C(N + T - 1, T - 1) of them (C(N+3, 3) for k = 1),
 * the dimension of the symmetric Liouville space: this basis is the
 * matrix-unit basis of PsiQuaSP changed site by site to Pauli strings, so
 * its coordinates are real and are the moment variables themselves.  The
 * Heisenberg generator L^dag is a sum of one-site terms (the Hamiltonian,
 * local jumps, the diagonal of a collective jump) and terms on unordered
 * pairs of sites (`pairs`, the cross terms of a collective jump); on S_n a
 * one-site term acting on type a reaches n_a sites, a pair term on types
 * (a, a') reaches n_a n_a' pairs (n_a (n_a - 1)/2 for a = a'), and each
 * turns the types it acts on into others: a sparse matrix on the counts.
 * Rows are d<S_n>/dt; the row of the identity (all sites type 0) is zero.
 */
#ifndef BLOCHGEN_FINITE_H
#define BLOCHGEN_FINITE_H

#include <stddef.h>
#include "bloch_model.h"

typedef struct
{
    int k;              /* spins per site */
    int T;              /* 4^k site types, type 0 the identity */
    int N;              /* sites */
    long dim;           /* C(N + T - 1, T - 1) */
    unsigned char *cnt; /* dim x T counts of the types, state by state */
    long *binom;        /* binom[m * (T + 1) + r] = C(m, r), m <= N + T */
    /* the generator: one-site g1[b * T + a] = coefficient of type b in
       L^dag(sigma_a), pair g2[(b T + b') T^2 + a T + a'] on the ordered
       representative (site 1 type a, site 2 type a') of an unordered pair */
    double *g1;
    double *g2;
    /* the matrix in compressed rows */
    int *rowptr;
    int *col;
    double *val;
    /* a marked space (finite_marked_init): site 1 marked, the others
       symmetric; cnt, binom and ranks are the others', dim = T dim1 */
    int marked;
    long dim1;
} finite_struct;
typedef finite_struct finite_t[1];

/* The space of N sites of k spins (N <= 255, k <= 2); 0, or -1 if too
   large (dimension above 2^31). */
int finite_init(finite_t f, int k, int N);
void finite_clear(finite_t f);

/* The rank of a count vector (T entries summing to N) in 0 .. dim - 1. */
long finite_rank(const finite_t f, const unsigned char *n);

/* The generator's terms: g1 (T x T) and g2 (T^4), laid out as the
   struct's fields, copied into f; then the sparse matrix.  The generator
   computes them from a parsed model (nbody_finite_set), an emitted model
   would from its parameters.  0. */
int finite_set_terms(finite_t f, const double *g1, const double *g2);

/* The terms from numeric single-site operators (d x d, d = 2^k,
   row-major, re and im interleaved), as an N-body model states them:
   accumulate them in a finite_terms_t, then finite_terms_set.  L^dag is
   computed by brute force with the matrices of one site and of a pair,
   and projected on the site types. */
typedef struct finite_terms_s finite_terms_t;
finite_terms_t *finite_terms_init(int k);
void finite_terms_clear(finite_terms_t *t);
/* + h on every site (Hermitian) */
void finite_terms_hamiltonian(finite_terms_t *t, const double *h);
/* + rate D[L] on every site */
void finite_terms_jump(finite_terms_t *t, double rate, const double *L);
/* + rate D[sum_j L_j] (its diagonal part is a local jump) */
void finite_terms_collective(finite_terms_t *t, double rate, const double *L);
/* + rate sum_{i != j} A_i B_j in the Hamiltonian (with rate (A B + B A)
   Hermitian as a whole, as `pairs` requires) */
void finite_terms_pair(finite_terms_t *t, double rate, const double *A, const double *B);
/* f's terms (finite_set_terms) from t (of f's k).  *imag = the largest
   imaginary part of a projection (a non-Hermitian Hamiltonian term makes
   L^dag complex).  0, or -1 when *imag > 1e-9 or t's k is not f's. */
int finite_terms_set(finite_t f, double *imag, const finite_terms_t *t);

/* The status of every solver below when UMFPACK cannot be loaded
   (compat/umfpack_compat.h opens it with dlopen on first use). */
#define FINITE_NO_UMFPACK (-4)
/* The status of an LU (finite_steady, finite_resolvent_solve) whose peak
   memory, as UMFPACK bounds it after the symbolic analysis, exceeds the
   machine's physical memory: refused before the numeric factorization,
   since on Linux those allocations would not fail but get the process
   killed. */
#define FINITE_TOO_LARGE (-5)

/* *need = UMFPACK's peak-memory estimate (bytes, an upper bound) in a
   symbolic analysis's info array, *have = the physical memory (0 if
   unknown).  1 if need <= have (or have is unknown), else 0. */
int finite_lu_fits(double *need, double *have, const double *info);

/* The sparse matrix from f's g1, g2 (finite_set_terms calls it). 0. */
int finite_matrix(finite_t f);

/* The steady state: x (dim) with A x = 0 (A the matrix, dx/dt = A x) and x[identity] = 1,
   by sparse LU (UMFPACK) with the identity's row replaced by the normalization.
   *resid = max |(A x)_n| over the other rows.  0, or FINITE_TOO_LARGE,
   or -1 if singular, or
   -2 if some |x_n| > 1 + 1e-9 (a product of Pauli matrices has norm 1, so
   x is not a state: a necessary check, the residual alone is none; at
   N = 100 a wrong LU answer had residual 2.5e-9).  *rcond = UMFPACK's
   estimate of 1 / cond (min over max of |U_ii|; crude, not a bound).
   *err = max |d_n|, d the correction A'^-1 (e_0 - A' x) that one more
   refinement step would make: an estimate of the error of x (not a
   bound), which sees the slow modes the residual does not. */
int finite_steady(double *x, double *resid, double *rcond, double *err, const finite_t f);

typedef struct
{
    int iters;          /* GMRES matrix-vector products */
    double resid;       /* |A' x - e_0| (A' as in finite_steady; |e_0| = 1) */
    int slab;           /* shells per block of the preconditioner (one
                           spin per site), or 0: aggregates (two) */
    long blocks;        /* the preconditioner's blocks */
    long largest;       /* states in its largest block */
    double err;         /* max |d_n|, d = A'^-1 (e_0 - A' x) by GMRES to 1e-2:
                           an error estimate, as finite_steady's */
} finite_iter_info_t;

/* Krylov vectors kept per GMRES cycle (memory: 2 FINITE_RESTART + 1
   vectors of dim doubles, 430 MB at N = 100) */
#define FINITE_RESTART 150

/* The steady state as finite_steady, by GMRES (at most maxit products, to
   the relative residual tol) preconditioned with one block Gauss-Seidel
   sweep from low to high non-identity count m, each block factored by
   UMFPACK: for one spin per site slabs of slab shells (0: the default,
   4); for two, aggregates of strongly coupled states of one shell
   (finite_iter.c; slab is ignored).  0; -1 if a block is singular;
   -2 as finite_steady; -3 if GMRES did not converge (x is then its last
   iterate and it->resid its residual). */
int finite_steady_iter(double *x, finite_iter_info_t *it, const finite_t f, int slab, double tol,
                       int maxit);

/* `auto` takes the LU up to this N (k = 1: 0.7 s at N = 40, where GMRES
   takes 1 s; its work grows like N^7: 154 s and 11.5 GB at N = 100,
   against 7.5 s) and GMRES above; k = 2 (dimension C(N+15, 15)): the LU up
   to N = 4 (3876 states: LU 0.36 s, GMRES 0.21 s), GMRES above (N = 5:
   LU 5.6 s / 666 MB, GMRES on aggregates 0.7 s / 44 MB; N = 6: LU 129 s /
   7.9 GB, GMRES 2.5 s / 123 MB). */
#define FINITE_LU_MAX_N 40
#define FINITE_K2_LU_MAX_N 4
/* k = 2 above N = 8 is refused by the commands: GMRES on aggregates
   (pump_loss_nbody) took 2.5 s / 123 MB at N = 6, 9.3 s / 331 MB at
   N = 7 and 64 s / 1.5 GB at N = 8 under load (53 s quiet) (490314 states, 247 products); N = 9
   has 1307504 states (the slabs' LU took 7.4 GB already at N = 6) */
#define FINITE_K2_MAX_N 8
/* why, for the commands' refusal messages (quiet machine) */
#define FINITE_K2_MAX_WHY "490314 states at N = 8 took 53 s and 1.5 GB; each N more " \
    "multiplies the states by 2.7 and GMRES's products by 2.4"

/* GMRES's relative residual and its products before it gives up */
#define FINITE_GMRES_TOL 1e-12
#define FINITE_GMRES_MAXIT 1500

typedef struct
{
    int gmres;                  /* 1: by GMRES (it), 0: by the LU */
    double resid;               /* the LU's residual, or GMRES's relative one */
    double rcond;               /* the LU's rcond (0 for GMRES) */
    double err;                 /* the error estimate (finite_steady) */
    int decimals;               /* finite_decimals(err) */
    finite_iter_info_t it;      /* GMRES's figures */
} finite_steady_info_t;

/* The steady state by method "lu" (finite_steady), "gmres"
   (finite_steady_iter with the default slabs, FINITE_GMRES_TOL,
   FINITE_GMRES_MAXIT) or "auto" (the LU up to FINITE_LU_MAX_N, or
   FINITE_K2_LU_MAX_N for k = 2, GMRES above), and its error estimate.
   0, or the solver's status (negative); finite_steady_strerror says why. */
int finite_steady_auto(double *x, finite_steady_info_t *info, const finite_t f,
                       const char *method);
const char *finite_steady_strerror(int st, const finite_steady_info_t *info);

/* buf (len bytes) = how info's steady state was found, for a `#` line
   after "steady state by ": the method, its blocks, products, residual. */
void finite_steady_method(char *buf, size_t len, const finite_steady_info_t *info);

/* The decimals an error estimate allows: a unit of the last >= 20 x est
   (the estimate is no bound: against certified values the true error was
   up to 9 times it), with est at least DBL_EPSILON (a moment is a double
   of modulus <= 1: an estimate of 0 says nothing below its rounding), so
   at most 14; 0 or less when nothing is established (also for an
   infinite or NaN estimate). */
int finite_decimals(double est);

/* The space of a state symmetric under permutations of sites 2 .. N only
   (site 1 marked), with f's generator: coordinate t dim1 + r is
   Tr(sigma_t (x) S_r X), sigma_t on site 1, S_r the product of the others'
   count vector of rank r.  It carries X = B_1 rho for the regression
   theorem: dX/dt = L X has the same L^dag on these coordinates.  Needs
   f's g1, g2 (finite_set_terms); N >= 2.  0, or -1 (N < 2, too large). */
int finite_marked_init(finite_t fm, const finite_t f);

/* The coordinates (real and imaginary parts) of X = B_1 rho, rho the
   symmetric state x of f and B a single-site operator (d x d, d = 2^k,
   row-major, re and im interleaved). */
void finite_marked_start(double *yre, double *yim, const finite_t fm, const finite_t f,
                         const double *x, const double *B);

/* Tr(A_i X) for A a single-site operator (as B above) on site i = 1 (the
   marked site, same = 1) or on another site (same = 0): *re, *im. */
void finite_marked_read(double *re, double *im, const finite_t fm, const double *yre,
                        const double *yim, const double *A, int same);

/* The resolvent of f's matrix A at frequencies w: (i w - A) x = y for
   complex x, y (real and imaginary parts apart), by UMFPACK's complex LU
   (one symbolic analysis, a numeric one per w; FINITE_TOO_LARGE when
   the LU would not fit in memory).  The one-sided transform
   of a regression-theorem trajectory, int_0^inf e^{-i w t} e^{A t} y dt,
   is this x.  Row 0 (the trace, conserved) is replaced by x_0 = y_0, so
   that w = 0 is regular: exact for a traceless y (x_0 = 0). */
typedef struct finite_resolvent_s finite_resolvent_t;
finite_resolvent_t *finite_resolvent_init(const finite_t f);
void finite_resolvent_clear(finite_resolvent_t *r);
/* After finite_resolvent_solve returned FINITE_TOO_LARGE: the LU's
   estimated peak memory and the machine's (bytes). */
void finite_resolvent_memory(double *need, double *have, const finite_resolvent_t *r);
/* x, and *err = max |d| over the parts of the correction d one more
   refinement step would make (an error estimate).  0, or -1 if singular
   (another conserved quantity, a non-unique steady state). */
int finite_resolvent_solve(double *xr, double *xi, double *err, finite_resolvent_t *r, double w,
                           const double *yr, const double *yi);

/* For a command about to solve (only the command layer calls it: it
   changes process-wide settings): OpenBLAS under UMFPACK on one thread,
   and glibc keeps freed memory for reuse instead of returning it.  Both
   are measured in finite_tune_process.c. */
void finite_tune_process(void);

/* The largest RK4 step finite_evolve takes for dt: dt, or 1 / (max row
   sum of |A|) if that is smaller (RK4's stability limit). */
double finite_step(const finite_t f, double dt);

/* x <- x evolved for time t by RK4 with steps of at most finite_step(f,
   dt); returns the number of steps. */
long finite_evolve(double *x, const finite_t f, double t, double dt);

/* x <- x evolved for time t as finite_evolve with steps of at most h / 2,
   h = finite_step(f, dt), and *err = the largest difference to the run
   with steps h from the same start: the h run's error estimate, so a
   generous one for x (RK4's error falls 16-fold per halving; halving dt
   itself would estimate nothing where the cap takes over).  Returns the
   h / 2 run's steps. */
long finite_evolve_est(double *x, double *err, const finite_t f, double t, double dt);

/* x = the moments of the product state with the site's Pauli expectations
   s[1 .. T-1] (s[0] = 1): <S_n> = prod_t s_t^n_t. */
void finite_product_state(double *x, const finite_t f, const double *s);

/* s[0 .. 4^k - 1] = the site types' Pauli expectations in the product
   state of k (1 or 2) spins with Bloch vectors b[0..2] (and b[3..5]):
   type 4 a + c (k = 2, spin 1's Pauli matrix a) is b1_a b2_c.  0, or -1
   (s unset) if a vector is longer than 1 (not a state). */
int finite_product_bloch(double *s, int k, const double *b);

/* m (d x d, d = 2^spins, row-major, re and im interleaved) = the matrix
   of site type t on that many spins: the tensor product of 1, sigma_x,
   sigma_y, sigma_z by the base-4 digits of t, the first spin (the most
   significant digit) on the most significant bit of the index; spins <= 4
   (a pair of k = 2 sites). */
void finite_type_matrix(double *m, int t, int spins);

/* r (d x d, d = 2^k, row-major, re and im interleaved) = the single-site
   operator sum_t (re[t] + i im[t]) sigma_{type[t]} of n terms, each a
   cluster Pauli string by its site type (finite_type_matrix); k <= 2. */
void finite_op_matrix(double *r, int k, int n, const int *type, const double *re,
                      const double *im);

/* f's terms (finite_set_terms) from an emitted N-body model m (its
   nbody statements, bloch_model.h) at the parameters p (N among them; f's
   N is the one that counts): hamiltonian, local and collective jumps and
   pairs, through finite_terms.  0, or -1 if m has no N-body statements or
   its sites are not f's k, or as finite_terms_set (*imag). */
int finite_set_model(finite_t f, double *imag, const bloch_model_t *m, const double *p);

/* The symmetric moment <sigma_a (x) sigma_b> of two sites (b = 0: the
   one-site <sigma_a>) in the state x of f; 0 for two sites at N = 1. */
double finite_moment(const double *x, const finite_t f, int a, int b);

#endif
