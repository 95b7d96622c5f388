#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "emit_util.h"
#include "alloc.h"

#ifndef BLOCHGEN_TEMPLATE_DIR
#define BLOCHGEN_TEMPLATE_DIR "templates"
#endif

/* Templates come from $BLOCHGEN_TEMPLATES, else an installed blochgen's
   (PREFIX/share/blochgen/templates, next to PREFIX/bin), else the source
   tree's. */
static char *read_template(const char *name)
{
    const char *dir = getenv("BLOCHGEN_TEMPLATES");
    char path[1024], exe[900], *slash;
    ssize_t k;
    FILE *f = NULL;
    char *s;
    long n;

    if (dir == NULL && (k = readlink("/proc/self/exe", exe, sizeof exe - 1)) > 0)
    {
        exe[k] = '\0';
        if ((slash = strrchr(exe, '/')) != NULL)
            *slash = '\0';
        snprintf(path, sizeof path, "%s/../share/blochgen/templates/%s", exe, name);
        f = fopen(path, "rb");
    }
    if (f == NULL)
    {
        snprintf(path, sizeof path, "%s/%s", dir ? dir : BLOCHGEN_TEMPLATE_DIR, name);
        f = fopen(path, "rb");
    }
    if (f == NULL)
    {
        fprintf(stderr, "blochgen emit: cannot read template %s\n", path);
        return NULL;
    }
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    fseek(f, 0, SEEK_SET);
    s = blochgen_malloc(n + 1);
    if (fread(s, 1, n, f) != (size_t) n)
        n = 0;
    s[n] = '\0';
    fclose(f);
    return s;
}

/* fflush and ferror catch what fwrite buffered and could not write (a
   full disk, a file size limit); fclose can still fail on NFS. */
static int write_file(const char *tmp, const sbuf_t *b)
{
    FILE *f;
    int ok = 0, e = 0;

    errno = 0;
    f = fopen(tmp, "wb");
    if (f == NULL)
        e = errno;
    else
    {
        ok = fwrite(b->s, 1, b->len, f) == b->len;
        ok = fflush(f) == 0 && ok;
        ok = !ferror(f) && ok;
        if (!ok)
            e = errno;
        if (fclose(f) != 0 && ok)
        {
            e = errno;
            ok = 0;
        }
    }
    if (!ok)
    {
        fprintf(stderr, "blochgen emit: cannot write %s: %s\n", tmp,
                e ? strerror(e) : "write error");
        remove(tmp);
        return EMIT_WRITE_ERROR;
    }
    return 0;
}

static int fill(sbuf_t *out, const char *tname, const char *const *keys,
                const char *const *vals, int n)
{
    char *t = read_template(tname);
    size_t bad;

    if (t == NULL)
        return 2;
    bad = emit_fill_template(out, t, keys, vals, n);
    free(t);
    if (bad)
    {
        fprintf(stderr, "blochgen emit: template %s: unknown placeholder at byte %zu\n", tname,
                bad - 1);
        return 2;
    }
    return 0;
}

/* C string literal body for a path (quotes and backslashes escaped). */
static void c_escape(sbuf_t *b, const char *s)
{
    for (; *s; s++)
        if (*s == '"' || *s == '\\')
            sbuf_printf(b, "\\%c", *s);
        else
            sbuf_printf(b, "%c", *s);
}

enum { NKEYS = 31 };   /* the PIECE calls below, each key once */

/* Every placeholder of the two templates and its text. */
static void emit_pieces(sbuf_t *val, const char **keys, const derive_struct *d)
{
    const model_struct *m = d->m;
    void (*progress)(const char *, slong, slong) = m->limits.progress;
    slong v, nodd = 0;
    int k = 0;

    for (v = 0; v < d->n; v++)
        nodd += d->odd[v];
    /* the pieces in order, with progress for the long ones */
#define PIECE(key) (progress != NULL ? progress("emit", k, NKEYS) : (void) 0, \
                    keys[k] = (key), val + k++)
    sbuf_puts(PIECE("MODEL"), m->name);
    c_escape(PIECE("SOURCE"), m->file);
    sbuf_printf(PIECE("SITES"), "%d", m->sites);
    sbuf_printf(PIECE("NPARAMS"), "%ld", (long) m->nparams);
    sbuf_printf(PIECE("NOBS"), "%ld", (long) d->n);
    sbuf_printf(PIECE("NEVEN"), "%ld", (long) (d->n - nodd));
    sbuf_printf(PIECE("NODD"), "%ld", (long) nodd);
    sbuf_printf(PIECE("HAS_SYMMETRIC"), "%d", d->sym_status == SYM_CLOSED_FORM);
    sbuf_printf(PIECE("HAS_BOUNDARY"), "%d", d->has_boundary);
    if (m->has_symmetry)
    {
        char sn[128];
        model_symmetry_name(sn, sizeof sn, m);
        sbuf_printf(PIECE("SYMMETRY"), "\"%s\"", sn);
    }
    else
        sbuf_puts(PIECE("SYMMETRY"), "NULL");
    emit_metadata(PIECE("METADATA"), d);
    {
        sbuf_t *b = PIECE("ADAPT");     /* empty but for a `swap` symmetry */
        if (m->has_perm)
            sbuf_printf(b, "\n    .pauli = %s_pauli,\n    .adapt_pair = %s_adapt_pair,"
                        "\n    .adapt_sign = %s_adapt_sign,", m->name, m->name, m->name);
        else if (m->moment_order > 0)  /* and for a moment model */
            sbuf_printf(b, "\n    .pauli = %s_pauli,\n    .moment_order = %d,"
                        "\n    .cluster_sites = %d,\n    .moment_var = %s_moment_var,",
                        m->name, m->moment_order, m->cluster_sites, m->name);
    }
    emit_rhs(PIECE("RHS"), d);
    emit_jacobian_sparse(PIECE("JACOBIAN"), d);
    emit_symmetric(PIECE("SYMMETRIC"), d);
    emit_boundary(PIECE("BOUNDARY"), d);
    emit_conserved(PIECE("CONSERVED"), d);
    emit_exact(PIECE("EXACT"), d);
    emit_rhs_arb(PIECE("RHS_ARB"), d);
    emit_jacobian_arb(PIECE("JACOBIAN_ARB"), d);
    emit_symmetric_arb(PIECE("SYMMETRIC_ARB"), d);
    sbuf_printf(PIECE("DM_ONLY"), "%d", m->nlevels > 0);
    sbuf_printf(PIECE("NJUMPS"), "%ld", (long) m->njumps);
    sbuf_printf(PIECE("THERMAL_PARAM"), "%ld", (long) m->thermal_param);
    sbuf_printf(PIECE("NLEVEL_PAIRS"), "%ld", (long) m->nlevels);
    emit_hamiltonian(PIECE("HAMILTONIAN"), d);
    emit_jumps(PIECE("JUMPS"), d);
    emit_thermal(PIECE("THERMAL"), d);
    emit_nbody(PIECE("NBODY"), d);
    emit_nbody_fields(PIECE("NBODY_FIELDS"), d);
    sbuf_puts(PIECE("DM_NOTE"), m->nlevels > 0 ?
              "\n *\n * The model has an eigenbasis thermal dissipator (`thermal`, `levels`),\n"
              " * which is not polynomial: the Bloch equations below OMIT it (dm_only).\n"
              " * Only the density-matrix engine (runtime/dm/) runs the whole model." : "");
#undef PIECE
    if (progress != NULL)
        progress("emit", NKEYS, NKEYS);
}

/* Writes both files under temporary names, then renames them. */
static int write_both(const char *dir, const char *name, const sbuf_t *out)
{
    char path[2][1024], tmp[2][1100];
    int k, st = 0;

    for (k = 0; k < 2; k++)
    {
        snprintf(path[k], sizeof path[k], "%s/%s%s.c", dir, name, k ? "_arb" : "");
        snprintf(tmp[k], sizeof tmp[k], "%s.tmp.%ld", path[k], (long) getpid());
    }
    for (k = 0; k < 2 && st == 0; k++)
        st = write_file(tmp[k], out + k);
    if (st == 0 && (rename(tmp[0], path[0]) != 0 || rename(tmp[1], path[1]) != 0))
    {
        fprintf(stderr, "blochgen emit: cannot rename into %s: %s\n", dir, strerror(errno));
        st = EMIT_WRITE_ERROR;
    }
    remove(tmp[0]);
    remove(tmp[1]);
    return st;
}

int emit_check(const model_t m, const char *dir)
{
    struct stat sb;
    slong max = m->limits.max[LIMIT_SITES];

    if (stat(dir, &sb) != 0)
    {
        fprintf(stderr, "blochgen emit: output directory %s: %s\n", dir, strerror(errno));
        return 2;
    }
    if (!S_ISDIR(sb.st_mode))
    {
        fprintf(stderr, "blochgen emit: output directory %s is not a directory\n", dir);
        return 2;
    }
    /* the code grows as 4^sites: 39 MB at 6 sites, 190 MB at 7, 885 MB
       (and 2.2 GB of memory) at 8, which no compiler digests */
    if (m->sites > max)
    {
        fprintf(stderr, "%s: %d sites are above the limit sites=%ld of emit (4^%d - 1 = %ld "
                "equations; C code of %s) (raise it with --limit sites=N)\n", m->file,
                m->sites, (long) max, m->sites, (long) m->nobs,
                m->sites >= 8 ? "about 900 MB" : m->sites == 7 ? "about 190 MB" :
                "tens of MB");
        return 2;
    }
    return 0;
}

int emit_model(const derive_struct *d, const char *dir)
{
    sbuf_t val[NKEYS], out[2];
    const char *keys[NKEYS], *vals[NKEYS];
    int k, st;

    if ((st = emit_check(d->m, dir)) != 0)
        return st;
    for (k = 0; k < NKEYS; k++)
        sbuf_init(val + k);
    emit_pieces(val, keys, d);
    for (k = 0; k < NKEYS; k++)
        vals[k] = val[k].s;
    sbuf_init(out + 0);
    sbuf_init(out + 1);
    st = fill(out + 0, "model.c.in", keys, vals, NKEYS);
    if (st == 0)
        st = fill(out + 1, "model_arb.c.in", keys, vals, NKEYS);
    if (st == 0)
        st = write_both(dir, d->m->name, out);
    sbuf_clear(out + 0);
    sbuf_clear(out + 1);
    for (k = 0; k < NKEYS; k++)
        sbuf_clear(val + k);
    return st;
}
