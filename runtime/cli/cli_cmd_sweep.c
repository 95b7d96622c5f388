#include <stdio.h>
#include "cli.h"

int cli_cmd_sweep(const cli_args_t *a, const bloch_model_t *m)
{
    (void) a;
    fprintf(stderr, "%s sweep: not built yet\n", m->name);
    return 1;
}
