/* t-api: the C API of libblochgen-exact (exact_api.h), as a caller that
 * knows nothing of FLINT sees it:
 *  - against the dense Lindbladian's null vector (brute, LAPACK doubles)
 *    at random seeded parameters, N = 2..4, the three families: corr of
 *    random clusters (1-based site lists), density of every site, and
 *    C^xx, C^yy, g2 of every pair assembled on the brute side from
 *    sigma^+- correlators;
 *  - N = 1 against the closed form of a driven two-level atom,
 *    n = (hx^2/4) / (hz^2 + gamma^2/4 + hx^2/2);
 *  - the exact 1/12 of <sigma^+_1 sigma^-_2> at N = 3, J = gamma = hx = 1,
 *    hz = 1/2: |mid - 1/12| <= rad checked in Arb, and 30 digits;
 *  - every bad argument gives its status and a message, short buffers
 *    are truncated and terminated, a NULL buffer is never written, and
 *    nothing is printed (stderr is checked empty). */
#include <gsl/gsl_errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "testutil.h"
#include "exact_api.h"
#include "exact_brute.h"
#include "exact_testgen.h"

#define TOL 1e-10

static void close_to(double api, double rad, double ref, double scale, const char *what)
{
    if (!(fabs(api - ref) <= TOL * scale + rad) || !(rad <= 1e-14 * scale))
        TEST_FAIL("%s: api %.17g +- %.3g, reference %.17g", what, api, rad, ref);
}

/* "i,j,.." (1-based) of a bit mask */
static void mask_str(char *s, ulong m, slong N)
{
    s[0] = '\0';
    for (slong j = 0; j < N; j++)
        if (m >> j & 1)
            sprintf(s + strlen(s), "%s%ld", s[0] ? "," : "", (long) j + 1);
}

static void brute_corr(double *re, double *im, const double *rho, slong N, ulong m1, ulong m2)
{
    slong a[8], b[8];
    exact_cluster_t c = {a, test_mask_sites(a, m1, N), b, test_mask_sites(b, m2, N)};
    exact_brute_corr(re, im, rho, N, &c);
}

static void against_brute(flint_rand_t st, slong N, int family)
{
    exact_params_t p;
    strs_t s;
    exact_api_model_t m;
    double *rho = flint_malloc(sizeof(double) * 2 * ((size_t) 1 << (2 * N)));
    double mid[4], rad[4], re, im, re2, im2;
    char str[400], msg[300], a[32], b[32];

    exact_params_init(&p);
    test_random_params(&p, &s, st, N, family);
    m = (exact_api_model_t) {N, s.J, s.hz, s.gamma, s.Gamma, s.hx, 0, 0};
    if (exact_brute_steady(rho, &p))
        TEST_FAIL("brute failed");
    for (int k = 0; k < 6; k++)
    {
        ulong m1 = test_random_mask(st, N), m2 = test_random_mask(st, N);
        mask_str(a, m1, N), mask_str(b, m2, N);
        if (exact_api_corr(mid, rad, str, sizeof str, &m, a, b, msg, sizeof msg))
            TEST_FAIL("corr %s / %s: %s", a, b, msg);
        brute_corr(&re, &im, rho, N, m1, m2);
        close_to(mid[0], rad[0], re, 1, "corr Re");
        close_to(mid[1], rad[1], im, 1, "corr Im");
        /* the digits: two numbers, each the midpoint to 15 digits */
        if (sscanf(str, "%lf %lf", &re2, &im2) != 2 || fabs(re2 - mid[0]) > 1e-14 * fabs(mid[0])
            || fabs(im2 - mid[1]) > 1e-14 * fabs(mid[1]))
            TEST_FAIL("corr digits '%s' against %.17g %.17g", str, mid[0], mid[1]);
    }
    for (slong j = 1; j <= N; j++)
    {
        if (exact_api_density(mid, rad, str, sizeof str, &m, j, msg, sizeof msg))
            TEST_FAIL("density %ld: %s", (long) j, msg);
        brute_corr(&re, &im, rho, N, UWORD(1) << (j - 1), UWORD(1) << (j - 1));
        close_to(mid[0], rad[0], re, 1, "n");
        close_to(mid[1], rad[1], 2 * re - 1, 1, "sz");
        brute_corr(&re, &im, rho, N, UWORD(1) << (j - 1), 0);
        close_to(mid[2], rad[2], 2 * re, 1, "sx");
        close_to(mid[3], rad[3], 2 * im, 1, "sy");
    }
    for (slong i = 1; i <= N; i++)
        for (slong j = 1; j <= N; j++)
        {
            ulong bi = UWORD(1) << (i - 1), bj = UWORD(1) << (j - 1);
            double pp, pm, nn, ni, nj, d;
            if (i == j)
                continue;
            /* sigma^x sigma^x = 2 Re(s+ s+) + 2 Re(s+_i s-_j); sigma^y sigma^y flips the first */
            brute_corr(&pp, &d, rho, N, bi | bj, 0);
            brute_corr(&pm, &d, rho, N, bi, bj);
            brute_corr(&nn, &d, rho, N, bi | bj, bi | bj);
            brute_corr(&ni, &d, rho, N, bi, bi);
            brute_corr(&nj, &d, rho, N, bj, bj);
            for (int w = EXACT_API_XX; w <= EXACT_API_G2; w++)
            {
                double ref = w == EXACT_API_XX ? 2 * pp + 2 * pm : w == EXACT_API_YY ?
                             -2 * pp + 2 * pm : nn / (ni * nj) - 1;
                if (exact_api_pair(mid, rad, str, sizeof str, w, &m, i, j, msg, sizeof msg))
                    TEST_FAIL("pair %d (%ld,%ld): %s", w, (long) i, (long) j, msg);
                close_to(mid[0], rad[0], ref, w == EXACT_API_G2 ? 1 + fabs(ref) : 1,
                         w == EXACT_API_XX ? "xx" : w == EXACT_API_YY ? "yy" : "g2");
            }
        }
    flint_free(rho);
    exact_params_clear(&p);
}

static void two_level(flint_rand_t st)
{
    char hz[32], hx[32], g[32], str[200], msg[200];
    double mid[4], rad[4];
    double z = test_uni(st, -2, 2), x = test_uni(st, 0.3, 2), y = test_uni(st, 0.1, 1);
    exact_api_model_t m = {1, "1", hz, g, NULL, hx, 0, 0};

    snprintf(hz, sizeof hz, "%.6f", z), snprintf(hx, sizeof hx, "%.6f", x);
    snprintf(g, sizeof g, "%.6f", y);
    z = atof(hz), x = atof(hx), y = atof(g);
    if (exact_api_density(mid, rad, str, sizeof str, &m, 1, msg, sizeof msg))
        TEST_FAIL("N = 1: %s", msg);
    close_to(mid[0], rad[0], x * x / 4 / (z * z + y * y / 4 + x * x / 2), 1, "N = 1 n");
}

static void exact_twelfth(void)
{
    exact_api_model_t m = {3, "1", "1/2", "1", NULL, "1", 30, 0};
    double mid[2], rad[2];
    char str[200], msg[200];
    arb_t d, t;

    if (exact_api_corr(mid, rad, str, sizeof str, &m, "1", "2", msg, sizeof msg))
        TEST_FAIL("1/12: %s", msg);
    if (strcmp(str, "0.0833333333333333333333333333333 0") || mid[1] != 0 || rad[1] != 0)
        TEST_FAIL("1/12: '%s', Im %g +- %g", str, mid[1], rad[1]);
    /* |mid - 1/12| <= rad exactly, and rad is not wider than a few ulp */
    arb_init(d), arb_init(t);
    arb_set_d(d, mid[0]);
    arb_one(t);
    arb_div_ui(t, t, 12, 200);
    arb_sub(d, d, t, 200);
    arb_abs(d, d);
    arb_set_d(t, rad[0]);
    if (!arb_le(d, t) || rad[0] > 4e-17)
        TEST_FAIL("1/12: %.17g +- %.3g does not hold 1/12 tightly", mid[0], rad[0]);
    arb_clear(d), arb_clear(t);
}

/* st must be the status; msg must contain what */
static void refused(int got, int st, const char *msg, const char *what)
{
    if (got != st || strstr(msg, what) == NULL)
        TEST_FAIL("expected status %d with '%s', got %d: '%s'", st, what, got, msg);
}

static void errors(void)
{
    exact_api_model_t ok = {3, "1", "1/2", "1", NULL, "1", 0, 0}, m;
    double mid[4], rad[4];
    char str[8], msg[300], tiny[12];
    int st;

    m = ok, m.hx = "0";
    refused(exact_api_pair(mid, rad, NULL, 0, EXACT_API_XX, &m, 1, 2, msg, sizeof msg),
            EXACT_API_BAD_INPUT, msg, "--hx");
    m = ok, m.gamma = "x";
    refused(exact_api_density(mid, rad, NULL, 0, &m, 1, msg, sizeof msg), EXACT_API_BAD_INPUT,
            msg, "--gamma");
    m = ok, m.J = NULL;
    refused(exact_api_density(mid, rad, NULL, 0, &m, 1, msg, sizeof msg), EXACT_API_BAD_INPUT,
            msg, "missing --J");
    m = ok, m.N = 0;
    refused(exact_api_density(mid, rad, NULL, 0, &m, 1, msg, sizeof msg), EXACT_API_BAD_INPUT,
            msg, "--N");
    refused(exact_api_density(mid, rad, NULL, 0, &ok, 4, msg, sizeof msg), EXACT_API_BAD_INPUT,
            msg, "site 4");
    refused(exact_api_pair(mid, rad, NULL, 0, EXACT_API_G2, &ok, 2, 2, msg, sizeof msg),
            EXACT_API_BAD_INPUT, msg, "differ");
    refused(exact_api_pair(mid, rad, NULL, 0, 7, &ok, 1, 2, msg, sizeof msg),
            EXACT_API_BAD_INPUT, msg, "which");
    refused(exact_api_corr(mid, rad, NULL, 0, &ok, "1,1", NULL, msg, sizeof msg),
            EXACT_API_BAD_INPUT, msg, "--plus");
    refused(exact_api_corr(mid, rad, NULL, 0, &ok, NULL, "5", msg, sizeof msg),
            EXACT_API_BAD_INPUT, msg, "--minus");
    refused(exact_api_corr(mid, rad, NULL, 0, NULL, "1", "2", msg, sizeof msg),
            EXACT_API_BAD_INPUT, msg, "no model");
    m = ok, m.digits = 100, m.max_prec = 64;
    refused(exact_api_pair(mid, rad, NULL, 0, EXACT_API_XX, &m, 1, 2, msg, sizeof msg),
            EXACT_API_NO_CONVERGENCE, msg, "precision cap");
    /* a short message buffer: truncated, terminated; none at all: no write */
    memset(tiny, 'x', sizeof tiny);
    m = ok, m.hx = "0";
    st = exact_api_density(mid, rad, NULL, 0, &m, 1, tiny, sizeof tiny);
    if (st != EXACT_API_BAD_INPUT || strlen(tiny) != sizeof tiny - 1)
        TEST_FAIL("short message buffer: %d '%.12s'", st, tiny);
    if (exact_api_density(mid, rad, NULL, 0, &m, 1, NULL, 0) != EXACT_API_BAD_INPUT)
        TEST_FAIL("no message buffer");
    /* a short digits buffer: the values are still all there as doubles */
    m = ok, m.digits = 20;
    if (exact_api_density(mid, rad, str, sizeof str, &m, 1, msg, sizeof msg)
        || strlen(str) != sizeof str - 1 || msg[0] != '\0')
        TEST_FAIL("short digits buffer: '%s' '%s'", str, msg);
    close_to(mid[3], rad[3], 1.0 / 3, 1, "sy with a short digits buffer");
    if (exact_api_version() != EXACT_API_VERSION)
        TEST_FAIL("version");
}

int main(void)
{
    flint_rand_t st;
    long reps = test_reps(2);
    char err[64];
    FILE *f;

    gsl_set_error_handler_off();
    /* nothing here may print: stderr goes to a file that must stay empty */
    snprintf(err, sizeof err, "/tmp/t-api.%ld.err", (long) getpid());
    if ((f = freopen(err, "w+", stderr)) == NULL)
        TEST_FAIL("freopen");
    test_rand_init(st, "t-api");
    for (long r = 0; r < reps; r++)
        for (slong N = 2; N <= 4; N++)
            for (int family = 0; family < 3; family++)
                against_brute(st, N, family);
    for (long r = 0; r < 20 * reps; r++)
        two_level(st);
    exact_twelfth();
    errors();
    fflush(stderr);
    if (ftell(f) != 0)
        TEST_FAIL("the API printed on stderr (see %s)", err);
    fclose(f);
    remove(err);
    flint_rand_clear(st);
    printf("t-api: ok\n");
    return 0;
}
