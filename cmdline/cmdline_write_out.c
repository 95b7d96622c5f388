#include "cmdline.h"

int cmdline_write_out(const char *path, cmdline_body_fn body, cmdline_summary_fn summary,
                      const void *ctx)
{
    cmdline_out_t o;
    int st = cmdline_out_open(&o, path);

    if (st != CMDLINE_OK)
        return st;
    body(o.f, ctx);
    /* on stdout the summary follows the CSV as comments */
    if (o.f == stdout && summary)
        summary(stdout, "# ", ctx);
    if ((st = cmdline_out_close(&o, 1)) != CMDLINE_OK)
        return st;
    if (path && summary)
        summary(stdout, "", ctx);
    return CMDLINE_OK;
}
