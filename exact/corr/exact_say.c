/* exact_say.c: the one place exact/'s library functions send a message:
   the caller's buffer (the C API), else stderr (the command line). */
#include <stdarg.h>
#include <stdio.h>
#include "exact_corr.h"

void exact_say(const exact_params_t *p, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    if (p->msg != NULL)
    {
        if (p->msglen)
            vsnprintf(p->msg, p->msglen, fmt, ap);
    }
    else
    {
        fputs("dtfim-exact: ", stderr);
        vfprintf(stderr, fmt, ap);
        fputc('\n', stderr);
    }
    va_end(ap);
}
