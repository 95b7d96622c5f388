/* model.h: a parsed model file (see docs/model-language.md). */
#ifndef BLOCHGEN_MODEL_H
#define BLOCHGEN_MODEL_H

#include "op.h"

#define MODEL_NAME_MAX 64
#define MODEL_MSG_MAX 512

typedef struct
{
    bpoly_t rate;       /* polynomial in the parameters only */
    op_t L;
    int collective;     /* 0: jump, 1: collective (mean-field) dissipator */
    int line;
} model_jump_struct;

/* A pair of levels of a `levels` line: the eigenbasis jump |n><m| at the
   downward rate `rate` (and |m><n| at rate * exp(-(E_m - E_n)/T)). */
typedef struct
{
    bpoly_t rate;       /* polynomial in the parameters only */
    int n, m;           /* n < m, levels numbered by energy at t = 0 */
    int line;
    int col;
} model_level_struct;

/* A `pairs RATE : A B` line of an N-body model: RATE * sum_{i != j} A_i B_j,
   A and B operators of one cluster (docs/cumulants.md). */
typedef struct
{
    bpoly_t rate;       /* polynomial in the parameters, N and 1/N */
    op_t A, B;
    int line;
} model_pairs_struct;

typedef struct
{
    char file[512];
    char name[MODEL_NAME_MAX];
    int sites;
    slong nparams;
    char **params;
    fmpq_mpoly_ctx_t pctx;      /* parameters are its generators */
    op_t ham;
    int ham_line;
    slong njumps;
    model_jump_struct *jumps;
    int has_symmetry;
    pauli_t symmetry;
    /* eigenbasis thermal dissipator: `thermal T` names the temperature
       parameter (thermal_param, -1 without), `levels` lines the pairs */
    slong thermal_param;
    int thermal_line;
    slong nlevels;
    model_level_struct *levels;
    /* observables: obs[v] is state variable v; var_of_key maps a Pauli
       key to its variable, -1 for the identity */
    slong nobs;
    pauli_t *obs;
    slong *var_of_key;
    /* the limits it was parsed under; derive, check and emit keep to them */
    limit_struct limits;
    double formed;      /* terms formed by the products of the file (`terms`) */
    /* A `swap` in the symmetry: the site permutation (perm[n - 1] is the
       image of site n; the identity without), and the symmetry-adapted
       variables that the derivation works in (docs/derivation.md).  The
       symmetry maps <obs[v]> to adapt_sign[v] <obs[adapt_pair[v]]>.  For
       a fixed observable (adapt_pair[v] == v) variable v is <obs[v]>; for
       a mapped pair v < w = adapt_pair[v], with s = adapt_sign[v],
       variable v is (<obs[v]> + s <obs[w]>)/2 (even) and variable w is
       (<obs[v]> - s <obs[w]>)/2 (odd).  Without a swap (has_perm 0) the
       variables are the observables and adapt_pair, adapt_sign are NULL. */
    int has_perm;
    int perm[PAULI_MAX_SITES];
    slong *adapt_pair;
    signed char *adapt_sign;
    /* An N-body model (a `pairs` line or the reserved symbol N): the
       hamiltonian is the single-site part, `collective` is RATE D[sum_j L_j]
       at finite N.  N is the last parameter (params[nparams - 1]) and pctx
       has one generator more, nparams, standing for 1/N; params[nparams]
       is its name "1/N" (so printers show it as a division).  Such a model
       is derived by derive_moments; its moment model (moment_order > 0)
       keeps the extra generator (nbody 1) and has no hamiltonian, jumps or
       pairs. */
    int nbody;
    int nbody_line, nbody_col; /* the first N-body statement or N */
    slong npairs;
    model_pairs_struct *pairs;
    int moment_order;          /* K of a moment model, 0 otherwise */
    int cluster_sites;         /* k of a moment model (sites = K * k) */
} model_struct;

typedef model_struct model_t[1];

typedef struct
{
    int line;
    int col;
    char msg[MODEL_MSG_MAX];
} model_error_t;

/* Parses text (len bytes) read from file under the limits lim (NULL: the
   defaults).  Returns 0 on success; else fills err and leaves m cleared
   (nothing to free). */
int model_parse(model_t m, const char *file, const char *text, size_t len,
                const limit_struct *lim, model_error_t *err);
/* Whole file contents (free it), or NULL with errno set if it cannot be
   read (a directory is EISDIR). */
char *model_read_text(const char *path, size_t *len);
/* Reads and parses a file; returns 0, or 2 after printing file:line:col. */
int model_load(model_t m, const char *path, const limit_struct *lim);
void model_clear(model_t m);

/* Name of state variable v in the model language: its Pauli string
   ("sz1*sx2"), or with a `swap` symmetry an adapted variable
   ("(sz1+sz2)/2", "(sz1-sz2)/2"). */
void model_obs_name(char *buf, size_t size, const model_t m, slong v);
/* The same as a C identifier: "sz1_sx2", "sz1_p_sz2", "sz1_m_sz2". */
void model_obs_ident(char *buf, size_t size, const model_t m, slong v);
/* The symmetry generator as written: "sz1*sz2", "swap 1 2 * sz1*sz2". */
void model_symmetry_name(char *buf, size_t size, const model_t m);
/* The image of the Pauli string p under the site permutation perm. */
pauli_t model_permute(const model_t m, pauli_t p);

/* 0 for a model without `levels`; else 2 after saying on stderr that
   blochgen `command` works on the polynomial Bloch equations, which omit
   the eigenbasis thermal dissipator. */
int model_refuse_dm_only(const model_t m, const char *command);

/* p with N * (1/N) cancelled in every term of every coefficient (an
   N-body model; nothing otherwise). */
void model_nbody_normalize(bpoly_t p, const model_t m);

/* r += a placed on site `site` (0-based) of N-body sites of m->sites spins
   each: its Pauli strings shifted by site * m->sites spins. */
void model_nbody_embed(op_t r, const op_t a, int site, const model_t m);

/* 1 if name is reserved (operators, keywords, C keywords, bg_ prefix). */
int model_name_is_reserved(const char *name);

#endif
