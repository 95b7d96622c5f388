#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "cmdline.h"

int cmdline_out_close(cmdline_out_t *o, int keep)
{
    const char *name = o->path ? o->path : "standard output";
    int st = CMDLINE_OK;

    if (o->f == NULL)
        return CMDLINE_OK;
    if (o->f == stdout)
    {
        o->f = NULL;
        return cmdline_check_write(stdout, name);
    }
    if (cmdline_check_write(o->f, name) != CMDLINE_OK)
        st = CMDLINE_WRITE_ERROR, keep = 0;
    errno = 0;
    if (fclose(o->f) != 0 && st == CMDLINE_OK)
    {
        fprintf(stderr, "write error on %s: %s\n", name, errno ? strerror(errno) : "I/O error");
        st = CMDLINE_WRITE_ERROR, keep = 0;
    }
    o->f = NULL;
    if (o->tmp != NULL)
    {
        if (keep && rename(o->tmp, o->path) != 0)
        {
            fprintf(stderr, "-o %s: cannot rename %s into place: %s\n", o->path, o->tmp,
                    strerror(errno));
            st = CMDLINE_WRITE_ERROR, keep = 0;
        }
        if (!keep)
            remove(o->tmp);
        free(o->tmp);
        o->tmp = NULL;
    }
    return st;
}
