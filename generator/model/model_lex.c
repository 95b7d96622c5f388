#include <ctype.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "model_lex.h"
#include "alloc.h"

int model_error_set(model_error_t *err, int line, int col, const char *fmt, ...)
{
    va_list ap;

    err->line = line;
    err->col = col;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
    va_end(ap);
    return 2;
}

int model_tok_is(const model_tok_t *t, const char *s)
{
    return t->type != TOK_END && (int) strlen(s) == t->len &&
           strncmp(t->text, s, t->len) == 0;
}

void model_tok_desc(char *buf, size_t size, const model_tok_t *t)
{
    if (t->type == TOK_END)
        snprintf(buf, size, "end of line");
    else
        snprintf(buf, size, "'%.*s'", t->len > 40 ? 40 : t->len, t->text);
}

/* Exact value of digits[.digits][e[+-]digits]; returns the length read, or
   -1 when the literal is malformed. */
static int lex_number(fmpq_t v, const char *s, int len)
{
    int p = 0, mant_digits = 0, frac = 0, exp_sign = 1;
    long expo = 0;
    fmpz_t m, t;

    fmpz_init(m);
    fmpz_init(t);
    for (; p < len && isdigit((unsigned char) s[p]); p++, mant_digits++)
        fmpz_mul_ui(m, m, 10), fmpz_add_ui(m, m, s[p] - '0');
    if (p < len && s[p] == '.')
        for (p++; p < len && isdigit((unsigned char) s[p]); p++, mant_digits++, frac++)
            fmpz_mul_ui(m, m, 10), fmpz_add_ui(m, m, s[p] - '0');
    if (mant_digits == 0)
        goto bad;
    if (p < len && (s[p] == 'e' || s[p] == 'E'))
    {
        int d = 0;
        p++;
        if (p < len && (s[p] == '+' || s[p] == '-'))
            exp_sign = (s[p++] == '-') ? -1 : 1;
        for (; p < len && isdigit((unsigned char) s[p]); p++, d++)
            if (expo < 100000)
                expo = 10 * expo + (s[p] - '0');
        if (d == 0 || expo > 1000)
            goto bad;
    }
    /* a number glued to a letter, digit or dot is malformed: 1.2.3, 3x */
    if (p < len && (isalnum((unsigned char) s[p]) || s[p] == '.' || s[p] == '_'))
        goto bad;
    expo = exp_sign * expo - frac;
    fmpz_set_ui(t, 10);
    fmpz_pow_ui(t, t, expo < 0 ? -expo : expo);
    if (expo >= 0)
    {
        fmpz_mul(m, m, t);
        fmpz_one(t);
    }
    fmpz_swap(fmpq_numref(v), m);
    fmpz_swap(fmpq_denref(v), t);
    fmpq_canonicalise(v);
    fmpz_clear(m);
    fmpz_clear(t);
    return p;
bad:
    fmpz_clear(m);
    fmpz_clear(t);
    return -1;
}

int model_lex_line(model_line_t *ln, const char *text, int len, int line,
                   model_error_t *err)
{
    int p = 0, alloc = 8;

    ln->tok = blochgen_malloc(alloc * sizeof(model_tok_t));
    ln->ntok = 0;
    ln->line = line;
    while (1)
    {
        model_tok_t *t;
        unsigned char c;

        while (p < len && (text[p] == ' ' || text[p] == '\t' || text[p] == '\r'))
            p++;
        if (ln->ntok + 1 >= alloc)
        {
            alloc *= 2;
            ln->tok = blochgen_realloc(ln->tok, alloc * sizeof(model_tok_t));
        }
        t = ln->tok + ln->ntok;
        t->col = p + 1;
        t->text = text + p;
        t->len = 0;
        fmpq_init(t->num);
        ln->ntok++;
        if (p >= len || text[p] == '#')
        {
            t->type = TOK_END;
            ln->ntok--;     /* the END token sits just past ntok */
            return 0;
        }
        c = (unsigned char) text[p];
        if (isalpha(c) || c == '_')
        {
            t->type = TOK_IDENT;
            while (p < len && (isalnum((unsigned char) text[p]) || text[p] == '_'))
                p++;
        }
        else if (isdigit(c) || (c == '.' && p + 1 < len && isdigit((unsigned char) text[p + 1])))
        {
            int n = lex_number(t->num, text + p, len - p);
            t->type = TOK_NUM;
            if (n < 0)
            {
                int e = p;
                while (e < len && (isalnum((unsigned char) text[e]) || text[e] == '.' ||
                                   text[e] == '_'))
                    e++;
                ln->ntok--;
                model_line_clear(ln);
                return model_error_set(err, line, p + 1,
                    "malformed number '%.*s' (expected digits, an optional "
                    "fraction and exponent, e.g. 3, 0.25, 1e-3)", e - p, text + p);
            }
            p += n;
        }
        else if (strchr("+-*/^()<>:,=", c) && c != '\0')
        {
            t->type = TOK_SYM;
            p++;
        }
        else
        {
            ln->ntok--;     /* the current token is the last initialised */
            model_line_clear(ln);
            if (c >= 0x20 && c < 0x7f)
                return model_error_set(err, line, p + 1, "unexpected character '%c'", c);
            return model_error_set(err, line, p + 1,
                                   "unexpected byte 0x%02x (expected ASCII text)", c);
        }
        t->len = (int) (text + p - t->text);
    }
}

void model_line_clear(model_line_t *ln)
{
    int k;

    if (ln->tok == NULL)
        return;
    for (k = 0; k <= ln->ntok; k++)
        fmpq_clear(ln->tok[k].num);
    free(ln->tok);
    ln->tok = NULL;
    ln->ntok = 0;
}

int model_lex_text(model_line_t **out, int *nout, const char *text, size_t len,
                   model_error_t *err)
{
    size_t p = 0;
    int n = 0, alloc = 16, line = 1;
    model_line_t *lines;

    /* columns and line numbers are ints */
    if (len > (size_t) INT_MAX / 2)
    {
        *out = NULL;
        *nout = 0;
        return model_error_set(err, 1, 1, "file too large (%zu bytes; at most %d)", len,
                               INT_MAX / 2);
    }
    lines = blochgen_malloc(alloc * sizeof(model_line_t));
    while (p < len)
    {
        size_t e = p;
        while (e < len && text[e] != '\n')
            e++;
        if (n == alloc)
            lines = blochgen_realloc(lines, (alloc *= 2) * sizeof(model_line_t));
        if (model_lex_line(lines + n, text + p, (int) (e - p), line, err))
        {
            *out = lines;
            *nout = n;
            return 2;
        }
        n++;
        line++;
        p = e + 1;
    }
    *out = lines;
    *nout = n;
    return 0;
}
