/* Conserved quantities of degree <= 2 (derive_conserved_basis) against
   fields built to have them or not:
   * f = A(x) grad C with A antisymmetric (polynomial entries) conserves
     C, since dC/dt = grad C . A grad C = 0: C lies in the span of the
     basis found (checked by ranks modulo a prime at random parameters);
   * every basis element found has dC/dt = 0 at random points in doubles
     (bpoly_evaluate_d, independent of the exact check inside);
   * a random field with a constant term, a random linear part and
     random quadratic terms has none;
   * the rotation f = (-y, x, 0) has exactly z, x^2 + y^2 and z^2. */
#include <math.h>
#include <string.h>
#include "testutil.h"
#include "derive.h"

#define NPAR 2

static void random_coeff(fmpq_mpoly_t c, flint_rand_t st, const fmpq_mpoly_ctx_t ctx)
{
    do
        fmpq_mpoly_randtest_bound(c, st, 1 + n_randint(st, 3), 6, 2, ctx);
    while (fmpq_mpoly_is_zero(c, ctx));
}

/* a random term of degree deg (0, 1 or 2) in n variables added to p */
static void add_random_term(bpoly_t p, slong n, int deg, flint_rand_t st,
                            const fmpq_mpoly_ctx_t ctx)
{
    bmono_t m, v;
    fmpq_mpoly_t c;
    int k;

    fmpq_mpoly_init(c, ctx);
    random_coeff(c, st, ctx);
    bmono_one(&m);
    for (k = 0; k < deg; k++)
    {
        bmono_var(&v, n_randint(st, n));
        bmono_mul(&m, &m, &v);
    }
    bpoly_add_term(p, &m, c, ctx);
    fmpq_mpoly_clear(c, ctx);
}

/* Index of a monomial of degree 1 or 2 in a coefficient vector of
   length n + n * n. */
static slong mono_index(const bmono_t *m, slong n)
{
    return m->deg == 1 ? m->var[0] : n + m->var[0] * n + m->var[1];
}

/* rank modulo p of the coefficient vectors of the polynomials P[0..k) at
   the parameter values alpha */
static slong rank_mod(const bpoly_struct *P, slong k, slong n, const ulong *alpha, nmod_t mod,
                      const fmpq_mpoly_ctx_t ctx)
{
    nmod_mat_t M;
    slong i, t, r;

    nmod_mat_init(M, k, n + n * n, mod.n);
    for (i = 0; i < k; i++)
        for (t = 0; t < P[i].length; t++)
        {
            fmpq_mpoly_struct *c = P[i].coeff + t;
            const fmpq *ct = fmpq_mpoly_content_ref(c, ctx);
            ulong v = fmpz_mpoly_evaluate_all_nmod(fmpq_mpoly_zpoly_ref(c, ctx), alpha,
                                                   ctx->zctx, mod);
            v = nmod_mul(v, fmpz_fdiv_ui(fmpq_numref(ct), mod.n), mod);
            v = nmod_mul(v, n_invmod(fmpz_fdiv_ui(fmpq_denref(ct), mod.n), mod.n), mod);
            if (P[i].mono[t].deg == 0)
                TEST_FAIL("a constant term in a conserved quantity");
            nmod_mat_entry(M, i, mono_index(P[i].mono + t, n)) = v;
        }
    r = nmod_mat_rank(M);
    nmod_mat_clear(M);
    return r;
}

/* dC/dt at random x and parameters, relative to the size of its terms */
static void check_numeric(const bpoly_t C, const bpoly_struct *f, slong n, flint_rand_t st,
                          const fmpq_mpoly_ctx_t ctx)
{
    double x[8], par[NPAR], s = 0, scale = 0;
    bpoly_t g;
    slong i, rep;

    bpoly_init(g, ctx);
    for (rep = 0; rep < 3; rep++)
    {
        for (i = 0; i < n; i++)
            x[i] = 2.0 * n_randint(st, 1000) / 1000 - 1;
        for (i = 0; i < NPAR; i++)
            par[i] = 2.0 * n_randint(st, 1000) / 1000 - 1;
        s = scale = 0;
        for (i = 0; i < n; i++)
        {
            double a, b;
            bpoly_derivative(g, C, i, ctx);
            a = bpoly_evaluate_d(g, x, par, ctx);
            b = bpoly_evaluate_d(f + i, x, par, ctx);
            s += a * b;
            scale += fabs(a * b);
        }
        if (fabs(s) > 1e-6 * (1 + scale))
            TEST_FAIL("dC/dt = %g (terms up to %g) for a conserved quantity found", s, scale);
    }
    bpoly_clear(g, ctx);
}

int main(void)
{
    flint_rand_t st;
    fmpq_mpoly_ctx_t ctx;
    limit_t L;
    char msg[DERIVE_NOTE_MAX];
    long rep;
    slong planted_total = 0;

    test_rand_init(st, "t-conserved");
    fmpq_mpoly_ctx_init(ctx, NPAR, ORD_LEX);
    limit_init(L);
    for (rep = 0; rep < test_reps(40); rep++)
    {
        /* n <= 4: dense random systems of 5 variables (20 unknowns) exceed the
           default limit terms, unlike the sparse ones of real models */
        slong n = 1 + n_randint(st, 4), i, j, k, count;
        int planted = rep % 2 == 0;
        bpoly_struct *f = flint_malloc(n * sizeof(bpoly_struct)), *basis;
        bpoly_t C, g, a, t;
        bpoly_init(C, ctx);
        bpoly_init(g, ctx);
        bpoly_init(a, ctx);
        bpoly_init(t, ctx);
        for (i = 0; i < n; i++)
            bpoly_init(f + i, ctx);
        if (planted)
        {
            /* C of degree 1 or 2 (a quadratic term whenever n_randint
               says 2), f_i = sum_j A_ij dC/dx_j, A_ji = -A_ij of degree
               <= 1 */
            int deg = 1 + n_randint(st, 2);
            for (k = 0; k < 1 + (slong) n_randint(st, 4); k++)
                add_random_term(C, n, 1 + n_randint(st, deg), st, ctx);
            add_random_term(C, n, deg, st, ctx);
            if (n == 1 || bpoly_degree(C) < 1)
                goto next;      /* no nonzero antisymmetric A in one variable */
            for (i = 0; i < n; i++)
                for (j = i + 1; j < n; j++)
                {
                    bpoly_zero(a, ctx);
                    if (n_randint(st, 4) != 0)
                        add_random_term(a, n, 0, st, ctx);
                    if (n_randint(st, 2) != 0)
                        add_random_term(a, n, 1, st, ctx);
                    /* f_i += A_ij dC/dx_j, f_j -= A_ij dC/dx_i */
                    bpoly_derivative(g, C, j, ctx);
                    bpoly_mul(t, a, g, ctx);
                    bpoly_add(f + i, f + i, t, ctx);
                    bpoly_derivative(g, C, i, ctx);
                    bpoly_mul(t, a, g, ctx);
                    bpoly_sub(f + j, f + j, t, ctx);
                }
        }
        else
            for (i = 0; i < n; i++)
            {
                /* a constant, every linear term, some quadratic ones */
                bmono_t m;
                fmpq_mpoly_t c;
                fmpq_mpoly_init(c, ctx);
                add_random_term(f + i, n, 0, st, ctx);
                for (j = 0; j < n; j++)
                {
                    random_coeff(c, st, ctx);
                    bmono_var(&m, j);
                    bpoly_add_term(f + i, &m, c, ctx);
                }
                for (k = 0; k < 1 + (slong) n_randint(st, 3); k++)
                    add_random_term(f + i, n, 2, st, ctx);
                fmpq_mpoly_clear(c, ctx);
            }
        if (derive_conserved_basis(&basis, &count, f, n, L, msg, ctx) != 0)
            TEST_FAIL("stopped (n = %ld, %s): %s", (long) n, planted ? "planted" : "random", msg);
        for (k = 0; k < count; k++)
            check_numeric(basis + k, f, n, st, ctx);
        if (!planted && count != 0)
            TEST_FAIL("%ld conserved quantities of a random field (n = %ld)", (long) count,
                      (long) n);
        if (planted)
        {
            bpoly_struct *all = flint_malloc((count + 1) * sizeof(bpoly_struct));
            ulong alpha[NPAR];
            nmod_t mod;
            nmod_init(&mod, n_randprime(st, 60, 0));
            for (i = 0; i < NPAR; i++)
                alpha[i] = n_randint(st, mod.n);
            for (k = 0; k < count; k++)
                all[k] = basis[k];
            all[count] = *C;
            if (count == 0 || rank_mod(all, count + 1, n, alpha, mod, ctx) !=
                rank_mod(all, count, n, alpha, mod, ctx))
                TEST_FAIL("the planted C is not in the span of the %ld found (n = %ld)",
                          (long) count, (long) n);
            flint_free(all);
            planted_total++;
        }
        for (k = 0; k < count; k++)
            bpoly_clear(basis + k, ctx);
        flint_free(basis);
next:
        for (i = 0; i < n; i++)
            bpoly_clear(f + i, ctx);
        flint_free(f);
        bpoly_clear(C, ctx);
        bpoly_clear(g, ctx);
        bpoly_clear(a, ctx);
        bpoly_clear(t, ctx);
    }
    if (planted_total < test_reps(40) / 4)
        TEST_FAIL("only %ld planted cases ran", (long) planted_total);
    {
        /* rotation about z: exactly z, x^2 + y^2, z^2 in this order */
        bpoly_struct f[3], *basis;
        fmpq_t s;
        slong count, k;
        const char *want[3] = {"x3", "x1^2+x2^2", "x3^2"};
        bpoly_t w, v, u;

        fmpq_init(s);
        for (k = 0; k < 3; k++)
            bpoly_init(f + k, ctx);
        bpoly_init(w, ctx);
        bpoly_init(v, ctx);
        bpoly_init(u, ctx);
        bpoly_set_var(f + 0, 1, ctx);
        fmpq_set_si(s, -1, 1);
        bpoly_scalar_mul_fmpq(f + 0, f + 0, s, ctx);
        bpoly_set_var(f + 1, 0, ctx);
        if (derive_conserved_basis(&basis, &count, f, 3, L, msg, ctx) != 0 || count != 3)
            TEST_FAIL("rotation: %ld conserved quantities, want 3", (long) count);
        for (k = 0; k < 3; k++)
        {
            /* build the expected polynomial */
            bpoly_zero(w, ctx);
            if (k == 0)
                bpoly_set_var(w, 2, ctx);
            else
            {
                slong a = k == 1 ? 0 : 2;
                bpoly_set_var(v, a, ctx);
                fmpq_one(s);
                bpoly_zero(u, ctx);
                bpoly_addmul(u, v, v, s, ctx);
                if (k == 1)
                {
                    bpoly_set_var(v, 1, ctx);
                    bpoly_addmul(u, v, v, s, ctx);
                }
                bpoly_set(w, u, ctx);
            }
            if (!bpoly_equal(w, basis + k, ctx))
                TEST_FAIL("rotation: C%ld is not %s", (long) k + 1, want[k]);
            bpoly_clear(basis + k, ctx);
        }
        flint_free(basis);
        for (k = 0; k < 3; k++)
            bpoly_clear(f + k, ctx);
        bpoly_clear(w, ctx);
        bpoly_clear(v, ctx);
        bpoly_clear(u, ctx);
        fmpq_clear(s);
    }
    {
        /* terms=1 stops the exact elimination with a message naming it */
        bpoly_struct f[3], *basis;
        slong count, k;
        for (k = 0; k < 3; k++)
            bpoly_init(f + k, ctx);
        bpoly_set_var(f + 0, 1, ctx);
        bpoly_set_param(f + 1, 0, ctx);
        L->max[LIMIT_TERMS] = 1;
        if (derive_conserved_basis(&basis, &count, f, 3, L, msg, ctx) != 2 ||
            strstr(msg, "terms=1") == NULL)
            TEST_FAIL("terms=1 did not stop it: '%s'", msg);
        for (k = 0; k < 3; k++)
            bpoly_clear(f + k, ctx);
    }
    fmpq_mpoly_ctx_clear(ctx);
    flint_rand_clear(st);
    printf("t-conserved: ok\n");
    return 0;
}
