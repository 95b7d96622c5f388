/* t-residual: the exact steady state rho = Phi Phi^dag / tr, Phi = (1 - SS_-)^r,
 * checked in ball arithmetic against the Lindbladian itself.  For N <= 4
 * at random seeded parameters, Phi is built as a dense Arb matrix from its
 * terminating series sum_M binom(r, M) (-SS_-)^M (SS_-^{N+1} = 0), with
 * r = hz_eff / J_eff and alpha_j = 2 J_eff / hx_j recomputed here, and
 *   L rho = -i [H, rho] + gamma sum_j D[sigma^-_j] rho + Gamma D[S_-] rho,
 *   H = J sum_{i != j} S^z_i S^z_j + sum_j (hx_j S^x_j + hz S^z_j),
 *   D[X] rho = X rho X^dag - {X^dag X, rho} / 2                 (Eqs. 1, 2)
 * is applied with matrices built from the Pauli matrices, nothing taken
 * from exact.h.  Every entry of L rho must contain 0 with a radius below
 * 2^-100 at 128 bits; with r + 1e-3, or with inhomogeneous fields and
 * Gamma > 0 (outside the solution's validity), some entry must exclude 0.
 * The same dense Phi also checks exact_distribution: the HS norms of its
 * graded pieces (p_M), their orthogonality (sum_M p_M = tr Phi Phi^dag) and
 * the diagonal of rho summed by spins down (prob_down). */
#include <gsl/gsl_errno.h>
#include <string.h>
#include "testutil.h"
#include "exact_obs.h"

#define PREC 128

typedef struct
{
    slong N, d;
    char J[32], hz[32], gamma[32], Gamma[32], hx[4][32];
    int uniform;
} model_t;

/* basis index bit j set: site j is down; sigma^z = +1 on up. */
static int down(slong s, slong j)
{
    return (s >> j) & 1;
}

static void sigma_minus(acb_mat_t m, slong j)
{
    acb_mat_zero(m);
    for (slong b = 0; b < acb_mat_nrows(m); b++)
        if (!down(b, j))
            acb_one(acb_mat_entry(m, b | ((slong) 1 << j), b));
}

/* S^z_j = sigma^z_j / 2 and S^x_j = sigma^x_j / 2 */
static void spin_z(acb_mat_t m, slong j)
{
    acb_mat_zero(m);
    for (slong b = 0; b < acb_mat_nrows(m); b++)
        acb_set_d(acb_mat_entry(m, b, b), down(b, j) ? -0.5 : 0.5);
}

static void spin_x(acb_mat_t m, slong j)
{
    acb_mat_zero(m);
    for (slong b = 0; b < acb_mat_nrows(m); b++)
        acb_set_d(acb_mat_entry(m, b ^ ((slong) 1 << j), b), 0.5);
}

static void set_real(acb_t z, const char *s)
{
    arb_set_str(acb_realref(z), s, PREC);
    arb_zero(acb_imagref(z));
}

/* out += c D[X] rho */
static void add_dissipator(acb_mat_t out, const acb_mat_t X, const acb_mat_t rho, const acb_t c)
{
    slong d = acb_mat_nrows(rho);
    acb_mat_t Xd, t, u, XdX;
    acb_t h;

    acb_mat_init(Xd, d, d); acb_mat_init(t, d, d); acb_mat_init(u, d, d); acb_mat_init(XdX, d, d);
    acb_init(h);
    acb_mat_conjugate_transpose(Xd, X);
    acb_mat_mul(t, X, rho, PREC);
    acb_mat_mul(u, t, Xd, PREC);
    acb_mat_scalar_addmul_acb(out, u, c, PREC);
    acb_mat_mul(XdX, Xd, X, PREC);
    acb_mat_mul(t, XdX, rho, PREC);
    acb_mat_mul(u, rho, XdX, PREC);
    acb_mat_add(t, t, u, PREC);
    acb_mul_2exp_si(h, c, -1);
    acb_neg(h, h);
    acb_mat_scalar_addmul_acb(out, t, h, PREC);
    acb_mat_clear(Xd); acb_mat_clear(t); acb_mat_clear(u); acb_mat_clear(XdX);
    acb_clear(h);
}

static void lindblad(acb_mat_t out, const acb_mat_t rho, const model_t *m)
{
    slong N = m->N, d = m->d;
    acb_mat_t H, A, B, Sm;
    acb_t c, mi;

    acb_mat_init(H, d, d); acb_mat_init(A, d, d); acb_mat_init(B, d, d); acb_mat_init(Sm, d, d);
    acb_init(c);
    acb_init(mi);
    /* H */
    set_real(c, m->J);
    for (slong i = 0; i < N; i++)
        for (slong j = 0; j < N; j++)
            if (i != j)
            {
                spin_z(A, i);
                spin_z(B, j);
                acb_mat_mul(A, A, B, PREC);
                acb_mat_scalar_addmul_acb(H, A, c, PREC);
            }
    for (slong j = 0; j < N; j++)
    {
        set_real(c, m->hx[m->uniform ? 0 : j]);
        spin_x(A, j);
        acb_mat_scalar_addmul_acb(H, A, c, PREC);
        set_real(c, m->hz);
        spin_z(A, j);
        acb_mat_scalar_addmul_acb(H, A, c, PREC);
    }
    /* -i [H, rho] */
    acb_mat_mul(A, H, rho, PREC);
    acb_mat_mul(B, rho, H, PREC);
    acb_mat_sub(A, A, B, PREC);
    acb_onei(mi);
    acb_neg(mi, mi);
    acb_mat_scalar_mul_acb(out, A, mi, PREC);
    /* gamma sum_j D[sigma^-_j] + Gamma D[S_-] */
    acb_mat_zero(Sm);
    set_real(c, m->gamma);
    for (slong j = 0; j < N; j++)
    {
        sigma_minus(A, j);
        add_dissipator(out, A, rho, c);
        acb_mat_add(Sm, Sm, A, PREC);
    }
    set_real(c, m->Gamma);
    add_dissipator(out, Sm, rho, c);
    acb_mat_clear(H); acb_mat_clear(A); acb_mat_clear(B); acb_mat_clear(Sm);
    acb_clear(c);
    acb_clear(mi);
}

/* r = hz_eff / J_eff (+ dr), J_eff = J + i Gamma/2, hz_eff = hz - i (gamma + Gamma)/2;
   SS_- = sum_j (2 J_eff / hx_j) sigma^-_j. */
static void solution_ops(acb_t r, acb_mat_t SS, const model_t *m, double dr)
{
    acb_t Jeff, hzeff, t;
    arb_t g;
    acb_mat_t A;

    acb_init(Jeff); acb_init(hzeff); acb_init(t); arb_init(g);
    acb_mat_init(A, m->d, m->d);
    set_real(Jeff, m->J);
    arb_set_str(acb_imagref(Jeff), m->Gamma, PREC);
    arb_mul_2exp_si(acb_imagref(Jeff), acb_imagref(Jeff), -1);
    set_real(hzeff, m->hz);
    arb_set_str(g, m->gamma, PREC);
    arb_set_str(acb_imagref(hzeff), m->Gamma, PREC);
    arb_add(acb_imagref(hzeff), acb_imagref(hzeff), g, PREC);
    arb_mul_2exp_si(acb_imagref(hzeff), acb_imagref(hzeff), -1);
    arb_neg(acb_imagref(hzeff), acb_imagref(hzeff));
    acb_div(r, hzeff, Jeff, PREC);
    if (dr != 0)
    {
        arb_set_d(g, dr);
        arb_add(acb_realref(r), acb_realref(r), g, PREC);
    }
    acb_mat_zero(SS);
    for (slong j = 0; j < m->N; j++)
    {
        set_real(t, m->hx[m->uniform ? 0 : j]);
        acb_mul_2exp_si(hzeff, Jeff, 1);
        acb_div(t, hzeff, t, PREC);
        sigma_minus(A, j);
        acb_mat_scalar_addmul_acb(SS, A, t, PREC);
    }
    acb_clear(Jeff); acb_clear(hzeff); acb_clear(t); arb_clear(g);
    acb_mat_clear(A);
}

/* piece[M] = binom(r, M) (-SS_-)^M, M = 0..N; Phi = their sum. */
static void phi_pieces(acb_mat_struct *piece, acb_mat_t Phi, const acb_t r, const acb_mat_t SS, slong N)
{
    slong d = acb_mat_nrows(SS);
    acb_mat_t P;
    acb_t b, t;

    acb_mat_init(P, d, d);
    acb_init(b);
    acb_init(t);
    acb_one(b);
    acb_mat_one(P);
    acb_mat_one(piece + 0);
    acb_mat_one(Phi);
    for (slong M = 1; M <= N; M++)
    {
        /* (-1)^M binom(r, M) = (-1)^{M-1} binom(r, M-1) (M - 1 - r) / M */
        acb_sub_si(t, r, M - 1, PREC);
        acb_neg(t, t);
        acb_div_si(t, t, M, PREC);
        acb_mul(b, b, t, PREC);
        acb_mat_mul(P, P, SS, PREC);
        acb_mat_scalar_mul_acb(piece + M, P, b, PREC);
        acb_mat_add(Phi, Phi, piece + M, PREC);
    }
    acb_mat_clear(P);
    acb_clear(b);
    acb_clear(t);
}

/* rho = Phi Phi^dag / tr; tr into tr. */
static void steady(acb_mat_t rho, acb_t tr, const acb_mat_t Phi)
{
    acb_mat_t Pd;

    acb_mat_init(Pd, acb_mat_nrows(Phi), acb_mat_nrows(Phi));
    acb_mat_conjugate_transpose(Pd, Phi);
    acb_mat_mul(rho, Phi, Pd, PREC);
    acb_mat_trace(tr, rho, PREC);
    acb_mat_scalar_div_acb(rho, rho, tr, PREC);
    acb_mat_clear(Pd);
}

/* 1 if every entry of L rho contains 0 with radius < 2^-100; 0 if some
   entry excludes 0; aborts on anything in between. */
static int residual_zero(const model_t *m, double dr)
{
    slong d = m->d;
    acb_mat_t SS, Phi, rho, L;
    acb_mat_struct *piece = flint_malloc(sizeof(acb_mat_struct) * (m->N + 1));
    acb_t r, tr;
    int zero = 1, excl = 0;

    acb_mat_init(SS, d, d); acb_mat_init(Phi, d, d); acb_mat_init(rho, d, d); acb_mat_init(L, d, d);
    for (slong M = 0; M <= m->N; M++)
        acb_mat_init(piece + M, d, d);
    acb_init(r);
    acb_init(tr);
    solution_ops(r, SS, m, dr);
    phi_pieces(piece, Phi, r, SS, m->N);
    steady(rho, tr, Phi);
    lindblad(L, rho, m);
    for (slong a = 0; a < d; a++)
        for (slong b = 0; b < d; b++)
        {
            acb_srcptr e = acb_mat_entry(L, a, b);
            if (!acb_contains_zero(e))
                excl = 1, zero = 0;
            else if (mag_cmp_2exp_si(arb_radref(acb_realref(e)), -100) > 0
                     || mag_cmp_2exp_si(arb_radref(acb_imagref(e)), -100) > 0)
            {
                acb_printd(e, 10), printf("\n");
                TEST_FAIL("N=%ld: a residual entry is too wide at %d bits", (long) m->N, PREC);
            }
        }
    (void) excl;
    for (slong M = 0; M <= m->N; M++)
        acb_mat_clear(piece + M);
    flint_free(piece);
    acb_mat_clear(SS); acb_mat_clear(Phi); acb_mat_clear(rho); acb_mat_clear(L);
    acb_clear(r);
    acb_clear(tr);
    return zero;
}

static double uni(flint_rand_t st, double a, double b)
{
    return a + (b - a) * (double) n_randint(st, 1000001) / 1e6;
}

/* family 0 uniform Gamma = 0, 1 uniform Gamma > 0, 2 inhomogeneous
   Gamma = 0, 3 inhomogeneous Gamma > 0 (not covered by the solution) */
static void random_model(model_t *m, flint_rand_t st, slong N, int family)
{
    m->N = N;
    m->d = (slong) 1 << N;
    m->uniform = family < 2;
    snprintf(m->J, sizeof(m->J), "%.4f", (n_randint(st, 2) ? 1 : -1) * uni(st, 0.3, 1.5));
    snprintf(m->hz, sizeof(m->hz), "%.4f", uni(st, -2, 2));
    snprintf(m->gamma, sizeof(m->gamma), "%.4f", uni(st, 0.1, 1.0));
    snprintf(m->Gamma, sizeof(m->Gamma), "%.4f", family % 2 ? uni(st, 0.1, 1.0) : 0.0);
    for (slong j = 0; j < N; j++)
        snprintf(m->hx[j], sizeof(m->hx[j]), "%.4f", (n_randint(st, 2) ? 1 : -1) * uni(st, 0.3, 2.0));
}

static void model_params(exact_params_t *p, const model_t *m)
{
    char hx[160] = "";

    for (slong j = 0; j < (m->uniform ? 1 : m->N); j++)
        snprintf(hx + strlen(hx), sizeof(hx) - strlen(hx), "%s%s", j ? "," : "", m->hx[j]);
    exact_params_init(p);
    p->N = m->N;
    p->J = m->J;
    p->hz = m->hz;
    p->gamma = m->gamma;
    p->Gamma = m->Gamma;
    if (exact_params_set_hx(p, hx) || exact_params_check(p))
        TEST_FAIL("parameters rejected");
}

static void expect_overlap(const arb_t dense, const arb_t exact, const char *what, const model_t *m, slong M)
{
    if (!arb_overlaps(dense, exact) || arb_rel_accuracy_bits(dense) < 90 || arb_rel_accuracy_bits(exact) < 90)
    {
        arb_printd(dense, 25), printf("\n"), arb_printd(exact, 25), printf("\n");
        TEST_FAIL("%s, M = %ld: dense Phi against exact_distribution (N=%ld J=%s hz=%s gamma=%s Gamma=%s hx=%s)",
                  what, (long) M, (long) m->N, m->J, m->hz, m->gamma, m->Gamma, m->hx[0]);
    }
}

/* p_M and prob_down from the dense Phi against exact_distribution. */
static void check_distribution(const model_t *m)
{
    slong N = m->N, d = m->d;
    acb_mat_t SS, Phi, rho;
    acb_mat_struct *piece = flint_malloc(sizeof(acb_mat_struct) * (N + 1));
    arb_ptr p = _arb_vec_init(N + 1), q = _arb_vec_init(N + 1);
    arb_ptr ep = _arb_vec_init(N + 1), eq = _arb_vec_init(N + 1);
    arb_t sum, t;
    acb_t r, tr;
    exact_params_t par;
    exact_arb_t x;

    acb_mat_init(SS, d, d); acb_mat_init(Phi, d, d); acb_mat_init(rho, d, d);
    for (slong M = 0; M <= N; M++)
        acb_mat_init(piece + M, d, d);
    arb_init(sum); arb_init(t); acb_init(r); acb_init(tr);
    solution_ops(r, SS, m, 0);
    phi_pieces(piece, Phi, r, SS, N);
    steady(rho, tr, Phi);
    for (slong M = 0; M <= N; M++)
    {
        for (slong a = 0; a < d; a++)
            for (slong b = 0; b < d; b++)
            {
                acb_abs(t, acb_mat_entry(piece + M, a, b), PREC);
                arb_addmul(p + M, t, t, PREC);
            }
        arb_add(sum, sum, p + M, PREC);
    }
    /* the graded pieces are HS-orthogonal: their norms add up to tr Phi Phi^dag */
    expect_overlap(sum, acb_realref(tr), "sum_M p_M = tr Phi Phi^dag", m, N);
    for (slong a = 0; a < d; a++)
    {
        slong k = 0;
        for (slong j = 0; j < N; j++)
            k += down(a, j);
        arb_add(q + k, q + k, acb_realref(acb_mat_entry(rho, a, a)), PREC);
    }
    model_params(&par, m);
    exact_arb_init(&x, &par);
    exact_arb_set(&x, &par, PREC);
    exact_distribution(ep, &x);
    exact_distribution_down(eq, ep, N, PREC);
    for (slong M = 0; M <= N; M++)
    {
        arb_div(p + M, p + M, sum, PREC);
        expect_overlap(p + M, ep + M, "p_M", m, M);
        expect_overlap(q + M, eq + M, "prob_down", m, M);
    }
    exact_arb_clear(&x);
    exact_params_clear(&par);
    for (slong M = 0; M <= N; M++)
        acb_mat_clear(piece + M);
    flint_free(piece);
    acb_mat_clear(SS); acb_mat_clear(Phi); acb_mat_clear(rho);
    _arb_vec_clear(p, N + 1); _arb_vec_clear(q, N + 1);
    _arb_vec_clear(ep, N + 1); _arb_vec_clear(eq, N + 1);
    arb_clear(sum); arb_clear(t); acb_clear(r); acb_clear(tr);
}

int main(void)
{
    flint_rand_t st;
    slong count[4] = {0, 0, 0, 0};

    test_rand_init(st, "t-residual");
    gsl_set_error_handler_off();
    for (long rep = 0; rep < test_reps(6); rep++)
        for (int family = 0; family < 4; family++)
        {
            model_t m;
            slong N = 1 + n_randint(st, 4);
            if (family >= 2 && N == 1)
                N = 2;
            random_model(&m, st, N, family);
            if (family == 3)
            {
                if (residual_zero(&m, 0))
                    TEST_FAIL("N=%ld J=%s hz=%s: inhomogeneous fields with Gamma = %s gave a zero residual",
                              (long) N, m.J, m.hz, m.Gamma);
                count[3]++;
                continue;
            }
            if (!residual_zero(&m, 0))
                TEST_FAIL("N=%ld J=%s hz=%s gamma=%s Gamma=%s hx=%s: L(Phi Phi^dag) excludes 0 (family %d)",
                          (long) N, m.J, m.hz, m.gamma, m.Gamma, m.hx[0], family);
            if (residual_zero(&m, 1e-3))
                TEST_FAIL("N=%ld J=%s hz=%s: r + 1e-3 still gives a zero residual", (long) N, m.J, m.hz);
            check_distribution(&m);
            count[0]++;
            count[1] += N + 1;
        }
    printf("%ld models: L(Phi Phi^dag) contains 0, radius < 2^-100, and r + 1e-3 excludes 0;\n"
           "%ld p_M and prob_down values overlap the dense Phi; %ld inhomogeneous Gamma > 0 models excluded 0\n",
           (long) count[0], (long) count[1], (long) count[3]);
    flint_rand_clear(st);
    flint_cleanup();
    printf("PASS\n");
    return 0;
}
