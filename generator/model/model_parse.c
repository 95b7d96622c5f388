#define _POSIX_C_SOURCE 200809L
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "model_expr.h"
#include "alloc.h"

/* Parsing runs in two passes over the lines: the declarations (model,
   sites, params) first, so that expressions may come in any order. */

typedef struct
{
    const char *text;
    int len;
    int line;
} line_span;

static int is_keyword_line(const model_line_t *ln, const char *kw)
{
    return ln->ntok > 0 && ln->tok[0].type == TOK_IDENT && model_tok_is(ln->tok, kw);
}

static int parse_ident_name(char *buf, size_t size, const model_line_t *ln, int k,
                            const char *what, model_error_t *err)
{
    const model_tok_t *t = ln->tok + k;
    char d[64];

    if (t->type != TOK_IDENT)
    {
        model_tok_desc(d, sizeof d, t);
        return model_error_set(err, ln->line, t->col, "expected %s (an identifier), got %s",
                               what, d);
    }
    if ((size_t) t->len >= size)
        return model_error_set(err, ln->line, t->col, "%s is too long (at most %d characters)",
                               what, (int) size - 1);
    memcpy(buf, t->text, t->len);
    buf[t->len] = '\0';
    return 0;
}

static int expect_end(const model_line_t *ln, int k, const char *after, model_error_t *err)
{
    char d[64];

    if (ln->tok[k].type == TOK_END)
        return 0;
    model_tok_desc(d, sizeof d, ln->tok + k);
    return model_error_set(err, ln->line, ln->tok[k].col, "expected end of line after %s, got %s",
                           after, d);
}

static int stmt_model(model_t m, const model_line_t *ln, model_error_t *err)
{
    if (m->name[0])
        return model_error_set(err, ln->line, 1, "duplicate 'model' statement");
    if (parse_ident_name(m->name, sizeof m->name, ln, 1, "a model name", err))
        return 2;
    if (model_name_is_reserved(m->name))
        return model_error_set(err, ln->line, ln->tok[1].col,
                               "model name '%s' is reserved (expected another C identifier)",
                               m->name);
    return expect_end(ln, 2, "the model name", err);
}

static int stmt_sites(model_t m, const model_line_t *ln, model_error_t *err)
{
    const model_tok_t *t = ln->tok + 1;

    if (m->sites)
        return model_error_set(err, ln->line, 1, "duplicate 'sites' statement");
    if (t->type != TOK_NUM || !fmpz_is_one(fmpq_denref(t->num)) ||
        fmpz_cmp_ui(fmpq_numref(t->num), 1) < 0 ||
        fmpz_cmp_ui(fmpq_numref(t->num), PAULI_MAX_SITES) > 0)
    {
        char d[64];
        model_tok_desc(d, sizeof d, t);
        return model_error_set(err, ln->line, t->col,
                               "expected the number of sites, an integer 1..%d, got %s",
                               PAULI_MAX_SITES, d);
    }
    m->sites = (int) fmpz_get_si(fmpq_numref(t->num));
    return expect_end(ln, 2, "the number of sites", err);
}

static int stmt_params(model_t m, const model_line_t *ln, model_error_t *err)
{
    int k;

    if (m->params != NULL)
        return model_error_set(err, ln->line, 1, "duplicate 'params' statement");
    m->params = blochgen_calloc(ln->ntok + 1, sizeof(char *));
    for (k = 1; k < ln->ntok; k++)
    {
        char name[MODEL_NAME_MAX];
        slong j;

        if (model_tok_is(ln->tok + k, ","))
            continue;
        if (parse_ident_name(name, sizeof name, ln, k, "a parameter name", err))
            return 2;
        if (model_name_is_reserved(name))
            return model_error_set(err, ln->line, ln->tok[k].col,
                                   "parameter name '%s' is reserved (operators, keywords, "
                                   "C keywords and the prefixes bg_, arb_, acb_ are taken)",
                                   name);
        if (strcmp(name, "N") == 0)
            return model_error_set(err, ln->line, ln->tok[k].col,
                                   "parameter name 'N' is reserved: N is the number of "
                                   "sites of an N-body model (docs/cumulants.md)");
        for (j = 0; j < m->nparams; j++)
            if (strcmp(m->params[j], name) == 0)
                return model_error_set(err, ln->line, ln->tok[k].col,
                                       "duplicate parameter name '%s'", name);
        m->params[m->nparams] = blochgen_malloc(strlen(name) + 1);
        strcpy(m->params[m->nparams++], name);
    }
    return 0;
}

static int stmt_hamiltonian(model_t m, const model_line_t *ln, model_error_t *err)
{
    model_expr_ctx c = {m, ln, 1, EXPR_ALLOW_OPS | EXPR_ALLOW_MF | EXPR_ALLOW_I,
                        "the Hamiltonian", err, &m->formed};
    slong k;

    if (m->ham_line)
        return model_error_set(err, ln->line, 1, "duplicate 'hamiltonian' statement "
                               "(the first is on line %d; write one sum)", m->ham_line);
    m->ham_line = ln->line;
    if (model_expr_parse(m->ham, &c, ""))
        return 2;
    for (k = 0; k < m->ham->length; k++)
    {
        const op_term_struct *t = m->ham->terms + k;
        if (!bpoly_is_zero(t->im))
        {
            char name[128];
            pauli_name(name, sizeof name, t->pauli, m->sites, "*");
            return model_error_set(err, ln->line, t->col ? t->col : 1,
                                   "non-Hermitian Hamiltonian: the coefficient of %s "
                                   "in this term is not real (expected a Hermitian "
                                   "operator)", name);
        }
    }
    return 0;
}

static int stmt_jump(model_t m, const model_line_t *ln, int collective, model_error_t *err)
{
    model_expr_ctx rc = {m, ln, 1, 0, "a rate", err, &m->formed};
    model_expr_ctx lc = {m, ln, 0, EXPR_ALLOW_OPS | EXPR_ALLOW_MF | EXPR_ALLOW_I,
                         "a jump operator", err, &m->formed};
    model_jump_struct *j;
    op_t rate;
    int status;

    m->jumps = blochgen_realloc(m->jumps, (m->njumps + 1) * sizeof(model_jump_struct));
    j = m->jumps + m->njumps++;
    bpoly_init(j->rate, m->pctx);
    op_init(j->L, m->pctx);
    j->collective = collective;
    j->line = ln->line;
    op_init(rate, m->pctx);
    status = model_expr_parse(rate, &rc, ":");
    if (status == 0 && !model_tok_is(ln->tok + rc.pos, ":"))
    {
        status = model_error_set(err, ln->line, ln->tok[rc.pos].col,
                                 "expected ':' between the rate and the jump operator");
    }
    if (status == 0)
    {
        if (rate->length == 1)
            bpoly_set(j->rate, rate->terms[0].re, m->pctx);
        lc.pos = rc.pos + 1;
        status = model_expr_parse(j->L, &lc, "");
    }
    if (status == 0 && j->L->length == 0)
        status = model_error_set(err, ln->line, ln->tok[rc.pos + 1].col,
                                 "the jump operator is zero");
    op_clear(rate, m->pctx);
    return status;
}

/* End (exclusive) of one operand of `pairs` starting at token k: signs,
   then primaries joined by '*', '/' and '^'. */
static int operand_end(const model_line_t *ln, int k)
{
    while (k < ln->ntok && (model_tok_is(ln->tok + k, "-") || model_tok_is(ln->tok + k, "+")))
        k++;
    while (k < ln->ntok)
    {
        if (model_tok_is(ln->tok + k, "(") || model_tok_is(ln->tok + k, "<"))
        {
            const char *close = model_tok_is(ln->tok + k, "(") ? ")" : ">";
            int depth = 0;
            for (; k < ln->ntok; k++)
            {
                if (model_tok_is(ln->tok + k, "(") || model_tok_is(ln->tok + k, "<"))
                    depth++;
                else if (model_tok_is(ln->tok + k, ")") || model_tok_is(ln->tok + k, ">"))
                    depth--;
                if (depth == 0 && model_tok_is(ln->tok + k, close))
                    break;
            }
        }
        k++;
        if (k < ln->ntok && (model_tok_is(ln->tok + k, "*") || model_tok_is(ln->tok + k, "/") ||
                             model_tok_is(ln->tok + k, "^")))
            k++;
        else
            break;
    }
    return k;
}

/* Parses tokens [a, b) of ln as an operator. */
static int parse_operand(op_t r, model_t m, const model_line_t *ln, int a, int b,
                         const char *what, model_error_t *err)
{
    model_tok_t *tok = blochgen_malloc((b - a + 1) * sizeof(model_tok_t));
    model_line_t sub;
    model_expr_ctx c = {m, &sub, 0, EXPR_ALLOW_OPS | EXPR_ALLOW_I, what, err, &m->formed};
    int st;

    memcpy(tok, ln->tok + a, (b - a) * sizeof(model_tok_t));
    tok[b - a] = ln->tok[ln->ntok];     /* the END token */
    tok[b - a].col = b < ln->ntok ? ln->tok[b].col : ln->tok[ln->ntok].col;
    sub.tok = tok;
    sub.ntok = b - a;
    sub.line = ln->line;
    st = model_expr_parse(r, &c, "");
    free(tok);
    return st;
}

static int stmt_pairs(model_t m, const model_line_t *ln, model_error_t *err)
{
    model_expr_ctx rc = {m, ln, 1, 0, "a rate", err, &m->formed};
    model_pairs_struct *p;
    op_t rate, sym, t, ra;
    int st, a, b, e;
    slong k;

    m->pairs = blochgen_realloc(m->pairs, (m->npairs + 1) * sizeof(model_pairs_struct));
    p = m->pairs + m->npairs++;
    bpoly_init(p->rate, m->pctx);
    op_init(p->A, m->pctx);
    op_init(p->B, m->pctx);
    p->line = ln->line;
    op_init(rate, m->pctx);
    st = model_expr_parse(rate, &rc, ":");
    if (st == 0 && !model_tok_is(ln->tok + rc.pos, ":"))
        st = model_error_set(err, ln->line, ln->tok[rc.pos].col,
                             "expected ':' between the rate and the operators A B");
    if (st == 0 && rate->length == 1)
        bpoly_set(p->rate, rate->terms[0].re, m->pctx);
    op_clear(rate, m->pctx);
    if (st)
        return st;
    a = rc.pos + 1;
    b = operand_end(ln, a);
    e = operand_end(ln, b);
    if (a == ln->ntok || b == ln->ntok)
        return model_error_set(err, ln->line, ln->tok[ln->ntok].col,
                               "expected two single-site operators A B after ':' "
                               "(pairs RATE : A B adds RATE * sum_{i != j} A_i B_j)");
    if (e < ln->ntok)
        return model_error_set(err, ln->line, ln->tok[e].col,
                               "a pairs operator is a single-site operator, and a pairs "
                               "term has two of them (A B); this would be a third site");
    if ((st = parse_operand(p->A, m, ln, a, b, "a pairs operator", err)) ||
        (st = parse_operand(p->B, m, ln, b, e, "a pairs operator", err)))
        return st;
    if (p->A->length == 0 || p->B->length == 0)
        return model_error_set(err, ln->line, ln->tok[p->A->length == 0 ? a : b].col,
                               "the pairs operator is zero");
    if (2 * m->sites > PAULI_MAX_SITES)
        return model_error_set(err, ln->line, 1, "pairs needs at most %d spins per site",
                               PAULI_MAX_SITES / 2);
    /* Hermitian: RATE (A_1 B_2 + B_1 A_2), the sum's terms on two sites */
    op_init(sym, m->pctx), op_init(t, m->pctx), op_init(ra, m->pctx);
    for (k = 0; k < 2 && st == 0; k++)
    {
        op_t x, y;
        op_init(x, m->pctx), op_init(y, m->pctx);
        model_nbody_embed(x, k ? p->B : p->A, 0, m);
        model_nbody_embed(y, k ? p->A : p->B, 1, m);
        if (op_mul(t, x, y, m->pctx))
            st = 1;
        else
        {
            fmpq_t one;
            fmpq_init(one), fmpq_one(one);
            op_addmul_fmpq(sym, t, one, m->pctx);
            fmpq_clear(one);
        }
        op_clear(x, m->pctx), op_clear(y, m->pctx);
    }
    op_set_scalar(ra, p->rate, m->pctx);
    if (st == 0 && op_mul(sym, sym, ra, m->pctx))
        st = 1;
    for (k = 0; k < sym->length && st == 0; k++)
        if (!bpoly_is_zero(sym->terms[k].im))
        {
            char name[128];
            pauli_name(name, sizeof name, sym->terms[k].pauli, 2 * m->sites, "*");
            st = model_error_set(err, ln->line, ln->tok[a].col,
                                 "non-Hermitian pairs term: the coefficient of %s in "
                                 "RATE*(A_1*B_2 + B_1*A_2) is not real (expected a Hermitian "
                                 "operator; sites of the cluster renumbered: the second "
                                 "site's spins follow the first's)", name);
        }
    if (st == 1)
        st = model_error_set(err, ln->line, ln->tok[a].col, "this pairs term is too large");
    op_clear(sym, m->pctx), op_clear(t, m->pctx), op_clear(ra, m->pctx);
    return st;
}

static int stmt_thermal(model_t m, const model_line_t *ln, model_error_t *err)
{
    const model_tok_t *t = ln->tok + 1;
    char d[64];
    slong k;

    if (m->thermal_line)
        return model_error_set(err, ln->line, 1, "duplicate 'thermal' statement");
    m->thermal_line = ln->line;
    model_tok_desc(d, sizeof d, t);
    if (t->type != TOK_IDENT)
        return model_error_set(err, ln->line, t->col, "expected the temperature parameter "
                               "(a name declared by 'params'), got %s", d);
    for (k = 0; k < m->nparams; k++)
        if ((size_t) t->len == strlen(m->params[k]) &&
            strncmp(t->text, m->params[k], t->len) == 0)
            break;
    if (k == m->nparams)
        return model_error_set(err, ln->line, t->col, "unknown parameter %s (expected the "
                               "temperature parameter, declared by 'params')", d);
    m->thermal_param = k;
    return expect_end(ln, 2, "the temperature parameter", err);
}

/* A level number: an integer 0 .. 2^sites - 1. */
static int level_number(int *lev, const model_struct *m, const model_line_t *ln, int k,
                        model_error_t *err)
{
    const model_tok_t *t = ln->tok + k;
    slong nlev = (slong) 1 << m->sites;
    char d[64];

    if (t->type != TOK_NUM || !fmpz_is_one(fmpq_denref(t->num)))
    {
        model_tok_desc(d, sizeof d, t);
        return model_error_set(err, ln->line, t->col, "expected a level pair n-m (two level "
                               "numbers joined by '-', e.g. 0-2), got %s", d);
    }
    if (fmpz_cmp_si(fmpq_numref(t->num), nlev) >= 0)
        return model_error_set(err, ln->line, t->col, "level %.*s is out of range (expected "
                               "0..%ld: %d site(s) have %ld levels)", t->len, t->text,
                               (long) (nlev - 1), m->sites, (long) nlev);
    *lev = (int) fmpz_get_si(fmpq_numref(t->num));
    return 0;
}

/* One pair n-m at token k; appends it with the rate. */
static int level_pair(model_t m, const model_line_t *ln, int k, const bpoly_t rate,
                      model_error_t *err)
{
    model_level_struct *lv;
    int n, mm;
    slong j;

    if (level_number(&n, m, ln, k, err))
        return 2;
    if (!model_tok_is(ln->tok + k + 1, "-"))
    {
        char d[64];
        model_tok_desc(d, sizeof d, ln->tok + k + 1);
        return model_error_set(err, ln->line, ln->tok[k + 1].col, "expected '-' in the "
                               "level pair (e.g. 0-2), got %s", d);
    }
    if (level_number(&mm, m, ln, k + 2, err))
        return 2;
    if (n >= mm)
        return model_error_set(err, ln->line, ln->tok[k].col, "level pair %d-%d: expected "
                               "n < m (the lower level first, e.g. %d-%d)", n, mm,
                               n < mm ? n : mm, n < mm ? mm : n);
    for (j = 0; j < m->nlevels; j++)
        if (m->levels[j].n == n && m->levels[j].m == mm)
            return model_error_set(err, ln->line, ln->tok[k].col, "duplicate level pair "
                                   "%d-%d (already given on line %d)", n, mm,
                                   m->levels[j].line);
    m->levels = blochgen_realloc(m->levels, (m->nlevels + 1) * sizeof(model_level_struct));
    lv = m->levels + m->nlevels++;
    bpoly_init(lv->rate, m->pctx);
    bpoly_set(lv->rate, rate, m->pctx);
    lv->n = n;
    lv->m = mm;
    lv->line = ln->line;
    lv->col = ln->tok[k].col;
    return 0;
}

static int stmt_levels(model_t m, const model_line_t *ln, model_error_t *err)
{
    model_expr_ctx rc = {m, ln, 1, 0, "a rate", err, &m->formed};
    op_t rate;
    bpoly_t r;
    int status, k, npairs = 0;

    op_init(rate, m->pctx);
    bpoly_init(r, m->pctx);
    status = model_expr_parse(rate, &rc, ":");
    if (status == 0 && !model_tok_is(ln->tok + rc.pos, ":"))
        status = model_error_set(err, ln->line, ln->tok[rc.pos].col,
                                 "expected ':' between the rate and the level pairs");
    if (status == 0 && rate->length == 1)
        bpoly_set(r, rate->terms[0].re, m->pctx);
    for (k = rc.pos + 1; status == 0 && (npairs == 0 || ln->tok[k].type != TOK_END); )
    {
        if (npairs > 0 && model_tok_is(ln->tok + k, ","))
            k++;
        status = level_pair(m, ln, k, r, err);
        k += 3;
        npairs++;
    }
    bpoly_clear(r, m->pctx);
    op_clear(rate, m->pctx);
    return status;
}

static int pass_declarations(model_t m, model_line_t *lines, int n, model_error_t *err)
{
    int k;

    for (k = 0; k < n; k++)
    {
        model_line_t *ln = lines + k;
        int st = 0;
        char d[64];

        if (ln->ntok == 0)
            continue;
        if (is_keyword_line(ln, "model"))
            st = stmt_model(m, ln, err);
        else if (is_keyword_line(ln, "sites"))
            st = stmt_sites(m, ln, err);
        else if (is_keyword_line(ln, "params"))
            st = stmt_params(m, ln, err);
        else if (!(is_keyword_line(ln, "hamiltonian") || is_keyword_line(ln, "jump") ||
                   is_keyword_line(ln, "collective") || is_keyword_line(ln, "symmetry") ||
                   is_keyword_line(ln, "thermal") || is_keyword_line(ln, "levels") ||
                   is_keyword_line(ln, "pairs")))
        {
            model_tok_desc(d, sizeof d, ln->tok);
            st = model_error_set(err, ln->line, ln->tok[0].col,
                                 "unknown statement %s (expected model, sites, params, "
                                 "hamiltonian, jump, collective, pairs, symmetry, thermal or "
                                 "levels)", d);
        }
        else if (!m->nbody)
        {
            /* an N-body model: a `pairs` line, or N in an expression */
            int j;
            if (is_keyword_line(ln, "pairs"))
                m->nbody = 1, m->nbody_line = ln->line, m->nbody_col = ln->tok[0].col;
            for (j = 1; j < ln->ntok && !m->nbody; j++)
                if (ln->tok[j].type == TOK_IDENT && model_tok_is(ln->tok + j, "N"))
                    m->nbody = 1, m->nbody_line = ln->line, m->nbody_col = ln->tok[j].col;
        }
        if (st)
            return st;
    }
    return 0;
}

static int pass_expressions(model_t m, model_line_t *lines, int n, model_error_t *err)
{
    int k, st = 0;

    for (k = 0; k < n && st == 0; k++)
    {
        model_line_t *ln = lines + k;
        if (is_keyword_line(ln, "hamiltonian"))
            st = stmt_hamiltonian(m, ln, err);
        else if (is_keyword_line(ln, "jump"))
            st = stmt_jump(m, ln, 0, err);
        else if (is_keyword_line(ln, "collective"))
            st = stmt_jump(m, ln, 1, err);
        else if (is_keyword_line(ln, "pairs"))
            st = stmt_pairs(m, ln, err);
        else if (m->nbody && is_keyword_line(ln, "symmetry") && ln->ntok > 1 &&
                 model_tok_is(ln->tok + 1, "swap"))
            /* a swap of a site's spins would act on every site: not built yet */
            st = model_error_set(err, ln->line, ln->tok[1].col, "'swap' is not supported in "
                                 "an N-body model (line %d: 'pairs' or N); a Pauli string "
                                 "symmetry such as 'symmetry sz1*sz2' is", m->nbody_line);
        else if (m->nbody && (is_keyword_line(ln, "thermal") || is_keyword_line(ln, "levels")))
            st = model_error_set(err, ln->line, 1, "'%.*s' is not supported in an N-body "
                                 "model (line %d: 'pairs' or N)", ln->tok[0].len,
                                 ln->tok[0].text, m->nbody_line);
        else if (is_keyword_line(ln, "symmetry"))
            st = model_symmetry_parse(m, ln, err);
        else if (is_keyword_line(ln, "thermal"))
            st = stmt_thermal(m, ln, err);
        else if (is_keyword_line(ln, "levels"))
            st = stmt_levels(m, ln, err);
    }
    /* `levels` may come before `thermal`: checked once all lines are read */
    if (st == 0 && m->nlevels > 0 && m->thermal_line == 0)
        st = model_error_set(err, m->levels[0].line, 1, "'levels' needs a 'thermal T' "
                             "statement (T: the parameter holding the bath temperature)");
    return st;
}

static void model_setup_observables(model_t m)
{
    slong v, nkeys = (slong) 1 << (2 * m->sites);

    m->nobs = nkeys - 1;
    m->obs = blochgen_malloc(m->nobs * sizeof(pauli_t));
    m->var_of_key = blochgen_malloc(nkeys * sizeof(slong));
    pauli_list_observables(m->obs, m->sites);
    m->var_of_key[0] = -1;
    for (v = 0; v < m->nobs; v++)
        m->var_of_key[pauli_key(m->obs[v], m->sites)] = v;
}

/* Binary or empty input is rejected before tokenising. */
static int check_text(const char *text, size_t len, model_error_t *err)
{
    size_t p;
    int line = 1, col = 1, statements = 0, in_comment = 0;

    for (p = 0; p < len; p++)
    {
        unsigned char c = (unsigned char) text[p];
        if (c == '\n')
        {
            line++, col = 1, in_comment = 0;
            continue;
        }
        if (c == 0 || (c < 0x20 && c != '\t' && c != '\r' && c != '\f' && c != '\v') ||
            c == 0x7f)
            return model_error_set(err, line, col, "binary data (byte 0x%02x): expected a "
                                   "text model file", c);
        if (c == '#')
            in_comment = 1;
        if (!in_comment && !isspace(c))
            statements = 1;
        col++;
    }
    if (!statements)
        return model_error_set(err, 1, 1, "empty model file: expected statements "
                               "'sites N' and 'hamiltonian ...'");
    return 0;
}

static void default_name(model_t m, const char *file)
{
    const char *b = strrchr(file, '/'), *dot;
    size_t n, k;

    b = b ? b + 1 : file;
    dot = strrchr(b, '.');
    n = dot ? (size_t) (dot - b) : strlen(b);
    if (n == 0 || n >= sizeof m->name || !(isalpha((unsigned char) b[0]) || b[0] == '_'))
        return;
    for (k = 0; k < n; k++)
        if (!(isalnum((unsigned char) b[k]) || b[k] == '_'))
            return;
    memcpy(m->name, b, n);
    m->name[n] = '\0';
}

static void model_init(model_t m, const char *file, const limit_struct *lim)
{
    memset(m, 0, sizeof(*m));
    m->thermal_param = -1;
    snprintf(m->file, sizeof m->file, "%s", file);
    if (lim != NULL)
        m->limits = *lim;
    else
        limit_init(&m->limits);
}

int model_parse(model_t m, const char *file, const char *text, size_t len,
                const limit_struct *lim, model_error_t *err)
{
    model_line_t *lines = NULL;
    int n = 0, k, st;

    model_init(m, file, lim);
    st = check_text(text, len, err);
    if (st == 0)
        st = model_lex_text(&lines, &n, text, len, err);
    if (st == 0)
        st = pass_declarations(m, lines, n, err);
    if (st == 0 && m->sites == 0)
        st = model_error_set(err, 1, 1, "missing 'sites N' statement");
    if (st == 0 && m->name[0] == '\0')
    {
        default_name(m, file);
        if (m->name[0] == '\0' || model_name_is_reserved(m->name))
            st = model_error_set(err, 1, 1, "missing 'model NAME' statement (the file "
                                 "name is not a usable C identifier)");
    }
    if (st == 0 && m->nbody)
    {
        /* N is the last parameter, 1/N the generator after it */
        m->params = blochgen_realloc(m->params, (m->nparams + 3) * sizeof(char *));
        m->params[m->nparams++] = strcpy(blochgen_malloc(2), "N");
        m->params[m->nparams] = strcpy(blochgen_malloc(4), "1/N");
    }
    if (st == 0)
    {
        fmpq_mpoly_ctx_init(m->pctx, m->nparams + (m->nbody != 0), ORD_LEX);
        op_init(m->ham, m->pctx);
        model_setup_observables(m);
        st = pass_expressions(m, lines, n, err);
    }
    if (st == 0 && m->ham_line == 0 && !m->nbody)
        st = model_error_set(err, 1, 1, "missing 'hamiltonian ...' statement");
    for (k = 0; k < n; k++)
        model_line_clear(lines + k);
    free(lines);
    if (st)
        model_clear(m);
    return st;
}

void model_clear(model_t m)
{
    slong k;

    if (m->obs != NULL)
    {
        for (k = 0; k < m->njumps; k++)
        {
            bpoly_clear(m->jumps[k].rate, m->pctx);
            op_clear(m->jumps[k].L, m->pctx);
        }
        for (k = 0; k < m->nlevels; k++)
            bpoly_clear(m->levels[k].rate, m->pctx);
        for (k = 0; k < m->npairs; k++)
        {
            bpoly_clear(m->pairs[k].rate, m->pctx);
            op_clear(m->pairs[k].A, m->pctx);
            op_clear(m->pairs[k].B, m->pctx);
        }
        op_clear(m->ham, m->pctx);
        fmpq_mpoly_ctx_clear(m->pctx);
        free(m->obs);
        free(m->var_of_key);
    }
    free(m->adapt_pair);
    free(m->adapt_sign);
    free(m->jumps);
    free(m->levels);
    free(m->pairs);
    for (k = 0; m->params != NULL && k < m->nparams + (m->nbody != 0); k++)
        free(m->params[k]);
    free(m->params);
    memset(m, 0, sizeof(*m));
}

char *model_read_text(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    size_t alloc = 4096, got;
    struct stat sb;
    char *text;
    int e;

    *len = 0;
    if (f == NULL)
        return NULL;
    /* fopen opens a directory for reading, and fread then reads nothing:
       say what it is instead of calling it an empty file */
    if (fstat(fileno(f), &sb) == 0 && S_ISDIR(sb.st_mode))
    {
        fclose(f);
        errno = EISDIR;
        return NULL;
    }
    text = blochgen_malloc(alloc);
    while ((got = fread(text + *len, 1, alloc - *len, f)) > 0)
    {
        *len += got;
        if (*len == alloc)
            text = blochgen_realloc(text, alloc *= 2);
    }
    e = ferror(f) ? errno : 0;
    fclose(f);
    if (e != 0)
    {
        free(text);
        errno = e;
        return NULL;
    }
    return text;
}

int model_load(model_t m, const char *path, const limit_struct *lim)
{
    model_error_t err;
    size_t len;
    char *text = model_read_text(path, &len);
    int st;

    if (text == NULL)
    {
        fprintf(stderr, "%s: cannot read model file: %s\n", path, strerror(errno));
        return 2;
    }
    st = model_parse(m, path, text, len, lim, &err);
    free(text);
    if (st)
        fprintf(stderr, "%s:%d:%d: %s\n", path, err.line, err.col, err.msg);
    return st;
}
