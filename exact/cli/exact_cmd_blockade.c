/* exact_cmd_blockade.c: `dtfim-exact blockade`: the certified n-bar along
   hz (Fig. 2) and, for each blockade resonance hz = n J in the range
   (n = 0..N-1, Eq. 8), the bound w_n of Eq. 12 beside the measured FWHM of
   the n-bar peak.  Everything is computed before anything is printed. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <float.h>
#include "alloc.h"
#include "exact_cli.h"
#include "exact_blockade.h"

typedef struct
{
    slong n;
    double lw, lbound;      /* log w_n, log of the FWHM bound (NaN: none) */
    exact_fwhm_t f;
    arb_t peak;
} resonance_t;

/* Eq. 12 as a width in hz: |r - n| < w_n with r = (hz - i (gamma+Gamma)/2)/J_eff
   is |hz - n J - i (gamma + (n+1) Gamma)/2| < w_n |J_eff| = W; the log of
   its chord 2 sqrt(W^2 - g^2) on the real hz axis (NaN when the decay g
   alone exceeds the bound), from lw = log w_n */
static double log_bound(const exact_params_t *p, slong n, double lw)
{
    double lW = lw + log(hypot(p->dJ, p->dGamma / 2)), g = (p->dgamma + (n + 1) * p->dGamma) / 2;

    if (g == 0)
        return log(2.0) + lW;
    if (!(lW > log(g)))
        return NAN;
    return log(2.0) + lW + 0.5 * log1p(-exp(2 * (log(g) - lW)));
}

static void print_d(double x)
{
    if (isnan(x))
        putchar(',');
    else
        printf(",%.10g", x);
}

/* ",e^l" to 10 digits, from the exponent where e^l is beyond doubles
   (w_n ~ 1e+400 is a width, not inf; 1e-400 is not 0); "," for NaN */
static void print_exp(double l)
{
    double l10 = l / log(10.0), e = floor(l10), mant = pow(10.0, l10 - e);

    if (isnan(l))
        putchar(',');
    else if (l < log(DBL_MAX) && l > log(DBL_MIN))
        printf(",%.10g", exp(l));
    else
    {
        if (mant >= 9.9999999995)       /* would print as 10 */
            mant = 1, e += 1;
        printf(",%.10ge%+.0f", mant, e);
    }
}

typedef struct
{
    exact_certified_opts_t c;
    const char *vary;
    int curve_only;
} blockade_opts_t;

static const cmdline_opt_t blockade_opts[] = {
    {NULL, CMDLINE_GROUP, offsetof(blockade_opts_t, c), .group = exact_certified_opts},
    {"--vary", CMDLINE_STRING, offsetof(blockade_opts_t, vary), .flags = CMDLINE_REQUIRED,
     .value = "hz=A:B[:K]",
     .help = "the line of hz (decimals) and its number of points"},
    {"--curve-only", CMDLINE_FLAG, offsetof(blockade_opts_t, curve_only),
     .help = "skip the resonance widths"},
    {NULL}
};

/* The parameters at hz = lo (--J 1 unless given), checked; p shares m's
   strings. */
static int check(exact_params_t *p, const exact_model_t *m, const char *lo)
{
    int rc;

    if (m->have_cluster)
        return fprintf(stderr, "dtfim-exact blockade: --plus/--minus do not apply\n"), CMDLINE_BAD_INPUT;
    if (m->p.hz)
        return fprintf(stderr, "dtfim-exact blockade: hz is varied (--vary hz=A:B[:K]); do not give --hz\n"),
               CMDLINE_BAD_INPUT;
    *p = m->p;
    if (p->J == NULL)
        p->J = "1";
    p->hz = lo;
    if ((rc = exact_params_check(p)))
        return rc;
    if (p->nhx != 1)
        return fprintf(stderr, "dtfim-exact blockade: --hx: expected one value (Eq. 12 assumes uniform fields)\n"),
               CMDLINE_BAD_INPUT;
    if (p->dJ == 0)
        return fprintf(stderr, "dtfim-exact blockade: --J must be nonzero (the resonances are hz = n J)\n"),
               CMDLINE_BAD_INPUT;
    return 0;
}

static int blockade(const exact_model_t *m, const blockade_opts_t *o)
{
    const exact_cert_t *cert = &o->c.cert;
    exact_params_t p;
    char *lo, *hi, **hz = NULL;
    slong K = 0, nr = 0, nres;
    arb_ptr v = NULL;
    resonance_t *res = NULL;
    int rc;
    double A, B, loglam, span;

    if ((rc = exact_args_vary(&lo, &hi, &K, o->vary, "blockade", 201)))
        return rc;
    if ((rc = check(&p, m, lo)))
        goto out;
    exact_parse_number(&A, lo), exact_parse_number(&B, hi);   /* checked by exact_args_vary */
    hz = blochgen_calloc(K, sizeof(char *));
    v = _arb_vec_init(K);
    for (slong k = 0; k < K && rc == 0; k++)
    {
        hz[k] = exact_hz_str(lo, k, K - 1, hi, 0);
        rc = exact_nbar_certify(v + k, &p, hz[k], cert);
    }
    loglam = exact_blockade_loglambda(&p);
    /* at most one resonance per |J| of [A, B] (N may be far larger) */
    span = (B - A) / fabs(p.dJ) + 2;
    nres = o->curve_only ? 0 : span < (double) p.N ? (slong) span : p.N;
    res = blochgen_calloc(nres, sizeof(resonance_t));
    for (slong n = 0; n < p.N && nr < nres && rc == 0; n++)
    {
        resonance_t *r = res + nr;
        char *s;
        if (n * p.dJ < A || n * p.dJ > B)
            continue;
        r->n = n;
        r->lw = exact_blockade_width_log(n, p.N, loglam);
        r->lbound = log_bound(&p, n, r->lw);
        arb_init(r->peak);
        nr++;
        rc = exact_blockade_fwhm(&r->f, &p, n, cert);
        if (rc == -1)
            rc = 0;     /* no peak: the row says so with empty fields */
        else if (rc == 0)
        {
            s = exact_hz_str("0", n, 1, p.J, r->f.peak_offset);
            rc = exact_nbar_certify(r->peak, &p, s, cert);
            flint_free(s);
        }
    }
    if (rc == 0)
    {
        printf("kind,hz,nbar,n,w_n,fwhm_bound,fwhm,peak_offset,nbar_base\n");
        printf("# dtfim-exact blockade N=%ld J=%s hx=%s gamma=%s Gamma=%s hz=%s:%s:%ld digits=%ld\n",
               (long) p.N, p.J, p.hx[0], p.gamma, p.Gamma, lo, hi, (long) K, (long) cert->digits);
        for (slong k = 0; k < K; k++)
        {
            printf("curve,%s,", hz[k]);
            exact_cert_print(stdout, v + k, cert);
            printf(",,,,,,\n");
        }
        for (slong i = 0; i < nr; i++)
        {
            char *s = exact_hz_str("0", res[i].n, 1, p.J, 0);
            printf("resonance,%s,", s);
            if (!isnan(res[i].f.fwhm))
                exact_cert_print(stdout, res[i].peak, cert);
            printf(",%ld", (long) res[i].n);
            print_exp(res[i].lw);
            print_exp(res[i].lbound);
            print_d(res[i].f.fwhm);
            print_d(res[i].f.peak_offset);
            print_d(res[i].f.base);
            putchar('\n');
            flint_free(s);
        }
    }
out:
    for (slong i = 0; i < nr; i++)
        arb_clear(res[i].peak);
    free(res);
    for (slong k = 0; hz && k < K; k++)
        flint_free(hz[k]);
    free(hz);
    if (v)
        _arb_vec_clear(v, K);
    free(lo);
    free(hi);
    return rc;
}

static int run(const void *opts)
{
    const blockade_opts_t *o = opts;
    exact_model_t m;
    int rc = exact_args_model(&m, &o->c.model, 0);

    if (rc == 0)
        rc = blockade(&m, o);
    exact_model_clear(&m);
    return rc;
}

const exact_cmd_t exact_cmd_blockade = {
    {"blockade",
     "CSV kind,hz,nbar,n,w_n,fwhm_bound,fwhm,peak_offset,nbar_base: certified n-bar on K points\n"
     "(default 201; kind curve), then for each blockade hz = n J in [A, B] (kind resonance) w_n of\n"
     "Eq. 12, the FWHM it bounds (2 sqrt(w_n^2 |J_eff|^2 - ((gamma + (n+1) Gamma)/2)^2)) and the\n"
     "FWHM measured on the certified n-bar (level (peak + base)/2, Brent).\n"
     "Needs --N, one --hx, --gamma, --vary; --J defaults to 1.",
     blockade_opts, sizeof(blockade_opts_t)},
    run};
