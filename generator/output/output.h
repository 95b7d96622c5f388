/* output.h: printing derived expressions as text, LaTeX, C and JSON. */
#ifndef BLOCHGEN_OUTPUT_H
#define BLOCHGEN_OUTPUT_H

#include <stdio.h>
#include "derive.h"

/* A growable string. */
typedef struct
{
    char *s;
    size_t len;
    size_t alloc;
} sbuf_t;

void sbuf_init(sbuf_t *b);
void sbuf_clear(sbuf_t *b);
void sbuf_reset(sbuf_t *b);
void sbuf_printf(sbuf_t *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sbuf_puts(sbuf_t *b, const char *s);

typedef enum
{
    STYLE_TEXT,     /* 2*h1*<sy1> - 1/2*(gdown + gup)*<sx1> */
    STYLE_LATEX,    /* 2 h_{1} \langle\sigma^{y}_{1}\rangle - ... */
    STYLE_C         /* 2.0*h1*sy1 - (1.0/2.0)*(gdown + gup)*sx1 */
} out_style;

typedef struct
{
    out_style style;
    const model_struct *m;
} printer_t;

/* Names of a parameter and of an observable in a style. */
void out_param_name(sbuf_t *b, slong k, const printer_t *p);
void out_obs_name(sbuf_t *b, slong v, const printer_t *p);

void out_fmpz_mpoly(sbuf_t *b, const fmpz_mpoly_t c, const printer_t *p);
void out_bpoly(sbuf_t *b, const bpoly_t c, const printer_t *p);
/* LaTeX: a numerator over a denominator longer than this many characters
   is written so that it can be broken over lines. */
#define OUT_LATEX_LINE 140
void out_mpoly_q(sbuf_t *b, const fmpz_mpoly_q_t q, const printer_t *p);

/* LaTeX only: c factored over Q (fmpz_mpoly_factor: a constant, monomial
   factors, then primitive polynomials in parentheses, with exponents).
   Returns 0 and prints nothing in other styles, for fewer than two terms,
   when the factorization fails or when it is c itself. */
int out_factored(sbuf_t *b, const fmpz_mpoly_t c, const printer_t *p);
/* c as out_fmpz_mpoly prints it, or factored (LaTeX) where that has fewer
   characters. */
void out_fmpz_mpoly_short(sbuf_t *b, const fmpz_mpoly_t c, const printer_t *p);

/* Whole documents for `blochgen derive`. */
void output_text(FILE *f, const derive_t d);
void output_latex(FILE *f, const derive_t d);
/* The same inside a complete document (article, amsmath) that pdflatex
   compiles as it is. */
void output_latex_document(FILE *f, const derive_t d);
void output_json(FILE *f, const derive_t d);

/* JSON string escaping */
void out_json_string(sbuf_t *b, const char *s);

#endif
