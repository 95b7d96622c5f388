#define _POSIX_C_SOURCE 200809L
/* Derivation time for a k-site chain:
 *   H = -sum_n (<sx_n> sx_n + h_n sz_n) - lambda sum_n sx_n sx_{n+1},
 *   local jumps gdown : sm_n and gup : sp_n,
 * k = 2..6 (4^k - 1 equations).  Prints the best of several runs. */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "derive.h"
#include "output.h"

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + 1e-9 * t.tv_nsec;
}

static void chain_model(sbuf_t *b, int k)
{
    int n;

    sbuf_printf(b, "model chain%d\nsites %d\nparams lambda gup gdown", k, k);
    for (n = 1; n <= k; n++)
        sbuf_printf(b, " h%d", n);
    sbuf_puts(b, "\nhamiltonian ");
    for (n = 1; n <= k; n++)
        sbuf_printf(b, "- <sx%d>*sx%d - h%d*sz%d ", n, n, n, n);
    for (n = 1; n < k; n++)
        sbuf_printf(b, "- lambda*sx%d*sx%d ", n, n + 1);
    sbuf_puts(b, "\n");
    for (n = 1; n <= k; n++)
        sbuf_printf(b, "jump gdown : sm%d\njump gup : sp%d\n", n, n);
}

/* seconds for parse + equations (+ Jacobian when jac) */
static double run_once(const sbuf_t *text, int jac, slong *nterms)
{
    model_t m;
    derive_t d;
    model_error_t err;
    double t0 = now(), t;
    slong v;

    if (model_parse(m, "chain", text->s, text->len, NULL, &err) != 0)
    {
        fprintf(stderr, "chain model: %d:%d: %s\n", err.line, err.col, err.msg);
        return -1;
    }
    derive_init(d, m);
    derive_equations(d);
    if (jac)
        derive_jacobian(d);
    t = now() - t0;
    *nterms = 0;
    for (v = 0; v < d->n; v++)
        *nterms += d->rhs[v].length;
    derive_clear(d);
    model_clear(m);
    return t;
}

int main(void)
{
    static const char *sympy[] = {"", "", "0.86 s", "16 s", "458 s", "-", "-"};
    int k;

    printf("derivation of the k-site chain (best of runs; SymPy figures measured on "
           "this machine class, from the issue)\n");
    printf("%3s %6s %8s %14s %16s %10s\n", "k", "eqs", "terms", "equations", "eqs+Jacobian",
           "SymPy");
    for (k = 2; k <= 6; k++)
    {
        sbuf_t text;
        double best[2] = {1e30, 1e30};
        int reps = k <= 4 ? 20 : k == 5 ? 5 : 2, r, j;
        slong nterms = 0;

        sbuf_init(&text);
        chain_model(&text, k);
        for (r = 0; r < reps; r++)
            for (j = 0; j < 2; j++)
            {
                double t = run_once(&text, j, &nterms);
                if (t < best[j])
                    best[j] = t;
            }
        printf("%3d %6ld %8ld %11.3f ms %13.3f ms %10s\n", k, (1L << (2 * k)) - 1,
               (long) nterms, 1e3 * best[0], 1e3 * best[1], sympy[k]);
        sbuf_clear(&text);
    }
    flint_cleanup_master();
    return 0;
}
