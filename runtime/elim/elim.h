/* elim.h: every steady state of a mean-field model by exact elimination.
 *
 * The nonlinearity of a mean-field model comes only from the mean fields:
 * every nonlinear monomial of dx/dt = f(x) has all its factors but at most
 * one among a few observables m_1..m_r (elim_mean_fields finds the fewest).
 * With the mean fields fixed, f is affine in the other observables y:
 * f = A(m) y + b(m), n equations in n - r unknowns.  Fraction-free
 * Gauss-Jordan elimination over Z[m] (Bareiss) solves n - r of them and
 * leaves r equations G(m) = 0 that say the rest are consistent (minors of
 * A | b, so they vanish at every steady state's m, whatever the rank).  Resultants project G = 0 onto each axis m_k; the real roots
 * of the projections are isolated with Arb, and every point of the grid
 * they span is decided: excluded (some G_k excludes 0 on its box), or
 * proven a steady state (Krawczyk's test on the whole system, with the
 * mean-field components inside the box, and A(m) of full column rank on
 * the box, so that the state is the only one at those mean fields).  When
 * every point is decided, the list is certified complete: every real
 * steady state has its mean fields on the grid (the projections lie in
 * the ideal of G).
 *
 * The parameters are exact rationals (the decimals or fractions the user
 * typed), so that the equations are exact; see docs/runtime.md. */
#ifndef BLOCHGEN_ELIM_H
#define BLOCHGEN_ELIM_H

#include "flint_compat.h"
#include "bloch_model.h"
#include "bloch_model_arb.h"

/* The elimination is attempted up to this many mean fields; resultants
   beyond grow too fast (the caller falls back to a numerical search). */
#define ELIM_MAX_MEAN_FIELDS 3
/* and up to this degree of a projection */
#define ELIM_MAX_DEGREE 400

#define ELIM_NOTE_MAX 400

/* Statuses of elim_set and elim_solve. */
enum
{
    ELIM_OK = 0,
    ELIM_NO_EXACT,      /* the model carries no exact equations */
    ELIM_BAD_PARAM,     /* a parameter's text is not an exact number */
    ELIM_TOO_MANY,      /* more mean fields than ELIM_MAX_MEAN_FIELDS */
    ELIM_TOO_LARGE,     /* a projection above ELIM_MAX_DEGREE */
    ELIM_FAMILY,        /* the steady states include a positive-dimensional set */
    ELIM_FAILED         /* an exact step failed (a FLINT routine gave up) */
};

typedef struct
{
    slong n, nparams;
    fmpq *p;                    /* the exact parameters */
    fmpq_mpoly_ctx_t xctx;      /* nparams + n variables: p0.., x0.. */
    fmpq_mpoly_struct *f;       /* the n equations at p (no p left in them) */
    slong r;
    slong *mf;                  /* the mean fields: observables mf[0..r-1] */
    int have_mctx;              /* elim_reduce set up mctx */
    fmpz_mpoly_ctx_t mctx;      /* max(r, 1) variables m_1..m_r */
    slong nc;                   /* n - r unknowns y: the other observables */
    slong *var;                 /* var[j]: the observable of unknown j */
    fmpz_mpoly_struct *a;       /* n x (nc + 1): A(m) | b(m), row-major */
    slong ng;
    fmpz_mpoly_struct *g;       /* the consistency equations G(m) = 0 */
    fmpz_poly_struct *proj;     /* r projections of G = 0 */

    /* the result of elim_solve */
    slong count, alloc;
    double *x;                  /* count states of n values */
    int *certified;             /* Krawczyk proved each (1) or not (0) */
    double radius;              /* a certified state lies within this of its
                                   printed doubles (each component) */
    int complete;               /* the list is certified complete */
    slong undecided;            /* grid points neither excluded nor proven */
    slong candidates;           /* grid points */
    char note[ELIM_NOTE_MAX];   /* how, or why not */
} elim_struct;

typedef elim_struct elim_t[1];

void elim_init(elim_t e, const bloch_model_t *m);
void elim_clear(elim_t e);

/* q = the number in s[0..len) exactly: a decimal (1.5, -2e-3) or a
   fraction of two decimals (1/3, 0.5/3).  0, or -1 if it is not one. */
int elim_fmpq_set_str(fmpq_t q, const char *s, size_t len);

/* q = x exactly, the binary rational a double is. */
void elim_fmpq_set_d(fmpq_t q, double x);

/* The model's exact equations at the parameters: text[k] each parameter's
   exact value as typed (NULL: the double v[k], exactly as it is in
   binary).  ELIM_OK, ELIM_NO_EXACT or ELIM_BAD_PARAM (msg says which). */
int elim_set(elim_t e, const char *const *text, const double *v, const bloch_model_t *m,
             char *msg, size_t msgsize);

/* The fewest observables (at most rmax) covering every nonlinear monomial
   of the n equations f (all factors but one among them), in mf[]; their
   count, or -1 if more than rmax are needed. */
slong elim_mean_fields(slong *mf, const fmpq_mpoly_struct *f, slong n, slong rmax,
                       const fmpq_mpoly_ctx_t ctx);

/* The reduction: A, b over Z[m] (kept in a) and their fraction-free
   Gauss-Jordan elimination, setting g.  ELIM_OK; ELIM_FAMILY when A(m)
   has a smaller rank than n - r for every m (msg says so); ELIM_FAILED. */
int elim_reduce(elim_t e, char *msg, size_t msgsize);

/* The projections proj[k] of G = 0 onto m_k (iterated resultants).
   ELIM_OK, ELIM_TOO_LARGE, ELIM_FAMILY (a projection vanishes: G = 0 has
   a positive-dimensional component), ELIM_FAILED. */
int elim_project(elim_t e, char *msg, size_t msgsize);

/* res = a(vals) in ball arithmetic (vals: one ball per variable of ctx). */
void elim_mpoly_eval_arb(arb_t res, const fmpz_mpoly_t a, arb_srcptr vals,
                         const fmpz_mpoly_ctx_t ctx, slong prec);

/* Everything: elim_set's equations reduced, projected, and every grid
   point decided, with Newton (double) and Krawczyk (Arb, at the exact
   parameters) for the states.  Fills count, x, certified, complete,
   undecided, note.  ELIM_OK (whether or not complete), or the status of
   the step that stopped it (note says why). */
int elim_solve(elim_t e, const bloch_model_t *m, const bloch_model_arb_t *marb);

/* Appends the state x (n values) to the list, certified or not. */
void elim_push(elim_t e, const double *x, int cert);

/* ---- every steady state, for `steady --all` and the C API (elim_all.c) ---- */

/* Found states with a Jacobian whose smallest singular value is below this
   fraction of the largest lie on a family of steady states: not listed. */
#define ELIM_ALL_SING_RTOL 1e-9

typedef struct
{
    int count;                  /* states listed */
    double *x;                  /* count x nobs */
    int *stability;             /* STAB_STABLE, _UNSTABLE, _MARGINAL, _UNDECIDED
                                   (never stable for an unphysical state) */
    int *physical;              /* rho >= 0: 1, else 0 (also unknown) */
    int *certified;             /* Krawczyk proved it: 1 */
    int exact;                  /* the list comes from exact elimination */
    int complete;               /* ... certified complete */
    int added;                  /* states the numerical search added to an
                                   exact list that is not complete */
    int omitted;                /* numerical states on a family, not listed */
    int have_phys;              /* physicality could be checked */
    char **params;              /* the exact parameters as text ("1/10") */
    int nparams;
    double radius;              /* certified states within this of x */
    char note[ELIM_NOTE_MAX];   /* the method, or why exact failed */
} elim_all_t;

void elim_all_init(elim_all_t *r);
void elim_all_clear(elim_all_t *r);

/* Every steady state at the parameters (text: as typed, exact; v the same
   as doubles): exact elimination, certified, where possible; a numerical
   search (steady_find_all from `starts` random physical states, seed)
   otherwise, and in addition where the exact list is not complete.
   0; ELIM_BAD_PARAM (note says which); -1 when neither can run (note says
   why). */
int elim_all(elim_all_t *r, const char *const *text, const double *v, long starts,
             unsigned long seed, const bloch_model_t *m, const bloch_model_arb_t *marb);

#endif
