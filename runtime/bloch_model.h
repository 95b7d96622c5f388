/* bloch_model.h: the interface between emitted model code and the runtime.
 *
 * `blochgen emit` writes generated/<name>.c defining
 *     const bloch_model_t <name>_model;
 * and generated/<name>_arb.c defining
 *     const bloch_model_arb_t <name>_model_arb;
 * The double-precision half needs no FLINT headers. */
#ifndef BLOCHGEN_BLOCH_MODEL_H
#define BLOCHGEN_BLOCH_MODEL_H

/* One term of an exact polynomial in the parameters: an integer
   coefficient (decimal, any size) times a product of parameter powers. */
typedef struct
{
    const char *coeff;
    const unsigned char *exp;      /* nparams exponents */
} bloch_term_t;

/* One term of a large model's equations or Jacobian as a table
   (generator/emit/emit_table.c): coef * pm[pmono] * the product of the
   nvar state variables vars[var ...], added into out[target]. */
typedef struct
{
    int target;
    int pmono;
    int var;
    int nvar;
    double coef;
} bloch_dterm_t;

/* pm[i] = the product of p[k]^pexp[i * np + k]: the parameter products
   of a table, once per evaluation. */
static inline void bloch_dterms_params(double *pm, const unsigned char *pexp, long npm,
                                       const double *p, long np)
{
    long i, k;
    unsigned e;

    for (i = 0; i < npm; i++)
    {
        double t = 1.0;
        for (k = 0; k < np; k++)
            for (e = 0; e < pexp[i * np + k]; e++)
                t *= p[k];
        pm[i] = t;
    }
}

/* out[0 .. nout) = the sum of the table's terms into their targets. */
static inline void bloch_dterms(double *out, long nout, const bloch_dterm_t *term, long nterms,
                                const double *pm, const int *vars, const double *x)
{
    long i;
    int k;

    for (i = 0; i < nout; i++)
        out[i] = 0.0;
    for (i = 0; i < nterms; i++)
    {
        const bloch_dterm_t *u = term + i;
        double t = u->coef * pm[u->pmono];
        for (k = 0; k < u->nvar; k++)
            t *= x[vars[u->var + k]];
        out[u->target] += t;
    }
}

/* One `jump` or `collective` operator L = sum_t c_t P_t of the model, for
   the density-matrix engine: its terms are entries [first, first + nterms)
   of the arrays that jump_coef fills (the operators of the model in file
   order, concatenated). */
typedef struct
{
    int collective;                /* 0: rate D[L]; 1: mean-field collective term */
    int nterms;
    int first;
    const int *pauli;              /* observable index of each term, -1: identity */
    int line;                      /* its line in the model file */
} bloch_jump_t;

/* A pair of levels n < m of a `levels` line (numbered by energy at t = 0). */
typedef struct
{
    int n, m;
    int line;
} bloch_level_pair_t;

/* A statement of an N-body model (docs/cumulants.md), for the exact
   finite-N solver (runtime/finite): its kind, and its operators as terms
   [first, first + nA) (A, or the hamiltonian's or jump's operator) and
   [first + nA, first + nA + nB) (B of `pairs`) of the arrays that
   nbody_coef fills and nbody_type types. */
enum
{
    BLOCH_NBODY_HAMILTONIAN,    /* h on every site */
    BLOCH_NBODY_JUMP,           /* rate D[L] on every site */
    BLOCH_NBODY_COLLECTIVE,     /* rate D[sum_j L_j] */
    BLOCH_NBODY_PAIRS           /* rate sum_{i != j} A_i B_j in H */
};
typedef struct
{
    int kind;
    int first, nA, nB;
    int line;                   /* its line in the model file */
} bloch_nbody_statement_t;

/* A moment that `finite` prints: <P_1> (type[1] = 0) or <P_1 Q_2>, P and
   Q cluster Pauli strings by site type (finite.h: base-4 digits 0 = 1,
   1 = sigma_x, 2 = sigma_y, 3 = sigma_z, the cluster's first spin most
   significant), named as the moment solvers name their variables. */
typedef struct
{
    const char *name;
    int type[2];
} bloch_nbody_moment_t;

typedef struct
{
    const char *name;
    const char *source;            /* the model file it was generated from */
    int sites;
    int nparams;
    int nobs;
    const char *const *params;
    const char *const *observables;
    /* parity[v]: 0 even, 1 odd, -1 when the model declares no symmetry */
    const signed char *parity;
    const char *symmetry;          /* generator, or NULL */
    int has_symmetric;             /* closed-form symmetric state emitted */
    int has_boundary;              /* boundary polynomial emitted */

    /* d<x>/dt for every observable */
    void (*rhs)(double *dxdt, const double *x, const double *p);
    /* dense row-major nobs x nobs Jacobian d rhs_i / d x_j */
    void (*jacobian)(double *jac, const double *x, const double *p);
    /* the diagonal blocks of the Jacobian: rows and columns restricted to the
       even (odd) observables, in observable order.  At a symmetric state the
       off-diagonal blocks vanish, so these two decide its stability. */
    void (*jacobian_even)(double *jac, const double *x, const double *p);
    void (*jacobian_odd)(double *jac, const double *x, const double *p);
    int neven;
    int nodd;
    /* closed-form symmetric steady state; returns 0, or -1 where a
       denominator vanishes (or no closed form exists) */
    int (*symmetric)(double *x, const double *p);
    /* boundary polynomial: zero where the symmetric state has a zero odd
       eigenvalue, given exactly by its terms (crit_poly_roots isolates its
       roots with Arb) */
    int nboundary_terms;
    const bloch_term_t *boundary_terms;

    /* ---- the density-matrix engine's data (runtime/dm/) ---- */
    /* 1 when the model has an eigenbasis thermal dissipator (`thermal`,
       `levels`): it is not polynomial, so rhs, jacobian, symmetric and
       boundary above describe the model WITHOUT it, and only the
       density-matrix engine runs the model. */
    int dm_only;
    /* the mean-field Hamiltonian: coef[v] multiplies the Pauli string of
       observable v, coef[nobs] the identity (nobs + 1 real values) */
    void (*hamiltonian)(double *coef, const double *x, const double *p);
    /* jump and collective operators: coefficients re + i im of all their
       terms (njump_terms each) at state x, and their rates (njumps) */
    int njumps;
    int njump_terms;
    const bloch_jump_t *jumps;
    void (*jump_coef)(double *re, double *im, const double *x, const double *p);
    void (*jump_rates)(double *rate, const double *p);
    /* eigenbasis thermal dissipator: index of the temperature parameter
       (-1 without `thermal`), the level pairs and their downward rates */
    int thermal_param;
    int nlevel_pairs;
    const bloch_level_pair_t *level_pairs;
    void (*level_rates)(double *rate, const double *p);

    /* ---- conserved quantities (0 and NULL in code emitted before them) ---- */
    /* a basis of the polynomials C(x) of degree <= 2 with dC/dt = 0 for
       every x and generic parameters, exact (`blochgen derive`): as text
       ("<sx1>^2 + <sy1>^2 + <sz1>^2"), and their values c[k] and
       gradients grad[k * nobs + v] at (x, p) */
    int nconserved;
    const char *const *conserved;
    void (*conserved_eval)(double *c, double *grad, const double *x, const double *p);

    /* ---- exact equations (NULL in code emitted before them, for models
       with an eigenbasis dissipator, and above 63 observables) ---- */
    /* d<x_v>/dt as a polynomial over Q in the parameters p0, p1, ... and
       the observables x0, x1, ..., in FLINT's text syntax
       ("(2*p0)*x1 + (-1/2*p1)*x0*x2"): runtime/elim reads them back and
       solves the steady-state equations at exact parameter values */
    const char *const *exact_rhs;

    /* ---- symmetry-adapted variables (NULL but for a `swap` symmetry) ---- */
    /* With a site permutation in the symmetry the state variables are not
       the Pauli expectation values but their symmetry-adapted combinations
       (docs/derivation.md): pauli[v] names the Pauli string P_v of index v
       (the order of the Hamiltonian's coef[] and the jumps' pauli[]), and
       the symmetry maps <P_v> to adapt_sign[v] <P_w>, w = adapt_pair[v].
       Variable v is <P_v> when w == v; for a pair v < w with s =
       adapt_sign[v], variable v is (<P_v> + s <P_w>)/2 (even) and variable
       w is (<P_v> - s <P_w>)/2 (odd).  bloch_model_to_pauli converts. */
    const char *const *pauli;
    const int *adapt_pair;
    const signed char *adapt_sign;

    /* ---- the sparse Jacobian (0 and NULL in code emitted before it) ---- */
    /* its structural nonzeros in compressed rows: row i's entries are
       [jac_rowptr[i], jac_rowptr[i + 1]) (nobs + 1 offsets), in ascending
       column jac_col[k]; jacobian_values fills their jac_nnz values at
       (x, p).  jacobian above is the same matrix, dense. */
    int jac_nnz;
    const int *jac_rowptr;
    const int *jac_col;
    void (*jacobian_values)(double *val, const double *x, const double *p);

    /* ---- moment models (0 and NULL otherwise; docs/cumulants.md) ---- */
    /* The variables of an order-K model (`blochgen emit --order K`) are the
       permutation-symmetric moments of up to K sites, each site a cluster
       of cluster_sites spins; sites = K * cluster_sites.  They are the
       Pauli coefficients of the K-site reduced density matrix
       rho_K = 2^-sites (1 + sum_P <P> P): moment_var[key] (4^sites entries)
       is the variable equal to <P> for the string P of key = x | z << sites
       (bit n-1 of x (z) set when spin n's factor contains X (Z)), -1 for
       the identity.  pauli above names each variable's representative. */
    int moment_order;
    int cluster_sites;
    const int *moment_var;
    /* The N-body model itself (moment models; 0 and NULL in code emitted
       before it and otherwise), for `finite`: its statements, the site
       type of every operator term, their coefficients re + i im and the
       statements' rates (1 for the hamiltonian) at the parameters p (N
       among them), and the one- and two-site moments to print (the
       one-site ones first). */
    int nbody_nstatements;
    const bloch_nbody_statement_t *nbody;
    const int *nbody_type;
    void (*nbody_coef)(double *re, double *im, double *rate, const double *p);
    int nbody_nmoments;
    const bloch_nbody_moment_t *nbody_moments;
} bloch_model_t;

/* The Pauli expectation values xp[v] = <P_v> of the state x (the
   identity map unless m->adapt_pair), and back; xp may be x. */
static inline void bloch_model_to_pauli(double *xp, const double *x, const bloch_model_t *m)
{
    int v;

    for (v = 0; v < m->nobs; v++)
    {
        int w = m->adapt_pair ? m->adapt_pair[v] : v;
        if (w == v)
            xp[v] = x[v];
        else if (w > v)
        {
            double a = x[v], b = x[w];
            xp[v] = a + b;
            xp[w] = m->adapt_sign[v] * (a - b);
        }
    }
}

static inline void bloch_model_from_pauli(double *x, const double *xp, const bloch_model_t *m)
{
    int v;

    for (v = 0; v < m->nobs; v++)
    {
        int w = m->adapt_pair ? m->adapt_pair[v] : v;
        if (w == v)
            x[v] = xp[v];
        else if (w > v)
        {
            double a = xp[v], b = m->adapt_sign[v] * xp[w];
            x[v] = (a + b) / 2;
            x[w] = (a - b) / 2;
        }
    }
}

#endif
