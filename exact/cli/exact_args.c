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
    "  --minus k,..     C2: sites of sigma^- (default none)\n"
#define CERT_OPTS \
    "  --digits D       certified significant digits (default 15)\n" \
    "  --ball           print Arb midpoint and radius instead of digits\n" \
    "  --max-prec BITS  working-precision cap (default 65536)\n"

/* The common options, in the order of their bits in exact_args_t.given;
   the last three are the certification's. */
static const char *const common[] = {"N", "J", "hz", "hx", "gamma", "Gamma", "plus", "minus",
                                     "digits", "ball", "max-prec"};
#define NCOMMON ((int) (sizeof(common) / sizeof(common[0])))
#define FIRST_CERT 8

/* The index of --name in common[], or -1. */
static int common_index(const char *name)
{
    for (int i = 0; i < NCOMMON; i++)
        if (!strcmp(common[i], name))
            return i;
    return -1;
}

void exact_args_clear(exact_args_t *a)
{
    exact_params_clear(&a->p);
    free(a->c.c1);
    free(a->c.c2);
}

static void usage(FILE *f, const exact_cmd_t *cmd)
{
    fprintf(f, "usage: dtfim-exact %s %s\n%s\n\noptions:\n%s%s%s", cmd->name, cmd->usage, cmd->help,
            COMMON_OPTS, cmd->flags & EXACT_CMD_DOUBLES ? "" : CERT_OPTS, cmd->extra_help ? cmd->extra_help : "");
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
    for (int k = 0; k < a->nextra; k++)
        if (!strcmp(a->extra_name[k], name))
            return a->extra_val[k];
    return NULL;
}

int exact_args_given(const exact_args_t *a, const char *name)
{
    int c = common_index(name);

    return c >= 0 ? (a->given >> c) & 1 : exact_args_get(a, name) != NULL;
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

/* One "--name value" pair of a common option; 0 or 2. */
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

/* --name at argv[k] of cmd: 0 if the command takes it and it is new, else
   2 after a message naming it.  *c: its index in common[] or -1 (an extra
   option of the command), *flag: 1 if it takes no value. */
static int check_opt(int *c, int *flag, const exact_args_t *a, const char *name, const exact_cmd_t *cmd)
{
    *flag = 0;
    *c = common_index(name);
    if (*c < 0 && !extra_allowed(cmd, name, flag))
    {
        fprintf(stderr, "dtfim-exact %s: unknown option --%s (see --help)\n", cmd->name, name);
        return CMDLINE_BAD_INPUT;
    }
    /* a second value would silently replace the first */
    if (exact_args_given(a, name))
    {
        fprintf(stderr, "dtfim-exact %s: --%s is given twice; give each option once\n", cmd->name, name);
        return CMDLINE_BAD_INPUT;
    }
    if (*c >= FIRST_CERT && (cmd->flags & EXACT_CMD_DOUBLES))
    {
        fprintf(stderr, "dtfim-exact %s: --%s does not apply: %s computes in doubles, nothing is certified\n",
                cmd->name, name, cmd->name);
        return CMDLINE_BAD_INPUT;
    }
    if (*c >= 0)
        *flag = !strcmp(name, "ball");
    return 0;
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
        int c, flag;
        if (!strcmp(arg, "--help") || !strcmp(arg, "-h"))
            return usage(stdout, cmd), -1;
        if (strncmp(arg, "--", 2))
        {
            fprintf(stderr, "dtfim-exact %s: expected --option VALUE, got '%s' (see --help)\n", cmd->name, arg);
            return CMDLINE_BAD_INPUT;
        }
        if ((rc = check_opt(&c, &flag, a, arg + 2, cmd)))
            return rc;
        if (!flag && k + 1 >= argc)
        {
            fprintf(stderr, "dtfim-exact %s: --%s expects a value (see --help)\n", cmd->name, arg + 2);
            return CMDLINE_BAD_INPUT;
        }
        if (c >= 0)
        {
            a->given |= 1u << c;
            if (flag)
                a->cert.ball = 1;
            else
                rc = parse_opt(a, arg + 2, argv[++k], &plus, &minus, &hx);
            continue;
        }
        /* each extra option is new (check_opt), and the list is short */
        if (a->nextra == EXACT_ARGS_EXTRA_MAX)
        {
            fprintf(stderr, "dtfim-exact %s: too many options\n", cmd->name);
            return CMDLINE_BAD_INPUT;
        }
        a->extra_name[a->nextra] = arg + 2;
        a->extra_val[a->nextra++] = flag ? "1" : argv[++k];
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
