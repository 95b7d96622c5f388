/* exact_certify_eval.c: the adaptive precision loop for any list of real
   observables: f is evaluated from the decimal inputs at doubling
   precision until every value is certified to the digits asked for. */
#include "exact_cert.h"

int exact_certify_eval(arb_ptr out, slong n, exact_eval_fn f, const void *ctx,
                       const exact_params_t *p, const exact_cert_t *cert, const char *what)
{
    exact_arb_t x;
    int ok = 0;
    slong prec = exact_cert_prec0(cert, p->N);

    if (prec > cert->max_prec)
        prec = cert->max_prec;
    exact_arb_init(&x, p);
    while (!ok)
    {
        exact_arb_set(&x, p, prec);
        f(out, &x, ctx);
        ok = 1;
        for (slong k = 0; k < n && ok; k++)
            ok = exact_cert_ok(out + k, cert->digits);
        if (ok || prec >= cert->max_prec)
            break;
        prec = 2 * prec > cert->max_prec ? cert->max_prec : 2 * prec;
    }
    exact_arb_clear(&x);
    if (!ok)
        exact_say(p, "cannot certify %ld digits of %s below the precision cap of %ld bits "
                  "(raise it with --max-prec, or ask for fewer --digits)",
                  (long) cert->digits, what, (long) cert->max_prec);
    return ok ? 0 : EXACT_ENOCONV;
}
