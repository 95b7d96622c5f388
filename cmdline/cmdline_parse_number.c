#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "cmdline.h"

/* One decimal: strtod on a terminated copy (no length limit). */
static int decimal(double *x, const char *s, size_t len)
{
    char *buf, *end;
    int st = CMDLINE_NUMBER_OK, digits = 0;

    if (len == 0)
        return CMDLINE_NUMBER_SYNTAX;
    /* strtod also takes "inf", "nan" and hex floats: only decimals here */
    for (size_t k = 0; k < len; k++)
    {
        if (strchr("0123456789", s[k]))
            digits = 1;
        else if (!strchr("+-.eE", s[k]))
            return CMDLINE_NUMBER_SYNTAX;
    }
    if (!digits)
        return CMDLINE_NUMBER_SYNTAX;
    buf = blochgen_malloc(len + 1);
    memcpy(buf, s, len);
    buf[len] = '\0';
    errno = 0;
    *x = strtod(buf, &end);
    if (end == buf || *end != '\0')
        st = CMDLINE_NUMBER_SYNTAX;
    else if (!isfinite(*x) || (errno == ERANGE && fabs(*x) > 1))
        st = CMDLINE_NUMBER_OVERFLOW;
    else if (*x != 0 && fabs(*x) < DBL_MIN)
        st = CMDLINE_NUMBER_UNDERFLOW;
    else if (*x == 0 && errno == ERANGE)
        st = CMDLINE_NUMBER_UNDERFLOW;  /* a nonzero decimal rounded to zero */
    free(buf);
    return st;
}

int cmdline_parse_number(double *x, const char *s, size_t len)
{
    const char *slash = memchr(s, '/', len);
    double p, q;
    int st;

    if (slash == NULL)
        return decimal(x, s, len);
    if ((st = decimal(&p, s, (size_t) (slash - s))) != CMDLINE_NUMBER_OK)
        return st;
    if ((st = decimal(&q, slash + 1, len - (size_t) (slash - s) - 1)) != CMDLINE_NUMBER_OK)
        return st;
    if (q == 0)
        return CMDLINE_NUMBER_ZERO_DIVISOR;
    *x = p / q;
    if (!isfinite(*x))
        return CMDLINE_NUMBER_OVERFLOW;
    if (p != 0 && fabs(*x) < DBL_MIN)
        return CMDLINE_NUMBER_UNDERFLOW;
    return CMDLINE_NUMBER_OK;
}

const char *cmdline_number_error(int status)
{
    switch (status)
    {
    case CMDLINE_NUMBER_SYNTAX: return "is not a number (decimal or p/q)";
    case CMDLINE_NUMBER_OVERFLOW: return "is beyond double precision (above 1.8e308)";
    case CMDLINE_NUMBER_UNDERFLOW:
        return "is below double precision's normal range (2.2e-308): its digits would be "
               "lost; rescale the parameters";
    case CMDLINE_NUMBER_ZERO_DIVISOR: return "divides by zero";
    default: return "is a number";
    }
}
