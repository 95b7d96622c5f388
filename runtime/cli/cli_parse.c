#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "cmdline.h"

/* Is option `name` in the space-separated list? */
static int listed(const char *list, const char *name)
{
    size_t n = strlen(name);
    const char *p = list;

    while ((p = strstr(p, name)) != NULL)
    {
        if ((p == list || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
            return 1;
        p += n;
    }
    return 0;
}

static const char *option_name(const char *arg)
{
    if (strcmp(arg, "-o") == 0)
        return "o";
    return (arg[0] == '-' && arg[1] == '-') ? arg + 2 : NULL;
}

static void command_help(const cli_cmd_t *c, const bloch_model_t *m)
{
    printf("usage: %s %s %s\n%s\n", m->name, c->name, c->usage, c->help);
    if (c->accepts[0])
        printf("options: %s (required: %s)\n", c->accepts, c->requires[0] ? c->requires : "none");
}

/* Options that take a value. */
static int parse_value(cli_args_t *a, const char *opt, const char *v, const bloch_model_t *m)
{
    if (strcmp(opt, "set") == 0)
        return cli_parse_set(a, v, m);
    if (strcmp(opt, "state") == 0)
    {
        a->have_state = cli_parse_state(a->state, "--state", v, m) == 0;
        return a->have_state ? 0 : 2;
    }
    if (strcmp(opt, "vary") == 0 || strcmp(opt, "x") == 0 || strcmp(opt, "y") == 0)
    {
        num_range_t *r = opt[0] == 'v' ? &a->vary : opt[0] == 'x' ? &a->x : &a->y;
        int *have = opt[0] == 'v' ? &a->have_vary : opt[0] == 'x' ? &a->have_x : &a->have_y;
        *have = 1;
        return cli_parse_range(r, opt, v, opt[0] != 'v', m);
    }
    if (strcmp(opt, "t") == 0 || strcmp(opt, "every") == 0 || strcmp(opt, "tol") == 0)
    {
        double x;
        char name[16];
        snprintf(name, sizeof name, "--%s", opt);
        if (cli_parse_double(&x, name, NULL, v, strlen(v)) != 0)
            return 2;
        if (x <= 0)
        {
            fprintf(stderr, "--%s: expected a positive number, got '%s'\n", opt, v);
            return 2;
        }
        if (opt[0] == 't' && opt[1] == '\0')
            a->t = x, a->have_t = 1;
        else if (opt[0] == 'e')
            a->every = x, a->have_every = 1;
        else
            a->tol = x, a->have_tol = 1;
        return 0;
    }
    if (strcmp(opt, "from") == 0 || strcmp(opt, "to") == 0)
    {
        int f = opt[0] == 'f';
        *(f ? &a->have_from : &a->have_to) = 1;
        return cli_parse_assign(f ? a->from : a->to, f ? a->from_seen : a->to_seen, opt, v, m);
    }
    if (strcmp(opt, "max-rows") == 0)
    {
        if (cli_parse_double(&a->max_rows, "--max-rows", NULL, v, strlen(v)) != 0)
            return 2;
        if (!(a->max_rows >= 1) || a->max_rows != floor(a->max_rows))
        {
            fprintf(stderr, "--max-rows: expected a positive integer, got '%s'\n", v);
            return 2;
        }
        return 0;
    }
    if (strcmp(opt, "resume") == 0)
    {
        a->resume = v;
        return 0;
    }
    if (strcmp(opt, "epsilon") == 0)
    {
        if (cli_parse_double(&a->epsilon, "--epsilon", NULL, v, strlen(v)) != 0)
            return 2;
        a->have_epsilon = 1;
        return 0;
    }
    if (strcmp(opt, "direction") == 0 && strcmp(v, "forward") && strcmp(v, "backward") &&
        strcmp(v, "both"))
    {
        fprintf(stderr, "--direction: expected forward, backward or both, got '%s'\n", v);
        return 2;
    }
    if (strcmp(opt, "init") == 0)
        a->init = v;
    else if (strcmp(opt, "at") == 0)
        a->at = v;
    else if (strcmp(opt, "o") == 0)
        a->out = v;
    else if (strcmp(opt, "plot") == 0)
        a->plot = v;
    else if (strcmp(opt, "method") == 0)
        a->method = v;
    else if (strcmp(opt, "direction") == 0)
        a->direction = v;
    return 0;
}

static int given(const cli_args_t *a, const char *opt)
{
    if (strcmp(opt, "set") == 0)
        return a->have_par || a->have_vary || a->have_x;
    if (strcmp(opt, "state") == 0)
        return a->have_state;
    if (strcmp(opt, "vary") == 0)
        return a->have_vary;
    if (strcmp(opt, "x") == 0)
        return a->have_x;
    if (strcmp(opt, "y") == 0)
        return a->have_y;
    if (strcmp(opt, "t") == 0)
        return a->have_t;
    if (strcmp(opt, "from") == 0)
        return a->have_from;
    if (strcmp(opt, "to") == 0)
        return a->have_to;
    return 1;
}

int cli_parse(cli_args_t *a, int argc, char **argv, const cli_cmd_t *c, const bloch_model_t *m)
{
    char req[128], *tok, *save = NULL;
    int k;

    for (k = 2; k < argc; k++)
    {
        const char *opt = option_name(argv[k]);
        if (strcmp(argv[k], "--help") == 0 || strcmp(argv[k], "-h") == 0)
        {
            command_help(c, m);
            return -1;
        }
        if (opt == NULL || !listed(c->accepts, opt))
        {
            fprintf(stderr, "%s %s: unexpected argument '%s' (usage: %s %s %s)\n", m->name,
                    c->name, argv[k], m->name, c->name, c->usage);
            return 2;
        }
        for (int j = 2; j < k; j++)
        {
            const char *prev = option_name(argv[j]);
            if (prev != NULL && strcmp(prev, opt) == 0)
            {
                /* keeping the last value silently would compute something
                   other than what one of them asked for */
                fprintf(stderr, "%s %s: %s given twice\n", m->name, c->name, argv[k]);
                return 2;
            }
        }
        if (strcmp(opt, "certify") == 0)
            a->certify = 1;
        else if (strcmp(opt, "quiet") == 0)
            a->quiet = 1;
        else if (k + 1 >= argc)
        {
            fprintf(stderr, "%s %s: %s needs a value\n", m->name, c->name, argv[k]);
            return 2;
        }
        else if (parse_value(a, opt, argv[++k], m) != 0)
            return 2;
    }
    /* --every that small would write rows without end */
    if (a->have_t && a->have_every && a->t / a->every + 1 > a->max_rows * (1 + 1e-9))
    {
        fprintf(stderr, "%s %s: --t %g with --every %g means %.3g rows, more than --max-rows "
                "%.0f (give --max-rows to allow more)\n", m->name, c->name, a->t, a->every,
                a->t / a->every + 1, a->max_rows);
        return 2;
    }
    /* a bad -o or --plot is bad input, found before any work is done */
    if (cmdline_out_check(a->out) != CMDLINE_OK || cmdline_out_check(a->plot) != CMDLINE_OK)
        return 2;
    if (a->have_x && a->have_y && a->x.param == a->y.param)
    {
        fprintf(stderr, "%s %s: --x and --y vary the same parameter\n", m->name, c->name);
        return 2;
    }
    /* every parameter from --set, except those a range varies or both
       --from and --to give */
    if (a->have_par || listed(c->requires, "set"))
        for (k = 0; k < m->nparams; k++)
            if (!a->par_seen[k] && !(a->have_vary && a->vary.param == k) &&
                !(a->have_x && a->x.param == k) && !(a->have_y && a->y.param == k) &&
                !(a->from_seen[k] && a->to_seen[k]))
            {
                fprintf(stderr, "%s %s: --set gives no value for parameter '%s'\n", m->name,
                        c->name, m->params[k]);
                return 2;
            }
    snprintf(req, sizeof req, "%s", c->requires);
    for (tok = strtok_r(req, " ", &save); tok; tok = strtok_r(NULL, " ", &save))
        if (!given(a, tok) && !(strcmp(tok, "set") == 0 && m->nparams == 0))
        {
            fprintf(stderr, "%s %s: --%s is required (usage: %s %s %s)\n", m->name, c->name,
                    tok, m->name, c->name, c->usage);
            return 2;
        }
    return 0;
}
