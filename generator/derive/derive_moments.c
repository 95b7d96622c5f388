/* The cumulant hierarchy of an N-body model (docs/cumulants.md).
 *
 * A moment of m <= K distinct sites of a permutation-symmetric state is a
 * multiset of m cluster Pauli strings.  Its equation of motion is the
 * ordinary one (derive_equations) on m + 1 sites: the sites of the moment
 * and one stand-in for the N - m others, whose terms carry the factor
 * N - m.  For a pair term or a collective jump every contribution reaching
 * outside the moment reaches one other site at a time, and the terms with
 * both factors outside vanish, so
 *     H_m = sum_{i<=m} h_i + sum_{i!=j<=m} A_i B_j
 *           + (N - m) sum_{i<=m} (A_i B_{m+1} + A_{m+1} B_i),
 *     L_m = sum_{i<=m} L_i + (N - m) L_{m+1}
 * give exactly d<M>/dt for a moment M on sites 1..m. */
#include <stdio.h>
#include <string.h>
#include "derive.h"
#include "alloc.h"

typedef struct
{
    int k, K;
    slong nc;               /* cluster observables, 4^k - 1 */
    pauli_t *cob;           /* in canonical order */
    slong *cidx;            /* cluster key -> index in cob (-1: identity) */
    slong base;             /* nc + 1 */
    slong *var_of_code;     /* sorted tuple code -> variable */
} moments_struct;

static slong moment_tuple_code(slong *t, int r, const moments_struct *s)
{
    slong code = 0, i, j;

    for (i = 1; i < r; i++)     /* insertion sort */
        for (j = i; j > 0 && t[j - 1] > t[j]; j--)
        {
            slong x = t[j];
            t[j] = t[j - 1], t[j - 1] = x;
        }
    for (i = r - 1; i >= 0; i--)
        code = code * s->base + t[i] + 1;
    return code;
}

/* the cluster observables on the sites of key (S spins in all) */
static int moment_key_tuple(slong *t, uint32_t key, int S, const moments_struct *s)
{
    uint32_t x = key & ((1u << S) - 1u), z = key >> S, km = (1u << s->k) - 1u;
    int r = 0, site;

    for (site = 0; site * s->k < S; site++)
    {
        uint32_t ck = ((x >> (site * s->k)) & km) | (((z >> (site * s->k)) & km) << s->k);
        if (ck != 0)
            t[r++] = s->cidx[ck];
    }
    return r;
}

static pauli_t moment_tuple_pauli(const slong *t, int r, const moments_struct *s)
{
    pauli_t p = pauli_identity();
    int i;

    for (i = 0; i < r; i++)
    {
        p.x |= s->cob[t[i]].x << (i * s->k);
        p.z |= s->cob[t[i]].z << (i * s->k);
    }
    return p;
}

static void moments_clear(moments_struct *s)
{
    free(s->cob);
    free(s->cidx);
    free(s->var_of_code);
}

static void moments_init(moments_struct *s, int k, int K)
{
    slong i, ncode = 1;

    s->k = k, s->K = K;
    s->nc = ((slong) 1 << (2 * k)) - 1;
    s->base = s->nc + 1;
    s->cob = blochgen_malloc(s->nc * sizeof(pauli_t));
    pauli_list_observables(s->cob, k);
    s->cidx = blochgen_malloc((s->nc + 1) * sizeof(slong));
    s->cidx[0] = -1;
    for (i = 0; i < s->nc; i++)
        s->cidx[pauli_key(s->cob[i], k)] = i;
    for (i = 0; i < K; i++)
        ncode *= s->base;
    s->var_of_code = blochgen_malloc(ncode * sizeof(slong));
    for (i = 0; i < ncode; i++)
        s->var_of_code[i] = -1;
}

/* next non-decreasing tuple of length r over 0..nc-1; 0 after the last */
static int moment_tuple_next(slong *t, int r, slong nc)
{
    int i = r - 1, j;

    while (i >= 0 && t[i] == nc - 1)
        i--;
    if (i < 0)
        return 0;
    t[i]++;
    for (j = i + 1; j < r; j++)
        t[j] = t[i];
    return 1;
}

int derive_moment_model(model_t mo, const model_t nb, int K, char *msg, size_t size)
{
    moments_struct s;
    slong t[8], nobs = 0, alloc = 16, key, nkeys;
    int r, k = nb->sites;

    if (!nb->nbody)
        return snprintf(msg, size, "not an N-body model (no 'pairs' and no N)"), 2;
    if (K < 1 || K > 3)
        return snprintf(msg, size, "--order must be 1, 2 or 3"), 2;
    if ((K + 1) * k > PAULI_MAX_SITES)
        return snprintf(msg, size, "order %d needs %d spins in the equations of a %d-spin "
                        "cluster, above %d", K, (K + 1) * k, k, PAULI_MAX_SITES), 2;
    memset(mo, 0, sizeof(*mo));
    snprintf(mo->file, sizeof mo->file, "%s", nb->file);
    snprintf(mo->name, sizeof mo->name, "%.55s_o%d", nb->name, K);
    mo->sites = K * k;
    mo->cluster_sites = k;
    mo->moment_order = K;
    mo->nbody = 1;
    mo->nbody_line = nb->nbody_line;
    mo->thermal_param = -1;
    mo->limits = nb->limits;
    mo->nparams = nb->nparams;
    mo->params = blochgen_malloc((nb->nparams + 1) * sizeof(char *));
    for (key = 0; key <= nb->nparams; key++)
        mo->params[key] = strcpy(blochgen_malloc(strlen(nb->params[key]) + 1),
                                 nb->params[key]);
    /* the site symmetry acts on every site at once: on the K sites of the
       moments, the product of its copies (parities then follow as for
       any cluster, and derive_parity checks the equations keep them) */
    for (r = 0; r < PAULI_MAX_SITES; r++)
        mo->perm[r] = r;
    mo->has_symmetry = nb->has_symmetry;
    mo->symmetry = pauli_identity();
    for (r = 0; nb->has_symmetry && r < K; r++)
    {
        mo->symmetry.x |= nb->symmetry.x << (r * k);
        mo->symmetry.z |= nb->symmetry.z << (r * k);
    }
    fmpq_mpoly_ctx_init(mo->pctx, nb->nparams + 1, ORD_LEX);
    op_init(mo->ham, mo->pctx);

    moments_init(&s, k, K);
    mo->obs = blochgen_malloc(alloc * sizeof(pauli_t));
    for (r = 1; r <= K; r++)
    {
        int i;
        for (i = 0; i < r; i++)
            t[i] = 0;
        do
        {
            slong c[8];
            memcpy(c, t, r * sizeof(slong));
            if (nobs == alloc)
                mo->obs = blochgen_realloc(mo->obs, (alloc *= 2) * sizeof(pauli_t));
            mo->obs[nobs] = moment_tuple_pauli(t, r, &s);
            s.var_of_code[moment_tuple_code(c, r, &s)] = nobs;
            nobs++;
        } while (moment_tuple_next(t, r, s.nc));
    }
    mo->nobs = nobs;
    nkeys = (slong) 1 << (2 * mo->sites);
    mo->var_of_key = blochgen_malloc(nkeys * sizeof(slong));
    for (key = 0; key < nkeys; key++)
    {
        int n = moment_key_tuple(t, (uint32_t) key, mo->sites, &s);
        mo->var_of_key[key] = n == 0 ? -1 : s.var_of_code[moment_tuple_code(t, n, &s)];
    }
    moments_clear(&s);
    return 0;
}

/* clos = <X_1 ... X_{K+1}> with the joint cumulant set to zero:
   sum over the set partitions with b >= 2 blocks of (-1)^b (b-1)! times
   the product of the blocks' moments. */
static void closure(bpoly_t clos, const slong *t, int n, const moments_struct *s,
                    const fmpq_mpoly_ctx_t ctx)
{
    int rg[8], i, b;
    static const slong fact[] = {1, 1, 2, 6, 24, 120};
    bpoly_t prod, tmp;
    fmpq_t one, c;

    bpoly_init(prod, ctx), bpoly_init(tmp, ctx);
    fmpq_init(one), fmpq_init(c);
    fmpq_one(one);
    bpoly_zero(clos, ctx);
    for (i = 0; i < n; i++)
        rg[i] = 0;
    for (;;)
    {
        /* the partition of the restricted growth string rg */
        int nb = 0;
        for (i = 0; i < n; i++)
            nb = rg[i] + 1 > nb ? rg[i] + 1 : nb;
        if (nb >= 2)
        {
            bpoly_set_si(prod, 1, ctx);
            for (b = 0; b < nb; b++)
            {
                slong bt[8];
                int r = 0;
                for (i = 0; i < n; i++)
                    if (rg[i] == b)
                        bt[r++] = t[i];
                bpoly_zero(tmp, ctx);
                bpoly_addmul_var(tmp, prod, s->var_of_code[moment_tuple_code(bt, r, s)], one, ctx);
                bpoly_swap(prod, tmp);
            }
            fmpq_set_si(c, (nb & 1) ? -fact[nb - 1] : fact[nb - 1], 1);
            bpoly_addmul_fmpq(clos, prod, c, ctx);
        }
        /* next restricted growth string */
        for (i = n - 1; i > 0; i--)
        {
            int mx = 0, j;
            for (j = 0; j < i; j++)
                mx = rg[j] > mx ? rg[j] : mx;
            if (rg[i] <= mx)
            {
                rg[i]++;
                for (j = i + 1; j < n; j++)
                    rg[j] = 0;
                break;
            }
        }
        if (i == 0)
            break;
    }
    bpoly_clear(prod, ctx), bpoly_clear(tmp, ctx);
    fmpq_clear(one), fmpq_clear(c);
}

/* op r += c * a for a scalar polynomial c */
static int op_addmul_scalar(op_t r, const op_t a, const bpoly_t c, const fmpq_mpoly_ctx_t ctx)
{
    op_t sc, t;
    fmpq_t one;
    int st;

    op_init(sc, ctx), op_init(t, ctx);
    fmpq_init(one), fmpq_one(one);
    op_set_scalar(sc, c, ctx);
    st = op_mul(t, a, sc, ctx);
    op_addmul_fmpq(r, t, one, ctx);
    op_clear(sc, ctx), op_clear(t, ctx);
    fmpq_clear(one);
    return st;
}

/* The equations of the m-site moments (variables first .. first + count - 1
   of d) from the model on m + 1 sites. */
static int moment_block(derive_t d, const model_t nb, int m, slong first, slong count,
                        const moments_struct *s)
{
    const fmpq_mpoly_ctx_struct *ctx = nb->pctx;
    model_t tm;
    derive_t dt;
    bpoly_t nm, one_b, x, y, cb, clos;
    fmpq_t one;
    slong q, v, nkeys;
    int i, j, st = 0, S = (m + 1) * s->k;

    memset(tm, 0, sizeof(tm));
    snprintf(tm->file, sizeof tm->file, "%s", nb->file);
    snprintf(tm->name, sizeof tm->name, "%s", nb->name);
    tm->sites = S;
    tm->nparams = nb->nparams;
    tm->params = nb->params;
    memcpy(tm->pctx, nb->pctx, sizeof(tm->pctx));
    tm->limits = nb->limits;
    tm->thermal_param = -1;
    tm->nobs = count;
    tm->obs = d->m->obs + first;
    nkeys = (slong) 1 << (2 * S);
    tm->var_of_key = blochgen_malloc(nkeys * sizeof(slong));
    for (q = 0; q < nkeys; q++)
        tm->var_of_key[q] = q - 1;
    op_init(tm->ham, ctx);
    bpoly_init(nm, ctx), bpoly_init(one_b, ctx), bpoly_init(x, ctx), bpoly_init(y, ctx);
    bpoly_init(cb, ctx), bpoly_init(clos, ctx);
    fmpq_init(one), fmpq_one(one);
    /* N - m */
    bpoly_set_param(nm, nb->nparams - 1, ctx);
    bpoly_set_si(x, -m, ctx);
    bpoly_add(nm, nm, x, ctx);
    bpoly_set_si(one_b, 1, ctx);

    for (i = 0; i < m; i++)
        model_nbody_embed(tm->ham, nb->ham, i, nb);
    for (q = 0; q < nb->npairs && st == 0; q++)
    {
        const model_pairs_struct *p = nb->pairs + q;
        for (i = 0; i <= m && st == 0; i++)
            for (j = 0; j <= m && st == 0; j++)
            {
                op_t a, b, ab;
                if (i == j || (i == m && j == m))
                    continue;
                op_init(a, ctx), op_init(b, ctx), op_init(ab, ctx);
                model_nbody_embed(a, p->A, i, nb);
                model_nbody_embed(b, p->B, j, nb);
                st |= op_mul(ab, a, b, ctx);
                bpoly_set(x, p->rate, ctx);
                if (i == m || j == m)
                    st |= bpoly_mul(x, x, nm, ctx);
                st |= op_addmul_scalar(tm->ham, ab, x, ctx);
                op_clear(a, ctx), op_clear(b, ctx), op_clear(ab, ctx);
            }
    }
    tm->jumps = blochgen_calloc(nb->njumps * (m + 1) + 1, sizeof(model_jump_struct));
    for (q = 0; q < nb->njumps; q++)
    {
        const model_jump_struct *jb = nb->jumps + q;
        if (!jb->collective)
            for (i = 0; i < m; i++)
            {
                model_jump_struct *jt = tm->jumps + tm->njumps++;
                bpoly_init(jt->rate, ctx);
                bpoly_set(jt->rate, jb->rate, ctx);
                op_init(jt->L, ctx);
                model_nbody_embed(jt->L, jb->L, i, nb);
                jt->line = jb->line;
            }
        else
        {
            model_jump_struct *jt = tm->jumps + tm->njumps++;
            op_t e;
            bpoly_init(jt->rate, ctx);
            bpoly_set(jt->rate, jb->rate, ctx);
            op_init(jt->L, ctx);
            for (i = 0; i < m; i++)
                model_nbody_embed(jt->L, jb->L, i, nb);
            op_init(e, ctx);
            model_nbody_embed(e, jb->L, m, nb);
            st |= op_addmul_scalar(jt->L, e, nm, ctx);
            op_clear(e, ctx);
            jt->line = jb->line;
        }
    }
    if (st)
    {
        fprintf(stderr, "%s: the moment equations have too high a degree\n", nb->file);
        st = 2;
    }
    if (st == 0)
    {
        derive_init(dt, tm);
        st = derive_equations(dt);
        for (v = 0; v < count && st == 0; v++)
        {
            const bpoly_struct *raw = dt->rhs + v;
            bpoly_struct *out = d->rhs + first + v;
            for (q = 0; q < raw->length; q++)
            {
                slong t[8];
                int n;
                if (raw->mono[q].deg == 0)
                {
                    bpoly_add_term(out, raw->mono + q, raw->coeff + q, ctx);
                    continue;
                }
                n = moment_key_tuple(t, (uint32_t) raw->mono[q].var[0] + 1, S, s);
                bpoly_set_fmpq_mpoly(cb, raw->coeff + q, ctx);
                if (n <= s->K)
                    bpoly_addmul_var(out, cb, s->var_of_code[moment_tuple_code(t, n, s)], one, ctx);
                else
                {
                    closure(clos, t, n, s, ctx);
                    bpoly_addmul(out, cb, clos, one, ctx);
                }
            }
            model_nbody_normalize(out, d->m);
            st = derive_count_terms(d, out);
        }
        /* dt's model is borrowed: clear only what derive_init made */
        for (v = 0; v < count; v++)
            bpoly_clear(dt->rhs + v, ctx);
        free(dt->rhs);
    }
    for (q = 0; q < tm->njumps; q++)
    {
        bpoly_clear(tm->jumps[q].rate, ctx);
        op_clear(tm->jumps[q].L, ctx);
    }
    free(tm->jumps);
    op_clear(tm->ham, ctx);
    free(tm->var_of_key);
    bpoly_clear(nm, ctx), bpoly_clear(one_b, ctx), bpoly_clear(x, ctx), bpoly_clear(y, ctx);
    bpoly_clear(cb, ctx), bpoly_clear(clos, ctx);
    fmpq_clear(one);
    return st;
}

int derive_moments(derive_t d, const model_t mo, const model_t nb)
{
    moments_struct s;
    int K = mo->moment_order, m, st = 0;
    slong first = 0;

    derive_init(d, mo);
    d->nb = nb;
    moments_init(&s, nb->sites, K);
    /* the codes of the variables, in the order of derive_moment_model */
    {
        slong v, t[8];
        for (v = 0; v < mo->nobs; v++)
        {
            int n = moment_key_tuple(t, pauli_key(mo->obs[v], mo->sites), mo->sites, &s);
            s.var_of_code[moment_tuple_code(t, n, &s)] = v;
        }
    }
    for (m = 1; m <= K && st == 0; m++)
    {
        slong count = 0;
        while (first + count < mo->nobs &&
               pauli_weight(mo->obs[first + count]) >= 0 &&
               (slong) ((mo->obs[first + count].x | mo->obs[first + count].z) >>
                        ((m - 1) * nb->sites)) != 0 &&
               (slong) ((mo->obs[first + count].x | mo->obs[first + count].z) >>
                        (m * nb->sites)) == 0)
            count++;
        st = moment_block(d, nb, m, first, count, &s);
        first += count;
    }
    moments_clear(&s);
    if (st)
        return st;
    if (derive_jacobian(d) || derive_parity(d))
        return 2;
    derive_symmetric(d);
    d->cons_status = CONS_LIMIT;
    snprintf(d->cons_note, sizeof d->cons_note, "not attempted for moment equations");
    return 0;
}

int derive_moments_large_n(bpoly_t r, const bpoly_t p, const model_t mo)
{
    const fmpq_mpoly_ctx_struct *ctx = mo->pctx;
    slong nv = mo->nparams + 1, k, i;
    ulong *exp = blochgen_malloc(nv * sizeof(ulong));
    fmpq_mpoly_t c;
    fmpq_t q;
    int st = 0;

    fmpq_mpoly_init(c, ctx);
    fmpq_init(q);
    bpoly_zero(r, ctx);
    for (k = 0; k < p->length && st == 0; k++)
    {
        fmpq_mpoly_zero(c, ctx);
        for (i = 0; i < fmpq_mpoly_length(p->coeff + k, ctx); i++)
        {
            fmpq_mpoly_get_term_exp_ui(exp, p->coeff + k, i, ctx);
            fmpq_mpoly_get_term_coeff_fmpq(q, p->coeff + k, i, ctx);
            if (exp[nv - 2] > 0)
                st = 1;
            else if (exp[nv - 1] == 0)
                fmpq_mpoly_push_term_fmpq_ui(c, q, exp, ctx);
        }
        fmpq_mpoly_sort_terms(c, ctx);
        fmpq_mpoly_combine_like_terms(c, ctx);
        if (!fmpq_mpoly_is_zero(c, ctx))
            bpoly_add_term(r, p->mono + k, c, ctx);
    }
    fmpq_mpoly_clear(c, ctx);
    fmpq_clear(q);
    free(exp);
    return st;
}
