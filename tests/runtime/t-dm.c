/* The density-matrix engine (runtime/dm/) against independent methods:
 *   - Bloch <-> matrix conversions against explicit Kronecker products of
 *     2x2 Pauli matrices;
 *   - dm_rhs in Bloch coordinates against pump_loss's emitted rhs (the exact
 *     symbolic derivation) at random states and parameters, 1e-12;
 *   - dm_evolve against evolve_run on the emitted equations, 1e-9;
 *   - ising_thermal: trace, Hermiticity and positivity along a trajectory
 *     (recomputed here from the Bloch coordinates), and the relaxed state
 *     equals the Gibbs state of its own mean-field Hamiltonian (detailed
 *     balance, self-consistently), Gibbs computed here by LAPACKE zheev;
 *   - fixed random Hamiltonians on 2 and 3 sites with only the thermal
 *     dissipator relax to exp(-H/T)/Z to 1e-9;
 *   - level tracking through an exact crossing (labels follow states, not
 *     energy order) and an avoided crossing (diabatic for coarse steps,
 *     adiabatic for fine ones, with the ambiguity reported);
 *   - a negative rate breaks positivity and the monitor reports it. */
#include <gsl/gsl_errno.h>
#include <math.h>
#include <string.h>
#include "testutil.h"
#include "lapacke_compat.h"
#include "dm.h"
#include "evolve.h"

extern const bloch_model_t pump_loss_model;
extern const bloch_model_t ising_thermal_model;

#define MAXK 3
#define MAXD (1 << MAXK)
#define MAXOBS ((1 << (2 * MAXK)) - 1)

static double urand(flint_rand_t st, double a, double b)
{
    return a + (b - a) * (double) n_randint(st, 1000001) / 1e6;
}

/* ---- independent dense matrices -------------------------------------- */

/* The Pauli string `name` ("sz1*sx2") as the Kronecker product
   sigma_1 (x) sigma_2 (x) ... (site 1 the most significant index bit). */
static void kron_pauli(dm_cplx *M, const char *name, int k)
{
    static const dm_cplx P[4][2][2] = {
        {{1, 0}, {0, 1}},
        {{0, 1}, {1, 0}},
        {{0, CMPLX(0, -1)}, {CMPLX(0, 1), 0}},
        {{1, 0}, {0, -1}}};
    int letter[MAXK + 1] = {0}, d = 1 << k, r, c, s;
    const char *p = name;

    while (*p)
    {
        char *end;
        char l = p[1];
        long site = strtol(p + 2, &end, 10);
        letter[site] = l == 'x' ? 1 : l == 'y' ? 2 : 3;
        p = *end == '*' ? end + 1 : end;
    }
    for (r = 0; r < d; r++)
        for (c = 0; c < d; c++)
        {
            dm_cplx v = 1;
            for (s = 1; s <= k; s++)
                v *= P[letter[s]][(r >> (k - s)) & 1][(c >> (k - s)) & 1];
            M[r * d + c] = v;
        }
}

static dm_cplx trace_prod(const dm_cplx *A, const dm_cplx *B, int d)
{
    dm_cplx s = 0;
    int a, b;

    for (a = 0; a < d; a++)
        for (b = 0; b < d; b++)
            s += A[a * d + b] * B[b * d + a];
    return s;
}

/* rho = (I + sum x_v P_v)/d and x_v = Re Tr(P_v rho), by explicit matrices. */
static void test_from_bloch(dm_cplx *rho, const double *x, const bloch_model_t *m)
{
    int d = 1 << m->sites, v, j;
    dm_cplx P[MAXD * MAXD];

    memset(rho, 0, sizeof(dm_cplx) * d * d);
    for (j = 0; j < d; j++)
        rho[j * d + j] = 1.0 / d;
    for (v = 0; v < m->nobs; v++)
    {
        kron_pauli(P, m->observables[v], m->sites);
        for (j = 0; j < d * d; j++)
            rho[j] += x[v] * P[j] / d;
    }
}

static void test_to_bloch(double *x, const dm_cplx *rho, const bloch_model_t *m)
{
    int d = 1 << m->sites, v;
    dm_cplx P[MAXD * MAXD];

    for (v = 0; v < m->nobs; v++)
    {
        kron_pauli(P, m->observables[v], m->sites);
        x[v] = creal(trace_prod(P, rho, d));
    }
}

/* H = coef[nobs] I + sum coef[v] P_v */
static void test_hamiltonian(dm_cplx *H, const double *coef, const bloch_model_t *m)
{
    int d = 1 << m->sites, j;

    test_from_bloch(H, coef, m);            /* (I + sum c_v P_v)/d */
    for (j = 0; j < d * d; j++)
        H[j] *= d;
    for (j = 0; j < d; j++)
        H[j * d + j] += coef[m->nobs] - 1;
}

/* Eigen-decomposition by LAPACKE zheev, column-major on a padded buffer
   (Debian's OpenBLAS zgemv reads past tightly sized matrices): column n of
   the column-major V is the eigenvector of E[n]. */
static void test_eigh(double *E, dm_cplx *V, const dm_cplx *H, int d, char jobz)
{
    int a, b;

    for (a = 0; a < d; a++)
        for (b = 0; b < d; b++)
            V[a + b * d] = H[a * d + b];
    if (LAPACKE_zheev(LAPACK_COL_MAJOR, jobz, 'U', d, V, d, E) != 0)
        TEST_FAIL("zheev failed");
}

static void test_gibbs(dm_cplx *rho, const dm_cplx *H, double T, int d)
{
    dm_cplx V[MAXD * MAXD + MAXD];
    double E[MAXD], w[MAXD], z = 0;
    int a, b, n;

    test_eigh(E, V, H, d, 'V');
    for (n = 0; n < d; n++)
        z += (w[n] = exp(-(E[n] - E[0]) / T));
    for (a = 0; a < d; a++)
        for (b = 0; b < d; b++)
        {
            dm_cplx s = 0;
            for (n = 0; n < d; n++)
                s += V[a + n * d] * w[n] / z * conj(V[b + n * d]);
            rho[a * d + b] = s;
        }
}

static double min_eig(const dm_cplx *rho, int d)
{
    dm_cplx A[MAXD * MAXD + MAXD];
    double E[MAXD];

    test_eigh(E, A, rho, d, 'N');
    return E[0];
}

static double maxdiff(const double *a, const double *b, int n)
{
    double m = 0;
    int k;

    for (k = 0; k < n; k++)
        m = fmax(m, fabs(a[k] - b[k]));
    return m;
}

/* ---- hand-written models (no generated code) -------------------------- */

static char obs_names[MAXK + 1][MAXOBS][8 * MAXK];
static const char *obs_ptr[MAXK + 1][MAXOBS];

/* Observables of k sites in an order of our own (base-4 keys), to check
   that the engine takes whatever order the model lists. */
static void make_names(int k)
{
    int key, s, n = 0;

    for (key = 1; key < (1 << (2 * k)); key++)
    {
        char *b = obs_names[k][n];
        b[0] = '\0';
        for (s = 1; s <= k; s++)
        {
            int l = (key >> (2 * (s - 1))) & 3;
            if (l)
                sprintf(b + strlen(b), "%ss%c%d", b[0] ? "*" : "", "ixyz"[l], s);
        }
        obs_ptr[k][n] = b;
        n++;
    }
}

static int obs_index(int k, const char *name)
{
    int v;

    for (v = 0; v < (1 << (2 * k)) - 1; v++)
        if (strcmp(obs_ptr[k][v], name) == 0)
            return v;
    TEST_FAIL("no observable %s", name);
    return -1;
}

static void no_jumps(double *re, double *im, const double *x, const double *p)
{
    (void) re, (void) im, (void) x, (void) p;
}

static void no_rates(double *r, const double *p)
{
    (void) r, (void) p;
}

/* Fixed Hamiltonian: p[v] is the coefficient of observable v; then T and
   the downward rates of the pairs. */
static void ham_fixed2(double *coef, const double *x, const double *p)
{
    int v;
    (void) x;
    for (v = 0; v < 15; v++)
        coef[v] = p[v];
    coef[15] = 0.25;
}

static void ham_fixed3(double *coef, const double *x, const double *p)
{
    int v;
    (void) x;
    for (v = 0; v < 63; v++)
        coef[v] = p[v];
    coef[63] = -1;
}

static void rates_fixed2(double *r, const double *p)
{
    int q;
    for (q = 0; q < 6; q++)
        r[q] = p[16 + q];
}

static void rates_fixed3(double *r, const double *p)
{
    int q;
    for (q = 0; q < 28; q++)
        r[q] = p[64 + q];
}

static bloch_model_t fixed_model(int k, bloch_level_pair_t *pairs, int npairs)
{
    bloch_model_t m;

    memset(&m, 0, sizeof m);
    m.name = "fixed";
    m.source = "t-dm.c";
    m.sites = k;
    m.nobs = (1 << (2 * k)) - 1;
    m.nparams = m.nobs + 1 + npairs;
    m.observables = obs_ptr[k];
    m.hamiltonian = k == 2 ? ham_fixed2 : ham_fixed3;
    m.jump_coef = no_jumps;
    m.jump_rates = no_rates;
    m.thermal_param = m.nobs;
    m.nlevel_pairs = npairs;
    m.level_pairs = pairs;
    m.level_rates = k == 2 ? rates_fixed2 : rates_fixed3;
    m.dm_only = 1;
    return m;
}

/* ---- 1. conversions ----------------------------------------------------- */

static void test_conversions(flint_rand_t st)
{
    const bloch_model_t *m = &pump_loss_model;
    double p[5] = {0.5, 2, 0.3, 1, 0.2}, x[15], y[15], z[15];
    dm_cplx r1[16], r2[16];
    dm_ctx_t c;
    long rep;
    int j;

    if (dm_ctx_init(&c, m, p, NULL, 0) != 0)
        TEST_FAIL("dm_ctx_init");
    for (rep = 0; rep < test_reps(100); rep++)
    {
        for (j = 0; j < 15; j++)
            x[j] = urand(st, -1, 1);
        dm_from_bloch(r1, x, &c);
        test_from_bloch(r2, x, m);
        for (j = 0; j < 16; j++)
            if (cabs(r1[j] - r2[j]) > 1e-15)
                TEST_FAIL("dm_from_bloch entry %d: %g%+gi, Kronecker %g%+gi", j, creal(r1[j]),
                          cimag(r1[j]), creal(r2[j]), cimag(r2[j]));
        dm_to_bloch(y, r2, &c);
        test_to_bloch(z, r2, m);
        if (maxdiff(y, z, 15) > 1e-15 || maxdiff(y, x, 15) > 1e-14)
            TEST_FAIL("dm_to_bloch differs by %g from Tr(P rho), %g from x", maxdiff(y, z, 15),
                      maxdiff(y, x, 15));
    }
    dm_ctx_clear(&c);
    printf("conversions: ok\n");
}

/* ---- 2. dm_rhs against the emitted Bloch equations ---------------------- */

static void test_rhs_pump_loss(flint_rand_t st)
{
    const bloch_model_t *m = &pump_loss_model;
    double p[5], x[15], f1[15], f2[15], worst = 0;
    long rep;
    int j;

    for (rep = 0; rep < test_reps(300); rep++)
    {
        dm_ctx_t c;
        double scale = 1;
        for (j = 0; j < 5; j++)
            p[j] = urand(st, j < 2 ? -12 : 0, j < 2 ? 12 : 3);
        for (j = 0; j < 15; j++)
            x[j] = urand(st, -1, 1);
        if (dm_ctx_init(&c, m, p, NULL, 0) != 0)
            TEST_FAIL("dm_ctx_init");
        if (dm_rhs_bloch(f1, x, NULL, &c) != 0)
            TEST_FAIL("dm_rhs_bloch failed");
        m->rhs(f2, x, p);
        for (j = 0; j < 15; j++)
            scale = fmax(scale, fabs(f2[j]));
        if (maxdiff(f1, f2, 15) > 1e-12 * scale)
        {
            for (j = 0; j < 15; j++)
                printf("  %-8s engine %.17g emitted %.17g\n", m->observables[j], f1[j], f2[j]);
            TEST_FAIL("dm_rhs_bloch differs from the emitted rhs by %g (scale %g)",
                      maxdiff(f1, f2, 15), scale);
        }
        worst = fmax(worst, maxdiff(f1, f2, 15) / scale);
        if (c.diag_trace > 1e-12 * scale || c.diag_herm > 1e-12 * scale)
            TEST_FAIL("d rho/dt not traceless/Hermitian: %g %g", c.diag_trace, c.diag_herm);
        dm_ctx_clear(&c);
    }
    printf("rhs vs emitted pump_loss: max relative difference %.2e\n", worst);
}

/* ---- 3. trajectories ------------------------------------------------------ */

typedef struct
{
    int n, nobs;
    double t[64], x[64][15];
} traj_t;

static int store_bloch(double t, const double *x, void *data)
{
    traj_t *tr = data;
    if (tr->n < 64)
    {
        tr->t[tr->n] = t;
        memcpy(tr->x[tr->n++], x, tr->nobs * sizeof(double));
    }
    return 0;
}

static int store_dm(double t, const double *x, const dm_cplx *rho, void *data)
{
    (void) rho;
    return store_bloch(t, x, data);
}

static void test_trajectory_pump_loss(void)
{
    const bloch_model_t *m = &pump_loss_model;
    double p[5] = {0.7, 2, 0.3, 1, 0.2};
    double x0[15] = {0.3, -0.2, 0.5, 0.1, 0.4, -0.6, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    double x[15], y[15], worst = 0;
    traj_t a = {0, 15, {0}, {{0}}}, b = {0, 15, {0}, {{0}}};
    dm_ctx_t c;
    dm_stats_t st;
    dm_levels_t lv;
    int j, k;

    /* a product state: the correlations are products of the one-site values */
    for (j = 0; j < 3; j++)
        for (k = 0; k < 3; k++)
            x0[6 + 3 * j + k] = x0[j] * x0[3 + k];
    memcpy(x, x0, sizeof x);
    memcpy(y, x0, sizeof y);
    if (evolve_run(x, 0, 20, 1, "rk8pd", 1e-12, p, m, store_bloch, &a, NULL, NULL, 0) != EVOLVE_OK)
        TEST_FAIL("evolve_run");
    if (dm_ctx_init(&c, m, p, NULL, 0) != 0)
        TEST_FAIL("dm_ctx_init");
    dm_levels_init(&lv, &c);
    dm_stats_init(&st);
    if (dm_evolve(y, 0, 20, 1, "rk8pd", 1e-12, store_dm, &b, &st, &lv, &c, NULL, 0) != 0)
        TEST_FAIL("dm_evolve");
    if (a.n != 21 || b.n != 21)
        TEST_FAIL("%d and %d output rows, want 21", a.n, b.n);
    for (k = 0; k < a.n; k++)
    {
        if (a.t[k] != b.t[k])
            TEST_FAIL("output times %g %g", a.t[k], b.t[k]);
        worst = fmax(worst, maxdiff(a.x[k], b.x[k], 15));
    }
    if (worst > 1e-9)
        TEST_FAIL("dm_evolve and evolve_run differ by %g", worst);
    if (st.pos_violated || st.min_eig < -1e-12)
        TEST_FAIL("positivity: min eigenvalue %g", st.min_eig);
    printf("trajectory vs emitted pump_loss: max difference %.2e over t = 0..20, %ld steps\n",
           worst, st.steps);
    dm_levels_clear(&lv);
    dm_ctx_clear(&c);
}

/* ---- 4. ising_thermal -------------------------------------------------- */

static int check_state(double t, const double *x, const dm_cplx *rho, void *data)
{
    double *worst = data, tr = 0, herm = 0, me;
    dm_cplx r[16];
    int a, b;

    (void) rho;
    test_from_bloch(r, x, &ising_thermal_model);
    for (a = 0; a < 4; a++)
    {
        tr += creal(r[a * 4 + a]);
        for (b = 0; b < 4; b++)
            herm = fmax(herm, cabs(r[a * 4 + b] - conj(r[b * 4 + a])));
    }
    me = min_eig(r, 4);
    worst[0] = fmax(worst[0], fabs(tr - 1));
    worst[1] = fmax(worst[1], herm);
    worst[2] = fmin(worst[2], me);
    if (me < -1e-10)
        TEST_FAIL("ising_thermal: rho(t = %g) has eigenvalue %g", t, me);
    return 0;
}

static void test_ising_thermal(void)
{
    const bloch_model_t *m = &ising_thermal_model;
    /* h1 h2 lambda glow r T: ordered (T < Tc(h1) = 0.91), fast rates */
    double p[6] = {0.5, 2, 0.2, 0.3, 2, 0.4};
    double x[15], xg[15], coef[16], worst[3] = {0, 0, 1}, th1 = tanh(0.5 / 0.4),
           th2 = tanh(2 / 0.4), eps1 = 0.05, eps2 = 0.005, d;
    /* (the seed of rho_2 must stay below sqrt(1 - th2^2) = 0.013 to keep it
       positive) */
    dm_cplx r1[4] = {(1 + th1) / 2, eps1 / 2, eps1 / 2, (1 - th1) / 2};
    dm_cplx r2[4] = {(1 + th2) / 2, eps2 / 2, eps2 / 2, (1 - th2) / 2};
    dm_cplx rho[16], H[16], G[16];
    dm_ctx_t c;
    dm_stats_t st;
    dm_levels_t lv;
    int a, b;

    if (!m->dm_only || m->thermal_param != 5 || m->nlevel_pairs != 6)
        TEST_FAIL("ising_thermal: dm_only %d, thermal_param %d, %d pairs", m->dm_only,
                  m->thermal_param, m->nlevel_pairs);
    /* Appendix A's ansatz rho_1 (x) rho_2 with a symmetry-breaking seed */
    for (a = 0; a < 4; a++)
        for (b = 0; b < 4; b++)
            rho[a * 4 + b] = r1[(a >> 1) * 2 + (b >> 1)] * r2[(a & 1) * 2 + (b & 1)];
    test_to_bloch(x, rho, m);
    if (dm_ctx_init(&c, m, p, NULL, 0) != 0)
        TEST_FAIL("dm_ctx_init");
    dm_levels_init(&lv, &c);
    dm_stats_init(&st);
    if (dm_levels_start(&lv, x, &c) != 0)
        TEST_FAIL("dm_levels_start");
    if (dm_evolve(x, 0, 400, 10, "rk8pd", 1e-12, check_state, worst, &st, &lv, &c, NULL, 0) != 0)
        TEST_FAIL("dm_evolve");
    if (worst[0] > 1e-13 || worst[1] > 1e-13)
        TEST_FAIL("trace error %g, Hermiticity error %g", worst[0], worst[1]);
    if (st.pos_violated || st.max_dtrace > 1e-12 || st.max_dherm > 1e-12)
        TEST_FAIL("monitor: violated %d, d rho/dt trace %g, anti-Hermitian %g", st.pos_violated,
                  st.max_dtrace, st.max_dherm);
    /* self-consistent Gibbs state of the final H_MF, computed here */
    m->hamiltonian(coef, x, p);
    test_hamiltonian(H, coef, m);
    test_gibbs(G, H, p[5], 4);
    test_to_bloch(xg, G, m);
    d = maxdiff(x, xg, 15);
    if (d > 1e-9)
        TEST_FAIL("ising_thermal relaxed state differs from the Gibbs state of its H_MF by %g", d);
    if (fabs(x[0]) < 0.5)
        TEST_FAIL("ising_thermal: m_x1 = %g, expected an ordered state", x[0]);
    printf("ising_thermal: relaxed to the self-consistent Gibbs state within %.2e "
           "(m_x1 = %.6f, m_x2 = %.6f); min eigenvalue %.2e, tracking overlap >= %.6f, "
           "%ld steps\n", d, x[0], x[3], worst[2], st.min_overlap, st.steps);
    dm_levels_clear(&lv);
    dm_ctx_clear(&c);
}

/* ---- 5. fixed Hamiltonian: detailed balance gives the Gibbs state ------- */

static void test_fixed_gibbs(flint_rand_t st, int k)
{
    bloch_level_pair_t pairs[28];
    double p[64 + 28], x[MAXOBS], xg[MAXOBS], coef[MAXOBS + 1], worst = 0;
    dm_cplx H[MAXD * MAXD], G[MAXD * MAXD];
    int d = 1 << k, nobs = (1 << (2 * k)) - 1, npairs = 0, n, mm, j;
    long rep;

    for (rep = 0; rep < test_reps(3); rep++)
    {
        bloch_model_t m;
        dm_ctx_t c;
        dm_stats_t stt;
        dm_levels_t lv;
        double T = urand(st, 0.5, 2);

        npairs = 0;
        /* every pair, in random order; the chain n, n+1 connects all levels,
           the other pairs get rate 0 with probability 1/2 */
        for (n = 0; n < d; n++)
            for (mm = n + 1; mm < d; mm++)
            {
                pairs[npairs].n = n;
                pairs[npairs].m = mm;
                pairs[npairs].line = 0;
                p[nobs + 1 + npairs] = (mm == n + 1 || n_randint(st, 2)) ? urand(st, 0.5, 1.5)
                                                                        : 0;
                npairs++;
            }
        for (j = npairs - 1; j > 0; j--)
        {
            int i = (int) n_randint(st, j + 1);
            bloch_level_pair_t tp = pairs[i];
            double tr = p[nobs + 1 + i];
            pairs[i] = pairs[j], p[nobs + 1 + i] = p[nobs + 1 + j];
            pairs[j] = tp, p[nobs + 1 + j] = tr;
        }
        m = fixed_model(k, pairs, npairs);
        for (j = 0; j < nobs; j++)
            p[j] = urand(st, -1, 1) / k;
        p[nobs] = T;
        if (dm_ctx_init(&c, &m, p, NULL, 0) != 0)
            TEST_FAIL("dm_ctx_init");
        dm_levels_init(&lv, &c);
        dm_stats_init(&stt);
        memset(x, 0, sizeof x);
        if (dm_levels_start(&lv, x, &c) != 0 ||
            dm_evolve(x, 0, 150, 0, "rk8pd", 1e-12, NULL, NULL, &stt, &lv, &c, NULL, 0) != 0)
            TEST_FAIL("dm_evolve");
        m.hamiltonian(coef, x, p);
        test_hamiltonian(H, coef, &m);
        test_gibbs(G, H, T, d);
        test_to_bloch(xg, G, &m);
        if (maxdiff(x, xg, nobs) > 1e-9)
            TEST_FAIL("%d sites: relaxed state differs from exp(-H/T)/Z by %g (T = %g)", k,
                      maxdiff(x, xg, nobs), T);
        worst = fmax(worst, maxdiff(x, xg, nobs));
        dm_levels_clear(&lv);
        dm_ctx_clear(&c);
    }
    printf("fixed H, %d sites: relaxed to exp(-H/T)/Z within %.2e\n", k, worst);
}

/* ---- 6. level tracking ---------------------------------------------------- */

/* H(s) = (1 - 2s) sz1 + 0.3 sz2 + delta sx1, p = {s, delta} */
static void ham_path(double *coef, const double *x, const double *p)
{
    int v;
    (void) x;
    for (v = 0; v <= 15; v++)
        coef[v] = 0;
    coef[obs_index(2, "sz1")] = 1 - 2 * p[0];
    coef[obs_index(2, "sz2")] = 0.3;
    coef[obs_index(2, "sx1")] = p[1];
}

/* Follows the levels from s = 0 to 1 in nsteps steps; returns |<b|V_n>|^2
   for basis state b of each level n in ov[n], energies in E. */
static double follow(double *E, double *ovl, int nsteps, double delta, const int *basis)
{
    bloch_model_t m = fixed_model(2, NULL, 0);
    double p[2] = {0, delta}, x[15] = {0}, ov, minov = 1;
    dm_ctx_t c;
    dm_levels_t lv;
    int step, n;

    m.hamiltonian = ham_path;
    m.level_rates = no_rates;
    m.thermal_param = -1;
    m.nparams = 2;
    if (dm_ctx_init(&c, &m, p, NULL, 0) != 0)
        TEST_FAIL("dm_ctx_init");
    dm_levels_init(&lv, &c);
    dm_levels_start(&lv, x, &c);
    for (step = 1; step <= nsteps; step++)
    {
        c.p[0] = (double) step / nsteps;
        dm_hamiltonian(c.H, x, &c);
        if (dm_levels_match(c.E, c.V, &ov, c.H, &lv, &c) != 0)
            TEST_FAIL("dm_levels_match");
        dm_levels_set(&lv, c.E, c.V, ov);
        minov = fmin(minov, ov);
    }
    for (n = 0; n < 4; n++)
    {
        E[n] = lv.E[n];
        ovl[n] = creal(lv.ref[basis[n] * 4 + n]) * creal(lv.ref[basis[n] * 4 + n]) +
                 cimag(lv.ref[basis[n] * 4 + n]) * cimag(lv.ref[basis[n] * 4 + n]);
    }
    dm_levels_clear(&lv);
    dm_ctx_clear(&c);
    return minov;
}

static void test_tracking(void)
{
    /* at s = 0 the levels by energy are |dd> (-1.3), |du> (-0.7), |ud>
       (0.7), |uu> (1.3): basis indices 3, 2, 1, 0.  At s = 1 the energy
       order is |ud>, |uu>, |dd>, |du>: sorting would relabel all four. */
    const int basis[4] = {3, 2, 1, 0};
    const double Ewant[4] = {0.7, 1.3, -1.3, -0.7};
    double E[4], ov[4], minov;
    int n;

    /* exact crossing, with s = 1/2 (two degenerate pairs) on the path */
    minov = follow(E, ov, 20, 0, basis);
    for (n = 0; n < 4; n++)
        if (ov[n] < 1 - 1e-12 || fabs(E[n] - Ewant[n]) > 1e-12)
            TEST_FAIL("exact crossing: level %d has weight %g on its state, E = %g (want %g)",
                      n, ov[n], E[n], Ewant[n]);
    if (minov < 1 - 1e-12)
        TEST_FAIL("exact crossing: overlap %g", minov);
    /* avoided crossing (delta = 0.01) in steps coarser than the gap: the
       tracking is diabatic and keeps the labels with the basis states, as
       at the exact crossing */
    minov = follow(E, ov, 9, 0.01, basis);
    for (n = 0; n < 4; n++)
        if (ov[n] < 0.99)
            TEST_FAIL("avoided crossing, coarse: level %d weight %g", n, ov[n]);
    /* the same in steps much finer than the gap: adiabatic, the labels end
       in energy order again (level n ends on the state of sorted rank n) */
    minov = follow(E, ov, 4000, 0.01, basis);
    for (n = 1; n < 4; n++)
        if (!(E[n] > E[n - 1]))
            TEST_FAIL("avoided crossing, fine: energies not in label order: %g %g", E[n - 1],
                      E[n]);
    if (minov < 0.9)
        TEST_FAIL("avoided crossing, fine: overlap %g", minov);
    printf("level tracking: exact crossing keeps labels; avoided crossing diabatic in coarse "
           "steps, adiabatic in fine ones (min overlap %.4f)\n", minov);
}

/* ---- 7. a negative rate: positivity violation is reported -------------- */

static void coef_sm1(double *re, double *im, const double *x, const double *p)
{
    (void) x, (void) p;
    re[0] = 0.5, im[0] = 0;        /* sx1 / 2 */
    re[1] = 0, im[1] = -0.5;       /* -i sy1 / 2 */
}

static void rate_neg(double *r, const double *p)
{
    r[0] = p[0];
}

static void ham_zero1(double *coef, const double *x, const double *p)
{
    (void) x, (void) p;
    coef[0] = coef[1] = coef[2] = coef[3] = 0;
}

static void test_positivity(void)
{
    static int pl[2];
    bloch_jump_t J = {0, 2, 0, pl, 1};
    bloch_model_t m;
    double p[1] = {-1}, x[3] = {0, 0, 0};
    dm_ctx_t c;
    dm_stats_t st;
    dm_levels_t lv;

    make_names(1);
    pl[0] = obs_index(1, "sx1");
    pl[1] = obs_index(1, "sy1");
    memset(&m, 0, sizeof m);
    m.name = "negative";
    m.sites = 1;
    m.nobs = 3;
    m.nparams = 1;
    m.observables = obs_ptr[1];
    m.hamiltonian = ham_zero1;
    m.njumps = 1;
    m.njump_terms = 2;
    m.jumps = &J;
    m.jump_coef = coef_sm1;
    m.jump_rates = rate_neg;
    m.level_rates = no_rates;
    m.thermal_param = -1;
    if (dm_ctx_init(&c, &m, p, NULL, 0) != 0)
        TEST_FAIL("dm_ctx_init");
    dm_levels_init(&lv, &c);
    dm_stats_init(&st);
    /* rate -1 on sm1: p_up = e^t / 2 passes 1 at t = ln 2 */
    if (dm_evolve(x, 0, 1.5, 0, "rk8pd", 1e-10, NULL, NULL, &st, &lv, &c, NULL, 0) != 0)
        TEST_FAIL("dm_evolve");
    if (!st.pos_violated || st.t_violated < log(2) || st.t_violated > log(2) + 0.5)
        TEST_FAIL("negative rate: violation %d at t = %g (expected just after ln 2)",
                  st.pos_violated, st.t_violated);
    if (fabs(st.min_eig - (1 - exp(1.5) / 2)) > 1e-8)
        TEST_FAIL("negative rate: min eigenvalue %g, want 1 - e^1.5/2 = %g", st.min_eig,
                  1 - exp(1.5) / 2);
    printf("negative rate: positivity violation reported at t = %.4f (ln 2 = %.4f)\n",
           st.t_violated, log(2));
    dm_levels_clear(&lv);
    dm_ctx_clear(&c);
}

int main(void)
{
    flint_rand_t st;

    test_rand_init(st, "t-dm");
    gsl_set_error_handler_off();
    make_names(1);
    make_names(2);
    make_names(3);
    test_conversions(st);
    test_rhs_pump_loss(st);
    test_trajectory_pump_loss();
    test_ising_thermal();
    test_fixed_gibbs(st, 2);
    test_fixed_gibbs(st, 3);
    test_tracking();
    test_positivity();
    flint_rand_clear(st);
    flint_cleanup_master();
    printf("t-dm: all passed\n");
    return 0;
}
