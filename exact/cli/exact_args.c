/* exact_args.c: option parsing shared by every command. */
#include <stdlib.h>
#include <string.h>
#include "exact_cli.h"

#define COMMON_OPTS \
    "  --N N            number of spins\n" \
    "  --J J            Ising coupling (H = J sum_{i!=j} S^z_i S^z_j + ...)\n" \
    "  --hz HZ          uniform longitudinal field\n" \
    "  --hx H[,H2,..]   transverse field: one value (uniform) or N values\n" \
    "  --gamma G        local decay rate, D[sigma^-_j]\n" \
    "  --Gamma GG       collective decay rate, D[S_-] (default 0; 0 when fields vary)\n" \
    "  --plus i,j,..    C1: sites (1-based) of sigma^+ (default none)\n" \
    "  --minus k,..     C2: sites of sigma^- (default none)\n" \
    "  --digits D       certified significant digits (default 15)\n" \
    "  --ball           print Arb midpoint and radius instead of digits\n" \
    "  --max-prec BITS  working-precision cap (default 65536)\n"

void exact_args_clear(exact_args_t *a)
{
    exact_params_clear(&a->p);
    free(a->c.c1);
    free(a->c.c2);
}

static void usage(FILE *f, const exact_cmd_t *cmd)
{
    fprintf(f, "usage: dtfim-exact %s %s\n%s\n\noptions:\n%s%s", cmd->name, cmd->usage, cmd->help,
            COMMON_OPTS, cmd->extra_help ? cmd->extra_help : "");
}

/* 1 if `name` is in the command's extra list; *flag set if it takes no value. */
static int extra_allowed(const exact_cmd_t *cmd, const char *name, int *flag)
{
    const char *s = cmd->extra;
    size_t n = strlen(name);

    while (s && *s)
    {
        size_t len = strcspn(s, " ");
        size_t core = len > 0 && s[len - 1] == '!' ? len - 1 : len;
        if (core == n && !strncmp(s, name, n))
            return *flag = core != len, 1;
        s += len;
        s += strspn(s, " ");
    }
    return 0;
}

const char *exact_args_get(const exact_args_t *a, const char *name)
{
    for (int k = a->nextra - 1; k >= 0; k--)
        if (!strcmp(a->extra_name[k], name))
            return a->extra_val[k];
    return NULL;
}

static int parse_long(slong *x, const char *opt, const char *s, slong lo, slong hi)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (*s == '\0' || *end != '\0' || v < lo || v > hi)
    {
        fprintf(stderr, "dtfim-exact: --%s: expected an integer in %ld..%ld, got '%s'\n",
                opt, (long) lo, (long) hi, s);
        return CMDLINE_BAD_INPUT;
    }
    *x = v;
    return 0;
}

/* One "--name value" pair (or a flag); 0 or 2. */
static int parse_opt(exact_args_t *a, const char *name, const char *val, const char **plus,
                     const char **minus, const char **hx)
{
    if (!strcmp(name, "N"))
        return parse_long(&a->p.N, name, val, 1, (slong) 1 << 40);
    if (!strcmp(name, "J"))
        return a->p.J = val, 0;
    if (!strcmp(name, "hz"))
        return a->p.hz = val, 0;
    if (!strcmp(name, "hx"))
        return *hx = val, 0;
    if (!strcmp(name, "gamma"))
        return a->p.gamma = val, 0;
    if (!strcmp(name, "Gamma"))
        return a->p.Gamma = val, 0;
    if (!strcmp(name, "plus"))
        return *plus = val, a->have_cluster = 1, 0;
    if (!strcmp(name, "minus"))
        return *minus = val, a->have_cluster = 1, 0;
    if (!strcmp(name, "digits"))
        return parse_long(&a->cert.digits, name, val, 1, 100000);
    if (!strcmp(name, "max-prec"))
        return parse_long(&a->cert.max_prec, name, val, 2, (slong) 1 << 30);
    fprintf(stderr, "dtfim-exact: unknown option --%s (see --help)\n", name);
    return CMDLINE_BAD_INPUT;
}

int exact_args_parse(exact_args_t *a, int argc, char **argv, const exact_cmd_t *cmd)
{
    const char *plus = "", *minus = "", *hx = NULL;
    int rc = 0;

    memset(a, 0, sizeof(*a));
    exact_params_init(&a->p);
    a->p.Gamma = "0";
    a->cert.digits = 15;
    a->cert.max_prec = 1 << 16;
    for (int k = 2; k < argc && !rc; k++)
    {
        const char *arg = argv[k];
        if (!strcmp(arg, "--help") || !strcmp(arg, "-h"))
            return usage(stdout, cmd), -1;
        if (!strcmp(arg, "--ball"))
        {
            a->cert.ball = 1;
            continue;
        }
        int flag = 0;
        if (!strncmp(arg, "--", 2) && extra_allowed(cmd, arg + 2, &flag) &&
            (flag || k + 1 < argc))
        {
            if (a->nextra == EXACT_ARGS_EXTRA_MAX)
            {
                fprintf(stderr, "dtfim-exact %s: too many options\n", cmd->name);
                return CMDLINE_BAD_INPUT;
            }
            a->extra_name[a->nextra] = arg + 2;
            a->extra_val[a->nextra++] = flag ? "1" : argv[++k];
            continue;
        }
        if (strncmp(arg, "--", 2) || k + 1 >= argc)
        {
            fprintf(stderr, "dtfim-exact %s: expected --option VALUE, got '%s' (see --help)\n", cmd->name, arg);
            return CMDLINE_BAD_INPUT;
        }
        rc = parse_opt(a, arg + 2, argv[++k], &plus, &minus, &hx);
    }
    if (rc)
        return rc;
    if (hx && (rc = exact_params_set_hx(&a->p, hx)))
        return rc;
    if (!(cmd->flags & EXACT_CMD_OWN_CHECK) && (rc = exact_params_check(&a->p)))
        return rc;
    if ((rc = exact_sites_parse(&a->c.c1, &a->c.n1, "plus", plus, a->p.N))
        || (rc = exact_sites_parse(&a->c.c2, &a->c.n2, "minus", minus, a->p.N)))
        return rc;
    return 0;
}

void exact_print_params(FILE *f, const char *cmd, const exact_args_t *a)
{
    fprintf(f, "# dtfim-exact %s N=%ld J=%s hz=%s gamma=%s Gamma=%s hx=", cmd, (long) a->p.N,
            a->p.J, a->p.hz, a->p.gamma, a->p.Gamma);
    for (slong j = 0; j < a->p.nhx; j++)
        fprintf(f, "%s%s", j ? "," : "", a->p.hx[j]);
    fprintf(f, " digits=%ld\n", (long) a->cert.digits);
}
