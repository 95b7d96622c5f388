/* blochgen boundary: the boundary polynomial at fixed parameter values and,
   when one parameter is left free, its certified real roots. */
#include <stdio.h>
#include <string.h>
#include "derive.h"
#include "output.h"
#include "model_lex.h"
#include "blochgen_cmd.h"
#include "alloc.h"

/* "name=value,..." with exact rational values (3, -1/2, 0.01, 1e-3). */
static int parse_subs(char *fixed, fmpq *vals, const char *spec, const model_struct *m)
{
    const char *p = spec;

    while (*p)
    {
        const char *comma = strchr(p, ','), *eq = strchr(p, '=');
        size_t len = comma ? (size_t) (comma - p) : strlen(p);
        model_line_t ln;
        model_error_t err;
        slong k;
        int neg, pos = 0, ok;

        if (eq == NULL || eq > p + len)
        {
            fprintf(stderr, "blochgen boundary: --subs expects name=value, got '%.*s'\n",
                    (int) len, p);
            return 2;
        }
        for (k = 0; k < m->nparams; k++)
            if (strlen(m->params[k]) == (size_t) (eq - p) && !strncmp(m->params[k], p, eq - p))
                break;
        if (k == m->nparams)
        {
            fprintf(stderr, "blochgen boundary: unknown parameter '%.*s'\n", (int) (eq - p), p);
            return 2;
        }
        if (model_lex_line(&ln, eq + 1, (int) (len - (eq + 1 - p)), 1, &err))
        {
            fprintf(stderr, "blochgen boundary: value of %s: %s\n", m->params[k], err.msg);
            return 2;
        }
        neg = ln.ntok > 0 && model_tok_is(ln.tok, "-");
        pos = neg;
        ok = ln.tok[pos].type == TOK_NUM;
        if (ok)
        {
            fmpq_set(vals + k, ln.tok[pos].num);
            pos++;
            if (model_tok_is(ln.tok + pos, "/") && ln.tok[pos + 1].type == TOK_NUM &&
                !fmpq_is_zero(ln.tok[pos + 1].num))
            {
                fmpq_div(vals + k, vals + k, ln.tok[pos + 1].num);
                pos += 2;
            }
            ok = ln.tok[pos].type == TOK_END;
        }
        if (neg)
            fmpq_neg(vals + k, vals + k);
        model_line_clear(&ln);
        if (!ok)
        {
            fprintf(stderr, "blochgen boundary: value of %s must be a number like 3, -1/2 or "
                    "0.01\n", m->params[k]);
            return 2;
        }
        fixed[k] = 1;
        p += len + (comma != NULL);
    }
    return 0;
}

static void print_roots(const fmpz_mpoly_t b, const char *fixed, const model_struct *m)
{
    slong k, free_var = -1, nfree = 0, n, i;
    arb_ptr roots;

    for (k = 0; k < m->nparams; k++)
        if (!fixed[k])
            free_var = k, nfree++;
    if (nfree != 1)
        return;
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

int blochgen_boundary(int argc, char **argv)
{
    const char *path = NULL, *subs = "";
    model_t m;
    derive_t d;
    int k, st;

    for (k = 0; k < argc; k++)
    {
        if (strcmp(argv[k], "--help") == 0 || strcmp(argv[k], "-h") == 0)
        {
            printf("usage: blochgen boundary MODEL [--subs p=v,...]\n"
                   "Prints the boundary polynomial (zero where the symmetric state has a\n"
                   "zero odd-sector eigenvalue) with the given parameters fixed to exact\n"
                   "rationals; with one parameter left free, also its real roots as\n"
                   "certified Arb enclosures.\n");
            return 0;
        }
        if (strcmp(argv[k], "--subs") == 0 && k + 1 < argc)
            subs = argv[++k];
        else if (argv[k][0] == '-' || path != NULL)
        {
            fprintf(stderr, "blochgen boundary: unexpected argument '%s'\n", argv[k]);
            return 2;
        }
        else
            path = argv[k];
    }
    if (path == NULL)
    {
        fprintf(stderr, "blochgen boundary: expected a model file (see --help)\n");
        return 2;
    }
    if ((st = model_load(m, path)) != 0)
        return st;
    if ((st = model_refuse_dm_only(m, "boundary")) != 0)
    {
        model_clear(m);
        return st;
    }
    st = derive_all(d, m);
    if (st == 0 && !d->has_boundary)
    {
        fprintf(stderr, "%s: no boundary polynomial (it needs a symmetry, a closed-form "
                "symmetric state and an odd sector of 1 to %d observables)\n", path,
                DERIVE_ODD_MAX);
        st = 1;
    }
    if (st == 0)
    {
        char *fixed = blochgen_calloc(m->nparams + 1, 1);
        fmpq *vals = _fmpq_vec_init(m->nparams + 1);
        fmpz_mpoly_t b;
        printer_t pr = {STYLE_TEXT, m};
        sbuf_t s;

        st = parse_subs(fixed, vals, subs, m);
        if (st == 0)
        {
            fmpz_mpoly_init(b, m->pctx->zctx);
            derive_poly_substitute(b, d->boundary, fixed, vals, m->pctx->zctx);
            sbuf_init(&s);
            out_fmpz_mpoly(&s, b, &pr);
            printf("# boundary polynomial of %s%s%s\nboundary = %s\n", m->name,
                   subs[0] ? " at " : "", subs, s.s);
            print_roots(b, fixed, m);
            sbuf_clear(&s);
            fmpz_mpoly_clear(b, m->pctx->zctx);
        }
        _fmpq_vec_clear(vals, m->nparams + 1);
        free(fixed);
    }
    derive_clear(d);
    model_clear(m);
    return st;
}
