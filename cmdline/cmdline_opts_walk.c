#include "cmdline.h"

int _cmdline_opts_walk(const cmdline_opt_t *table, size_t base,
                       int (*f)(const cmdline_opt_t *opt, size_t offset, void *ctx), void *ctx)
{
    for (const cmdline_opt_t *o = table; o->name != NULL || o->type == CMDLINE_GROUP; o++)
    {
        int st = o->type == CMDLINE_GROUP ? _cmdline_opts_walk(o->group, base + o->offset, f, ctx)
                                          : f(o, base + o->offset, ctx);
        if (st != 0)
            return st;
    }
    return 0;
}
