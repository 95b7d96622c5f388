/* check_internal.h: state shared by the hand-file checker (internal). */
#ifndef BLOCHGEN_CHECK_INTERNAL_H
#define BLOCHGEN_CHECK_INTERNAL_H

#include "check.h"
#include "derive.h"
#include "model_lex.h"

#define CHECK_MAX_NAMES 512

/* Variables of the comparison ring: the model's parameters, then symbols
   introduced by `subs`, then every observable. */
typedef struct
{
    const char *file;
    const derive_struct *d;
    fmpz_mpoly_ctx_t ctx;
    slong nsym;
    char *sym[CHECK_MAX_NAMES];             /* extra symbols */
    char **names;                           /* printable names of all variables */
    fmpz_mpoly_q_struct *par_value;         /* substitution for each parameter */
    slong nalias;
    char *alias[CHECK_MAX_NAMES];
    slong alias_var[CHECK_MAX_NAMES];
    slong nlet;
    char *let[CHECK_MAX_NAMES];
    fmpz_mpoly_q_struct *let_value;
    char *jac_listed;                       /* n x n: entries stated */
    int jac_complete_line;
    int ddt_complete_line;
    char *ddt_listed;
    slong agree;
    slong disagree;
    double *formed;     /* terms formed by the file's products, for `terms` */
} check_ctx;

/* expression over the comparison ring; 0 or 2 with err set */
int check_expr(fmpz_mpoly_q_t r, check_ctx *c, const model_line_t *ln, int *pos,
               const char *stop, model_error_t *err);
/* an observable: an alias or <P>; returns its variable or -1 with err set */
slong check_observable(check_ctx *c, const model_line_t *ln, int *pos, model_error_t *err);

/* 0 if a * b (a / b with divide), or a + b, stays within the limits of
   the model; else 2 with the message (what would exceed which limit) in
   msg.  Checked before every product and sum is formed. */
int check_limit_mul(char *msg, size_t size, const fmpz_mpoly_q_t a, const fmpz_mpoly_q_t b,
                    int divide, const check_ctx *c, const char *what);
int check_limit_add(char *msg, size_t size, const fmpz_mpoly_q_t a, const fmpz_mpoly_q_t b,
                    const check_ctx *c, const char *what);

/* generator data mapped into the comparison ring (substitutions applied):
   0, or 2 with a message in msg (MODEL_MSG_MAX bytes) when a substitution
   would grow it past the limits */
int check_map_bpoly(fmpz_mpoly_q_t r, const bpoly_t p, const check_ctx *c, char *msg);
int check_map_param_q(fmpz_mpoly_q_t r, const fmpz_mpoly_q_t q, const check_ctx *c, char *msg);
int check_map_param_poly(fmpz_mpoly_q_t r, const fmpz_mpoly_t p, const check_ctx *c, char *msg);

#endif
