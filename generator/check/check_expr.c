#include <string.h>
#include "check_internal.h"
#include "model_expr.h"

/* Rational expressions of hand files: numbers, parameters, symbols from
   subs, let names, aliases and <P>, with + - * / ^ and parentheses. */

typedef struct
{
    check_ctx *c;
    const model_line_t *ln;
    int *pos;
    model_error_t *err;
} parser;

static int p_sum(fmpz_mpoly_q_t r, parser *p, int depth);

static const model_tok_t *peek(const parser *p)
{
    return p->ln->tok + *p->pos;
}

static int fail(parser *p, const char *expected)
{
    char d[64];

    model_tok_desc(d, sizeof d, peek(p));
    return model_error_set(p->err, p->ln->line, peek(p)->col, "expected %s, got %s", expected, d);
}

static slong find_name(char *const *names, slong n, const model_tok_t *t)
{
    slong k;

    for (k = 0; k < n; k++)
        if (model_tok_is(t, names[k]))
            return k;
    return -1;
}

slong check_observable(check_ctx *c, const model_line_t *ln, int *pos, model_error_t *err)
{
    const model_tok_t *t = ln->tok + *pos;
    slong k;

    if (t->type == TOK_IDENT && (k = find_name(c->alias, c->nalias, t)) >= 0)
    {
        (*pos)++;
        return c->alias_var[k];
    }
    if (model_tok_is(t, "<"))
    {
        model_expr_ctx e = {c->d->m, ln, *pos + 1, 0, "a hand file", err, NULL};
        pauli_t P;
        if (model_expr_pauli(&P, &e, ">"))
            return -1;
        if (!model_tok_is(ln->tok + e.pos, ">"))
        {
            model_error_set(err, ln->line, ln->tok[e.pos].col, "expected '>'");
            return -1;
        }
        *pos = e.pos + 1;
        return c->d->m->var_of_key[pauli_key(P, c->d->m->sites)];
    }
    model_error_set(err, ln->line, t->col, "expected an observable (an alias or <P>)");
    return -1;
}

static int p_ident(fmpz_mpoly_q_t r, parser *p)
{
    check_ctx *c = p->c;
    const model_tok_t *t = peek(p);
    slong k, np = c->d->m->nparams;

    if ((k = find_name(c->let, c->nlet, t)) >= 0)
    {
        fmpz_mpoly_q_set(r, c->let_value + k, c->ctx);
        (*p->pos)++;
        return 0;
    }
    if ((k = find_name(c->alias, c->nalias, t)) >= 0)
    {
        fmpz_mpoly_q_gen(r, np + c->nsym + c->alias_var[k], c->ctx);
        (*p->pos)++;
        return 0;
    }
    if ((k = find_name(c->d->m->params, np, t)) >= 0)
    {
        /* a substituted parameter means its value */
        fmpz_mpoly_q_set(r, c->par_value + k, c->ctx);
        (*p->pos)++;
        return 0;
    }
    if ((k = find_name(c->sym, c->nsym, t)) >= 0)
    {
        fmpz_mpoly_q_gen(r, np + k, c->ctx);
        (*p->pos)++;
        return 0;
    }
    return model_error_set(p->err, p->ln->line, t->col, "unknown name '%.*s' (expected a "
                           "parameter, a symbol introduced by subs, a let or an alias)",
                           t->len, t->text);
}

static int depth_fail(parser *p, const model_tok_t *t)
{
    return model_error_set(p->err, p->ln->line, t->col, "expression nested deeper than the "
                           "limit depth=%ld (parentheses and signs) (raise it with --limit "
                           "depth=N)", (long) p->c->d->m->limits.max[LIMIT_DEPTH]);
}

static int p_primary(fmpz_mpoly_q_t r, parser *p, int depth)
{
    const model_tok_t *t = peek(p);

    if (t->type == TOK_NUM)
    {
        fmpz_mpoly_q_set_fmpq(r, t->num, p->c->ctx);
        (*p->pos)++;
        return 0;
    }
    if (t->type == TOK_IDENT)
        return p_ident(r, p);
    if (model_tok_is(t, "<"))
    {
        slong v = check_observable(p->c, p->ln, p->pos, p->err);
        if (v < 0)
            return 2;
        fmpz_mpoly_q_gen(r, p->c->d->m->nparams + p->c->nsym + v, p->c->ctx);
        return 0;
    }
    if (model_tok_is(t, "("))
    {
        if (depth + 1 > p->c->d->m->limits.max[LIMIT_DEPTH])
            return depth_fail(p, t);
        (*p->pos)++;
        if (p_sum(r, p, depth + 1))
            return 2;
        if (!model_tok_is(peek(p), ")"))
            return peek(p)->type == TOK_END
                ? model_error_set(p->err, p->ln->line, t->col,
                                  "unbalanced '(': expected ')' to close it")
                : fail(p, "')'");
        (*p->pos)++;
        return 0;
    }
    return fail(p, "a number, name, <P> or '('");
}

/* r = r * b (r / b with divide), refused at the column of t before it is
   formed if it could exceed the degree, term or bit limit. */
static int mul_checked(fmpz_mpoly_q_t r, const fmpz_mpoly_q_t b, int divide, parser *p,
                       const model_tok_t *t, const char *what)
{
    if (check_limit_mul(p->err->msg, sizeof p->err->msg, r, b, divide, p->c, what))
    {
        p->err->line = p->ln->line;
        p->err->col = t->col;
        return 2;
    }
    if (divide)
        fmpz_mpoly_q_div(r, r, b, p->c->ctx);
    else
        fmpz_mpoly_q_mul(r, r, b, p->c->ctx);
    return 0;
}

static int p_power(fmpz_mpoly_q_t r, parser *p, int depth)
{
    const model_tok_t *e;
    fmpz_mpoly_q_t b;
    slong n, k;
    int st = 0;

    if (p_primary(r, p, depth))
        return 2;
    if (!model_tok_is(peek(p), "^"))
        return 0;
    (*p->pos)++;
    e = peek(p);
    if (e->type != TOK_NUM || !fmpz_is_one(fmpq_denref(e->num)) ||
        fmpz_cmp_ui(fmpq_numref(e->num), 64) > 0)
        return fail(p, "an integer exponent 0..64");
    n = fmpz_get_si(fmpq_numref(e->num));
    (*p->pos)++;
    fmpz_mpoly_q_init(b, p->c->ctx);
    fmpz_mpoly_q_swap(b, r, p->c->ctx);
    fmpz_mpoly_q_one(r, p->c->ctx);
    for (k = 0; k < n && st == 0; k++)
        st = mul_checked(r, b, 0, p, e, "this power");
    fmpz_mpoly_q_clear(b, p->c->ctx);
    return st;
}

/* Signs loop instead of recursing (200,000 of them overflowed the stack)
   and count towards the depth limit. */
static int p_unary(fmpz_mpoly_q_t r, parser *p, int depth)
{
    int neg = 0;

    while (model_tok_is(peek(p), "-") || model_tok_is(peek(p), "+"))
    {
        if (++depth > p->c->d->m->limits.max[LIMIT_DEPTH])
            return depth_fail(p, peek(p));
        neg ^= model_tok_is(peek(p), "-");
        (*p->pos)++;
    }
    if (p_power(r, p, depth))
        return 2;
    if (neg)
        fmpz_mpoly_q_neg(r, r, p->c->ctx);
    return 0;
}

static int p_product(fmpz_mpoly_q_t r, parser *p, int depth)
{
    fmpz_mpoly_q_t f;
    int st = 0;

    if (p_unary(r, p, depth))
        return 2;
    fmpz_mpoly_q_init(f, p->c->ctx);
    while (st == 0 && (model_tok_is(peek(p), "*") || model_tok_is(peek(p), "/")))
    {
        const model_tok_t *op = peek(p);
        (*p->pos)++;
        if ((st = p_unary(f, p, depth)) != 0)
            break;
        if (model_tok_is(op, "*"))
            st = mul_checked(r, f, 0, p, op, "this product");
        else if (fmpz_mpoly_q_is_zero(f, p->c->ctx))
            st = model_error_set(p->err, p->ln->line, op->col, "division by zero");
        else
            st = mul_checked(r, f, 1, p, op, "this quotient");
    }
    fmpz_mpoly_q_clear(f, p->c->ctx);
    return st;
}

static int p_sum(fmpz_mpoly_q_t r, parser *p, int depth)
{
    fmpz_mpoly_q_t t;
    int st = 0;

    if (p_product(r, p, depth))
        return 2;
    fmpz_mpoly_q_init(t, p->c->ctx);
    while (st == 0 && (model_tok_is(peek(p), "+") || model_tok_is(peek(p), "-")))
    {
        const model_tok_t *op = peek(p);
        int neg = model_tok_is(op, "-");
        (*p->pos)++;
        if ((st = p_product(t, p, depth)) != 0)
            break;
        /* fractions with different denominators multiply them */
        if (check_limit_add(p->err->msg, sizeof p->err->msg, r, t, p->c, "this sum"))
        {
            p->err->line = p->ln->line;
            p->err->col = op->col;
            st = 2;
        }
        else if (neg)
            fmpz_mpoly_q_sub(r, r, t, p->c->ctx);
        else
            fmpz_mpoly_q_add(r, r, t, p->c->ctx);
    }
    fmpz_mpoly_q_clear(t, p->c->ctx);
    return st;
}

int check_expr(fmpz_mpoly_q_t r, check_ctx *c, const model_line_t *ln, int *pos,
               const char *stop, model_error_t *err)
{
    parser p = {c, ln, pos, err};
    const model_tok_t *t;

    if (p_sum(r, &p, 0))
        return 2;
    t = peek(&p);
    if (t->type == TOK_END || (t->type == TOK_SYM && strchr(stop, t->text[0])))
        return 0;
    return fail(&p, "an operator or the end of the expression");
}
