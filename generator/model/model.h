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

/* Name of observable v, or of a Pauli string, in the model language. */
void model_obs_name(char *buf, size_t size, const model_t m, slong v);

/* 0 for a model without `levels`; else 2 after saying on stderr that
   blochgen `command` works on the polynomial Bloch equations, which omit
   the eigenbasis thermal dissipator. */
int model_refuse_dm_only(const model_t m, const char *command);

/* 1 if name is reserved (operators, keywords, C keywords, bg_ prefix). */
int model_name_is_reserved(const char *name);

#endif
