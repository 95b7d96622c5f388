/* exact_arb.c: the derived balls J_eff, r, alpha_j, lambda_j at one
   working precision, from the decimal inputs. */
#include "exact_corr.h"

void exact_arb_init(exact_arb_t *x, const exact_params_t *p)
{
    x->N = p->N;
    x->nhx = p->nhx;
    x->prec = 0;
    acb_init(x->Jeff);
    acb_init(x->r);
    x->alpha = _acb_vec_init(p->nhx);
    x->lambda = _arb_vec_init(p->nhx);
}

void exact_arb_clear(exact_arb_t *x)
{
    acb_clear(x->Jeff);
    acb_clear(x->r);
    _acb_vec_clear(x->alpha, x->nhx);
    _arb_vec_clear(x->lambda, x->nhx);
}

void exact_arb_set(exact_arb_t *x, const exact_params_t *p, slong prec)
{
    arb_t J, hz, g, G, h;
    acb_t hzeff;

    arb_init(J); arb_init(hz); arb_init(g); arb_init(G); arb_init(h);
    acb_init(hzeff);
    /* the strings were validated by exact_params_check */
    exact_arb_set_str(J, p->J, prec);
    exact_arb_set_str(hz, p->hz, prec);
    exact_arb_set_str(g, p->gamma, prec);
    exact_arb_set_str(G, p->Gamma, prec);
    x->prec = prec;
    /* J_eff = J + i Gamma/2; hz_eff = hz - i (gamma + Gamma)/2 */
    arb_set(acb_realref(x->Jeff), J);
    arb_mul_2exp_si(acb_imagref(x->Jeff), G, -1);
    arb_set(acb_realref(hzeff), hz);
    arb_add(acb_imagref(hzeff), g, G, prec);
    arb_mul_2exp_si(acb_imagref(hzeff), acb_imagref(hzeff), -1);
    arb_neg(acb_imagref(hzeff), acb_imagref(hzeff));
    acb_div(x->r, hzeff, x->Jeff, prec);
    for (slong j = 0; j < x->nhx; j++)
    {
        exact_arb_set_str(h, p->hx[j], prec);
        acb_mul_2exp_si(x->alpha + j, x->Jeff, 1);
        acb_div_arb(x->alpha + j, x->alpha + j, h, prec);
        /* |alpha|^2 as re^2 + im^2: no square root, a tighter ball */
        arb_sqr(h, acb_realref(x->alpha + j), prec);
        arb_sqr(x->lambda + j, acb_imagref(x->alpha + j), prec);
        arb_add(x->lambda + j, x->lambda + j, h, prec);
        arb_mul_2exp_si(x->lambda + j, x->lambda + j, -1);
    }
    arb_clear(J); arb_clear(hz); arb_clear(g); arb_clear(G); arb_clear(h);
    acb_clear(hzeff);
}
