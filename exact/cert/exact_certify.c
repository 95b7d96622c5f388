/* exact_certify.c: the certified correlator and single-site observables,
   through the one adaptive precision loop (exact_certify_eval). */
#include "exact_cert.h"

/* out[0], out[1]: Re, Im of the correlator of the cluster ctx. */
static void eval_corr(arb_ptr out, const exact_arb_t *x, const void *ctx)
{
    const exact_cluster_t *c = ctx;
    acb_t v;

    acb_init(v);
    exact_corr(v, x, c);
    arb_set(out + 0, acb_realref(v));
    /* |C1| = |C2| gives |R1| = |R2| = s: the prefactor is
       |(-r)_s|^2 conj(alpha^R1) alpha^R2 with alpha real (Gamma = 0) or
       uniform (then |alpha|^{2s}), and the sum has terms |(s - r)_m|^2
       I_m: Eqs. 17, 18 are real, exactly */
    if (c->n1 == c->n2)
        arb_zero(out + 1);
    else
        arb_set(out + 1, acb_imagref(v));
    acb_clear(v);
}

int exact_corr_certify(acb_t res, const exact_params_t *p, const exact_cluster_t *c,
                       const exact_cert_t *cert)
{
    arb_ptr v = _arb_vec_init(2);
    int rc = exact_certify_eval(v, 2, eval_corr, c, p, cert, "the correlator");

    acb_set_arb_arb(res, v + 0, v + 1);
    _arb_vec_clear(v, 2);
    return rc;
}

/* n_j, <sigma^z_j> = 2 n_j - 1, <sigma^x_j> = 2 Re <sigma^+_j>,
   <sigma^y_j> = 2 Im <sigma^+_j>  (sigma^+ = (sigma^x + i sigma^y)/2);
   ctx: the site j. */
static void eval_density(arb_ptr out, const exact_arb_t *x, const void *ctx)
{
    slong site = *(const slong *) ctx, prec = x->prec;
    exact_cluster_t nn = {&site, 1, &site, 1}, plus = {&site, 1, NULL, 0};
    acb_t v;

    acb_init(v);
    exact_corr(v, x, &nn);
    arb_set(out + 0, acb_realref(v));
    arb_mul_2exp_si(out + 1, out + 0, 1);
    arb_sub_ui(out + 1, out + 1, 1, prec);
    exact_corr(v, x, &plus);
    arb_mul_2exp_si(out + 2, acb_realref(v), 1);
    arb_mul_2exp_si(out + 3, acb_imagref(v), 1);
    acb_clear(v);
}

int exact_density_certify(arb_ptr out4, const exact_params_t *p, slong j,
                          const exact_cert_t *cert)
{
    return exact_certify_eval(out4, 4, eval_density, &j, p, cert, "the density");
}
