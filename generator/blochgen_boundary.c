/* blochgen boundary: the boundary polynomial at fixed parameter values and,
   when one parameter is left free, its certified real roots. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "derive.h"
#include "output.h"
#include "model_lex.h"
#include "blochgen_cmd.h"
#include "alloc.h"
#include "cmdline.h"

/* What the messages about --subs start with: it is read after the
   command line, where cmdline_parse would have named the command. */
#define SUBS "blochgen boundary: --subs"

typedef struct
{
    fmpq *vals;
    const model_struct *m;
} subs_ctx_t;

/* One value of --subs, exactly: 3, -1/2, 0.01, 1e-3 (the model file's
   number syntax, through its lexer). */
static int subs_value(int k, const char *v, size_t len, void *ctx)
{
    subs_ctx_t *c = ctx;
    model_line_t ln;
    model_error_t err;
    int neg, pos, ok;

    if (model_lex_line(&ln, v, (int) len, 1, &err))
    {
        fprintf(stderr, SUBS ": value of %s: %s\n", c->m->params[k], err.msg);
        return 2;
    }
    neg = ln.ntok > 0 && model_tok_is(ln.tok, "-");
    pos = neg;
    ok = ln.tok[pos].type == TOK_NUM;
    if (ok)
    {
        fmpq_set(c->vals + k, ln.tok[pos].num);
        pos++;
        if (model_tok_is(ln.tok + pos, "/") && ln.tok[pos + 1].type == TOK_NUM &&
            !fmpq_is_zero(ln.tok[pos + 1].num))
        {
            fmpq_div(c->vals + k, c->vals + k, ln.tok[pos + 1].num);
            pos += 2;
        }
        ok = ln.tok[pos].type == TOK_END;
    }
    if (neg)
        fmpq_neg(c->vals + k, c->vals + k);
    model_line_clear(&ln);
    if (!ok)
    {
        fprintf(stderr, SUBS ": value of %s must be a number like 3, -1/2 or 0.01\n",
                c->m->params[k]);
        return 2;
    }
    return 0;
}

/* "name=value,..." with exact rational values: the one name=value parser
   of the command lines (a parameter given twice is an error, not "the
   last one wins"), with the model's exact numbers. */
static int parse_subs(char *fixed, fmpq *vals, const char *spec, const model_struct *m)
{
    subs_ctx_t c = {vals, m};

    return cmdline_parse_assign(SUBS, spec, (const char *const *) m->params,
                                (int) m->nparams, fixed, subs_value, &c);
}

/* The limit `bits` on the substituted polynomial, checked before the
   powers of the values are formed: a term c x^e with x = a/b becomes
   c a^e b^(D-e), at most bits(c) + D max(bits(a), bits(b)) bits. */
static int check_subs_bits(const fmpz_mpoly_t b, const char *fixed, const fmpq *vals,
                           const model_struct *m)
{
    const fmpz_mpoly_ctx_struct *ctx = m->pctx->zctx;
    slong nv = m->nparams, k, bits = FLINT_ABS(fmpz_mpoly_max_bits(b));
    slong *deg = blochgen_malloc((nv + 1) * sizeof(slong));
    slong max = m->limits.max[LIMIT_BITS];

    fmpz_mpoly_degrees_si(deg, b, ctx);
    for (k = 0; k < nv; k++)
        if (fixed[k] && deg[k] > 0)
            bits += deg[k] * FLINT_MAX(fmpz_bits(fmpq_numref(vals + k)),
                                       fmpz_bits(fmpq_denref(vals + k)));
    free(deg);
    if (bits <= max)
        return 0;
    fprintf(stderr, "%s: the boundary polynomial at these values would have coefficients of "
            "up to %ld bits, above the limit bits=%ld (raise it with --limit bits=N)\n",
            m->file, (long) bits, (long) max);
    return 2;
}

/* The free parameter (-1 unless exactly one is left free). */
static slong free_param(const char *fixed, const model_struct *m)
{
    slong k, free_var = -1, nfree = 0;

    for (k = 0; k < m->nparams; k++)
        if (!fixed[k])
            free_var = k, nfree++;
    return nfree == 1 ? free_var : -1;
}

/* Isolating the roots of a polynomial with large coefficients takes time
   that grows steeply with their size (pump_loss at h2 = 1e50: 0.3 s,
   1e90: 5 s, 1e100: 14 s, 1e200: minutes), so the size is bounded first:
   `root-bits` on the coefficients, `degree` on the degree. */
static int check_root_limits(const fmpz_mpoly_t b, slong var, const model_struct *m)
{
    const fmpz_mpoly_ctx_struct *ctx = m->pctx->zctx;
    slong bits = FLINT_ABS(fmpz_mpoly_max_bits(b)), deg = fmpz_mpoly_degree_si(b, var, ctx);
    const slong *max = m->limits.max;

    if (bits > max[LIMIT_ROOT_BITS])
    {
        fprintf(stderr, "%s: the boundary polynomial in %s has coefficients of %ld bits, above "
                "the limit root-bits=%ld for isolating its roots, which takes time growing "
                "steeply with them (raise it with --limit root-bits=N)\n", m->file,
                m->params[var], (long) bits, (long) max[LIMIT_ROOT_BITS]);
        return 2;
    }
    if (deg > max[LIMIT_DEGREE])
    {
        fprintf(stderr, "%s: the boundary polynomial has degree %ld in %s, above the limit "
                "degree=%ld (raise it with --limit degree=N)\n", m->file, (long) deg,
                m->params[var], (long) max[LIMIT_DEGREE]);
        return 2;
    }
    return 0;
}

static void print_roots(const fmpz_mpoly_t b, slong free_var, const model_struct *m)
{
    slong n, i;
    arb_ptr roots;

    n = derive_real_roots(&roots, b, free_var, 128, m->pctx->zctx);
    if (n < 0)
        return;
    printf("# %ld real root(s) in %s (certified enclosures):\n", (long) n, m->params[free_var]);
    for (i = 0; i < n; i++)
    {
        char *s = arb_get_str(roots + i, 30, 0);
        printf("%s = %s\n", m->params[free_var], s);
        flint_free(s);
    }
    _arb_vec_clear(roots, FLINT_MAX(n, 1));
}

/* The polynomial and its roots; 0, 1 (identically zero: nothing to
   report) or 2 (a limit). */
static int boundary_at(const derive_struct *d, const char *fixed, const fmpq *vals,
                       const char *subs)
{
    const model_struct *m = d->m;
    const fmpz_mpoly_ctx_struct *ctx = m->pctx->zctx;
    slong free_var = free_param(fixed, m);
    printer_t pr = {STYLE_TEXT, m};
    fmpz_mpoly_t b;
    sbuf_t s;
    int st = 0, k, nfree = 0;

    for (k = 0; k < m->nparams; k++)
        nfree += !fixed[k];
    if ((st = check_subs_bits(d->boundary, fixed, vals, m)) != 0)
        return st;
    fmpz_mpoly_init(b, ctx);
    derive_poly_substitute(b, d->boundary, fixed, vals, ctx);
    if (nfree > 0 && fmpz_mpoly_is_zero(b, ctx))
    {
        /* zero for every value of the free parameters: not a boundary
           with roots (it would print "0 real roots"), but no result */
        fprintf(stderr, "%s: the boundary polynomial vanishes identically%s%s: the symmetric "
                "state has a zero odd-sector eigenvalue for every value of the free "
                "parameter(s), so there are no isolated boundary points\n", m->file,
                subs[0] ? " at " : "", subs);
        st = 1;
    }
    else if (free_var >= 0)
        st = check_root_limits(b, free_var, m);
    if (st == 0)
    {
        sbuf_init(&s);
        out_fmpz_mpoly(&s, b, &pr);
        printf("# boundary polynomial of %s%s%s\nboundary = %s\n", m->name,
               subs[0] ? " at " : "", subs, s.s);
        sbuf_clear(&s);
        if (free_var >= 0)
            print_roots(b, free_var, m);
    }
    fmpz_mpoly_clear(b, ctx);
    return st;
}

typedef struct
{
    blochgen_opts_t common;
    const char *model;
    const char *subs;
} boundary_opts_t;

static int boundary_run(void *opts)
{
    const boundary_opts_t *o = opts;
    const char *subs = o->subs ? o->subs : "";
    model_t m;
    derive_t d;
    char *fixed;
    fmpq *vals;
    int st;

    if ((st = model_load(m, o->model, o->common.limit)) != 0)
        return st;
    if ((st = model_refuse_dm_only(m, "boundary")) != 0)
    {
        model_clear(m);
        return st;
    }
    /* --subs names the model's parameters, so it is read once the model
       is, but before the derivation: a typo should not wait for it */
    fixed = blochgen_calloc(m->nparams + 1, 1);
    vals = _fmpq_vec_init(m->nparams + 1);
    if (o->subs != NULL)
        st = parse_subs(fixed, vals, o->subs, m);
    if (st == 0)
    {
        st = derive_all(d, m);
        if (st == 0 && !d->has_boundary)
        {
            /* a limit is exit status 2 everywhere; a model without a
               boundary is no result */
            if (d->limit_note[0] != '\0')
                fprintf(stderr, "%s: no boundary polynomial: %s\n", o->model, d->limit_note);
            else
                fprintf(stderr, "%s: no boundary polynomial (it needs a symmetry, a "
                        "closed-form symmetric state and an odd sector of 1 to %d "
                        "observables)\n", o->model, DERIVE_ODD_MAX);
            st = d->limit_note[0] != '\0' ? 2 : 1;
        }
        if (st == 0)
            st = boundary_at(d, fixed, vals, subs);
        derive_clear(d);
    }
    _fmpq_vec_clear(vals, m->nparams + 1);
    free(fixed);
    model_clear(m);
    return st;
}

static const cmdline_opt_t boundary_opts[] = {
    {"MODEL", CMDLINE_POSITIONAL, offsetof(boundary_opts_t, model), .flags = CMDLINE_REQUIRED,
     .help = "the model file (it must declare a symmetry)"},
    /* a string until the model is loaded: the names it assigns are the
       model's parameters, and MODEL may come after it */
    {"--subs", CMDLINE_STRING, offsetof(boundary_opts_t, subs), .value = "p=v,...",
     .help = "fix parameters to exact rationals (3, -1/2, 0.01, 1e-3)"},
    {NULL, CMDLINE_GROUP, offsetof(boundary_opts_t, common), .group = blochgen_common_opts},
    {NULL}
};

const blochgen_cmd_t blochgen_boundary_cmd = {
    {"boundary",
     "boundary polynomial at fixed parameters, certified real roots\n"
     "Prints the boundary polynomial (zero where the symmetric state has a\n"
     "zero odd-sector eigenvalue) with the given parameters fixed to exact\n"
     "rationals; with one parameter left free, also its real roots as\n"
     "certified Arb enclosures (the limit root-bits bounds their isolation).\n"
     "Exit status 1 if there is no boundary polynomial, or it vanishes\n"
     "identically.",
     boundary_opts, sizeof(boundary_opts_t)},
    boundary_run
};
