/* fmpq_str.h: a decimal (d[.d][e[+-]d], signed) or a quotient p/q of two
 * decimals, exactly, as an fmpq: the grammar of cmdline_parse_number.
 * Returns 0, or -1 (and q unspecified) for anything else, 1/0 included.
 *
 * Below both the runtime (elim_fmpq_set_str) and the exact module
 * (exact_arb_set_str), which must not depend on each other; header-only
 * because compat/ has no library of its own.
 */
#ifndef BLOCHGEN_FMPQ_STR_H
#define BLOCHGEN_FMPQ_STR_H

#include <string.h>
#include "flint_compat.h"

/* One decimal d[.d][e[+-]d] with an optional sign, exactly. */
static inline int compat_fmpq_decimal(fmpq_t q, const char *s, size_t len)
{
    size_t i = 0;
    int neg = 0, digits = 0;
    slong scale = 0, ex = 0, esign = 1;
    fmpz_t t;

    if (i < len && (s[i] == '+' || s[i] == '-'))
        neg = s[i++] == '-';
    fmpq_zero(q);
    fmpz_init(t);
    for (; i < len && s[i] >= '0' && s[i] <= '9'; i++, digits++)
        fmpz_mul_ui(fmpq_numref(q), fmpq_numref(q), 10), fmpz_add_ui(fmpq_numref(q),
                                                                    fmpq_numref(q), s[i] - '0');
    if (i < len && s[i] == '.')
        for (i++; i < len && s[i] >= '0' && s[i] <= '9'; i++, digits++, scale++)
            fmpz_mul_ui(fmpq_numref(q), fmpq_numref(q), 10), fmpz_add_ui(fmpq_numref(q),
                                                                        fmpq_numref(q),
                                                                        s[i] - '0');
    if (digits > 0 && i < len && (s[i] == 'e' || s[i] == 'E'))
    {
        int edigits = 0;
        i++;
        if (i < len && (s[i] == '+' || s[i] == '-'))
            esign = s[i++] == '-' ? -1 : 1;
        for (; i < len && s[i] >= '0' && s[i] <= '9' && ex < 100000; i++, edigits++)
            ex = 10 * ex + (s[i] - '0');
        if (edigits == 0)
            digits = 0;
    }
    if (digits == 0 || i != len)
    {
        fmpz_clear(t);
        return -1;
    }
    ex = esign * ex - scale;
    fmpz_set_ui(t, 10);
    fmpz_pow_ui(t, t, ex >= 0 ? ex : -ex);
    if (ex >= 0)
        fmpz_mul(fmpq_numref(q), fmpq_numref(q), t);
    else
        fmpz_set(fmpq_denref(q), t);
    fmpq_canonicalise(q);
    if (neg)
        fmpq_neg(q, q);
    fmpz_clear(t);
    return 0;
}

static inline int compat_fmpq_set_str(fmpq_t q, const char *s, size_t len)
{
    const char *slash = memchr(s, '/', len);
    fmpq_t d;
    int st;

    if (slash == NULL)
        return compat_fmpq_decimal(q, s, len);
    fmpq_init(d);
    st = compat_fmpq_decimal(q, s, (size_t) (slash - s));
    if (st == 0)
        st = compat_fmpq_decimal(d, slash + 1, len - (size_t) (slash - s) - 1);
    if (st == 0 && fmpq_is_zero(d))
        st = -1;
    if (st == 0)
        fmpq_div(q, q, d);
    fmpq_clear(d);
    return st;
}

#endif
