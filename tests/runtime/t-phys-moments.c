/* phys for moment models (dm_ctx_init_moments): the moments of up to K
 * sites of k-spin clusters are the Pauli coefficients of the K-site
 * reduced density matrix, so its smallest eigenvalue decides.  The model
 * is built here by hand (K = 2 sites of k = 1 and k = 2 spins: every
 * Pauli string's variable found by sorting its clusters' strings, not by
 * the generator), and checked against:
 *  - a hand-made vector: <sz1> = 0.9, <sz1*sz2> = -0.9 (k = 1) gives the
 *    diagonal rho with entries (1.9, 1.9, 1.9, -1.7)/4, smallest -0.425;
 *  - random permutation-symmetric states rho (G G^dag symmetrized over the
 *    swap of the two sites): their moments Tr(P rho) from Kronecker
 *    products of 2 x 2 matrices, rho's smallest eigenvalue from LAPACK
 *    zheev on that matrix; scaled by s, (1 - s)/d + s mu;
 *  - phys_random of a moment model: physical. */
#include <gsl/gsl_errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "testutil.h"
#include "phys.h"
#include "lapacke_compat.h"

#define MAXS 4
#define MAXD (1 << MAXS)
#define MAXKEYS (1 << (2 * MAXS))

typedef struct
{
    bloch_model_t m;
    int var[MAXKEYS];
    int ntup;
    int tup[MAXKEYS][2];    /* the sorted cluster codes of each variable (-1: none) */
    int rep[MAXKEYS];       /* a key of each variable */
    const char *names[MAXKEYS];
} hand_model;

/* variable of every key of K = 2 clusters of k spins: key = x | z << S */
static void hand_init(hand_model *h, int k)
{
    int S = 2 * k, key, c, v;
    static const char *const none[] = {NULL};

    memset(h, 0, sizeof *h);
    h->var[0] = -1;
    for (key = 1; key < (1 << (2 * S)); key++)
    {
        unsigned x = key & ((1u << S) - 1u), z = (unsigned) key >> S, km = (1u << k) - 1u;
        int t[2], n = 0;
        for (c = 0; c < 2; c++)
        {
            int code = (int) (((x >> (c * k)) & km) | (((z >> (c * k)) & km) << k));
            if (code)
                t[n++] = code;
        }
        if (n == 2 && t[0] > t[1])
            c = t[0], t[0] = t[1], t[1] = c;
        if (n == 1)
            t[1] = -1;
        for (v = 0; v < h->ntup; v++)
            if (h->tup[v][0] == t[0] && h->tup[v][1] == t[1])
                break;
        if (v == h->ntup)
        {
            h->tup[v][0] = t[0], h->tup[v][1] = t[1];
            h->rep[v] = key;
            h->names[v] = "moment";
            h->ntup++;
        }
        h->var[key] = v;
    }
    h->m.name = "hand_moments";
    h->m.sites = S;
    h->m.nobs = h->ntup;
    h->m.params = none;
    h->m.observables = h->names;
    h->m.moment_order = 2;
    h->m.cluster_sites = k;
    h->m.moment_var = h->var;
}

typedef double _Complex cplx;

/* the d x d matrix of the string of key (spin 1 the most significant bit) */
static void key_matrix(cplx *P, int key, int S)
{
    static const cplx mats[4][4] = {{1, 0, 0, 1}, {0, 1, 1, 0}, {1, 0, 0, -1},
                                    {0, -_Complex_I, _Complex_I, 0}};
    int d = 1 << S, i, j, s;

    for (i = 0; i < d; i++)
        for (j = 0; j < d; j++)
        {
            cplx a = 1;
            for (s = 0; s < S; s++)
            {
                int xb = (key >> s) & 1, zb = (key >> (S + s)) & 1;
                int l = xb ? (zb ? 3 : 1) : (zb ? 2 : 0);
                a *= mats[l][((i >> (S - 1 - s)) & 1) * 2 + ((j >> (S - 1 - s)) & 1)];
            }
            P[i * d + j] = a;
        }
}

static double lapack_min_eig(const cplx *rho, int d)
{
    cplx a[MAXD * MAXD];
    double w[MAXD];

    memcpy(a, rho, sizeof(cplx) * d * d);
    if (LAPACKE_zheev(LAPACK_ROW_MAJOR, 'N', 'U', d, (lapack_complex_double *) a, d, w) != 0)
        TEST_FAIL("zheev failed");
    return w[0];
}

/* a random state of the two k-spin sites, symmetric under their swap */
static void random_sym_rho(cplx *rho, int k, flint_rand_t st)
{
    int S = 2 * k, d = 1 << S, i, j, l;
    cplx G[MAXD * MAXD], R[MAXD * MAXD];
    double tr = 0;

    for (i = 0; i < d * d; i++)
        G[i] = ((double) n_randint(st, 2001) - 1000) / 1000 +
               _Complex_I * (((double) n_randint(st, 2001) - 1000) / 1000);
    for (i = 0; i < d; i++)
        for (j = 0; j < d; j++)
        {
            cplx s = 0;
            for (l = 0; l < d; l++)
                s += G[i * d + l] * conj(G[j * d + l]);
            R[i * d + j] = s;
        }
    /* swap the high and the low k bits of both indices */
    for (i = 0; i < d; i++)
        for (j = 0; j < d; j++)
        {
            int si = (i >> k) | ((i & ((1 << k) - 1)) << k);
            int sj = (j >> k) | ((j & ((1 << k) - 1)) << k);
            rho[i * d + j] = (R[i * d + j] + R[si * d + sj]) / 2;
        }
    for (i = 0; i < d; i++)
        tr += creal(rho[i * d + i]);
    for (i = 0; i < d * d; i++)
        rho[i] /= tr;
}

int main(void)
{
    flint_rand_t st;
    long reps = test_reps(100), r;
    static hand_model h;
    phys_t ph;
    double x[MAXKEYS], y[MAXKEYS], lam, mu, p[1] = {0};
    char msg[256];
    int k, v;

    gsl_set_error_handler_off();
    test_rand_init(st, "t-phys-moments");

    /* the hand-made vector, k = 1 */
    hand_init(&h, 1);
    if (h.ntup != 9)
        TEST_FAIL("k = 1, K = 2: %d variables, want 9", h.ntup);
    if (phys_init(&ph, &h.m, p, msg, sizeof msg) != DM_OK)
        TEST_FAIL("phys_init: %s", msg);
    memset(x, 0, sizeof x);
    x[h.var[1 << 2]] = 0.9;                     /* sz on spin 1 */
    x[h.var[(1 << 2) | (2 << 2)]] = -0.9;       /* sz sz */
    if (phys_check(&lam, x, &ph) != 0 || fabs(lam - (-0.425)) > 1e-14)
        TEST_FAIL("<sz1> = 0.9, <sz1*sz2> = -0.9: verdict %d, smallest eigenvalue %.17g, "
                  "want -0.425", phys_check(NULL, x, &ph), lam);
    if (phys_check(NULL, x, &ph) != 0)
        TEST_FAIL("the Cholesky verdict calls the hand-made vector physical");
    phys_clear(&ph);

    for (k = 1; k <= 2; k++)
    {
        int S = 2 * k, d = 1 << S;
        static cplx rho[MAXD * MAXD], P[MAXD * MAXD];
        hand_init(&h, k);
        if (h.ntup != (k == 1 ? 9 : 135))
            TEST_FAIL("k = %d: %d variables", k, h.ntup);
        if (phys_init(&ph, &h.m, p, msg, sizeof msg) != DM_OK)
            TEST_FAIL("phys_init: %s", msg);
        for (r = 0; r < reps; r++)
        {
            double s = (double) n_randint(st, 3001) / 1000, want;
            random_sym_rho(rho, k, st);
            for (v = 0; v < h.ntup; v++)
            {
                int i, j;
                cplx t = 0;
                key_matrix(P, h.rep[v], S);
                for (i = 0; i < d; i++)
                    for (j = 0; j < d; j++)
                        t += P[i * d + j] * rho[j * d + i];
                x[v] = creal(t);
            }
            mu = lapack_min_eig(rho, d);
            if (phys_check(&lam, x, &ph) != 1 || fabs(lam - mu) > 1e-12)
                TEST_FAIL("k = %d: a symmetric state: smallest eigenvalue %.17g, zheev %.17g", k,
                          lam, mu);
            for (v = 0; v < h.ntup; v++)
                y[v] = s * x[v];
            want = (1 - s) / d + s * mu;
            if (phys_min_eig(&lam, y, &ph) != 0 || fabs(lam - want) > 1e-12)
                TEST_FAIL("k = %d, scale %g: smallest eigenvalue %.17g, want %.17g", k, s, lam,
                          want);
            if (fabs(want + PHYS_TOL) > 1e-12 && phys_check(NULL, y, &ph) != (want >= -PHYS_TOL))
                TEST_FAIL("k = %d, scale %g: verdict against %.3g", k, s, want);
            phys_random(x, (unsigned long) r + 1, &ph);
            if (phys_check(&lam, x, &ph) != 1)
                TEST_FAIL("k = %d: phys_random gave the eigenvalue %g", k, lam);
        }
        phys_clear(&ph);
    }
    flint_rand_clear(st);
    printf("PASS\n");
    return 0;
}
