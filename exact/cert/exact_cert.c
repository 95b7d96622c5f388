/* exact_cert.c: what "certified to D digits" means, and its printing.
   A part is accepted when its ball is exactly zero or its relative
   accuracy (arb_rel_accuracy_bits) exceeds D decimal digits by a margin,
   so the D printed digits are within one unit of the last digit. */
#include <stdlib.h>
#include <math.h>
#include "exact_cert.h"

slong exact_cert_bits(slong digits)
{
    return (slong) ceil(digits * 3.321928094887362) + 4;
}

int exact_cert_ok(const arb_t x, slong digits)
{
    if (arb_is_zero(x))
        return 1;
    return arb_rel_accuracy_bits(x) >= exact_cert_bits(digits);
}

slong exact_cert_prec0(const exact_cert_t *c, slong N)
{
    slong lg = 0;
    while (((slong) 1 << lg) <= N)
        lg++;
    /* rounding errors of an N-term sum: about log2 N bits each way */
    return exact_cert_bits(c->digits) + 2 * lg + 16;
}

char *exact_cert_str(const arb_t x, const exact_cert_t *c)
{
    char *s;

    if (arb_is_zero(x))
    {
        s = flint_malloc(2);
        s[0] = '0', s[1] = '\0';
        return s;
    }
    return arb_get_str(x, c->digits, ARB_STR_NO_RADIUS);
}

void exact_cert_print(FILE *f, const arb_t x, const exact_cert_t *c)
{
    char *s;

    if (c->ball)
    {
        s = arf_get_str(arb_midref(x), c->digits + 10);
        /* the radius, rounded up when shown with 3 digits */
        fprintf(f, "%s %.3e", s, mag_get_d(arb_radref(x)) * 1.001);
    }
    else
    {
        s = exact_cert_str(x, c);
        fputs(s, f);
    }
    flint_free(s);
}
