/* exact_args.c: the option groups the commands share, and the model they
   describe. */
#include <stddef.h>
#include <stdlib.h>
#include "exact_cli.h"

/* The certification group writes --digits and --max-prec straight into
   exact_cert_t, whose slong fields CMDLINE_INTEGER fills as long. */
_Static_assert(_Generic((slong) 0, long: 1, default: 0), "slong is long");

const cmdline_opt_t exact_model_opts[] = {
    {"--N", CMDLINE_INTEGER, offsetof(exact_model_opts_t, N), .value = "N",
     .help = "number of spins", .min = 1, .max = 0x1p40},
    {"--J", CMDLINE_STRING, offsetof(exact_model_opts_t, J), .value = "J",
     .help = "Ising coupling (H = J sum_{i!=j} S^z_i S^z_j + ...)"},
    {"--hz", CMDLINE_STRING, offsetof(exact_model_opts_t, hz), .value = "HZ",
     .help = "uniform longitudinal field"},
    {"--hx", CMDLINE_STRING, offsetof(exact_model_opts_t, hx), .value = "H[,H2,..]",
     .help = "transverse field: one value (uniform) or N values"},
    {"--gamma", CMDLINE_STRING, offsetof(exact_model_opts_t, gamma), .value = "G",
     .help = "local decay rate, D[sigma^-_j]"},
    /* no .dflt: the large-N commands must tell a given --Gamma 0 (to be
       scaled by --N) from none; exact_args_model supplies the 0 */
    {"--Gamma", CMDLINE_STRING, offsetof(exact_model_opts_t, Gamma), .value = "GG",
     .help = "collective decay rate, D[S_-] (default 0; 0 when fields vary)"},
    {"--plus", CMDLINE_STRING, offsetof(exact_model_opts_t, plus), .value = "i,j,..",
     .help = "C1: sites (1-based) of sigma^+ (default none)"},
    {"--minus", CMDLINE_STRING, offsetof(exact_model_opts_t, minus), .value = "k,..",
     .help = "C2: sites of sigma^- (default none)"},
    {NULL}
};

const cmdline_opt_t exact_cert_opts[] = {
    {"--digits", CMDLINE_INTEGER, offsetof(exact_cert_t, digits), .value = "D",
     .help = "certified significant digits", .dflt = "15", .min = 1, .max = 100000},
    {"--ball", CMDLINE_FLAG, offsetof(exact_cert_t, ball),
     .help = "print Arb midpoint and radius instead of digits"},
    {"--max-prec", CMDLINE_INTEGER, offsetof(exact_cert_t, max_prec), .value = "BITS",
     .help = "working-precision cap", .dflt = "65536", .min = 2, .max = 0x1p30},
    {NULL}
};

const cmdline_opt_t exact_certified_opts[] = {
    {NULL, CMDLINE_GROUP, offsetof(exact_certified_opts_t, model), .group = exact_model_opts},
    {NULL, CMDLINE_GROUP, offsetof(exact_certified_opts_t, cert), .group = exact_cert_opts},
    {NULL}
};

void exact_model_clear(exact_model_t *m)
{
    exact_params_clear(&m->p);
    free(m->c.c1);
    free(m->c.c2);
    m->c.c1 = m->c.c2 = NULL;
}

int exact_args_model(exact_model_t *m, const exact_model_opts_t *o, int check)
{
    int rc;

    exact_params_init(&m->p);
    m->c = (exact_cluster_t) {NULL, 0, NULL, 0};
    m->have_cluster = o->plus != NULL || o->minus != NULL;
    m->p.N = o->N;
    m->p.J = o->J;
    m->p.hz = o->hz;
    m->p.gamma = o->gamma;
    m->p.Gamma = o->Gamma ? o->Gamma : "0";
    if (o->hx && (rc = exact_params_set_hx(&m->p, o->hx)))
        return rc;
    if (!check)
        return 0;
    if ((rc = exact_params_check(&m->p))
        || (rc = exact_sites_parse(&m->c.c1, &m->c.n1, "plus", o->plus ? o->plus : "", &m->p))
        || (rc = exact_sites_parse(&m->c.c2, &m->c.n2, "minus", o->minus ? o->minus : "", &m->p)))
        return rc;
    return 0;
}

int exact_args_with_model(const exact_model_opts_t *o,
                          int (*f)(const exact_model_t *m, const void *opts), const void *opts)
{
    exact_model_t m;
    int rc = exact_args_model(&m, o, 1);

    if (rc == 0)
        rc = f(&m, opts);
    exact_model_clear(&m);
    return rc;
}

void exact_print_params(FILE *f, const char *cmd, const exact_params_t *p, slong digits)
{
    fprintf(f, "# dtfim-exact %s N=%ld J=%s hz=%s gamma=%s Gamma=%s hx=", cmd, (long) p->N, p->J,
            p->hz, p->gamma, p->Gamma);
    for (slong j = 0; j < p->nhx; j++)
        fprintf(f, "%s%s", j ? "," : "", p->hx[j]);
    /* brute and piqs certify nothing: no digits to report */
    if (digits > 0)
        fprintf(f, " digits=%ld", (long) digits);
    fputc('\n', f);
}
