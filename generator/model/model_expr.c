#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "model_expr.h"

static int parse_sum(op_t r, model_expr_ctx *c, int depth);

static const model_tok_t *peek(const model_expr_ctx *c)
{
    return c->ln->tok + c->pos;
}

static int expect_fail(model_expr_ctx *c, const char *expected)
{
    char d[64];

    model_tok_desc(d, sizeof d, peek(c));
    return model_error_set(c->err, c->ln->line, peek(c)->col, "expected %s, got %s",
                           expected, d);
}

/* Is an identifier an operator sxN..smN?  Sets letter and site. */
static int ident_operator(const model_tok_t *t, char *letter, long *site)
{
    int k;

    if (t->len < 3 || t->text[0] != 's' || !strchr("xyzpm", t->text[1]))
        return 0;
    for (k = 2; k < t->len; k++)
        if (!isdigit((unsigned char) t->text[k]))
            return 0;
    /* the token is not NUL-terminated: read its digits only */
    *letter = t->text[1];
    *site = 0;
    for (k = 2; k < t->len && *site < 1000000; k++)
        *site = 10 * *site + (t->text[k] - '0');
    return 1;
}

static int check_site(model_expr_ctx *c, const model_tok_t *t, long site)
{
    if (site >= 1 && site <= c->m->sites)
        return 0;
    return model_error_set(c->err, c->ln->line, t->col,
                           "site index %ld in '%.*s' is out of range (expected 1..%d, "
                           "the number of sites)", site, t->len, t->text, c->m->sites);
}

static int parse_operator(op_t r, model_expr_ctx *c, const model_tok_t *t, char letter,
                          long site)
{
    const fmpq_mpoly_ctx_struct *ctx = c->m->pctx;

    if (!(c->flags & EXPR_ALLOW_OPS))
        return model_error_set(c->err, c->ln->line, t->col,
                               "operator '%.*s' is not allowed in %s (expected a "
                               "polynomial in the parameters)", t->len, t->text, c->what);
    if (check_site(c, t, site))
        return 2;
    op_zero(r, ctx);
    if (letter == 'p' || letter == 'm')
    {
        /* sigma^+- = (sx +- i sy)/2 */
        bpoly_t one;
        fmpq_t h;
        fmpq_init(h);
        fmpq_set_si(h, 1, 2);
        bpoly_init(one, ctx);
        bpoly_set_si(one, 1, ctx);
        op_add_term(r, pauli_site('x', site), 0, one, NULL, h, 0, ctx);
        op_add_term(r, pauli_site('y', site), letter == 'p' ? 1 : 3, one, NULL, h, 0, ctx);
        bpoly_clear(one, ctx);
        fmpq_clear(h);
        return 0;
    }
    op_set_pauli(r, pauli_site(letter, site), ctx);
    return 0;
}

int model_expr_pauli(pauli_t *p, model_expr_ctx *c, const char *stop_syms)
{
    int phase_total = 0, first_col = peek(c)->col;

    (void) stop_syms;
    *p = pauli_identity();
    while (1)
    {
        const model_tok_t *t = peek(c);
        char letter;
        long site;
        int phase;

        if (t->type != TOK_IDENT || !ident_operator(t, &letter, &site) ||
            letter == 'p' || letter == 'm')
            return expect_fail(c, "a Pauli factor sxN, syN or szN");
        if (check_site(c, t, site))
            return 2;
        *p = pauli_mul(&phase, *p, pauli_site(letter, site));
        phase_total = (phase_total + phase) & 3;
        c->pos++;
        if (!model_tok_is(peek(c), "*"))
            break;
        c->pos++;
    }
    if (pauli_is_identity(*p) || phase_total != 0)
        return model_error_set(c->err, c->ln->line, first_col,
                               "expected a Pauli string (a Hermitian product of "
                               "factors on distinct sites such as sz1*sx2); this "
                               "product reduces to %s", pauli_is_identity(*p) ?
                               "a multiple of the identity" : "a non-Hermitian multiple");
    return 0;
}

static int parse_mean_field(op_t r, model_expr_ctx *c)
{
    const model_tok_t *open = peek(c);
    const fmpq_mpoly_ctx_struct *ctx = c->m->pctx;
    pauli_t p;
    bpoly_t v;

    if (c->m->nbody)
        return model_error_set(c->err, c->ln->line, open->col,
                               "mean-field value <...> in an N-body model (line %d: "
                               "'pairs' or N); write the N-body model without <...>, "
                               "its mean-field limit is derive --order 1",
                               c->m->nbody_line);
    if (!(c->flags & EXPR_ALLOW_MF))
        return model_error_set(c->err, c->ln->line, open->col,
                               "mean-field value <...> is not allowed in %s", c->what);
    c->pos++;
    if (model_expr_pauli(&p, c, ">"))
        return 2;
    if (!model_tok_is(peek(c), ">"))
    {
        if (peek(c)->type == TOK_END)
            return model_error_set(c->err, c->ln->line, open->col,
                                   "unbalanced '<': expected '>' to close it");
        return expect_fail(c, "'*' or '>' after a Pauli factor");
    }
    c->pos++;
    bpoly_init(v, ctx);
    bpoly_set_var(v, c->m->var_of_key[pauli_key(p, c->m->sites)], ctx);
    op_set_scalar(r, v, ctx);
    bpoly_clear(v, ctx);
    return 0;
}

static int parse_ident(op_t r, model_expr_ctx *c)
{
    const model_tok_t *t = peek(c);
    const fmpq_mpoly_ctx_struct *ctx = c->m->pctx;
    char letter;
    long site;
    slong k;

    c->pos++;
    if (model_tok_is(t, "i"))
    {
        bpoly_t one;
        if (!(c->flags & EXPR_ALLOW_I))
            return model_error_set(c->err, c->ln->line, t->col,
                                   "the imaginary unit i is not allowed in %s "
                                   "(expected a real expression)", c->what);
        bpoly_init(one, ctx);
        bpoly_set_si(one, 1, ctx);
        op_set_scalar(r, one, ctx);
        op_mul_phase(r, r, 1, ctx);
        bpoly_clear(one, ctx);
        return 0;
    }
    for (k = 0; k < c->m->nparams; k++)
        if (model_tok_is(t, c->m->params[k]))
        {
            bpoly_t v;
            bpoly_init(v, ctx);
            bpoly_set_param(v, k, ctx);
            op_set_scalar(r, v, ctx);
            bpoly_clear(v, ctx);
            return 0;
        }
    if (ident_operator(t, &letter, &site))
        return parse_operator(r, c, t, letter, site);
    return model_error_set(c->err, c->ln->line, t->col,
                           "unknown identifier '%.*s' (expected a parameter declared "
                           "by 'params', an operator sxN syN szN spN smN, or i)",
                           t->len, t->text);
}

/* The depth limit: the recursion of ( ) and the chain of signs. */
static int depth_fail(model_expr_ctx *c, const model_tok_t *t)
{
    return model_error_set(c->err, c->ln->line, t->col, "expression nested deeper than the "
                           "limit depth=%ld (parentheses and signs) (raise it with --limit "
                           "depth=N)", (long) c->m->limits.max[LIMIT_DEPTH]);
}

static int parse_primary(op_t r, model_expr_ctx *c, int depth)
{
    const model_tok_t *t = peek(c);

    if (t->type == TOK_NUM)
    {
        bpoly_t v;
        bpoly_init(v, c->m->pctx);
        bpoly_set_fmpq(v, t->num, c->m->pctx);
        op_set_scalar(r, v, c->m->pctx);
        bpoly_clear(v, c->m->pctx);
        c->pos++;
        return 0;
    }
    if (t->type == TOK_IDENT)
        return parse_ident(r, c);
    if (model_tok_is(t, "<"))
        return parse_mean_field(r, c);
    if (model_tok_is(t, "("))
    {
        if (depth + 1 > c->m->limits.max[LIMIT_DEPTH])
            return depth_fail(c, t);
        c->pos++;
        if (parse_sum(r, c, depth + 1))
            return 2;
        if (!model_tok_is(peek(c), ")"))
        {
            if (peek(c)->type == TOK_END)
                return model_error_set(c->err, c->ln->line, t->col,
                                       "unbalanced '(': expected ')' to close it");
            return expect_fail(c, "')'");
        }
        c->pos++;
        return 0;
    }
    if (model_tok_is(t, ")"))
        return model_error_set(c->err, c->ln->line, t->col, "unbalanced ')': no '(' to close");
    if (model_tok_is(t, ">"))
        return model_error_set(c->err, c->ln->line, t->col, "unbalanced '>': no '<' to close");
    return expect_fail(c, "a number, parameter, operator, <P> or '('");
}

/* r = r * f, refused at the column of t before it is formed if the
   product could exceed the degree, term or bit limit. */
static int mul_checked(op_t r, const op_t f, model_expr_ctx *c, const model_tok_t *t,
                       const char *what)
{
    const fmpq_mpoly_ctx_struct *ctx = c->m->pctx;
    limit_size_t a, b, p;

    op_size(&a, r, ctx);
    op_size(&b, f, ctx);
    limit_size_mul(&p, &a, &b);
    /* the message goes straight into err: no buffer on a stack frame
       that every level of parentheses repeats */
    if (limit_check(c->err->msg, sizeof c->err->msg, &c->m->limits, &p, c->formed, what))
    {
        c->err->line = c->ln->line;
        c->err->col = t->col;
        return 2;
    }
    if (op_mul(r, r, f, ctx))
        return model_error_set(c->err, c->ln->line, t->col,
                               "degree in the mean-field values is too high (at most %d)",
                               BMONO_MAX_DEG);
    return 0;
}

static int parse_power(op_t r, model_expr_ctx *c, int depth)
{
    const model_tok_t *e;
    op_t base;
    slong n, k;
    int st = 0;

    if (parse_primary(r, c, depth))
        return 2;
    if (!model_tok_is(peek(c), "^"))
        return 0;
    c->pos++;
    e = peek(c);
    if (e->type != TOK_NUM || !fmpz_is_one(fmpq_denref(e->num)) ||
        fmpz_cmp_ui(fmpq_numref(e->num), 16) > 0)
        return expect_fail(c, "an integer exponent 0..16 after '^'");
    n = fmpz_get_si(fmpq_numref(e->num));
    c->pos++;
    op_init(base, c->m->pctx);
    op_swap(base, r);
    {
        bpoly_t one;
        bpoly_init(one, c->m->pctx);
        bpoly_set_si(one, 1, c->m->pctx);
        op_set_scalar(r, one, c->m->pctx);
        bpoly_clear(one, c->m->pctx);
    }
    for (k = 0; k < n && st == 0; k++)
        st = mul_checked(r, base, c, e, "this power");
    op_clear(base, c->m->pctx);
    return st;
}

/* A chain of signs is a loop, not a recursion (100,000 minus signs must
   not need 100,000 stack frames), but counts towards the depth limit. */
static int parse_unary(op_t r, model_expr_ctx *c, int depth)
{
    int neg = 0;

    while (model_tok_is(peek(c), "-") || model_tok_is(peek(c), "+"))
    {
        if (++depth > c->m->limits.max[LIMIT_DEPTH])
            return depth_fail(c, peek(c));
        neg ^= model_tok_is(peek(c), "-");
        c->pos++;
    }
    if (parse_power(r, c, depth))
        return 2;
    if (neg)
        op_mul_phase(r, r, 2, c->m->pctx);
    return 0;
}

static int parse_product(op_t r, model_expr_ctx *c, int depth)
{
    const fmpq_mpoly_ctx_struct *ctx = c->m->pctx;
    op_t f;
    int status = 0;

    if (parse_unary(r, c, depth))
        return 2;
    op_init(f, ctx);
    while (status == 0)
    {
        const model_tok_t *t = peek(c);
        if (model_tok_is(t, "*"))
        {
            c->pos++;
            status = parse_unary(f, c, depth);
            if (status == 0)
                status = mul_checked(r, f, c, t, "this product");
        }
        else if (model_tok_is(t, "/"))
        {
            const model_tok_t *d;
            fmpq_t q;
            c->pos++;
            d = peek(c);
            if (c->m->nbody && model_tok_is(d, "N"))
            {
                /* 1/N is the extra generator of an N-body model's context */
                op_t inv;
                bpoly_t g;
                c->pos++;
                op_init(inv, ctx);
                bpoly_init(g, ctx);
                bpoly_set_param(g, c->m->nparams, ctx);
                op_set_scalar(inv, g, ctx);
                status = mul_checked(r, inv, c, d, "this division");
                bpoly_clear(g, ctx);
                op_clear(inv, ctx);
                continue;
            }
            if (d->type != TOK_NUM)
            {
                status = expect_fail(c, c->m->nbody ? "a number or N after '/' (division "
                                     "only by numbers and N)" : "a number after '/' "
                                     "(division only by numbers)");
                break;
            }
            if (fmpq_is_zero(d->num))
            {
                status = model_error_set(c->err, c->ln->line, d->col, "division by zero");
                break;
            }
            c->pos++;
            fmpq_init(q);
            fmpq_inv(q, d->num);
            op_scalar_mul_fmpq(r, r, q, ctx);
            fmpq_clear(q);
        }
        else
            break;
    }
    op_clear(f, ctx);
    return status;
}

static int parse_sum(op_t r, model_expr_ctx *c, int depth)
{
    const fmpq_mpoly_ctx_struct *ctx = c->m->pctx;
    op_t t;
    fmpq_t s;
    int status = 0, col = peek(c)->col;

    if (parse_product(r, c, depth))
        return 2;
    if (depth == 0)
        op_set_col(r, col);
    op_init(t, ctx);
    fmpq_init(s);
    while (model_tok_is(peek(c), "+") || model_tok_is(peek(c), "-"))
    {
        fmpq_set_si(s, model_tok_is(peek(c), "-") ? -1 : 1, 1);
        col = peek(c)->col;
        c->pos++;
        if ((status = parse_product(t, c, depth)) != 0)
            break;
        if (depth == 0)
            op_set_col(t, col);
        op_addmul_fmpq(r, t, s, ctx);
    }
    op_clear(t, ctx);
    fmpq_clear(s);
    return status;
}

int model_expr_parse(op_t r, model_expr_ctx *c, const char *stop_syms)
{
    const model_tok_t *t;

    if (peek(c)->type == TOK_END || (peek(c)->type == TOK_SYM && peek(c)->len == 1 &&
                                     strchr(stop_syms, peek(c)->text[0])))
        return expect_fail(c, "an expression");
    if (parse_sum(r, c, 0))
        return 2;
    t = peek(c);
    if (t->type == TOK_END || (t->type == TOK_SYM && strchr(stop_syms, t->text[0])))
        return 0;
    if (model_tok_is(t, ")"))
        return model_error_set(c->err, c->ln->line, t->col, "unbalanced ')': no '(' to close");
    if (stop_syms[0] != '\0')
    {
        char what[64];
        snprintf(what, sizeof what, "'+', '-', '*', '/' or '%c'", stop_syms[0]);
        return expect_fail(c, what);
    }
    return expect_fail(c, "'+', '-', '*', '/' or the end of the expression");
}
