#include "cmdline.h"

static int clear_one(const cmdline_opt_t *o, size_t offset, void *opts)
{
    if (o->type == CMDLINE_CUSTOM && o->clear != NULL)
        o->clear((char *) opts + offset);
    return 0;
}

void cmdline_opts_clear(void *opts, const cmdline_cmd_t *c)
{
    _cmdline_opts_walk(c->opts, 0, clear_one, opts);
}
