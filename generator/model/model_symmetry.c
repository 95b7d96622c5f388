/* The `symmetry` statement: swaps of sites and a Pauli string, and the
   symmetry-adapted variables of a site permutation. */
#include <stdio.h>
#include <string.h>
#include "model_expr.h"
#include "alloc.h"

pauli_t model_permute(const model_t m, pauli_t p)
{
    pauli_t r = pauli_identity();
    int n;

    for (n = 0; n < m->sites; n++)
    {
        int t = m->perm[n];
        r.x |= ((p.x >> n) & 1u) << t;
        r.z |= ((p.z >> n) & 1u) << t;
    }
    return r;
}

/* A site number: an integer token 1..sites; 0 or 2. */
static int site_number(int *site, const model_t m, const model_line_t *ln, int k,
                       model_error_t *err)
{
    const model_tok_t *t = ln->tok + k;
    char d[64];

    if (t->type != TOK_NUM || !fmpz_is_one(fmpq_denref(t->num)))
    {
        model_tok_desc(d, sizeof d, t);
        return model_error_set(err, ln->line, t->col, "expected a site number after "
                               "'swap', got %s", d);
    }
    if (fmpz_cmp_si(fmpq_numref(t->num), 1) < 0 ||
        fmpz_cmp_si(fmpq_numref(t->num), m->sites) > 0)
        return model_error_set(err, ln->line, t->col, "site %.*s in 'swap' is out of range "
                               "(expected 1..%d, the number of sites)", t->len, t->text,
                               m->sites);
    *site = (int) fmpz_get_si(fmpq_numref(t->num));
    return 0;
}

/* The adapted variables of docs/derivation.md: observables mapped to
   themselves stay, a mapped pair becomes its half sum and half difference
   (signed by the Pauli string's action). */
static void adapt_setup(model_t m)
{
    slong v;

    m->adapt_pair = blochgen_malloc(m->nobs * sizeof(slong));
    m->adapt_sign = blochgen_malloc(m->nobs);
    for (v = 0; v < m->nobs; v++)
    {
        pauli_t q = model_permute(m, m->obs[v]);
        m->adapt_pair[v] = m->var_of_key[pauli_key(q, m->sites)];
        m->adapt_sign[v] = pauli_commutes(m->symmetry, q) ? 1 : -1;
    }
}

/* symmetry [swap I J *]... [PAULI] */
int model_symmetry_parse(model_t m, const model_line_t *ln, model_error_t *err)
{
    model_expr_ctx c = {m, ln, 1, 0, "a symmetry", err, NULL};
    int n, k, star = 0, swapped[PAULI_MAX_SITES] = {0};

    if (m->has_symmetry)
        return model_error_set(err, ln->line, 1, "duplicate 'symmetry' statement");
    for (n = 0; n < PAULI_MAX_SITES; n++)
        m->perm[n] = n;
    m->symmetry = pauli_identity();
    while (model_tok_is(ln->tok + c.pos, "swap"))
    {
        int a, b, col = ln->tok[c.pos].col;
        if (site_number(&a, m, ln, c.pos + 1, err) || site_number(&b, m, ln, c.pos + 2, err))
            return 2;
        if (a == b)
            return model_error_set(err, ln->line, col, "'swap %d %d' exchanges a site with "
                                   "itself (expected two different sites)", a, b);
        if (swapped[a - 1] || swapped[b - 1])
            return model_error_set(err, ln->line, col, "site %d is already swapped (the "
                                   "swaps of a symmetry must be disjoint)",
                                   swapped[a - 1] ? a : b);
        swapped[a - 1] = swapped[b - 1] = 1;
        m->perm[a - 1] = b - 1;
        m->perm[b - 1] = a - 1;
        m->has_perm = 1;
        c.pos += 3;
        if (ln->tok[c.pos].type == TOK_END)
            break;
        if (!model_tok_is(ln->tok + c.pos, "*"))
        {
            char d[64];
            model_tok_desc(d, sizeof d, ln->tok + c.pos);
            return model_error_set(err, ln->line, ln->tok[c.pos].col, "expected '*' or end "
                                   "of line after 'swap %d %d', got %s", a, b, d);
        }
        c.pos++;
        star = 1;
    }
    for (k = c.pos; ln->tok[k].type != TOK_END; k++)
        if (model_tok_is(ln->tok + k, "swap"))
            return model_error_set(err, ln->line, ln->tok[k].col, "a 'swap' after the Pauli "
                                   "string: write the swaps first, as in 'symmetry swap 1 2 "
                                   "* sz1*sz2'");
    if (!m->has_perm || star)
    {
        int col = ln->tok[c.pos].col;
        if (model_expr_pauli(&m->symmetry, &c, ""))
            return 2;
        if (m->has_perm && !pauli_equal(model_permute(m, m->symmetry), m->symmetry))
        {
            char sn[128];
            pauli_name(sn, sizeof sn, m->symmetry, m->sites, "*");
            return model_error_set(err, ln->line, col, "the Pauli string %s is not invariant "
                                   "under the swaps, so the symmetry would not square to 1 "
                                   "(expected a string such as sz1*sz2 for 'swap 1 2')", sn);
        }
    }
    m->has_symmetry = 1;
    if (ln->tok[c.pos].type != TOK_END)
    {
        char d[64];
        model_tok_desc(d, sizeof d, ln->tok + c.pos);
        return model_error_set(err, ln->line, ln->tok[c.pos].col, "expected end of line after "
                               "the symmetry generator, got %s", d);
    }
    if (m->has_perm)
        adapt_setup(m);
    return 0;
}

void model_symmetry_name(char *buf, size_t size, const model_t m)
{
    size_t len = 0;
    int n;

    buf[0] = '\0';
    for (n = 0; n < m->sites; n++)
        if (m->perm[n] > n && len < size)
            len += snprintf(buf + len, size - len, "%sswap %d %d", len ? " * " : "", n + 1,
                            m->perm[n] + 1);
    if (!pauli_is_identity(m->symmetry) && len < size)
    {
        if (len > 0)
            len += snprintf(buf + len, size - len, " * ");
        if (len < size && m->moment_order > 0)     /* in the variables' spelling */
            pauli_name_clusters(buf + len, size - len, m->symmetry, m->moment_order,
                                m->cluster_sites, "*");
        else if (len < size)
            pauli_name(buf + len, size - len, m->symmetry, m->sites, "*");
    }
}

/* Name of variable v with sep between factors and the +/- as plus/minus. */
static void var_name(char *buf, size_t size, const model_t m, slong v, const char *sep,
                     const char *open, const char *plus, const char *minus, const char *close)
{
    slong a, b;
    char na[64], nb[64];
    int even;

    if (m->moment_order > 0)
    {
        pauli_name_clusters(buf, size, m->obs[v], m->moment_order, m->cluster_sites, sep);
        return;
    }
    if (!m->has_perm || m->adapt_pair[v] == v)
    {
        pauli_name(buf, size, m->obs[v], m->sites, sep);
        return;
    }
    even = m->adapt_pair[v] > v;
    a = even ? v : m->adapt_pair[v];
    b = m->adapt_pair[a];
    pauli_name(na, sizeof na, m->obs[a], m->sites, sep);
    pauli_name(nb, sizeof nb, m->obs[b], m->sites, sep);
    snprintf(buf, size, "%s%s%s%s%s", open, na,
             (m->adapt_sign[a] > 0) == even ? plus : minus, nb, close);
}

void model_obs_name(char *buf, size_t size, const model_t m, slong v)
{
    var_name(buf, size, m, v, "*", "(", "+", "-", ")/2");
}

void model_obs_ident(char *buf, size_t size, const model_t m, slong v)
{
    var_name(buf, size, m, v, "_", "", "_p_", "_m_", "");
}
