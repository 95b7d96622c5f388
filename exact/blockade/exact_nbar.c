/* exact_nbar.c: the certified excitation density n-bar = <sigma^+_1
   sigma^-_1> (uniform fields) at a longitudinal field given as a decimal
   string, and the decimal strings of points on a line of hz. */
#include <string.h>
#include "fmpq_str.h"
#include "exact_blockade.h"

static void eval_n(arb_ptr out, const exact_arb_t *x, const void *ctx)
{
    slong site = 0;
    exact_cluster_t nn = {&site, 1, &site, 1};
    acb_t v;

    (void) ctx;
    acb_init(v);
    exact_corr(v, x, &nn);
    arb_set(out, acb_realref(v));
    acb_clear(v);
}

int exact_nbar_certify(arb_t nb, const exact_params_t *p, const char *hz, const exact_cert_t *cert)
{
    exact_params_t q = *p;     /* shallow: only hz differs */

    q.hz = hz;
    return exact_certify_eval(nb, 1, eval_n, NULL, &q, cert, "n-bar");
}

/* "1.2500000e-10" -> "1.25e-10", "2.000" -> "2" */
static void trim(char *s)
{
    char *dot = strchr(s, '.'), *e, *z;

    if (dot == NULL)
        return;
    e = strchr(dot, 'e');
    z = e ? e : dot + strlen(dot);
    while (z > dot + 1 && z[-1] == '0')
        z--;
    if (z == dot + 1)
        z = dot;
    memmove(z, e ? e : "", e ? strlen(e) + 1 : 1);
}

/* A decimal or p/q (checked before) as a ball at prec bits. */
static void set_number(arb_t x, const char *s, slong prec)
{
    fmpq_t q;

    fmpq_init(q);
    if (compat_fmpq_set_str(q, s, strlen(s)) == 0)
        arb_set_fmpq(x, q, prec);
    else
        arb_indeterminate(x);
    fmpq_clear(q);
}

char *exact_hz_str(const char *a, slong num, slong den, const char *b, double delta)
{
    slong prec = 320;
    arb_t x, y;
    char *s;

    arb_init(x);
    arb_init(y);
    /* the ends as the user gave them, decimals or p/q, exactly */
    set_number(x, a, prec);
    set_number(y, b, prec);
    arb_sub(y, y, x, prec);
    arb_mul_si(y, y, num, prec);
    arb_div_si(y, y, den, prec);
    arb_add(x, x, y, prec);
    arb_set_d(y, delta);
    arb_add(x, x, y, prec);
    /* a grid point that is 0 up to the 320-bit rounding is 0 */
    if (arb_contains_zero(x))
        arb_zero(x);
    s = arb_get_str(x, 60, ARB_STR_NO_RADIUS);
    trim(s);
    arb_clear(x);
    arb_clear(y);
    return s;
}
