#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "alloc.h"
#include "cmdline.h"

/* The directory part of path ("." when there is none), in a new string. */
static char *dir_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    size_t n = slash == NULL ? 0 : slash == path ? 1 : (size_t) (slash - path);
    char *d = blochgen_malloc(n + 2);

    if (n == 0)
        strcpy(d, ".");
    else
        memcpy(d, path, n), d[n] = 0;
    return d;
}

static int fail(const char *what, const char *path, const char *why)
{
    fprintf(stderr, "-o %s: %s%s%s\n", path, what, why ? ": " : "", why ? why : "");
    return CMDLINE_BAD_INPUT;
}

int cmdline_out_check(const char *path)
{
    struct stat st;
    char *dir;
    int err, ok;

    if (path == NULL || strcmp(path, "-") == 0)
        return CMDLINE_OK;
    if (stat(path, &st) == 0)
    {
        if (S_ISDIR(st.st_mode))
            return fail("is a directory", path, NULL);
        if (access(path, W_OK) != 0)
            return fail("cannot write", path, strerror(errno));
        if (!S_ISREG(st.st_mode))
            return CMDLINE_OK;  /* a device or FIFO, written in place */
    }
    dir = dir_of(path);
    ok = stat(dir, &st) == 0;
    err = errno;
    if (!ok || !S_ISDIR(st.st_mode))
        fprintf(stderr, "-o %s: directory %s %s\n", path, dir,
                ok ? "is not a directory" : err == ENOENT ? "does not exist" : strerror(err));
    else if (access(dir, W_OK | X_OK) != 0)
    {
        fprintf(stderr, "-o %s: cannot write into directory %s: %s\n", path, dir,
                strerror(errno));
        ok = 0;
    }
    free(dir);
    return ok && S_ISDIR(st.st_mode) ? CMDLINE_OK : CMDLINE_BAD_INPUT;
}

int cmdline_out_open(cmdline_out_t *o, const char *path)
{
    struct stat st;
    mode_t mask;
    int fd, st_check;

    o->f = stdout, o->path = NULL, o->tmp = NULL;
    if (path == NULL || strcmp(path, "-") == 0)
        return CMDLINE_OK;
    if ((st_check = cmdline_out_check(path)) != CMDLINE_OK)
        return st_check;
    o->path = path;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode))
    {
        if ((o->f = fopen(path, "w")) == NULL)
        {
            fprintf(stderr, "-o %s: cannot open for writing: %s\n", path, strerror(errno));
            return CMDLINE_WRITE_ERROR;
        }
        return CMDLINE_OK;
    }
    o->tmp = blochgen_malloc(strlen(path) + 16);
    sprintf(o->tmp, "%s.tmpXXXXXX", path);
    fd = mkstemp(o->tmp);
    if (fd < 0 || (o->f = fdopen(fd, "w")) == NULL)
    {
        char *dir = dir_of(path);
        fprintf(stderr, "-o %s: cannot create a file in %s: %s\n", path, dir, strerror(errno));
        if (fd >= 0)
            close(fd), remove(o->tmp);
        free(dir);
        free(o->tmp);
        o->tmp = NULL, o->f = NULL;
        return CMDLINE_WRITE_ERROR;
    }
    /* mkstemp creates 0600; the result should get the mode any file would */
    mask = umask(0);
    umask(mask);
    fchmod(fd, 0666 & ~mask);
    return CMDLINE_OK;
}
