/* derive.h: exact equations of motion, Jacobian, symmetric steady state and
 * phase-boundary polynomial of a model (see docs/derivation.md). */
#ifndef BLOCHGEN_DERIVE_H
#define BLOCHGEN_DERIVE_H

#include "model.h"

enum
{
    SYM_NONE = 0,           /* no symmetry statement */
    SYM_CLOSED_FORM,        /* sym[] holds the exact symmetric state */
    SYM_NONLINEAR,          /* even sector not linear: no closed form */
    SYM_SINGULAR,           /* even sector linear but singular */
    SYM_TOO_LARGE,          /* even sector larger than DERIVE_SYM_MAX */
    SYM_LIMIT               /* stopped by a limit (limit_note says which) */
};

#define DERIVE_NOTE_MAX 320

/* What derive_conserved found (cons_status). */
enum
{
    CONS_DONE = 0,          /* cons[] is a basis (possibly empty) */
    CONS_TOO_LARGE,         /* more than DERIVE_CONS_MAX observables */
    CONS_DM_ONLY,           /* the equations omit the thermal dissipator */
    CONS_LIMIT              /* stopped (cons_note says why) */
};

/* The quadratic ansatz has n(n+3)/2 unknowns: 152 at 16 observables (2
   sites) take milliseconds, 2079 at 63 (3 sites) would need a dense
   system of some 10^5 equations. */
#define DERIVE_CONS_MAX 16

/* Exact elimination over Q(params) grows fast: a 2-site cluster (7 even,
   8 odd observables) takes milliseconds, a 3-site one (31 and 32) does not
   finish in minutes.  Beyond these sizes the closed form and the boundary
   polynomial are not attempted (the runtime finds the state numerically). */
#define DERIVE_SYM_MAX 16
#define DERIVE_ODD_MAX 14

typedef struct
{
    slong len;
    slong *col;
    bpoly_struct *entry;
} derive_row_struct;

typedef struct
{
    const model_struct *m;
    /* the N-body model a moment model comes from (derive_moments; NULL
       otherwise): emit writes its statements for the finite-N solver */
    const model_struct *nb;
    slong n;                        /* number of observables */
    bpoly_struct *rhs;              /* d<obs[v]>/dt */
    derive_row_struct *jac;         /* sparse rows of d rhs / d x */
    char *odd;                      /* parity of each observable */
    int sym_status;
    fmpz_mpoly_q_struct *sym;       /* symmetric state (odd entries zero) */
    slong nodd;
    slong *odd_vars;                /* the odd observables, in order */
    fmpz_mpoly_q_struct *odd_block; /* nodd x nodd at the symmetric state */
    int has_boundary;
    fmpz_mpoly_t boundary;          /* numerator of det(odd block), primitive */
    /* why the symmetric state (sym_status SYM_LIMIT) or the boundary
       polynomial was not attempted: the limit it would have exceeded;
       empty otherwise */
    char limit_note[DERIVE_NOTE_MAX];
    double nterms;                  /* terms of rhs and jac, for `equations` */
    /* conserved quantities of degree <= 2 (derive_conserved) */
    int cons_status;
    slong ncons;
    bpoly_struct *cons;
    char cons_note[DERIVE_NOTE_MAX];
} derive_struct;

typedef derive_struct derive_t[1];

/* Empty equations for m (derive_all starts with it). */
void derive_init(derive_t d, const model_t m);
/* All steps; returns 0, or 2 after printing "file: message" to stderr. */
int derive_all(derive_t d, const model_t m);
void derive_clear(derive_t d);

/* Steps (derive_all calls them in order).  The equations and the
   Jacobian keep to the limit `equations` (and `terms` for L^dag L): 0, or
   2 after printing "file: message".  The symmetric state and the boundary
   keep to `degree`, `terms` and `bits`: a step that would exceed one is
   not attempted and says why in limit_note. */
int derive_equations(derive_t d);
/* With a `swap` in the symmetry: rewrites the equations in the
   symmetry-adapted variables of model.h (adapt_pair, adapt_sign), so that
   every variable has a parity; nothing otherwise.  0, or 2 after printing
   that the equations exceed the limit `equations`. */
int derive_adapt(derive_t d);
/* p, a polynomial in the Pauli observables, in the adapted variables of
   m (m->has_perm).  0, or -1 if a degree overflows (it cannot: the
   change is linear). */
int derive_adapt_bpoly(bpoly_t r, const bpoly_t p, const model_struct *m);
int derive_jacobian(derive_t d);
int derive_parity(derive_t d);
void derive_symmetric(derive_t d);
void derive_boundary(derive_t d);
void derive_conserved(derive_t d);

/* A basis of the conserved quantities of degree <= 2 of dx/dt = rhs
   (n variables, coefficients in Q[params] of ctx): every polynomial
   C = sum_i a_i x_i + sum_{i<=j} b_ij x_i x_j with sum_i (dC/dx_i) rhs_i
   identically zero, the a, b in Q(params).  The nullspace of the linear
   system for a, b is found modulo a prime at random parameter values
   (rank and pivots), then solved exactly over Q(params) on those pivots,
   and every basis element is checked exactly (dC/dt = 0), so an unlucky
   point cannot give a wrong answer.  The basis is canonical: the reduced
   echelon form over Q(params) (unknowns ordered x_1..x_n, then x_i x_j by
   i <= j), each element's denominators cleared and its coefficients made
   coprime with a positive leading term.  Sets *basis (bpoly_clear each,
   then flint_free) and *count: 0, or 2 with a message in msg (size
   DERIVE_NOTE_MAX) when a product would exceed L or the degree of rhs
   is too high for the ansatz. */
int derive_conserved_basis(bpoly_struct **basis, slong *count, const bpoly_struct *rhs, slong n,
                           const limit_struct *L, char *msg, const fmpq_mpoly_ctx_t ctx);

/* Gauss-Jordan elimination over Q(params) of the n x w matrix A
   (row-major, w >= n) on its first n columns: on success they hold the
   identity and the other columns the solutions.  Every product and sum
   is checked against L before it is formed (what names the step in the
   message).  0, -1 if the first n columns are singular, 2 with a message
   in msg if a limit stops it. */
int derive_solve_q(fmpz_mpoly_q_struct *A, slong n, slong w, const limit_struct *L, char *msg,
                   const char *what, const fmpz_mpoly_ctx_t qctx);
/* Before a * b (a / b with invert_b) or a + b is formed: 0, or 2 with
   the message of the limit it could exceed; formed as in limit_check. */
int derive_check_mul_q(const fmpz_mpoly_q_t a, const fmpz_mpoly_q_t b, int invert_b,
                       const limit_struct *L, double *formed, char *msg, const char *what,
                       const fmpz_mpoly_ctx_t qctx);
int derive_check_add_q(const fmpz_mpoly_q_t a, const fmpz_mpoly_q_t b, const limit_struct *L,
                       double *formed, char *msg, const char *what, const fmpz_mpoly_ctx_t qctx);

/* Adds the terms of p to d->nterms: 0, or 2 after printing that the
   equations exceed the limit `equations`. */
int derive_count_terms(derive_t d, const bpoly_t p);

/* Parameter ring of the rational functions (the integer ring of pctx). */
const fmpz_mpoly_ctx_struct *derive_qctx(const derive_t d);

/* c as a rational function */
void derive_fmpq_mpoly_get_q(fmpz_mpoly_q_t r, const fmpq_mpoly_t c, const derive_t d);
/* value of p with odd variables 0 and even ones at vals; 0, or 2 with a
   message in msg (size DERIVE_NOTE_MAX) if a product would exceed L */
int derive_bpoly_eval_q(fmpz_mpoly_q_t r, const bpoly_t p, const fmpz_mpoly_q_struct *vals,
                        const derive_t d, const limit_struct *L, char *msg);

/* Determinant of an n x n polynomial matrix (row-major), two ways:
   Bareiss elimination (destroys M) and the column-subset expansion
   (n <= 20; cheaper for small sparse matrices).  The expansion checks
   every product against L first (NULL: no limits): 0, or 2 with a
   message in msg (size DERIVE_NOTE_MAX) and det undefined. */
void derive_det_bareiss(fmpz_mpoly_t det, fmpz_mpoly_struct *M, slong n,
                        const fmpz_mpoly_ctx_t qctx);
int derive_det_subsets(fmpz_mpoly_t det, const fmpz_mpoly_struct *M, slong n,
                       const limit_struct *L, char *msg, const fmpz_mpoly_ctx_t qctx);

/* The numerator of det(A) for an n x n matrix of rational functions,
   primitive with a positive leading coefficient (the denominators
   cleared row by row, common factors of rows and columns divided out,
   the expansion above, the factors cancelled by their factorisations).
   0, or 2 with a message in msg when a product would exceed L. */
int derive_det_q(fmpz_mpoly_t num, const fmpz_mpoly_q_struct *A, slong n, const limit_struct *L,
                 char *msg, const fmpz_mpoly_ctx_t qctx);

/* p with the variables marked in fixed[] replaced by the rationals vals[],
   scaled to a primitive integer polynomial with the same zeros. */
void derive_poly_substitute(fmpz_mpoly_t r, const fmpz_mpoly_t p, const char *fixed,
                            const fmpq *vals, const fmpz_mpoly_ctx_t ctx);
/* Certified real roots of p, univariate in var, in increasing order; the
   count, or -1 if p depends on another variable. */
slong derive_real_roots(arb_ptr *roots, const fmpz_mpoly_t p, slong var, slong prec,
                        const fmpz_mpoly_ctx_t ctx);

/* The cumulant hierarchy of an N-body model (derive_moments.c,
   docs/cumulants.md).  derive_moment_model sets up mo, the order-K moment
   model of nb (K = 1, 2, 3): sites K * nb->sites (moment site i holds the
   cluster's spins (i-1)k+1 .. ik), its variables the multisets of up to K
   cluster Pauli strings, each by its representative on the first moment
   sites (var_of_key maps every string to the variable of its multiset),
   params those of nb (N last, 1/N the extra generator).  0, or 2 with a
   message in msg.  derive_moments derives its equations (exact in N,
   closed by setting the (K+1)-site joint cumulant to zero), the Jacobian
   and the parity; 0, or 2 after printing "file: message". */
int derive_moment_model(model_t mo, const model_t nb, int K, char *msg, size_t size);
int derive_moments(derive_t d, const model_t mo, const model_t nb);
/* r = the limit N -> infinity of p (a polynomial of the moment model mo):
   the terms in 1/N dropped; 0, or 1 if a term grows with N. */
int derive_moments_large_n(bpoly_t r, const bpoly_t p, const model_t mo);

/* Entry (row, col) of the Jacobian, or NULL when it is zero. */
const bpoly_struct *derive_jac_entry(const derive_t d, slong row, slong col);

#endif
