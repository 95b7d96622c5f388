/* The N-body model behind a moment model (bloch_model.h: nbody,
   nbody_coef, nbody_moments), for the runtime's exact finite-N solver
   (`bin/<model> finite`, runtime/finite): its statements with their
   operators' site types, a function giving their coefficients and rates
   at the parameters, and the moments `finite` prints, named as `info`
   names the variables. */
#include <stdio.h>
#include "emit_util.h"
#include "nbody.h"
#include "alloc.h"

/* the operators of statement j: A, and B of a pair (NULL otherwise) */
static slong nstatements(const model_struct *nb)
{
    return 1 + nb->njumps + nb->npairs;
}

static void statement(const op_struct **A, const op_struct **B, const bpoly_struct **rate,
                      int *kind, int *line, const model_struct *nb, slong j)
{
    *B = NULL;
    *rate = NULL;
    if (j == 0)
    {
        *A = nb->ham, *kind = BLOCH_NBODY_HAMILTONIAN, *line = nb->ham_line;
        return;
    }
    if (--j < nb->njumps)
    {
        *A = nb->jumps[j].L, *rate = nb->jumps[j].rate, *line = nb->jumps[j].line;
        *kind = nb->jumps[j].collective ? BLOCH_NBODY_COLLECTIVE : BLOCH_NBODY_JUMP;
        return;
    }
    j -= nb->njumps;
    *A = nb->pairs[j].A, *B = nb->pairs[j].B, *rate = nb->pairs[j].rate;
    *kind = BLOCH_NBODY_PAIRS, *line = nb->pairs[j].line;
}

static const char *kind_name(int kind)
{
    return kind == BLOCH_NBODY_HAMILTONIAN ? "hamiltonian" : kind == BLOCH_NBODY_JUMP ? "jump"
           : kind == BLOCH_NBODY_COLLECTIVE ? "collective" : "pairs";
}

/* the statement table and the site types of the operators' terms */
static void emit_tables(sbuf_t *b, const derive_struct *d)
{
    const model_struct *nb = d->nb;
    const op_struct *A, *B;
    const bpoly_struct *rate;
    slong j, t, first = 0, n = 0;
    int kind, line, k = nb->sites;

    sbuf_printf(b, "\n/* The N-body model (bloch_model.h): {kind, first, nA, nB, line} */\n"
                "static const bloch_nbody_statement_t %s_nbody[] = {\n", d->m->name);
    for (j = 0; j < nstatements(nb); j++)
    {
        statement(&A, &B, &rate, &kind, &line, nb, j);
        sbuf_printf(b, "    {BLOCH_NBODY_%s, %ld, %ld, %ld, %d},\n",
                    kind == BLOCH_NBODY_HAMILTONIAN ? "HAMILTONIAN" : kind == BLOCH_NBODY_JUMP ?
                    "JUMP" : kind == BLOCH_NBODY_COLLECTIVE ? "COLLECTIVE" : "PAIRS",
                    (long) first, (long) A->length, (long) (B ? B->length : 0), line);
        first += A->length + (B ? B->length : 0);
    }
    sbuf_printf(b, "};\n/* the site type of each term (0 .. %d: base-4 digits 1, x, y, z) */\n"
                "static const int %s_nbody_type[] = {", (1 << (2 * k)) - 1, d->m->name);
    for (j = 0; j < nstatements(nb); j++)
    {
        statement(&A, &B, &rate, &kind, &line, nb, j);
        for (t = 0; t < A->length; t++, n++)
            sbuf_printf(b, "%s%d", n ? ", " : "", nbody_type_of(A->terms[t].pauli, 0, k));
        for (t = 0; B != NULL && t < B->length; t++, n++)
            sbuf_printf(b, "%s%d", n ? ", " : "", nbody_type_of(B->terms[t].pauli, 0, k));
    }
    sbuf_puts(b, n ? "};\n" : "0};\n");
}

/* bg_re[t] = ...; bg_im[t] = ... for the terms of operator a from term t */
static void emit_op(sbuf_t *b, const op_struct *a, slong *t, const derive_struct *d)
{
    printer_t cp = {STYLE_C, d->m};
    char name[64];
    slong i;

    for (i = 0; i < a->length; i++, (*t)++)
    {
        pauli_name(name, sizeof name, a->terms[i].pauli, d->nb->sites, "*");
        sbuf_printf(b, "    /* %s */\n    bg_re[%ld] = ", pauli_is_identity(a->terms[i].pauli)
                    ? "identity" : name, (long) *t);
        out_bpoly(b, a->terms[i].re, &cp);
        sbuf_printf(b, ";\n    bg_im[%ld] = ", (long) *t);
        out_bpoly(b, a->terms[i].im, &cp);
        sbuf_puts(b, ";\n");
    }
}

static void emit_coef(sbuf_t *b, const derive_struct *d)
{
    const model_struct *nb = d->nb;
    const op_struct *A, *B;
    const bpoly_struct *rate;
    printer_t cp = {STYLE_C, d->m};
    emit_usage_t u;
    slong j, i, t = 0;
    int kind, line;

    /* nb's polynomials live in its context, which has the moment model's
       shape (the parameters, N last, and 1/N: derive_moment_model) */
    emit_usage_init(&u, d);
    for (j = 0; j < nstatements(nb); j++)
    {
        statement(&A, &B, &rate, &kind, &line, nb, j);
        for (i = 0; i < A->length; i++)
            emit_usage_bpoly(&u, A->terms[i].re, d), emit_usage_bpoly(&u, A->terms[i].im, d);
        for (i = 0; B != NULL && i < B->length; i++)
            emit_usage_bpoly(&u, B->terms[i].re, d), emit_usage_bpoly(&u, B->terms[i].im, d);
        if (rate != NULL)
            emit_usage_bpoly(&u, rate, d);
    }
    sbuf_puts(b, "\n/* Their terms' coefficients re + i im and the statements' rates at p. */\n");
    emit_function_header(b, d, "void", "nbody_coef",
                         "double *bg_re, double *bg_im, double *bg_rate, const double *bg_p",
                         &u, 0);
    sbuf_puts(b, "\n");
    emit_void_unused(b, &u, d, 0);
    for (j = 0; j < nstatements(nb); j++)
    {
        statement(&A, &B, &rate, &kind, &line, nb, j);
        sbuf_printf(b, "    /* %s (line %d) */\n    bg_rate[%ld] = ", kind_name(kind), line,
                    (long) j);
        if (rate != NULL)
            out_bpoly(b, rate, &cp);
        else
            sbuf_puts(b, "1");
        sbuf_puts(b, ";\n");
        emit_op(b, A, &t, d);
        if (B != NULL)
            emit_op(b, B, &t, d);
    }
    if (t == 0)
        sbuf_puts(b, "    (void) bg_re;\n    (void) bg_im;\n");
    sbuf_puts(b, "}\n");
    emit_usage_clear(&u);
}

/* the string with cluster types a on site 1 and b on site 2 */
static pauli_t two_sites(int a, int b, int k)
{
    pauli_t p = pauli_identity(), q;
    int c, s, ph, ty[2] = {a, b};

    for (s = 0; s < 2; s++)
        for (c = 1; c <= k; c++)
        {
            int digit = (ty[s] >> (2 * (k - c))) & 3;
            if (digit == 0)
                continue;
            q = pauli_site(digit == 1 ? 'x' : digit == 2 ? 'y' : 'z', s * k + c);
            p = pauli_mul(&ph, p, q);
        }
    return p;
}

/* one-site moments, then two-site ones (a <= b), each named as the moment
   model's variable when it is one (info's name), else as a two-site
   moment would be (pauli_name_clusters with two sites) */
static slong emit_moments(sbuf_t *b, const derive_struct *d)
{
    const model_struct *m = d->m;
    int k = d->nb->sites, T = 1 << (2 * k), a, c, sites;
    slong n = 0;
    char name[256];

    sbuf_printf(b, "\n/* The one- and two-site moments `finite` prints: {name, {type 1, type 2}} */\n"
                "static const bloch_nbody_moment_t %s_nbody_moments[] = {\n", m->name);
    for (sites = 1; sites <= 2; sites++)
        for (a = 1; a < T; a++)
            for (c = sites == 1 ? 0 : a; c < (sites == 1 ? 1 : T); c++, n++)
            {
                pauli_t p = two_sites(a, c, k);
                if (sites <= m->moment_order && m->var_of_key[pauli_key(p, m->sites)] >= 0)
                    model_obs_name(name, sizeof name, m, m->var_of_key[pauli_key(p, m->sites)]);
                else
                    pauli_name_clusters(name, sizeof name, p, 2, k, "*");
                sbuf_printf(b, "    {\"%s\", {%d, %d}},\n", name, a, c);
            }
    sbuf_puts(b, "};\n");
    return n;
}

void emit_nbody(sbuf_t *b, const derive_struct *d)
{
    if (d->nb == NULL)
        return;
    emit_tables(b, d);
    emit_coef(b, d);
    emit_moments(b, d);
}

void emit_nbody_fields(sbuf_t *b, const derive_struct *d)
{
    int k;

    if (d->nb == NULL)
        return;
    k = d->nb->sites;
    sbuf_printf(b, "\n    .nbody_nstatements = %ld,\n    .nbody = %s_nbody,\n"
                "    .nbody_type = %s_nbody_type,\n    .nbody_coef = %s_nbody_coef,\n"
                "    .nbody_nmoments = %d,\n    .nbody_moments = %s_nbody_moments,",
                (long) nstatements(d->nb), d->m->name, d->m->name, d->m->name,
                (1 << (2 * k)) - 1 + ((1 << (2 * k)) - 1) * (1 << (2 * k)) / 2, d->m->name);
}
