/* t-obs: the derived observables against the dense Lindbladian's null
 * vector (brute, LAPACK doubles) for N = 2..5 at random seeded parameters
 * (uniform fields with Gamma = 0 and Gamma > 0, inhomogeneous with
 * Gamma = 0).  The brute side evaluates each observable directly on the
 * dense rho as a trace with explicit Pauli matrices, not through sigma^+-
 * correlators:
 *   C^xx, C^yy (exact_xy)       tr(sigma^a_i sigma^a_j rho), every pair
 *   g2_ij (pair and all-pairs)  from the diagonal of rho
 *   prob_down                   the diagonal of rho summed by spins down
 *   sum_M M p_M                 -<M^z>  (Eq. 14)
 * Then the O(N^3) all-pairs g2 against the pair-by-pair route through
 * Eq. 17/18 at N = 13 (inhomogeneous) and N = 30 (uniform, 3F0). */
#include <gsl/gsl_errno.h>
#include <math.h>
#include <string.h>
#include "testutil.h"
#include "exact_obs.h"
#include "exact_brute.h"
#include "exact_testgen.h"

#define TOL 1e-12
#define PREC 128

static double mid(const arb_t x)
{
    if (mag_cmp_2exp_si(arb_radref(x), -80) > 0)
        TEST_FAIL("ball too wide at %d bits", PREC);
    return arf_get_d(arb_midref(x), ARF_RND_NEAR);
}

static void expect(double exact, double brute, double scale, const char *what, const exact_params_t *p, slong i, slong j)
{
    if (!(fabs(exact - brute) <= TOL * scale))
        TEST_FAIL("%s (%ld,%ld) N=%ld J=%s hz=%s gamma=%s Gamma=%s hx=%s: exact %.17g brute %.17g",
                  what, (long) i + 1, (long) j + 1, (long) p->N, p->J, p->hz, p->gamma, p->Gamma,
                  p->hx[0], exact, brute);
}

#define RHO_RE(a, b) rho[2 * ((a) * d + (b))]

static int up(slong s, slong j, slong N)
{
    return !((s >> (N - 1 - j)) & 1);
}

/* C^xx, C^yy of sites i, j: sigma^x flips a spin; sigma^y|up> = i|down>,
   sigma^y|down> = -i|up>, so tr(O rho) = sum_a c(a) rho_{a, flip(a)} with
   c = 1 (xx) or c = -1 when both spins agree, +1 otherwise (yy). */
static void brute_xy(double *xx, double *yy, const double *rho, slong N, slong i, slong j)
{
    slong d = (slong) 1 << N, m = ((slong) 1 << (N - 1 - i)) | ((slong) 1 << (N - 1 - j));

    *xx = *yy = 0;
    for (slong a = 0; a < d; a++)
    {
        *xx += RHO_RE(a, a ^ m);
        *yy += (up(a, i, N) == up(a, j, N) ? -1 : 1) * RHO_RE(a, a ^ m);
    }
}

/* g2_ij from the diagonal: <n_i n_j> / (<n_i> <n_j>) - 1; *scale: its
   conditioning (1 + |g2|) / (n_i n_j), as errors of the diagonal are absolute. */
static double brute_g2(double *scale, const double *rho, slong N, slong i, slong j)
{
    slong d = (slong) 1 << N;
    double ni = 0, nj = 0, nn = 0;

    for (slong a = 0; a < d; a++)
    {
        ni += up(a, i, N) * RHO_RE(a, a);
        nj += up(a, j, N) * RHO_RE(a, a);
        nn += up(a, i, N) * up(a, j, N) * RHO_RE(a, a);
    }
    *scale = (1 + fabs(nn / (ni * nj) - 1)) / (ni * nj);
    return nn / (ni * nj) - 1;
}

static void check_model(const exact_params_t *p, const double *rho, slong *count)
{
    slong N = p->N, d = (slong) 1 << N, npair = N * (N - 1) / 2;
    exact_arb_t x;
    arb_t xx, yy, g;
    arb_ptr all = _arb_vec_init(npair), dist = _arb_vec_init(N + 1), down = _arb_vec_init(N + 1);
    double q[8] = {0}, mz = 0, em = 0;

    arb_init(xx);
    arb_init(yy);
    arb_init(g);
    exact_arb_init(&x, p);
    exact_arb_set(&x, p, PREC);
    exact_g2_all(all, &x);
    for (slong i = 0; i < N; i++)
        for (slong j = 0; j < N; j++)
        {
            double bxx, byy, bg, sc;
            if (i == j)
                continue;
            brute_xy(&bxx, &byy, rho, N, i, j);
            exact_xy(xx, yy, &x, i, j);
            expect(mid(xx), bxx, 1, "C^xx", p, i, j);
            expect(mid(yy), byy, 1, "C^yy", p, i, j);
            bg = brute_g2(&sc, rho, N, i, j);
            exact_g2_pair(g, &x, i, j);
            expect(mid(g), bg, sc, "g2 pair", p, i, j);
            if (i < j)
                expect(mid(all + exact_g2_index(i, j, N)), bg, sc, "g2 all", p, i, j);
            *count += 3 + (i < j);
        }
    exact_distribution(dist, &x);
    exact_distribution_down(down, dist, N, PREC);
    for (slong a = 0; a < d; a++)
    {
        slong k = 0;
        for (slong j = 0; j < N; j++)
            k += !up(a, j, N);
        q[k] += RHO_RE(a, a);
        mz += (N - 2 * k) * RHO_RE(a, a);
    }
    for (slong k = 0; k <= N; k++)
    {
        expect(mid(down + k), q[k], 1, "prob_down", p, k, k);
        em += k * mid(dist + k);
    }
    expect(em, -mz, N, "sum M p_M = -<M^z>", p, 0, 0);
    *count += N + 2;
    exact_arb_clear(&x);
    arb_clear(xx);
    arb_clear(yy);
    arb_clear(g);
    _arb_vec_clear(all, npair);
    _arb_vec_clear(dist, N + 1);
    _arb_vec_clear(down, N + 1);
}

static void against_brute(flint_rand_t st)
{
    slong count = 0;

    for (slong N = 2; N <= 5; N++)
        for (int family = 0; family < 3; family++)
            for (long rep = 0; rep < test_reps(N <= 4 ? 2 : 1); rep++)
            {
                exact_params_t p;
                strs_t s;
                slong d = (slong) 1 << N;
                double *rho = malloc(2 * sizeof(double) * d * d);

                exact_params_init(&p);
                test_random_params(&p, &s, st, N, family);
                if (exact_brute_steady(rho, &p))
                    TEST_FAIL("brute failed");
                check_model(&p, rho, &count);
                free(rho);
                exact_params_clear(&p);
            }
    printf("against brute: %ld values agree to %g\n", (long) count, TOL);
}

/* The all-pairs recursion against three correlators per pair (Eq. 18 for
   inhomogeneous fields, the 3F0 of Eq. 17 for uniform ones). */
static void all_pairs(flint_rand_t st)
{
    slong count = 0;

    for (int family = 0; family < 3; family++)
        for (long rep = 0; rep < test_reps(2); rep++)
        {
            slong N = family == 2 ? 13 : 30, npair = N * (N - 1) / 2;
            exact_params_t p;
            strs_t s;
            exact_arb_t x;
            arb_ptr all = _arb_vec_init(npair);
            arb_t g;

            exact_params_init(&p);
            test_random_params(&p, &s, st, N, family);
            exact_arb_init(&x, &p);
            exact_arb_set(&x, &p, 256);
            arb_init(g);
            exact_g2_all(all, &x);
            for (slong i = 0; i < N; i++)
                for (slong j = i + 1; j < N; j++)
                {
                    arb_srcptr a = all + exact_g2_index(i, j, N);
                    exact_g2_pair(g, &x, i, j);
                    if (!arb_overlaps(a, g) || arb_rel_accuracy_bits(a) < 150 || arb_rel_accuracy_bits(g) < 150)
                    {
                        arb_printd(a, 30), printf("\n"), arb_printd(g, 30), printf("\n");
                        TEST_FAIL("g2 all-pairs against pair (%ld,%ld), family %d", (long) i + 1, (long) j + 1, family);
                    }
                    count++;
                }
            arb_clear(g);
            _arb_vec_clear(all, npair);
            exact_arb_clear(&x);
            exact_params_clear(&p);
        }
    printf("g2 all-pairs against pair by pair: %ld values overlap\n", (long) count);
}

int main(void)
{
    flint_rand_t st;

    test_rand_init(st, "t-obs");
    gsl_set_error_handler_off();
    against_brute(st);
    all_pairs(st);
    flint_rand_clear(st);
    flint_cleanup();
    printf("PASS\n");
    return 0;
}
