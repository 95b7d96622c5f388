/* The option types of bin/<model> that depend on the model (cli.h), and
   the options several commands share, each described once. */
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "cli.h"

typedef struct
{
    cli_params_t *p;
    const char *opt;
    const bloch_model_t *m;
} assign_ctx_t;

static int assign_one(int k, const char *v, size_t len, void *ctx)
{
    assign_ctx_t *c = ctx;
    char what[160];

    snprintf(what, sizeof what, "parameter %s", c->m->params[k]);
    free(c->p->text[k]);
    c->p->text[k] = blochgen_malloc(len + 1);
    memcpy(c->p->text[k], v, len);
    c->p->text[k][len] = '\0';
    return cli_parse_double(c->p->v + k, c->opt, what, v, len);
}

void cli_params_init(void *field, void *model)
{
    cli_params_t *p = field;
    const bloch_model_t *m = model;

    /* allocated whether given or not: a command reads p->v for every
       parameter that ranges or --from/--to do not set */
    p->v = blochgen_calloc(m->nparams + 1, sizeof(double));
    p->seen = blochgen_calloc(m->nparams + 1, 1);
    p->text = blochgen_calloc(m->nparams + 1, sizeof(char *));
    p->n = m->nparams;
}

int cli_params_parse(void *field, const char *value, const cmdline_opt_t *opt, void *model)
{
    cli_params_t *p = field;
    const bloch_model_t *m = model;
    assign_ctx_t c = {p, opt->name, m};

    return cmdline_parse_assign(opt->name, value, m->params, m->nparams, p->seen, assign_one,
                                &c) ? CMDLINE_BAD_INPUT : 0;
}

void cli_params_clear(void *field)
{
    cli_params_t *p = field;
    int k;

    for (k = 0; k < p->n; k++)
        free(p->text[k]);
    free(p->text);
    free(p->v);
    free(p->seen);
}

void cli_state_init(void *field, void *model)
{
    ((cli_state_t *) field)->v = blochgen_calloc(((const bloch_model_t *) model)->nobs + 1,
                                                 sizeof(double));
}

int cli_state_parse(void *field, const char *value, const cmdline_opt_t *opt, void *model)
{
    cli_state_t *s = field;
    const bloch_model_t *m = model;

    return cli_parse_state(s->v, opt->name, value, m) ? CMDLINE_BAD_INPUT : 0;
}

void cli_state_clear(void *field)
{
    free(((cli_state_t *) field)->v);
}

int cli_vary_parse(void *field, const char *value, const cmdline_opt_t *opt, void *model)
{
    cli_range_t *r = field;

    r->given = 1;
    return cli_parse_range(&r->r, opt->name, value, 0, model) ? CMDLINE_BAD_INPUT : 0;
}

int cli_grid_parse(void *field, const char *value, const cmdline_opt_t *opt, void *model)
{
    cli_range_t *r = field;

    r->given = 1;
    return cli_parse_range(&r->r, opt->name, value, 1, model) ? CMDLINE_BAD_INPUT : 0;
}

int cli_obs_list_parse(void *field, const char *value, const cmdline_opt_t *opt, void *model)
{
    cli_obs_list_t *l = field;
    const bloch_model_t *m = model;
    const char *s = value;

    l->n = 0;
    for (;;)
    {
        size_t len = strcspn(s, ",");
        int k = 0;
        while (k < m->nobs && (strlen(m->observables[k]) != len ||
                               strncmp(m->observables[k], s, len) != 0))
            k++;
        if (k == m->nobs)
        {
            fprintf(stderr, "%s: unknown observable '%.*s' (known:", opt->name, (int) len, s);
            for (k = 0; k < m->nobs; k++)
                fprintf(stderr, " %s", m->observables[k]);
            fprintf(stderr, ")\n");
            return CMDLINE_BAD_INPUT;
        }
        for (int j = 0; j < l->n; j++)
            if (l->v[j] == k)
                return fprintf(stderr, "%s: observable %s given twice\n", opt->name,
                               m->observables[k]), CMDLINE_BAD_INPUT;
        if (l->n == CLI_PLOT_OBS_MAX)
            return fprintf(stderr, "%s: at most %d observables\n", opt->name,
                           CLI_PLOT_OBS_MAX), CMDLINE_BAD_INPUT;
        l->v[l->n++] = k;
        if (s[len] == '\0')
            return 0;
        s += len + 1;
    }
}

int cli_path_parse(void *field, const char *value, const cmdline_opt_t *opt, void *model)
{
    (void) opt;
    (void) model;
    *(const char **) field = value;
    /* a bad -o or --plot is bad input, found before any work is done */
    return cmdline_out_check(value);
}

const cmdline_opt_t cli_opt_set[] = {
    {"--set", CMDLINE_CUSTOM, 0, .value = "p=v,...",
     .help = "parameter values, every parameter once (decimals or p/q); "
             "needed unless the model has none",
     .parse = cli_params_parse, .init = cli_params_init, .clear = cli_params_clear},
    {NULL}
};

const cmdline_opt_t cli_opt_state[] = {
    {"--state", CMDLINE_CUSTOM, 0, .flags = CMDLINE_REQUIRED, .value = "v1,...",
     .help = "one value per observable, in `info` order", .parse = cli_state_parse,
     .init = cli_state_init, .clear = cli_state_clear},
    {NULL}
};

const cmdline_opt_t cli_opt_out[] = {
    {"-o", CMDLINE_CUSTOM, 0, .value = "F.csv",
     .help = "write the CSV to F.csv (complete, or not at all); default stdout",
     .parse = cli_path_parse},
    {NULL}
};

const cmdline_opt_t cli_opt_plot[] = {
    {"--plot", CMDLINE_CUSTOM, 0, .value = "F.png", .help = "draw the figure (gnuplot)",
     .parse = cli_path_parse},
    {NULL}
};

const cmdline_opt_t cli_opt_plot_obs[] = {
    {"--plot-obs", CMDLINE_CUSTOM, 0, .value = "NAME[,NAME]",
     .help = "the observables the --plot figure draws (one panel each; default: the order "
             "parameter)", .parse = cli_obs_list_parse},
    {NULL}
};

const cmdline_opt_t cli_opt_quiet[] = {
    {"--quiet", CMDLINE_FLAG, 0, .help = "no progress bar"},
    {NULL}
};

const cmdline_opt_t cli_opt_method[] = {
    {"--method", CMDLINE_STRING, 0, .value = "M",
     .help = "GSL odeiv2 stepper (rk8pd, rkf45, msbdf, ...)"},
    {NULL}
};

/* ten million rows of 15 observables are about 3 GB of CSV */
const cmdline_opt_t cli_opt_max_rows[] = {
    {"--max-rows", CMDLINE_INTEGER, 0, .value = "N",
     .help = "refuse --t/--every that imply more rows", .dflt = "1e7", .min = 1, .max = 9e15},
    {NULL}
};
