#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "cmdline.h"

/* One pass over the options (the walk's callback state). */
typedef struct
{
    char *opts;             /* the command's struct */
    const cmdline_opt_t *table;
    const char *given;      /* given[i]: the i-th option was given */
    const char *prog;
    void *ctx;
    const char *name;       /* looking for this option (length len), */
    size_t len;
    const cmdline_opt_t *found;  /* found here, */
    size_t offset;
    int index, count;       /* at this leaf index; leaves seen */
    int positional;         /* the n-th positional is wanted */
} pass_t;

static void *field(pass_t *p, size_t offset)
{
    return p->opts + offset;
}

/* "a positive number", "an integer from 1 to 100", ... */
static void describe(char *buf, size_t n, const cmdline_opt_t *o)
{
    const char *what = o->type == CMDLINE_INTEGER ? "an integer" : "a number";

    if (!(o->min < o->max))
        snprintf(buf, n, "%s", what);
    else if (o->min == DBL_MIN && o->max == INFINITY)
        snprintf(buf, n, "a positive %s", what + (what[1] == 'n' ? 3 : 2));
    else if (o->max == INFINITY)
        snprintf(buf, n, "%s >= %.17g", what, o->min);
    else if (o->min == -INFINITY)
        snprintf(buf, n, "%s <= %.17g", what, o->max);
    else
        snprintf(buf, n, "%s from %.17g to %.17g", what, o->min, o->max);
}

static int choice_ok(const char *choices, const char *v)
{
    size_t n = strlen(v);

    for (const char *c = choices; *c; c += strcspn(c, "|"), c += *c == '|')
        if (strcspn(c, "|") == n && strncmp(c, v, n) == 0 && n > 0)
            return 1;
    return 0;
}

/* The value v of option o into its field; 0 or an exit status after a
   message. */
static int store(pass_t *p, const cmdline_opt_t *o, size_t offset, const char *v)
{
    char what[96];
    double x;
    int st;

    switch (o->type)
    {
    case CMDLINE_FLAG:
        *(int *) field(p, offset) = 1;
        return 0;
    case CMDLINE_STRING:
    case CMDLINE_POSITIONAL:
        *(const char **) field(p, offset) = v;
        return 0;
    case CMDLINE_CHOICE:
        if (!choice_ok(o->value, v))
        {
            fprintf(stderr, "%s: %s: expected one of %s, got '%s'\n", p->prog, o->name, o->value,
                    v);
            return CMDLINE_BAD_INPUT;
        }
        *(const char **) field(p, offset) = v;
        return 0;
    case CMDLINE_NUMBER:
    case CMDLINE_INTEGER:
        st = cmdline_parse_number(&x, v, strlen(v));
        if (st != CMDLINE_NUMBER_OK)
        {
            fprintf(stderr, "%s: %s: '%s' %s\n", p->prog, o->name, v, cmdline_number_error(st));
            return CMDLINE_BAD_INPUT;
        }
        if ((o->min < o->max && (x < o->min || x > o->max)) ||
            (o->type == CMDLINE_INTEGER && (x != floor(x) || fabs(x) > 9e15)))
        {
            describe(what, sizeof what, o);
            fprintf(stderr, "%s: %s: expected %s, got '%s'\n", p->prog, o->name, what, v);
            return CMDLINE_BAD_INPUT;
        }
        if (o->type == CMDLINE_INTEGER)
            *(long *) field(p, offset) = (long) x;
        else
            *(double *) field(p, offset) = x;
        return 0;
    case CMDLINE_CUSTOM:
        return o->parse(field(p, offset), v, o, p->ctx);
    case CMDLINE_GROUP:
        break;
    }
    return CMDLINE_BAD_INPUT;
}

/* Zero state: NAN for numbers, a custom type's init; then the defaults,
   parsed as if given. */
static int set_default(const cmdline_opt_t *o, size_t offset, void *ctx)
{
    pass_t *p = ctx;

    if (o->type == CMDLINE_NUMBER)
        *(double *) field(p, offset) = NAN;
    if (o->type == CMDLINE_CUSTOM && o->init != NULL)
        o->init(field(p, offset), p->ctx);
    return o->dflt ? store(p, o, offset, o->dflt) : 0;
}

/* Finds the option p->name, or the p->positional-th positional. */
static int find(const cmdline_opt_t *o, size_t offset, void *ctx)
{
    pass_t *p = ctx;
    int hit;

    if (p->name != NULL)
        hit = o->type != CMDLINE_POSITIONAL && strlen(o->name) == p->len &&
              strncmp(o->name, p->name, p->len) == 0;
    else
        hit = o->type == CMDLINE_POSITIONAL && p->positional-- == 0;
    if (hit)
    {
        p->found = o;
        p->offset = offset;
        p->index = p->count;
    }
    p->count++;
    return hit;
}

/* The first required option that given[] does not mark. */
static int find_missing(const cmdline_opt_t *o, size_t offset, void *ctx)
{
    pass_t *p = ctx;

    (void) offset;
    if ((o->flags & CMDLINE_REQUIRED) && !p->given[p->count])
    {
        p->found = o;
        return 1;
    }
    p->count++;
    return 0;
}

/* p->found: the option name (len characters), or when name is NULL the
   positional-th positional; NULL if there is none (and then p->count is
   the number of options). */
static void lookup(pass_t *p, const char *name, size_t len, int positional)
{
    p->name = name;
    p->len = len;
    p->positional = positional;
    p->found = NULL;
    p->count = 0;
    _cmdline_opts_walk(p->table, 0, find, p);
}

int cmdline_parse(void *opts, int argc, char **argv, const cmdline_cmd_t *c, const char *prog,
                  void *ctx)
{
    pass_t p = {opts, c->opts, NULL, prog, ctx, NULL, 0, NULL, 0, 0, 0, 0};
    char *given;
    int k, npos = 0, st = 0, n;

    memset(opts, 0, c->size);
    if ((st = _cmdline_opts_walk(c->opts, 0, set_default, &p)) != 0)
        return st;
    lookup(&p, "", 0, -1);
    n = p.count;
    given = blochgen_calloc(n + 1, 1);
    p.given = given;
    for (k = 0; k < argc && st == 0; k++)
    {
        const char *arg = argv[k], *eq = NULL, *v;
        if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0)
        {
            cmdline_help(stdout, c, prog);
            st = -1;
            break;
        }
        if (arg[0] != '-' || arg[1] == '\0')
        {
            lookup(&p, NULL, 0, npos++);
            if (p.found == NULL)
            {
                fprintf(stderr, "%s: unexpected argument '%s' (see --help)\n", prog, arg);
                st = CMDLINE_BAD_INPUT;
            }
            else
                st = store(&p, p.found, p.offset, arg), given[p.index] = 1;
            continue;
        }
        /* --name=value as well as --name value */
        if (arg[1] == '-')
            eq = strchr(arg, '=');
        lookup(&p, arg, eq ? (size_t) (eq - arg) : strlen(arg), -1);
        if (p.found == NULL)
        {
            fprintf(stderr, "%s: unknown option '%.*s' (see --help)\n", prog,
                    (int) (eq ? (size_t) (eq - arg) : strlen(arg)), arg);
            st = CMDLINE_BAD_INPUT;
            break;
        }
        if (given[p.index] && !(p.found->flags & CMDLINE_REPEAT))
        {
            /* keeping the last value silently would compute something
               other than what one of them asked for */
            fprintf(stderr, "%s: %s given twice; give each option once\n", prog, p.found->name);
            st = CMDLINE_BAD_INPUT;
            break;
        }
        given[p.index] = 1;
        if (p.found->type == CMDLINE_FLAG)
        {
            if (eq != NULL)
            {
                fprintf(stderr, "%s: %s takes no value\n", prog, p.found->name);
                st = CMDLINE_BAD_INPUT;
            }
            else
                st = store(&p, p.found, p.offset, NULL);
            continue;
        }
        if (eq == NULL && k + 1 >= argc)
        {
            fprintf(stderr, "%s: %s needs a value (%s)\n", prog, p.found->name,
                    p.found->value ? p.found->value : "see --help");
            st = CMDLINE_BAD_INPUT;
            break;
        }
        v = eq ? eq + 1 : argv[++k];
        st = store(&p, p.found, p.offset, v);
    }
    if (st == 0)
    {
        p.found = NULL;
        p.count = 0;
        if (_cmdline_opts_walk(c->opts, 0, find_missing, &p) != 0)
        {
            if (p.found->type == CMDLINE_POSITIONAL)
                fprintf(stderr, "%s: expected %s (see --help)\n", prog, p.found->name);
            else
                fprintf(stderr, "%s: %s is required (%s %s; see --help)\n", prog,
                        p.found->name, p.found->name, p.found->value ? p.found->value : "");
            st = CMDLINE_BAD_INPUT;
        }
    }
    free(given);
    return st;
}
