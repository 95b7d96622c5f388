/* exact_sites.c: the clusters C1 (--plus) and C2 (--minus). */
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "exact_corr.h"

static int cmp_slong(const void *a, const void *b)
{
    slong x = *(const slong *) a, y = *(const slong *) b;
    return (x > y) - (x < y);
}

int exact_sites_parse(slong **s, slong *n, const char *opt, const char *list,
                      const exact_params_t *p)
{
    slong N = p->N;
    slong cap = 1;
    const char *c = list;

    for (const char *q = list; *q; q++)
        cap += (*q == ',');
    *s = blochgen_calloc(cap, sizeof(slong));
    *n = 0;
    while (*c)
    {
        char *end;
        long v = strtol(c, &end, 10);
        if (end == c || (*end != ',' && *end != '\0') || v < 1 || v > N)
        {
            exact_say(p, "--%s: expected 1-based sites in 1..%ld separated by commas, got '%s'",
                      opt, (long) N, list);
            return EXACT_EBADARG;
        }
        (*s)[(*n)++] = v - 1;
        c = *end ? end + 1 : end;
    }
    qsort(*s, *n, sizeof(slong), cmp_slong);
    for (slong k = 1; k < *n; k++)
        if ((*s)[k] == (*s)[k - 1])
        {
            exact_say(p, "--%s: site %ld appears twice (sigma^%s squares to 0)",
                      opt, (long) (*s)[k] + 1, strcmp(opt, "plus") ? "-" : "+");
            return EXACT_EBADARG;
        }
    return 0;
}
