/* model_lex.h: tokens of one line of a model file (internal to model/). */
#ifndef BLOCHGEN_MODEL_LEX_H
#define BLOCHGEN_MODEL_LEX_H

#include "model.h"

enum
{
    TOK_END = 0,
    TOK_IDENT,
    TOK_NUM,
    TOK_SYM        /* one of + - * / ^ ( ) < > : , = */
};

typedef struct
{
    int type;
    int col;
    int len;
    const char *text;
    fmpq_t num;     /* value of TOK_NUM */
} model_tok_t;

typedef struct
{
    model_tok_t *tok;
    int ntok;
    int line;
} model_line_t;

/* Tokenises one line (without its newline).  0 on success, else err set. */
int model_lex_line(model_line_t *ln, const char *text, int len, int line,
                   model_error_t *err);
void model_line_clear(model_line_t *ln);
/* Splits text into lines and tokenises each; on error the lines lexed so
   far are returned in *out (count *nout) for the caller to clear. */
int model_lex_text(model_line_t **out, int *nout, const char *text, size_t len,
                   model_error_t *err);

int model_tok_is(const model_tok_t *t, const char *s);
/* printable token for messages: "end of line" or the token text */
void model_tok_desc(char *buf, size_t size, const model_tok_t *t);

/* sets err at (line, col) with a printf-style message; returns 2 */
int model_error_set(model_error_t *err, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

#endif
