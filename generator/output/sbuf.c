#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "output.h"
#include "alloc.h"

void sbuf_init(sbuf_t *b)
{
    b->alloc = 64;
    b->len = 0;
    b->s = blochgen_malloc(b->alloc);
    b->s[0] = '\0';
}

void sbuf_clear(sbuf_t *b)
{
    free(b->s);
}

void sbuf_reset(sbuf_t *b)
{
    b->len = 0;
    b->s[0] = '\0';
}

static void sbuf_reserve(sbuf_t *b, size_t extra)
{
    if (b->len + extra + 1 <= b->alloc)
        return;
    while (b->len + extra + 1 > b->alloc)
        b->alloc *= 2;
    b->s = blochgen_realloc(b->s, b->alloc);
}

void sbuf_printf(sbuf_t *b, const char *fmt, ...)
{
    va_list ap;
    int n;

    va_start(ap, fmt);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    sbuf_reserve(b, (size_t) n);
    va_start(ap, fmt);
    vsnprintf(b->s + b->len, b->alloc - b->len, fmt, ap);
    va_end(ap);
    b->len += (size_t) n;
}

void sbuf_puts(sbuf_t *b, const char *s)
{
    size_t n = strlen(s);

    sbuf_reserve(b, n);
    memcpy(b->s + b->len, s, n + 1);
    b->len += n;
}

void out_json_string(sbuf_t *b, const char *s)
{
    sbuf_puts(b, "\"");
    for (; *s; s++)
    {
        if (*s == '"' || *s == '\\')
            sbuf_printf(b, "\\%c", *s);
        else if ((unsigned char) *s < 0x20)
            sbuf_printf(b, "\\u%04x", (unsigned char) *s);
        else
            sbuf_printf(b, "%c", *s);
    }
    sbuf_puts(b, "\"");
}
