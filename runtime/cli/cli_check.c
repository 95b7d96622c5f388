/* Checks that combine several options, made after parsing. */
#include <math.h>
#include "cli.h"

static int varied(const cli_range_t *r, int k)
{
    return r != NULL && r->given && r->r.param == k;
}

int cli_params_check(const cli_params_t *set, const cli_range_t *r1, const cli_range_t *r2,
                     const cli_params_t *from, const cli_params_t *to, const char *prog,
                     const bloch_model_t *m)
{
    if (r1 && r2 && r1->given && r2->given && r1->r.param == r2->r.param)
    {
        fprintf(stderr, "%s: --x and --y vary the same parameter\n", prog);
        return CMDLINE_BAD_INPUT;
    }
    for (int k = 0; k < m->nparams; k++)
        if (!set->seen[k] && !varied(r1, k) && !varied(r2, k) &&
            !(from && to && from->seen[k] && to->seen[k]))
        {
            fprintf(stderr, "%s: --set gives no value for parameter '%s'\n", prog,
                    m->params[k]);
            return CMDLINE_BAD_INPUT;
        }
    return 0;
}

int cli_rows_check(double t, double every, long max_rows, const char *prog)
{
    if (every > 0 && t / every + 1 > max_rows * (1 + 1e-9))
    {
        fprintf(stderr, "%s: --t %g with --every %g means %.3g rows, more than --max-rows %ld "
                "(give --max-rows to allow more)\n", prog, t, every, t / every + 1, max_rows);
        return CMDLINE_BAD_INPUT;
    }
    return 0;
}
