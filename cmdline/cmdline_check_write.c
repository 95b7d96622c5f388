#include <errno.h>
#include <string.h>
#include "cmdline.h"

int cmdline_check_write(FILE *f, const char *name)
{
    int err;

    errno = 0;
    if (fflush(f) == 0 && !ferror(f))
        return CMDLINE_OK;
    err = errno;
    fprintf(stderr, "write error on %s: %s\n", name, err ? strerror(err) : "I/O error");
    return CMDLINE_WRITE_ERROR;
}
