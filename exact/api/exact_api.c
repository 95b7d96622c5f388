/* exact_api.c: the C API (exact_api.h) over the certification loop:
   the model's strings into an exact_params_t whose messages go to the
   caller's buffer, the observables through exact_certify_eval, the balls
   out as doubles and as the certified digits.  One file: the three entry
   points share the setup and the output and are a few lines each. */
#include <stdlib.h>
#include <string.h>
#include "exact_api.h"
#include "exact_cert.h"
#include "exact_obs.h"

int exact_api_version(void)
{
    return EXACT_API_VERSION;
}

/* p (exact_params_clear it even on failure) and cert from m, messages
   into msg; 0 or EXACT_API_BAD_INPUT. */
static int setup(exact_params_t *p, exact_cert_t *cert, const exact_api_model_t *m, char *msg,
                 size_t n)
{
    static char none[1];

    exact_params_init(p);
    /* a caller without a buffer still gets silence, not stderr */
    p->msg = msg != NULL && n ? msg : none;
    p->msglen = msg != NULL ? n : 0;
    if (p->msglen)
        msg[0] = '\0';
    if (m == NULL)
        return exact_say(p, "no model given"), EXACT_API_BAD_INPUT;
    cert->digits = m->digits ? m->digits : 15;
    cert->max_prec = m->max_prec ? m->max_prec : 65536;
    cert->ball = 0;
    if (cert->digits < 1 || cert->digits > 100000)
        return exact_say(p, "digits: %ld is not in 1..100000", m->digits), EXACT_API_BAD_INPUT;
    if (cert->max_prec < 2 || cert->max_prec > (1L << 30))
        return exact_say(p, "max_prec: %ld is not in 2..2^30", m->max_prec), EXACT_API_BAD_INPUT;
    p->N = m->N;
    p->J = m->J;
    p->hz = m->hz;
    p->gamma = m->gamma;
    p->Gamma = m->Gamma ? m->Gamma : "0";
    if (m->hx != NULL && exact_params_set_hx(p, m->hx))
        return EXACT_API_BAD_INPUT;
    return exact_params_check(p) ? EXACT_API_BAD_INPUT : EXACT_API_OK;
}

/* A 1-based site of p as 0-based; 0, or EXACT_API_BAD_INPUT naming what. */
static int site(slong *s, long j, const char *what, const exact_params_t *p)
{
    if (j < 1 || j > p->N)
        return exact_say(p, "%s: site %ld is not in 1..%ld", what, j, (long) p->N),
               EXACT_API_BAD_INPUT;
    *s = j - 1;
    return 0;
}

/* The k certified balls v out as mid, rad and str. */
static void output(double *mid, double *rad, char *str, size_t nstr, arb_srcptr v, slong k,
                   const exact_cert_t *cert)
{
    size_t used = 0;

    if (nstr)
        str[0] = '\0';
    for (slong i = 0; i < k; i++)
    {
        arf_t d, e;
        mag_t r, t;

        arf_init(d), arf_init(e), mag_init(r), mag_init(t);
        mid[i] = arf_get_d(arb_midref(v + i), ARF_RND_NEAR);
        /* rad >= Arb's radius + |Arb's midpoint - mid[i]|, rounded up */
        arf_set_d(d, mid[i]);
        arf_sub(e, arb_midref(v + i), d, ARF_PREC_EXACT, ARF_RND_DOWN);
        arf_get_mag(t, e);
        mag_add(r, arb_radref(v + i), t);
        rad[i] = mag_get_d(r);
        arf_clear(d), arf_clear(e), mag_clear(r), mag_clear(t);
        if (nstr)
        {
            char *s = exact_cert_str(v + i, cert);
            used += snprintf(str + used, used < nstr ? nstr - used : 0, "%s%s", i ? " " : "",
                             s);
            if (used >= nstr)
                used = nstr;
            flint_free(s);
        }
    }
}

/* The k values f(ctx) certified for m, out; a status. */
static int certify(double *mid, double *rad, char *str, size_t nstr, slong k, exact_eval_fn f,
                   const void *ctx, const exact_params_t *p, const exact_cert_t *cert,
                   const char *what)
{
    arb_ptr v = _arb_vec_init(k);
    int rc = exact_certify_eval(v, k, f, ctx, p, cert, what);

    if (rc == 0)
        output(mid, rad, str, nstr, v, k, cert);
    _arb_vec_clear(v, k);
    return rc ? EXACT_API_NO_CONVERGENCE : EXACT_API_OK;
}

int exact_api_corr(double *mid, double *rad, char *str, size_t nstr,
                   const exact_api_model_t *m, const char *plus, const char *minus,
                   char *msg, size_t n)
{
    exact_params_t p;
    exact_cert_t cert;
    exact_cluster_t c = {NULL, 0, NULL, 0};
    int rc = setup(&p, &cert, m, msg, n);

    if (rc == 0 && ((rc = exact_sites_parse(&c.c1, &c.n1, "plus", plus ? plus : "", &p))
                    || (rc = exact_sites_parse(&c.c2, &c.n2, "minus", minus ? minus : "", &p))))
        rc = EXACT_API_BAD_INPUT;
    if (rc == 0)
    {
        acb_t v;
        arb_struct ri[2];

        acb_init(v);
        rc = exact_corr_certify(v, &p, &c, &cert) ? EXACT_API_NO_CONVERGENCE : EXACT_API_OK;
        ri[0] = *acb_realref(v), ri[1] = *acb_imagref(v);
        if (rc == 0)
            output(mid, rad, str, nstr, ri, 2, &cert);
        acb_clear(v);
    }
    free(c.c1), free(c.c2);
    exact_params_clear(&p);
    return rc;
}

int exact_api_density(double *mid, double *rad, char *str, size_t nstr,
                      const exact_api_model_t *m, long j, char *msg, size_t n)
{
    exact_params_t p;
    exact_cert_t cert;
    slong s = 0;
    int rc = setup(&p, &cert, m, msg, n);

    if (rc == 0)
        rc = site(&s, j, "site", &p);
    if (rc == 0)
    {
        arb_ptr v = _arb_vec_init(4);

        rc = exact_density_certify(v, &p, s, &cert) ? EXACT_API_NO_CONVERGENCE : EXACT_API_OK;
        if (rc == 0)
            output(mid, rad, str, nstr, v, 4, &cert);
        _arb_vec_clear(v, 4);
    }
    exact_params_clear(&p);
    return rc;
}

int exact_api_pair(double *mid, double *rad, char *str, size_t nstr, int which,
                   const exact_api_model_t *m, long i, long j, char *msg, size_t n)
{
    static const char *const names[] = {"C^xx", "C^yy", "g2"};
    exact_params_t p;
    exact_cert_t cert;
    exact_pair_t c = {0, 0, which};
    int rc = setup(&p, &cert, m, msg, n);

    if (rc == 0 && (which < EXACT_API_XX || which > EXACT_API_G2))
        rc = (exact_say(&p, "which: %d is not EXACT_API_XX, _YY or _G2", which),
              EXACT_API_BAD_INPUT);
    if (rc == 0 && (rc = site(&c.i, i, "i", &p)) == 0 && (rc = site(&c.j, j, "j", &p)) == 0
        && c.i == c.j)
        rc = (exact_say(&p, "i, j: the two sites must differ (both %ld)", i),
              EXACT_API_BAD_INPUT);
    if (rc == 0)
        rc = certify(mid, rad, str, nstr, 1, exact_pair_eval, &c, &p, &cert, names[which]);
    exact_params_clear(&p);
    return rc;
}
