/* Pauli strings against explicit 2^k x 2^k complex matrices. */
#include <string.h>
#include "testutil.h"   /* FLINT first: <complex.h>'s I breaks FLINT 2.9's mpoly.h */
#include "pauli.h"
#include <complex.h>

#define MAXK 4
#define DIM (1 << MAXK)

typedef double complex cplx;

static void site_matrix(cplx m[2][2], char c)
{
    cplx I2[2][2] = {{1, 0}, {0, 1}}, X[2][2] = {{0, 1}, {1, 0}};
    cplx Y[2][2] = {{0, -I}, {I, 0}}, Z[2][2] = {{1, 0}, {0, -1}};
    memcpy(m, c == 'x' ? X : c == 'y' ? Y : c == 'z' ? Z : I2, sizeof(cplx) * 4);
}

/* site 1 is the most significant tensor factor */
static void string_matrix(cplx *M, pauli_t p, int k)
{
    int n = 1 << k, r, c, s;

    for (r = 0; r < n; r++)
        for (c = 0; c < n; c++)
        {
            cplx v = 1;
            for (s = 1; s <= k; s++)
            {
                cplx m[2][2];
                int br = (r >> (k - s)) & 1, bc = (c >> (k - s)) & 1;
                site_matrix(m, pauli_letter(p, s));
                v *= m[br][bc];
            }
            M[r * n + c] = v;
        }
}

static void matmul(cplx *C, const cplx *A, const cplx *B, int n)
{
    int i, j, l;

    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
        {
            cplx s = 0;
            for (l = 0; l < n; l++)
                s += A[i * n + l] * B[l * n + j];
            C[i * n + j] = s;
        }
}

static pauli_t random_pauli(flint_rand_t st, int k)
{
    return pauli_from_key((uint32_t) n_randint(st, 1u << (2 * k)), k);
}

static void test_mul(flint_rand_t st)
{
    static cplx A[DIM * DIM], B[DIM * DIM], AB[DIM * DIM], R[DIM * DIM], BA[DIM * DIM];
    long rep;

    for (rep = 0; rep < test_reps(2000); rep++)
    {
        int k = 1 + n_randint(st, MAXK), n = 1 << k, phase, i;
        pauli_t a = random_pauli(st, k), b = random_pauli(st, k), r;
        cplx ph;

        r = pauli_mul(&phase, a, b);
        string_matrix(A, a, k);
        string_matrix(B, b, k);
        string_matrix(R, r, k);
        matmul(AB, A, B, n);
        matmul(BA, B, A, n);
        ph = phase == 0 ? 1 : phase == 1 ? I : phase == 2 ? -1 : -I;
        for (i = 0; i < n * n; i++)
        {
            if (cabs(AB[i] - ph * R[i]) > 1e-12)
                TEST_FAIL("product phase/string wrong (k=%d, entry %d)", k, i);
            if (cabs(AB[i] - (pauli_commutes(a, b) ? 1 : -1) * BA[i]) > 1e-12)
                TEST_FAIL("commutation wrong (k=%d)", k);
        }
    }
}

static void test_observables(void)
{
    int k;

    for (k = 1; k <= 6; k++)
    {
        long n = (1L << (2 * k)) - 1, v;
        pauli_t *obs = malloc(n * sizeof(pauli_t));
        char *seen = calloc(1L << (2 * k), 1);

        pauli_list_observables(obs, k);
        for (v = 0; v < n; v++)
        {
            uint32_t key = pauli_key(obs[v], k);
            if (key == 0 || seen[key]++)
                TEST_FAIL("observable list has the identity or a repeat (k=%d)", k);
            if (v > 0 && pauli_weight(obs[v]) < pauli_weight(obs[v - 1]))
                TEST_FAIL("observables not ordered by weight (k=%d)", k);
        }
        free(obs);
        free(seen);
    }
}

static void test_names(void)
{
    char buf[64];
    pauli_t p;
    int ph;

    p = pauli_mul(&ph, pauli_site('z', 1), pauli_site('x', 2));
    pauli_name(buf, sizeof buf, p, 2, "*");
    if (strcmp(buf, "sz1*sx2") != 0 || ph != 0)
        TEST_FAIL("name of sz1*sx2 is %s", buf);
    pauli_name(buf, sizeof buf, p, 2, "_");
    if (strcmp(buf, "sz1_sx2") != 0)
        TEST_FAIL("C name of sz1*sx2 is %s", buf);
}

int main(void)
{
    flint_rand_t st;

    test_rand_init(st, "t-pauli");
    test_mul(st);
    test_observables();
    test_names();
    flint_rand_clear(st);
    flint_cleanup_master();
    printf("t-pauli: PASS\n");
    return 0;
}
