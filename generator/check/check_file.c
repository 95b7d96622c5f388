#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "check_internal.h"
#include "alloc.h"

static char *dup_tok(const model_tok_t *t)
{
    char *s = blochgen_malloc(t->len + 1);

    memcpy(s, t->text, t->len);
    s[t->len] = '\0';
    return s;
}

static int is_kw(const model_line_t *ln, const char *kw)
{
    return ln->ntok > 0 && model_tok_is(ln->tok, kw);
}

static int known_name(const check_ctx *c, const model_tok_t *t)
{
    slong k;

    for (k = 0; k < c->d->m->nparams; k++)
        if (model_tok_is(t, c->d->m->params[k]))
            return 1;
    for (k = 0; k < c->nsym; k++)
        if (model_tok_is(t, c->sym[k]))
            return 1;
    return 0;
}

/* Pass 1: names of aliases and lets, and the new symbols of subs lines. */
static void collect_names(check_ctx *c, const model_line_t *lines, int n, char ***alias_names,
                          slong *nalias_names, char ***let_names, slong *nlet_names)
{
    int k, j;

    for (k = 0; k < n; k++)
    {
        const model_line_t *ln = lines + k;
        if ((is_kw(ln, "alias") || is_kw(ln, "let")) && ln->ntok > 1 &&
            ln->tok[1].type == TOK_IDENT)
        {
            char ***v = is_kw(ln, "alias") ? alias_names : let_names;
            slong *nv = is_kw(ln, "alias") ? nalias_names : nlet_names;
            *v = blochgen_realloc(*v, (*nv + 1) * sizeof(char *));
            (*v)[(*nv)++] = dup_tok(ln->tok + 1);
        }
    }
    for (k = 0; k < n; k++)
    {
        const model_line_t *ln = lines + k;
        if (!is_kw(ln, "subs"))
            continue;
        for (j = 1; j < ln->ntok; j++)
        {
            const model_tok_t *t = ln->tok + j;
            slong a;
            int other = 0;
            if (t->type != TOK_IDENT || model_tok_is(ln->tok + j + 1, "=") || known_name(c, t))
                continue;
            for (a = 0; a < *nalias_names; a++)
                other |= model_tok_is(t, (*alias_names)[a]);
            for (a = 0; a < *nlet_names; a++)
                other |= model_tok_is(t, (*let_names)[a]);
            if (!other && c->nsym < CHECK_MAX_NAMES)
                c->sym[c->nsym++] = dup_tok(t);
        }
    }
}

/* Compares gen with hand and prints a disagreement: 0, or 2 with err set
   at (line, 1) if the difference would exceed the limits. */
static int report(check_ctx *c, int line, const char *what, const fmpz_mpoly_q_t gen,
                  const fmpz_mpoly_q_t hand, model_error_t *err)
{
    fmpz_mpoly_q_t diff;
    char *num, *den, msg[MODEL_MSG_MAX];

    if (check_limit_add(msg, sizeof msg, gen, hand, c, "generator - hand"))
        return model_error_set(err, line, 1, "%s", msg);
    fmpz_mpoly_q_init(diff, c->ctx);
    fmpz_mpoly_q_sub(diff, gen, hand, c->ctx);
    if (fmpz_mpoly_q_is_zero(diff, c->ctx))
        c->agree++;
    else
    {
        c->disagree++;
        num = fmpz_mpoly_get_str_pretty(fmpz_mpoly_q_numref(diff), (const char **) c->names,
                                        c->ctx);
        den = fmpz_mpoly_get_str_pretty(fmpz_mpoly_q_denref(diff), (const char **) c->names,
                                        c->ctx);
        printf("%s:%d: %s disagrees: generator - hand = (%s)/(%s)\n", c->file, line, what, num,
               den);
        flint_free(num);
        flint_free(den);
    }
    fmpz_mpoly_q_clear(diff, c->ctx);
    return 0;
}

static void obs_label(char *buf, size_t size, const check_ctx *c, slong v)
{
    snprintf(buf, size, "%s", c->names[c->d->m->nparams + c->nsym + v]);
}

/* the Jacobian entry (row, col) at the symmetric state, mapped: 0, or 2
   with a message in msg (MODEL_MSG_MAX bytes) */
static int jac_at_symmetric(fmpz_mpoly_q_t r, const check_ctx *c, slong row, slong col,
                            char *msg)
{
    const bpoly_struct *e = derive_jac_entry(c->d, row, col);
    fmpz_mpoly_q_t q;
    int st;

    fmpz_mpoly_q_zero(r, c->ctx);
    if (e == NULL)
        return 0;
    fmpz_mpoly_q_init(q, c->d->m->pctx->zctx);
    st = derive_bpoly_eval_q(q, e, c->d->sym, c->d, &c->d->m->limits, msg);
    if (st == 0)
        st = check_map_param_q(r, q, c, msg);
    fmpz_mpoly_q_clear(q, c->d->m->pctx->zctx);
    return st;
}

static int need_symmetric(check_ctx *c, const model_line_t *ln, model_error_t *err)
{
    if (c->d->sym_status == SYM_CLOSED_FORM)
        return 0;
    return model_error_set(err, ln->line, 1, "this statement needs the closed-form symmetric "
                           "state, which the model does not have");
}

static int stmt_alias(check_ctx *c, const model_line_t *ln, model_error_t *err)
{
    int pos = 3;
    slong v;

    if (ln->tok[1].type != TOK_IDENT || !model_tok_is(ln->tok + 2, "="))
        return model_error_set(err, ln->line, ln->tok[1].col, "expected 'alias NAME = <P>'");
    if ((v = check_observable(c, ln, &pos, err)) < 0)
        return 2;
    if (ln->tok[pos].type != TOK_END)
        return model_error_set(err, ln->line, ln->tok[pos].col, "expected end of line");
    if (c->nalias >= CHECK_MAX_NAMES)
        return model_error_set(err, ln->line, 1, "too many aliases (at most %d)",
                               CHECK_MAX_NAMES);
    c->alias[c->nalias] = dup_tok(ln->tok + 1);
    c->alias_var[c->nalias++] = v;
    free(c->names[c->d->m->nparams + c->nsym + v]);
    c->names[c->d->m->nparams + c->nsym + v] = dup_tok(ln->tok + 1);
    return 0;
}

static int stmt_subs(check_ctx *c, const model_line_t *ln, model_error_t *err)
{
    int pos = 1;
    fmpz_mpoly_q_t v;
    int st = 0;

    fmpz_mpoly_q_init(v, c->ctx);
    while (st == 0 && ln->tok[pos].type != TOK_END)
    {
        slong k, np = c->d->m->nparams;
        for (k = 0; k < np; k++)
            if (model_tok_is(ln->tok + pos, c->d->m->params[k]))
                break;
        if (k == np || !model_tok_is(ln->tok + pos + 1, "="))
        {
            st = model_error_set(err, ln->line, ln->tok[pos].col,
                                 "expected PARAM = EXPR with a parameter of the model");
            break;
        }
        pos += 2;
        if ((st = check_expr(v, c, ln, &pos, ",", err)) != 0)
            break;
        fmpz_mpoly_q_set(c->par_value + k, v, c->ctx);
        if (model_tok_is(ln->tok + pos, ","))
            pos++;
    }
    fmpz_mpoly_q_clear(v, c->ctx);
    return st;
}

static int stmt_let(check_ctx *c, const model_line_t *ln, model_error_t *err)
{
    int pos = 3;

    if (ln->tok[1].type != TOK_IDENT || !model_tok_is(ln->tok + 2, "="))
        return model_error_set(err, ln->line, ln->tok[1].col, "expected 'let NAME = EXPR'");
    if (c->nlet >= CHECK_MAX_NAMES)
        return model_error_set(err, ln->line, 1, "too many let definitions (at most %d)",
                               CHECK_MAX_NAMES);
    fmpz_mpoly_q_init(c->let_value + c->nlet, c->ctx);
    if (check_expr(c->let_value + c->nlet, c, ln, &pos, "", err))
    {
        fmpz_mpoly_q_clear(c->let_value + c->nlet, c->ctx);
        return 2;
    }
    c->let[c->nlet++] = dup_tok(ln->tok + 1);
    return 0;
}

/* ddt OBS = EXPR, steady OBS = EXPR, jacobian OBS, OBS = EXPR */
static int stmt_compare(check_ctx *c, const model_line_t *ln, model_error_t *err)
{
    int pos = 1, st = 0, kind = is_kw(ln, "ddt") ? 0 : is_kw(ln, "steady") ? 1 : 2;
    slong row, col = -1;
    fmpz_mpoly_q_t gen, hand;
    char what[512], a[128], b[128], msg[MODEL_MSG_MAX];

    if (kind > 0 && need_symmetric(c, ln, err))
        return 2;
    if ((row = check_observable(c, ln, &pos, err)) < 0)
        return 2;
    if (kind == 2)
    {
        if (!model_tok_is(ln->tok + pos, ","))
            return model_error_set(err, ln->line, ln->tok[pos].col, "expected ', COLUMN'");
        pos++;
        if ((col = check_observable(c, ln, &pos, err)) < 0)
            return 2;
    }
    if (!model_tok_is(ln->tok + pos, "="))
        return model_error_set(err, ln->line, ln->tok[pos].col, "expected '='");
    pos++;
    fmpz_mpoly_q_init(gen, c->ctx);
    fmpz_mpoly_q_init(hand, c->ctx);
    if ((st = check_expr(hand, c, ln, &pos, "", err)) == 0)
    {
        obs_label(a, sizeof a, c, row);
        if (kind == 0)
        {
            st = check_map_bpoly(gen, c->d->rhs + row, c, msg);
            snprintf(what, sizeof what, "d %s/dt", a);
            c->ddt_listed[row] = 1;
        }
        else if (kind == 1)
        {
            st = check_map_param_q(gen, c->d->sym + row, c, msg);
            snprintf(what, sizeof what, "symmetric %s", a);
        }
        else
        {
            obs_label(b, sizeof b, c, col);
            st = jac_at_symmetric(gen, c, row, col, msg);
            snprintf(what, sizeof what, "J[%s, %s] at the symmetric state", a, b);
            c->jac_listed[row * c->d->n + col] = 1;
        }
        if (st != 0)
            st = model_error_set(err, ln->line, 1, "%s", msg);
        else
            st = report(c, ln->line, what, gen, hand, err);
    }
    fmpz_mpoly_q_clear(gen, c->ctx);
    fmpz_mpoly_q_clear(hand, c->ctx);
    return st;
}

/* boundary_factor EXPR: the boundary polynomial (after substitutions) is
   divisible by the numerator of EXPR. */
static int stmt_boundary(check_ctx *c, const model_line_t *ln, model_error_t *err)
{
    fmpz_mpoly_q_t b, f;
    fmpz_mpoly_t quo;
    char msg[MODEL_MSG_MAX];
    int pos = 1, st;

    if (!c->d->has_boundary)
        return model_error_set(err, ln->line, 1, "the model has no boundary polynomial");
    fmpz_mpoly_q_init(b, c->ctx);
    fmpz_mpoly_q_init(f, c->ctx);
    fmpz_mpoly_init(quo, c->ctx);
    if ((st = check_expr(f, c, ln, &pos, "", err)) == 0 &&
        (st = check_map_param_poly(b, c->d->boundary, c, msg)) != 0)
        st = model_error_set(err, ln->line, 1, "%s", msg);
    else if (st == 0)
    {
        if (!fmpz_mpoly_q_is_zero(f, c->ctx) &&
            fmpz_mpoly_divides(quo, fmpz_mpoly_q_numref(b), fmpz_mpoly_q_numref(f), c->ctx))
            c->agree++;
        else
        {
            char *s = fmpz_mpoly_get_str_pretty(fmpz_mpoly_q_numref(f), (const char **) c->names,
                                                c->ctx);
            c->disagree++;
            printf("%s:%d: the boundary polynomial is not divisible by %s\n", c->file, ln->line, s);
            flint_free(s);
        }
    }
    fmpz_mpoly_clear(quo, c->ctx);
    fmpz_mpoly_q_clear(b, c->ctx);
    fmpz_mpoly_q_clear(f, c->ctx);
    return st;
}

static int final_checks(check_ctx *c, model_error_t *err)
{
    slong n = c->d->n, i, j;
    fmpz_mpoly_q_t gen, zero;
    char what[512], a[128], b[128], msg[MODEL_MSG_MAX];
    int st = 0;

    fmpz_mpoly_q_init(gen, c->ctx);
    fmpz_mpoly_q_init(zero, c->ctx);
    for (i = 0; i < n && c->ddt_complete_line; i++)
        if (!c->ddt_listed[i])
        {
            obs_label(a, sizeof a, c, i);
            printf("%s:%d: d %s/dt is not stated ('ddt complete')\n", c->file,
                   c->ddt_complete_line, a);
            c->disagree++;
        }
    for (i = 0; i < n && c->jac_complete_line && st == 0; i++)
        for (j = 0; j < n && st == 0; j++)
        {
            if (c->jac_listed[i * n + j])
                continue;
            if (jac_at_symmetric(gen, c, i, j, msg))
            {
                st = model_error_set(err, c->jac_complete_line, 1, "%s", msg);
                break;
            }
            obs_label(a, sizeof a, c, i);
            obs_label(b, sizeof b, c, j);
            snprintf(what, sizeof what, "unlisted J[%s, %s] (stated zero by 'jacobian complete')",
                     a, b);
            if (!fmpz_mpoly_q_is_zero(gen, c->ctx))
                st = report(c, c->jac_complete_line, what, gen, zero, err);
        }
    fmpz_mpoly_q_clear(gen, c->ctx);
    fmpz_mpoly_q_clear(zero, c->ctx);
    return st;
}

static int run_statements(check_ctx *c, const model_line_t *lines, int n, model_error_t *err)
{
    int k, st = 0;

    for (k = 0; k < n && st == 0; k++)
    {
        const model_line_t *ln = lines + k;
        if (ln->ntok == 0)
            continue;
        if (is_kw(ln, "alias"))
            st = stmt_alias(c, ln, err);
        else if (is_kw(ln, "subs"))
            st = stmt_subs(c, ln, err);
        else if (is_kw(ln, "let"))
            st = stmt_let(c, ln, err);
        else if ((is_kw(ln, "ddt") || is_kw(ln, "jacobian")) && model_tok_is(ln->tok + 1, "complete"))
        {
            if (is_kw(ln, "ddt"))
                c->ddt_complete_line = ln->line;
            else if ((st = need_symmetric(c, ln, err)) == 0)
                c->jac_complete_line = ln->line;
        }
        else if (is_kw(ln, "ddt") || is_kw(ln, "steady") || is_kw(ln, "jacobian"))
            st = stmt_compare(c, ln, err);
        else if (is_kw(ln, "boundary_factor"))
            st = stmt_boundary(c, ln, err);
        else
            st = model_error_set(err, ln->line, ln->tok[0].col, "unknown statement (expected "
                                 "alias, subs, let, ddt, steady, jacobian or boundary_factor)");
    }
    if (st == 0)
        st = final_checks(c, err);
    return st;
}

static void check_ctx_init(check_ctx *c, const char *file, const derive_struct *d)
{
    memset(c, 0, sizeof(*c));
    c->file = file;
    c->d = d;
}

/* After pass 1: the ring and the default names and substitutions. */
static void check_ctx_setup(check_ctx *c)
{
    const derive_struct *d = c->d;
    slong np = d->m->nparams, nv = np + c->nsym + d->n, k;
    char name[160];

    fmpz_mpoly_ctx_init(c->ctx, nv, ORD_LEX);
    c->names = blochgen_malloc(nv * sizeof(char *));
    for (k = 0; k < nv; k++)
    {
        if (k < np)
            snprintf(name, sizeof name, "%s", d->m->params[k]);
        else if (k < np + c->nsym)
            snprintf(name, sizeof name, "%s", c->sym[k - np]);
        else
        {
            char pn[128];
            model_obs_name(pn, sizeof pn, d->m, k - np - c->nsym);
            snprintf(name, sizeof name, "<%s>", pn);
        }
        c->names[k] = blochgen_malloc(strlen(name) + 1);
        strcpy(c->names[k], name);
    }
    c->par_value = blochgen_malloc((np + 1) * sizeof(fmpz_mpoly_q_struct));
    for (k = 0; k < np; k++)
    {
        fmpz_mpoly_q_init(c->par_value + k, c->ctx);
        fmpz_mpoly_q_gen(c->par_value + k, k, c->ctx);
    }
    c->let_value = blochgen_malloc(CHECK_MAX_NAMES * sizeof(fmpz_mpoly_q_struct));
    c->jac_listed = blochgen_calloc(d->n * d->n + 1, 1);
    c->ddt_listed = blochgen_calloc(d->n + 1, 1);
}

static void check_ctx_clear(check_ctx *c, int setup)
{
    slong np = c->d->m->nparams, k;

    if (setup)
    {
        for (k = 0; k < np + c->nsym + c->d->n; k++)
            free(c->names[k]);
        free(c->names);
        for (k = 0; k < np; k++)
            fmpz_mpoly_q_clear(c->par_value + k, c->ctx);
        free(c->par_value);
        for (k = 0; k < c->nlet; k++)
            fmpz_mpoly_q_clear(c->let_value + k, c->ctx);
        free(c->let_value);
        free(c->jac_listed);
        free(c->ddt_listed);
        fmpz_mpoly_ctx_clear(c->ctx);
    }
    for (k = 0; k < c->nsym; k++)
        free(c->sym[k]);
    for (k = 0; k < c->nalias; k++)
        free(c->alias[k]);
    for (k = 0; k < c->nlet; k++)
        free(c->let[k]);
}

static void free_names(char **v, slong n)
{
    slong k;

    for (k = 0; k < n; k++)
        free(v[k]);
    free(v);
}

int check_hand(const derive_struct *d, const char *hand_path, const char *text, size_t len)
{
    check_ctx c;
    model_line_t *lines = NULL;
    model_error_t err;
    char **an = NULL, **ln = NULL;
    slong nan = 0, nln = 0;
    double formed = 0;
    int n = 0, k, st, setup = 0;

    check_ctx_init(&c, hand_path, d);
    c.formed = &formed;
    if (d->n > 1023)
    {
        fprintf(stderr, "%s: check supports models of at most 5 sites\n", hand_path);
        return 2;
    }
    if ((st = model_lex_text(&lines, &n, text, len, &err)) == 0)
    {
        collect_names(&c, lines, n, &an, &nan, &ln, &nln);
        check_ctx_setup(&c);
        setup = 1;
        st = run_statements(&c, lines, n, &err);
    }
    if (st == 2)
        fprintf(stderr, "%s:%d:%d: %s\n", hand_path, err.line, err.col, err.msg);
    if (st == 0)
    {
        printf("%s: %ld statement(s) agree, %ld disagree\n", hand_path, (long) c.agree,
               (long) c.disagree);
        st = c.disagree ? 1 : 0;
    }
    for (k = 0; k < n; k++)
        model_line_clear(lines + k);
    free(lines);
    free_names(an, nan);
    free_names(ln, nln);
    check_ctx_clear(&c, setup);
    return st;
}

int check_file(const char *model_path, const char *hand_path, const limit_struct *lim)
{
    model_t m;
    derive_t d;
    char *text;
    size_t len;
    int st;

    if ((st = model_load(m, model_path, lim)) != 0)
        return st;
    if ((st = model_refuse_dm_only(m, "check")) != 0)
    {
        model_clear(m);
        return st;
    }
    if (m->has_perm)
    {
        /* a hand file's <P> are Pauli observables; the derivation's
           variables are the adapted ones */
        fprintf(stderr, "%s: blochgen check compares equations in the Pauli observables, but "
                "the 'swap' in the symmetry changes the variables to symmetry-adapted ones; "
                "check the model without the swap\n", m->file);
        model_clear(m);
        return 2;
    }
    if ((st = derive_all(d, m)) != 0)
    {
        derive_clear(d);
        model_clear(m);
        return st;
    }
    text = model_read_text(hand_path, &len);
    if (text == NULL)
    {
        fprintf(stderr, "%s: cannot read hand file: %s\n", hand_path, strerror(errno));
        st = 2;
    }
    else
        st = check_hand(d, hand_path, text, len);
    free(text);
    derive_clear(d);
    model_clear(m);
    return st;
}
