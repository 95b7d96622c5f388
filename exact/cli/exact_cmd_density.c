/* exact_cmd_density.c: `dtfim-exact density`: n, <sigma^z>, <sigma^x>,
   <sigma^y> per site and their means, each certified to D digits. */
#include <stdlib.h>
#include "exact_cli.h"

static void print_row(const char *site, slong j, arb_srcptr v, const exact_cert_t *c)
{
    if (site)
        fputs(site, stdout);
    else
        printf("%ld", (long) j + 1);
    for (int k = 0; k < 4; k++)
    {
        fputc(',', stdout);
        exact_cert_print(stdout, v + k, c);
    }
    fputc('\n', stdout);
}

/* All sites at `cert`, the means into mean; 1 if the means are certified
   too, 0 if not, or -3 (a site could not be certified). */
static int sites(arb_ptr all, arb_ptr mean, slong ns, const exact_params_t *p, const exact_cert_t *cert,
                 slong digits)
{
    slong prec = exact_cert_bits(cert->digits) + 64;
    int ok = 1;

    for (int k = 0; k < 4; k++)
        arb_zero(mean + k);
    for (slong j = 0; j < ns; j++)
    {
        if (exact_density_certify(all + 4 * j, p, j, cert))
            return -CMDLINE_NO_CONVERGENCE;
        for (int k = 0; k < 4; k++)
            arb_add(mean + k, mean + k, all + 4 * j + k, prec);
    }
    for (int k = 0; k < 4; k++)
    {
        arb_div_si(mean + k, mean + k, ns, prec);
        ok = ok && exact_cert_ok(mean + k, digits);
    }
    return ok;
}

static int density(const exact_model_t *m, const void *opts)
{
    const exact_certified_opts_t *o = opts;
    slong ns = exact_params_uniform(&m->p) ? 1 : m->p.N;
    arb_ptr all, mean;
    exact_cert_t c = o->cert;
    int ok = 0;

    if (m->have_cluster)
        return fprintf(stderr, "dtfim-exact density: --plus/--minus do not apply (every site is listed)\n"),
               CMDLINE_BAD_INPUT;
    all = _arb_vec_init(4 * ns);
    mean = _arb_vec_init(4);
    /* a mean can cancel (sx, sy): ask the sites for more digits then */
    for (int tries = 0; tries < 4 && ok == 0; tries++, c.digits += 15)
        ok = sites(all, mean, ns, &m->p, &c, o->cert.digits);
    if (ok == 1)
    {
        printf("site,n,sz,sx,sy\n");
        exact_print_params(stdout, "density", &m->p, o->cert.digits);
        if (ns == 1)
            print_row("all", 0, all, &o->cert);
        else
            for (slong j = 0; j < ns; j++)
                print_row(NULL, j, all + 4 * j, &o->cert);
        print_row("mean", 0, mean, &o->cert);
    }
    else if (ok == 0)
        fprintf(stderr, "dtfim-exact: the site means could not be certified to %ld digits\n", (long) o->cert.digits);
    _arb_vec_clear(all, 4 * ns);
    _arb_vec_clear(mean, 4);
    return ok == 1 ? 0 : CMDLINE_NO_CONVERGENCE;
}

static int run(const void *opts)
{
    const exact_certified_opts_t *o = opts;

    return exact_args_with_model(&o->model, density, o);
}

const exact_cmd_t exact_cmd_density = {
    {"density",
     "CSV: per site (one row 'all' when uniform, then 'mean') n = <sigma^+ sigma^->,\n"
     "sz = <sigma^z> = 2n - 1, sx = <sigma^x>, sy = <sigma^y>, certified to D digits.\n"
     "Needs --N, --J, --hz, --hx, --gamma.",
     exact_certified_opts, sizeof(exact_certified_opts_t)},
    run};
