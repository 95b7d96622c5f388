/* model_expr.h: expressions of the model language (internal to model/). */
#ifndef BLOCHGEN_MODEL_EXPR_H
#define BLOCHGEN_MODEL_EXPR_H

#include "model_lex.h"

enum
{
    EXPR_ALLOW_OPS = 1,       /* sxN ... smN */
    EXPR_ALLOW_MF = 2,        /* <P> */
    EXPR_ALLOW_I = 4          /* the imaginary unit */
};

typedef struct
{
    const model_struct *m;
    const model_line_t *ln;
    int pos;
    int flags;
    const char *what;         /* "a rate", for messages */
    model_error_t *err;
    double *formed;           /* the file's count for the limit `terms` (NULL: none) */
} model_expr_ctx;

/* Parses tokens [pos, stop) where stop is the first token at depth 0 that
   is in stop_syms (or the end); stores the value in r.  0 or 2. */
int model_expr_parse(op_t r, model_expr_ctx *c, const char *stop_syms);

/* Parses a product of sx/sy/sz factors into a Pauli string with phase +1. */
int model_expr_pauli(pauli_t *p, model_expr_ctx *c, const char *stop_syms);

/* The `symmetry` statement (model_symmetry.c).  0 or 2. */
int model_symmetry_parse(model_t m, const model_line_t *ln, model_error_t *err);

#endif
