#include <stdlib.h>
#include <string.h>
#include "derive.h"
#include "alloc.h"

/* Random points tried before giving up: a point fails only if a random
   62-bit prime divides a nonzero minor's value there (probability about
   size / 2^62), so the second try is for paranoia. */
#define CONS_TRIES 3

/* The linear system: the columns are the unknowns, each the time
   derivative of its monomial (x_i or x_i x_j) as a bpoly, and the rows
   the monomials in x of these derivatives. */
typedef struct
{
    slong n, N, m;          /* variables, unknowns, rows */
    bpoly_struct *col;      /* N columns */
    slong **row;            /* row of each term of each column */
    bmono_t *mono;          /* the m row monomials, sorted */
} cons_system_t;

/* Unknown u is x_u (u < n; *j = -1) or x_i x_j, i <= j, in the order
   (0,0), (0,1), ..., (0,n-1), (1,1), ... */
static void unknown_vars(slong *i, slong *j, slong u, slong n)
{
    if (u < n)
    {
        *i = u;
        *j = -1;
        return;
    }
    u -= n;
    for (*i = 0; u >= n - *i; (*i)++)
        u -= n - *i;
    *j = *i + u;
}

static int mono_cmp(const void *a, const void *b)
{
    return bmono_cmp(a, b);
}

static void system_clear(cons_system_t *S, const fmpq_mpoly_ctx_t ctx)
{
    slong u;

    for (u = 0; u < S->N; u++)
    {
        bpoly_clear(S->col + u, ctx);
        free(S->row[u]);
    }
    free(S->col);
    free(S->row);
    free(S->mono);
}

/* d(x_i)/dt = rhs_i, d(x_i x_j)/dt = x_j rhs_i + x_i rhs_j; -1 if a
   degree would exceed BMONO_MAX_DEG. */
static int system_init(cons_system_t *S, const bpoly_struct *rhs, slong n,
                       const fmpq_mpoly_ctx_t ctx)
{
    slong u, i, j, k, total = 0;
    fmpq_t s;
    int st = 0;

    S->n = n;
    S->N = n + n * (n + 1) / 2;
    S->col = blochgen_malloc((S->N + 1) * sizeof(bpoly_struct));
    S->row = blochgen_calloc(S->N + 1, sizeof(slong *));
    fmpq_init(s);
    for (u = 0; u < S->N; u++)
    {
        bpoly_init(S->col + u, ctx);
        unknown_vars(&i, &j, u, n);
        if (j < 0)
            bpoly_set(S->col + u, rhs + i, ctx);
        else
        {
            fmpq_set_si(s, i == j ? 2 : 1, 1);
            st |= bpoly_addmul_var(S->col + u, rhs + i, j, s, ctx);
            if (i != j)
                st |= bpoly_addmul_var(S->col + u, rhs + j, i, s, ctx);
        }
        total += S->col[u].length;
    }
    fmpq_clear(s);
    S->mono = blochgen_malloc((total + 1) * sizeof(bmono_t));
    S->m = 0;
    if (st != 0)
        return -1;
    for (u = 0; u < S->N; u++)
        for (k = 0; k < S->col[u].length; k++)
            S->mono[S->m++] = S->col[u].mono[k];
    qsort(S->mono, S->m, sizeof(bmono_t), mono_cmp);
    for (i = 0, k = 0; i < S->m; i++)
        if (k == 0 || bmono_cmp(S->mono + k - 1, S->mono + i) != 0)
            S->mono[k++] = S->mono[i];
    S->m = k;
    for (u = 0; u < S->N; u++)
    {
        S->row[u] = blochgen_malloc((S->col[u].length + 1) * sizeof(slong));
        for (k = 0; k < S->col[u].length; k++)
        {
            bmono_t *r = bsearch(S->col[u].mono + k, S->mono, S->m, sizeof(bmono_t), mono_cmp);
            S->row[u][k] = r - S->mono;
        }
    }
    return 0;
}

/* c mod p at the parameter values alpha; -1 if its denominator is 0 mod p */
static int coeff_nmod(ulong *r, const fmpq_mpoly_t c, const ulong *alpha, nmod_t mod,
                      const fmpq_mpoly_ctx_t ctx)
{
    fmpq_mpoly_struct *cc = (fmpq_mpoly_struct *) c;   /* the _ref accessors are not const */
    const fmpq *content = fmpq_mpoly_content_ref(cc, ctx);
    ulong num = fmpz_fdiv_ui(fmpq_numref(content), mod.n);
    ulong den = fmpz_fdiv_ui(fmpq_denref(content), mod.n);
    ulong v = fmpz_mpoly_evaluate_all_nmod(fmpq_mpoly_zpoly_ref(cc, ctx), alpha, ctx->zctx, mod);

    if (den == 0)
        return -1;
    *r = nmod_mul(nmod_mul(v, num, mod), n_invmod(den, mod.n), mod);
    return 0;
}

/* Pivot columns of an rref'd matrix: the first nonzero of each of its
   rank rows. */
static void rref_pivots(slong *piv, const nmod_mat_t M, slong rank)
{
    slong i, j = 0;

    for (i = 0; i < rank; i++)
    {
        while (nmod_mat_entry(M, i, j) == 0)
            j++;
        piv[i] = j;
    }
}

/* At random parameter values modulo a random prime: the rank r, the first
   r independent columns pc[] and r independent rows pr[] of the system.
   Its generic rank (over Q(params)) is at least r, and the square block
   (pr, pc) is nonsingular over Q(params), since it is at the point.  -1
   if a denominator vanishes at the point. */
static slong modular_pivots(slong *pc, slong *pr, const cons_system_t *S, flint_rand_t st,
                            const fmpq_mpoly_ctx_t ctx)
{
    slong np = fmpq_mpoly_ctx_nvars(ctx), u, k, i, r = -1;
    ulong *alpha = blochgen_malloc((np + 1) * sizeof(ulong));
    nmod_mat_t M, M0, T;
    nmod_t mod;

    nmod_init(&mod, n_randprime(st, FLINT_BITS - 2, 0));
    for (k = 0; k < np; k++)
        alpha[k] = n_randint(st, mod.n);
    nmod_mat_init(M, S->m, S->N, mod.n);
    for (u = 0; u < S->N; u++)
        for (k = 0; k < S->col[u].length; k++)
        {
            ulong v;
            if (coeff_nmod(&v, S->col[u].coeff + k, alpha, mod, ctx) != 0)
                goto done;
            nmod_mat_entry(M, S->row[u][k], u) = v;
        }
    nmod_mat_init_set(M0, M);
    r = nmod_mat_rref(M);
    rref_pivots(pc, M, r);
    /* the pivot columns, transposed: their pivots are independent rows of
       the system */
    nmod_mat_init(T, r, S->m, mod.n);
    for (i = 0; i < r; i++)
        for (k = 0; k < S->m; k++)
            nmod_mat_entry(T, i, k) = nmod_mat_entry(M0, k, pc[i]);
    nmod_mat_clear(M0);
    if (nmod_mat_rref(T) != r)
        abort();        /* r independent columns have r independent rows */
    rref_pivots(pr, T, r);
    nmod_mat_clear(T);
done:
    nmod_mat_clear(M);
    free(alpha);
    return r;
}

static void get_q(fmpz_mpoly_q_t r, const fmpq_mpoly_t c, const fmpq_mpoly_ctx_t ctx)
{
    fmpq_mpoly_struct *cc = (fmpq_mpoly_struct *) c;
    const fmpq *content = fmpq_mpoly_content_ref(cc, ctx);

    fmpz_mpoly_scalar_mul_fmpz(fmpz_mpoly_q_numref(r), fmpq_mpoly_zpoly_ref(cc, ctx),
                               fmpq_numref(content), ctx->zctx);
    fmpz_mpoly_set_fmpz(fmpz_mpoly_q_denref(r), fmpq_denref(content), ctx->zctx);
    fmpz_mpoly_q_canonicalise(r, ctx->zctx);
}

/* dst[j] -= f src[j] for j in [from, w), each product and sum checked
   against the limits first (t: scratch); zero entries of src cost
   nothing.  0, or the limit's status with msg set. */
static int row_sub_mul(fmpz_mpoly_q_struct *dst, const fmpz_mpoly_q_struct *src,
                       const fmpz_mpoly_q_t f, slong from, slong w, fmpz_mpoly_q_t t,
                       const limit_struct *L, double *formed, char *msg, const char *what,
                       const fmpz_mpoly_ctx_t qctx)
{
    int st;

    for (slong j = from; j < w; j++)
    {
        if (fmpz_mpoly_q_is_zero(src + j, qctx))
            continue;
        if ((st = derive_check_mul_q(f, src + j, 0, L, formed, msg, what, qctx)) != 0)
            return st;
        fmpz_mpoly_q_mul(t, f, src + j, qctx);
        if ((st = derive_check_add_q(dst + j, t, L, formed, msg, what, qctx)) != 0)
            return st;
        fmpz_mpoly_q_sub(dst + j, dst + j, t, qctx);
    }
    return 0;
}

/* Gauss-Jordan elimination of the r x w matrix A over Q(params) on its
   first r columns (nonsingular), with full pivoting: each step takes the
   pivot of least Markowitz cost (fill-in), then of fewest terms, since
   the systems of real models are sparse and Q(params) entries grow with
   every update.  Row i ends with 1 in column piv[i] and 0 in the other
   pivot columns.  0, -1 if singular, 2 with a message at a limit. */
static int solve_sparse_q(slong *piv, fmpz_mpoly_q_struct *A, slong r, slong w,
                          const limit_struct *L, char *msg, double *formed,
                          const fmpz_mpoly_ctx_t qctx)
{
    const char *what = "the conserved quantities' elimination";
    char *rdone = blochgen_calloc(r + 1, 1), *cdone = blochgen_calloc(r + 1, 1);
    slong *rc = blochgen_malloc((r + 1) * sizeof(slong));
    slong *cc = blochgen_malloc((r + 1) * sizeof(slong));
    fmpz_mpoly_q_t f, t;
    slong step, i, j, c;
    int st = 0;

    fmpz_mpoly_q_init(f, qctx);
    fmpz_mpoly_q_init(t, qctx);
    for (step = 0; step < r && st == 0; step++)
    {
        slong bi = -1, bc = -1, bcost = 0, blen = 0;
        for (i = 0; i < r; i++)
            rc[i] = cc[i] = 0;
        for (i = 0; i < r; i++)
            for (c = 0; c < r && !rdone[i]; c++)
                if (!cdone[c] && !fmpz_mpoly_q_is_zero(A + i * w + c, qctx))
                {
                    rc[i]++;
                    cc[c]++;
                }
        for (i = 0; i < r; i++)
            for (c = 0; c < r && !rdone[i]; c++)
                if (!cdone[c] && !fmpz_mpoly_q_is_zero(A + i * w + c, qctx))
                {
                    slong cost = (rc[i] - 1) * (cc[c] - 1);
                    slong len = fmpz_mpoly_length(fmpz_mpoly_q_numref(A + i * w + c), qctx) +
                                fmpz_mpoly_length(fmpz_mpoly_q_denref(A + i * w + c), qctx);
                    if (bi < 0 || cost < bcost || (cost == bcost && len < blen))
                    {
                        bi = i;
                        bc = c;
                        bcost = cost;
                        blen = len;
                    }
                }
        if (bi < 0)
        {
            st = -1;
            break;
        }
        rdone[bi] = cdone[bc] = 1;
        piv[bi] = bc;
        fmpz_mpoly_q_inv(f, A + bi * w + bc, qctx);
        for (j = 0; j < w && st == 0; j++)
            if (!fmpz_mpoly_q_is_zero(A + bi * w + j, qctx) &&
                (st = derive_check_mul_q(A + bi * w + j, f, 0, L, formed, msg, what, qctx)) == 0)
                fmpz_mpoly_q_mul(A + bi * w + j, A + bi * w + j, f, qctx);
        for (i = 0; i < r && st == 0; i++)
        {
            if (i == bi || fmpz_mpoly_q_is_zero(A + i * w + bc, qctx))
                continue;
            fmpz_mpoly_q_set(f, A + i * w + bc, qctx);
            st = row_sub_mul(A + i * w, A + bi * w, f, 0, w, t, L, formed, msg, what, qctx);
        }
    }
    fmpz_mpoly_q_clear(f, qctx);
    fmpz_mpoly_q_clear(t, qctx);
    free(rdone);
    free(cdone);
    free(rc);
    free(cc);
    return st;
}

/* Reduced row echelon form of the k x N matrix V over Q(params), so that
   the basis does not depend on the point's pivots. */
static int rref_q(fmpz_mpoly_q_struct *V, slong k, slong N, const limit_struct *L, char *msg,
                  double *formed, const fmpz_mpoly_ctx_t qctx)
{
    const char *what = "the conserved quantities' echelon form";
    fmpz_mpoly_q_t f, t;
    slong row = 0, c, r, j;
    int st = 0;

    fmpz_mpoly_q_init(f, qctx);
    fmpz_mpoly_q_init(t, qctx);
    for (c = 0; c < N && row < k && st == 0; c++)
    {
        for (r = row; r < k && fmpz_mpoly_q_is_zero(V + r * N + c, qctx); r++)
            ;
        if (r == k)
            continue;
        for (j = 0; j < N && r != row; j++)
            fmpz_mpoly_q_swap(V + r * N + j, V + row * N + j, qctx);
        fmpz_mpoly_q_inv(f, V + row * N + c, qctx);
        for (j = c; j < N && st == 0; j++)
            if ((st = derive_check_mul_q(V + row * N + j, f, 0, L, formed, msg, what, qctx)) == 0)
                fmpz_mpoly_q_mul(V + row * N + j, V + row * N + j, f, qctx);
        for (r = 0; r < k && st == 0; r++)
        {
            if (r == row || fmpz_mpoly_q_is_zero(V + r * N + c, qctx))
                continue;
            fmpz_mpoly_q_set(f, V + r * N + c, qctx);
            st = row_sub_mul(V + r * N, V + row * N, f, c, N, t, L, formed, msg, what, qctx);
        }
        row++;
    }
    fmpz_mpoly_q_clear(f, qctx);
    fmpz_mpoly_q_clear(t, qctx);
    return st;
}

/* Row v (N entries) as a polynomial C: denominators cleared, the
   coefficients divided by their gcd, the first one's leading term
   positive. */
static int row_to_bpoly(bpoly_t C, fmpz_mpoly_q_struct *v, slong n, slong N,
                        const limit_struct *L, char *msg, double *formed,
                        const fmpq_mpoly_ctx_t ctx)
{
    const fmpz_mpoly_ctx_struct *qctx = ctx->zctx;
    const char *what = "a conserved quantity's common denominator";
    fmpz_mpoly_t den, g, t;
    fmpq_mpoly_t c;
    limit_size_t s;
    slong u, i, j, first = -1;
    int st = 0;

    fmpz_mpoly_init(den, qctx);
    fmpz_mpoly_init(g, qctx);
    fmpz_mpoly_init(t, qctx);
    fmpq_mpoly_init(c, ctx);
    fmpz_mpoly_one(den, qctx);
    /* den = lcm of the denominators */
    for (u = 0; u < N && st == 0; u++)
    {
        fmpz_mpoly_struct *du = fmpz_mpoly_q_denref(v + u);
        if (fmpz_mpoly_q_is_zero(v + u, qctx) || fmpz_mpoly_is_one(du, qctx))
            continue;
        fmpz_mpoly_gcd(g, den, du, qctx);
        fmpz_mpoly_divides(t, du, g, qctx);
        limit_size_mul_fmpz_mpoly(&s, den, t, qctx);
        if ((st = limit_check(msg, DERIVE_NOTE_MAX, L, &s, formed, what)) == 0)
            fmpz_mpoly_mul(den, den, t, qctx);
    }
    /* numerators over den, then their gcd g */
    fmpz_mpoly_zero(g, qctx);
    for (u = 0; u < N && st == 0; u++)
    {
        if (fmpz_mpoly_q_is_zero(v + u, qctx))
            continue;
        if (first < 0)
            first = u;
        fmpz_mpoly_divides(t, den, fmpz_mpoly_q_denref(v + u), qctx);
        limit_size_mul_fmpz_mpoly(&s, fmpz_mpoly_q_numref(v + u), t, qctx);
        if ((st = limit_check(msg, DERIVE_NOTE_MAX, L, &s, formed, what)) != 0)
            break;
        fmpz_mpoly_mul(fmpz_mpoly_q_numref(v + u), fmpz_mpoly_q_numref(v + u), t, qctx);
        fmpz_mpoly_one(fmpz_mpoly_q_denref(v + u), qctx);
        fmpz_mpoly_gcd(g, g, fmpz_mpoly_q_numref(v + u), qctx);
    }
    if (st == 0 && first >= 0)
    {
        fmpz_t lc;
        fmpz_init(lc);
        fmpz_mpoly_get_term_coeff_fmpz(lc, fmpz_mpoly_q_numref(v + first), 0, qctx);
        if (fmpz_sgn(lc) < 0)
            fmpz_mpoly_neg(g, g, qctx);
        fmpz_clear(lc);
        bpoly_zero(C, ctx);
        for (u = 0; u < N; u++)
        {
            bmono_t mo, mj;
            if (fmpz_mpoly_q_is_zero(v + u, qctx))
                continue;
            fmpz_mpoly_divides(fmpq_mpoly_zpoly_ref(c, ctx), fmpz_mpoly_q_numref(v + u), g,
                               qctx);
            fmpq_one(fmpq_mpoly_content_ref(c, ctx));
            fmpq_mpoly_reduce(c, ctx);
            unknown_vars(&i, &j, u, n);
            bmono_var(&mo, i);
            if (j >= 0)
            {
                bmono_var(&mj, j);
                bmono_mul(&mo, &mo, &mj);
            }
            bpoly_add_term(C, &mo, c, ctx);
        }
    }
    fmpz_mpoly_clear(den, qctx);
    fmpz_mpoly_clear(g, qctx);
    fmpz_mpoly_clear(t, qctx);
    fmpq_mpoly_clear(c, ctx);
    return st;
}

/* dC/dt = sum_i (dC/dx_i) rhs_i, exactly: 1 if it vanishes, 0 if not,
   2 with a message if a product would exceed L. */
static int check_conserved(const bpoly_t C, const bpoly_struct *rhs, slong n,
                           const limit_struct *L, char *msg, double *formed,
                           const fmpq_mpoly_ctx_t ctx)
{
    bpoly_t g, D;
    limit_size_t a, b, s;
    fmpq_t one;
    slong i;
    int st = 0;

    bpoly_init(g, ctx);
    bpoly_init(D, ctx);
    fmpq_init(one);
    fmpq_one(one);
    for (i = 0; i < n && st == 0; i++)
    {
        bpoly_derivative(g, C, i, ctx);
        if (bpoly_is_zero(g))
            continue;
        bpoly_size(&a, g, ctx);
        bpoly_size(&b, rhs + i, ctx);
        limit_size_mul(&s, &a, &b);
        if ((st = limit_check(msg, DERIVE_NOTE_MAX, L, &s, formed,
                              "dC/dt of a conserved quantity")) == 0 &&
            bpoly_addmul(D, g, rhs + i, one, ctx) != 0)
            abort();    /* the system's columns had these degrees */
    }
    if (st == 0)
        st = bpoly_is_zero(D);
    bpoly_clear(g, ctx);
    bpoly_clear(D, ctx);
    fmpq_clear(one);
    return st;
}

/* One attempt at one random point: 0 (basis set), -1 (an unlucky point:
   try another), 2 (a limit; message in msg). */
static int attempt(bpoly_struct **basis, slong *count, const cons_system_t *S,
                   const bpoly_struct *rhs, const limit_struct *L, char *msg, flint_rand_t rs,
                   const fmpq_mpoly_ctx_t ctx)
{
    const fmpz_mpoly_ctx_struct *qctx = ctx->zctx;
    slong N = S->N, *pc = blochgen_malloc((N + 1) * sizeof(slong));
    slong *pr = blochgen_malloc((N + 1) * sizeof(slong));
    slong *pos = blochgen_malloc((N + 1) * sizeof(slong));
    slong *rowpos = blochgen_malloc((S->m + 1) * sizeof(slong));
    slong *order = blochgen_malloc((N + 1) * sizeof(slong));
    slong *piv = blochgen_malloc((N + 1) * sizeof(slong));
    fmpz_mpoly_q_struct *A = NULL, *V = NULL;
    slong r, k = 0, w = 0, u, i, t;
    double formed = 0;
    int st = 0;

    *count = 0;
    *basis = NULL;
    r = modular_pivots(pc, pr, S, rs, ctx);
    if (r < 0)
        st = -1;
    else if (r < N)
    {
        /* columns: the pivots, then the free unknowns */
        k = N - r;
        w = N;
        for (u = 0; u < N; u++)
            pos[u] = -1;
        for (i = 0; i < r; i++)
            pos[pc[i]] = i;
        for (u = 0, t = r; u < N; u++)
            if (pos[u] < 0)
                pos[u] = t++;
        for (u = 0; u < N; u++)
            order[pos[u]] = u;
        for (i = 0; i < S->m; i++)
            rowpos[i] = -1;
        for (i = 0; i < r; i++)
            rowpos[pr[i]] = i;
        A = blochgen_malloc((r * w + 1) * sizeof(fmpz_mpoly_q_struct));
        for (i = 0; i < r * w; i++)
            fmpz_mpoly_q_init(A + i, qctx);
        for (u = 0; u < N; u++)
            for (t = 0; t < S->col[u].length; t++)
                if (rowpos[S->row[u][t]] >= 0)
                    get_q(A + rowpos[S->row[u][t]] * w + pos[u], S->col[u].coeff + t, ctx);
        st = solve_sparse_q(piv, A, r, w, L, msg, &formed, qctx);
        if (st == 0)
        {
            /* free unknown t at 1, the others 0, the pivots solved for */
            V = blochgen_malloc((k * N + 1) * sizeof(fmpz_mpoly_q_struct));
            for (i = 0; i < k * N; i++)
                fmpz_mpoly_q_init(V + i, qctx);
            for (t = 0; t < k; t++)
            {
                fmpz_mpoly_q_one(V + t * N + order[r + t], qctx);
                for (i = 0; i < r; i++)
                    fmpz_mpoly_q_neg(V + t * N + pc[piv[i]], A + i * w + r + t, qctx);
            }
            st = rref_q(V, k, N, L, msg, &formed, qctx);
        }
        if (st == 0)
        {
            *basis = flint_malloc(k * sizeof(bpoly_struct));
            for (t = 0; t < k; t++)
                bpoly_init(*basis + t, ctx);
            *count = k;
            for (t = 0; t < k && st == 0; t++)
                if ((st = row_to_bpoly(*basis + t, V + t * N, S->n, N, L, msg, &formed,
                                       ctx)) == 0)
                {
                    st = check_conserved(*basis + t, rhs, S->n, L, msg, &formed, ctx);
                    st = st == 1 ? 0 : st == 0 ? -1 : st;
                }
        }
    }
    if (A != NULL)
        for (i = 0; i < r * w; i++)
            fmpz_mpoly_q_clear(A + i, qctx);
    if (V != NULL)
        for (i = 0; i < k * N; i++)
            fmpz_mpoly_q_clear(V + i, qctx);
    free(A);
    free(V);
    free(pc);
    free(pr);
    free(pos);
    free(rowpos);
    free(order);
    free(piv);
    return st;
}

int derive_conserved_basis(bpoly_struct **basis, slong *count, const bpoly_struct *rhs, slong n,
                           const limit_struct *L, char *msg, const fmpq_mpoly_ctx_t ctx)
{
    cons_system_t S;
    flint_rand_t rs;
    slong t;
    int st = -1, tries;

    *basis = NULL;
    *count = 0;
    if (system_init(&S, rhs, n, ctx) != 0)
    {
        snprintf(msg, DERIVE_NOTE_MAX, "the equations have degree above %d, too high for "
                 "the quadratic ansatz", BMONO_MAX_DEG - 1);
        system_clear(&S, ctx);
        return 2;
    }
    /* a fixed seed: the same model gives the same output every run (the
       canonical form makes the basis independent of the point anyway) */
    flint_rand_init(rs);
    for (tries = 0; tries < CONS_TRIES && st < 0; tries++)
    {
        st = attempt(basis, count, &S, rhs, L, msg, rs, ctx);
        if (st != 0)
        {
            for (t = 0; t < *count; t++)
                bpoly_clear(*basis + t, ctx);
            flint_free(*basis);
            *basis = NULL;
            *count = 0;
        }
    }
    if (st < 0)
    {
        snprintf(msg, DERIVE_NOTE_MAX, "no random point of %d gave a basis that checks exactly",
                 CONS_TRIES);
        st = 2;
    }
    flint_rand_clear(rs);
    system_clear(&S, ctx);
    return st;
}

void derive_conserved(derive_t d)
{
    d->ncons = 0;
    d->cons = NULL;
    d->cons_note[0] = '\0';
    if (d->m->nlevels > 0)
        d->cons_status = CONS_DM_ONLY;
    else if (d->n > DERIVE_CONS_MAX)
        d->cons_status = CONS_TOO_LARGE;
    else if (derive_conserved_basis(&d->cons, &d->ncons, d->rhs, d->n, &d->m->limits,
                                    d->cons_note, d->m->pctx) != 0)
        d->cons_status = CONS_LIMIT;
    else
        d->cons_status = CONS_DONE;
}
