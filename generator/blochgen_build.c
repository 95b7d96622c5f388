/* blochgen build: a solver (or a shared library) for a model file
 * anywhere, emitted, compiled with $CC and linked with the runtime, cached
 * by content.
 *
 * How to compile comes from a small key=value file that `make` writes
 * (build/blochgen-build.conf in the source tree, share/blochgen/build.conf
 * under an install prefix), found next to this executable, so the same
 * binary works in the tree and installed.  The cache key is a hash of the
 * model file, that file and this executable (size and time), so a changed
 * model, runtime build or generator rebuilds. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include "alloc.h"
#include "cmdline.h"
#include "blochgen_cmd.h"

typedef struct
{
    blochgen_opts_t common;
    const char *model;
    const char *out;
    int shared;
    int verbose;
} build_opts_t;

/* The configuration's keys. */
enum { CONF_CC, CONF_CFLAGS, CONF_MAIN, CONF_LIB, CONF_STATIC, CONF_SHARED, CONF_LIBS, CONF_N };
static const char *const conf_keys[CONF_N] = {"cc", "cflags", "main", "lib", "static_libs",
                                             "shared_libs", "libs"};

typedef struct
{
    char *text;                 /* the whole file (hashed) */
    const char *v[CONF_N];      /* values: pointers into text */
    char path[8192];
} conf_t;

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *s;
    size_t cap = 4096, n = 0, k;

    if (f == NULL)
        return NULL;
    s = blochgen_malloc(cap + 1);
    while ((k = fread(s + n, 1, cap - n, f)) > 0)
    {
        n += k;
        if (n == cap)
            s = blochgen_realloc(s, (cap *= 2) + 1);
    }
    s[n] = '\0';
    fclose(f);
    if (len)
        *len = n;
    return s;
}

/* The directory of this executable (no trailing slash), or "" */
static void exe_dir(char *dir, size_t n)
{
    ssize_t k = readlink("/proc/self/exe", dir, n - 1);
    char *slash;

    dir[k > 0 ? k : 0] = '\0';
    if ((slash = strrchr(dir, '/')) != NULL)
        *slash = '\0';
}

static int conf_load(conf_t *c, const char *prog)
{
    const char *env = getenv("BLOCHGEN_BUILD_CONF");
    static const char *const rel[] = {"../share/blochgen/build.conf",
                                      "../build/blochgen-build.conf", "../blochgen-build.conf"};
    char dir[4096];
    char *line;
    int k;

    c->text = NULL;
    exe_dir(dir, sizeof dir);
    for (k = -1; k < 3 && c->text == NULL; k++)
    {
        if (k < 0 && env == NULL)
            continue;
        if (k < 0)
            snprintf(c->path, sizeof c->path, "%s", env);
        else
            snprintf(c->path, sizeof c->path, "%s/%s", dir, rel[k]);
        c->text = read_all(c->path, NULL);
    }
    if (c->text == NULL)
    {
        fprintf(stderr, "%s: no build configuration (share/blochgen/build.conf next to an "
                "installed blochgen, build/blochgen-build.conf in the source tree after "
                "`make`, or $BLOCHGEN_BUILD_CONF)\n", prog);
        return CMDLINE_BAD_INPUT;
    }
    for (k = 0; k < CONF_N; k++)
        c->v[k] = NULL;
    /* key=value lines; the values are split off in place, so hash a copy */
    c->text = blochgen_realloc(c->text, 2 * strlen(c->text) + 2);
    memcpy(c->text + strlen(c->text) + 1, c->text, strlen(c->text) + 1);
    for (line = c->text + strlen(c->text) + 1; *line;)
    {
        char *end = strchr(line, '\n'), *eq = strchr(line, '=');
        if (end)
            *end = '\0';
        if (eq && line[0] != '#')
        {
            *eq = '\0';
            for (k = 0; k < CONF_N; k++)
                if (strcmp(line, conf_keys[k]) == 0)
                    c->v[k] = eq + 1;
        }
        if (end == NULL)
            break;
        line = end + 1;
    }
    for (k = 0; k < CONF_N; k++)
        if (c->v[k] == NULL)
        {
            fprintf(stderr, "%s: %s has no %s= line\n", prog, c->path, conf_keys[k]);
            return CMDLINE_BAD_INPUT;
        }
    return CMDLINE_OK;
}

static uint64_t fnv(uint64_t h, const void *data, size_t n)
{
    const unsigned char *s = data;
    size_t k;

    for (k = 0; k < n; k++)
        h = (h ^ s[k]) * 1099511628211ULL;
    return h;
}

/* s single-quoted for sh */
static void quote(char **cmd, size_t *len, size_t *cap, const char *s, int q)
{
    size_t need = *len + 4 * strlen(s) + 4;

    if (need > *cap)
        *cmd = blochgen_realloc(*cmd, *cap = 2 * need);
    if (!q)
    {
        *len += sprintf(*cmd + *len, " %s", s);
        return;
    }
    (*cmd)[(*len)++] = ' ';
    (*cmd)[(*len)++] = '\'';
    for (; *s; s++)
    {
        if (*s == '\'')
        {
            memcpy(*cmd + *len, "'\\''", 4);
            *len += 4;
        }
        else
            (*cmd)[(*len)++] = *s;
    }
    (*cmd)[(*len)++] = '\'';
    (*cmd)[*len] = '\0';
}

static int mkdir_p(const char *path)
{
    char tmp[8192], *s;

    snprintf(tmp, sizeof tmp, "%s", path);
    for (s = tmp + 1; *s; s++)
        if (*s == '/')
        {
            *s = '\0';
            if (mkdir(tmp, 0755) != 0 && errno != EEXIST)
                return -1;
            *s = '/';
        }
    return mkdir(tmp, 0755) != 0 && errno != EEXIST ? -1 : 0;
}

/* The model's name: the one <name>_arb.c that emit wrote into dir. */
static int emitted_name(char *name, size_t n, const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    int found = 0;

    if (d == NULL)
        return -1;
    while ((e = readdir(d)) != NULL)
    {
        size_t l = strlen(e->d_name);
        if (l > 6 && strcmp(e->d_name + l - 6, "_arb.c") == 0 && l - 6 < n)
        {
            memcpy(name, e->d_name, l - 6);
            name[l - 6] = '\0';
            found++;
        }
    }
    closedir(d);
    return found == 1 ? 0 : -1;
}

static int copy_file(const char *to, const char *from)
{
    size_t n;
    char *s = read_all(from, &n), tmp[8192];
    FILE *f;
    int ok;

    if (s == NULL)
        return -1;
    snprintf(tmp, sizeof tmp, "%s.tmp%ld", to, (long) getpid());
    f = fopen(tmp, "wb");
    ok = f != NULL && fwrite(s, 1, n, f) == n;
    ok = f != NULL && fclose(f) == 0 && ok;
    free(s);
    ok = ok && chmod(tmp, 0755) == 0 && rename(tmp, to) == 0;
    if (!ok)
        remove(tmp);
    return ok ? 0 : -1;
}

/* Removes the build's temporary directory (flat: emitted sources and
   the compiler's output) without a shell, so any path works. */
static void remove_tmpdir(const char *prog, const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    char path[4096];
    int bad = d == NULL;

    while (d && (e = readdir(d)) != NULL)
    {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        bad |= unlink(path) != 0;
    }
    if (d)
        closedir(d);
    if (bad || rmdir(dir) != 0)
        fprintf(stderr, "%s: could not remove %s\n", prog, dir);
}

static int build_run(void *opts)
{
    const build_opts_t *o = opts;
    const char *prog = "blochgen build", *cache = getenv("BLOCHGEN_CACHE"), *home;
    const char *cc = getenv("CC");
    char dir[4096], tmpdir[4200], name[256], art[8192], tmpart[8192], src[8192], exe[4096];
    char *model, *cmd = NULL;
    size_t mlen, len = 0, cap = 0;
    uint64_t h = 1469598103934665603ULL;
    struct stat st;
    conf_t c;
    int status;

    if ((status = conf_load(&c, prog)) != CMDLINE_OK)
    {
        free(c.text);
        return status;
    }
    if ((model = read_all(o->model, &mlen)) == NULL)
    {
        fprintf(stderr, "%s: cannot read %s: %s\n", prog, o->model, strerror(errno));
        free(c.text);
        return CMDLINE_BAD_INPUT;
    }
    h = fnv(h, model, mlen);
    h = fnv(h, c.text, strlen(c.text));
    h = fnv(h, o->shared ? "shared" : "solver", 6);
    if (cc)
        h = fnv(h, cc, strlen(cc));
    exe_dir(exe, sizeof exe);
    if (readlink("/proc/self/exe", exe, sizeof exe - 1) > 0 && stat("/proc/self/exe", &st) == 0)
    {
        h = fnv(h, &st.st_size, sizeof st.st_size);
        h = fnv(h, &st.st_mtime, sizeof st.st_mtime);
    }
    free(model);
    if (cache == NULL || !*cache)
    {
        home = getenv("HOME");
        snprintf(dir, sizeof dir, "%s/.cache/blochgen/models/%016llx", home ? home : "/tmp",
                 (unsigned long long) h);
    }
    else
        snprintf(dir, sizeof dir, "%s/models/%016llx", cache, (unsigned long long) h);

    if (emitted_name(name, sizeof name, dir) == 0)
    {
        snprintf(art, sizeof art, o->shared ? "%s/lib%s.so" : "%s/%s", dir, name);
        if (access(art, R_OK) == 0)
            goto done;          /* cached */
    }
    /* emit and compile in a fresh directory, renamed into place at the
       end, so that a concurrent or interrupted build leaves no half */
    snprintf(tmpdir, sizeof tmpdir, "%s.tmp%ld", dir, (long) getpid());
    if (mkdir_p(tmpdir) != 0)
    {
        fprintf(stderr, "%s: cannot create %s: %s\n", prog, tmpdir, strerror(errno));
        free(c.text);
        return CMDLINE_WRITE_ERROR;
    }
    status = blochgen_emit(o->model, o->common.limit, tmpdir);
    if (status == CMDLINE_OK && emitted_name(name, sizeof name, tmpdir) != 0)
        status = CMDLINE_WRITE_ERROR;
    if (status != CMDLINE_OK)
    {
        remove_tmpdir(prog, tmpdir);
        free(c.text);
        return status;
    }
    snprintf(tmpart, sizeof tmpart, o->shared ? "%s/lib%s.so" : "%s/%s", tmpdir, name);
    quote(&cmd, &len, &cap, cc && *cc ? cc : c.v[CONF_CC], 0);
    if (o->shared)
        quote(&cmd, &len, &cap, "-shared -fPIC", 0);
    quote(&cmd, &len, &cap, c.v[CONF_CFLAGS], 0);
    snprintf(src, sizeof src, "-DBLOCH_MODEL=%s", name);
    quote(&cmd, &len, &cap, src, 0);
    quote(&cmd, &len, &cap, "-o", 0);
    quote(&cmd, &len, &cap, tmpart, 1);
    quote(&cmd, &len, &cap, c.v[o->shared ? CONF_LIB : CONF_MAIN], 1);
    snprintf(src, sizeof src, "%s/%s.c", tmpdir, name);
    quote(&cmd, &len, &cap, src, 1);
    snprintf(src, sizeof src, "%s/%s_arb.c", tmpdir, name);
    quote(&cmd, &len, &cap, src, 1);
    quote(&cmd, &len, &cap, c.v[o->shared ? CONF_SHARED : CONF_STATIC], 0);
    quote(&cmd, &len, &cap, c.v[CONF_LIBS], 0);
    if (o->verbose)
        fprintf(stderr, "%s\n", cmd + 1);
    fflush(NULL);
    status = system(cmd + 1);
    free(cmd);
    if (status != 0)
    {
        fprintf(stderr, "%s: the compiler failed (status %d) on %s: built from %s\n", prog,
                WIFEXITED(status) ? WEXITSTATUS(status) : status, o->model, c.path);
        remove_tmpdir(prog, tmpdir);
        free(c.text);
        return CMDLINE_NO_RESULT;
    }
    if (rename(tmpdir, dir) != 0)
    {
        /* another build won the race (the same content): use its result */
        remove_tmpdir(prog, tmpdir);
    }
    snprintf(art, sizeof art, o->shared ? "%s/lib%s.so" : "%s/%s", dir, name);
done:
    free(c.text);
    if (o->out)
    {
        if (copy_file(o->out, art) != 0)
        {
            fprintf(stderr, "%s: cannot write %s: %s\n", prog, o->out, strerror(errno));
            return CMDLINE_WRITE_ERROR;
        }
        printf("%s\n", o->out);
    }
    else
        printf("%s\n", art);
    return CMDLINE_OK;
}

static const cmdline_opt_t build_opts[] = {
    {"MODEL", CMDLINE_POSITIONAL, offsetof(build_opts_t, model), .flags = CMDLINE_REQUIRED,
     .help = "the model file (anywhere)"},
    {"-o", CMDLINE_STRING, offsetof(build_opts_t, out), .value = "PATH",
     .help = "copy the result to PATH (default: leave it in the cache)"},
    {"--shared", CMDLINE_FLAG, offsetof(build_opts_t, shared),
     .help = "a shared library exporting blochgen_model() and the C API of bloch_api.h "
             "(what the Python package loads) instead of a solver"},
    {"--verbose", CMDLINE_FLAG, offsetof(build_opts_t, verbose),
     .help = "print the compiler's command line on stderr"},
    {NULL, CMDLINE_GROUP, offsetof(build_opts_t, common), .group = blochgen_common_opts},
    {NULL}
};

const blochgen_cmd_t blochgen_build_cmd = {
    {"build",
     "emit, compile and link a solver for a model file\n"
     "Emits the model's C, compiles it with $CC (default: the compiler blochgen\n"
     "was built with) and links it with the runtime: the installed one, or the\n"
     "build tree's when run from the source tree.  The result is cached under\n"
     "$BLOCHGEN_CACHE (default ~/.cache/blochgen) by a hash of the model file,\n"
     "the runtime's configuration and this program; its path is printed on\n"
     "stdout.  Exit status 1 when the compiler failed, 2 bad input, 4 write error.",
     build_opts, sizeof(build_opts_t)},
    build_run
};
