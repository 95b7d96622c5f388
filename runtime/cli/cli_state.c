#include <stdio.h>
#include <string.h>
#include "cli.h"
#include "steady.h"

int cli_state_from_spec(double *x, const char *opt, const char *spec, int sign,
                        const double *p, const bloch_model_t *m)
{
    steady_info_t info;
    int st;

    if (strcmp(spec, "symmetric") == 0 || strcmp(spec, "broken") == 0 ||
        strcmp(spec, "-broken") == 0)
    {
        st = steady_symmetric(x, p, m);
        if (st == -1)
            fprintf(stderr, "%s: no closed-form symmetric state (%s)\n", m->name,
                    m->symmetry ? "the generator found none" : "the model declares no symmetry");
        else if (st == -2)
            fprintf(stderr, "%s: the symmetric state is singular at these parameters "
                    "(a denominator vanishes)\n", m->name);
        else if (st == -3)
            fprintf(stderr, "%s: the symmetric state overflows double precision at these "
                    "parameters (rescale them, e.g. measure rates in units of the largest)\n",
                    m->name);
        else if (st == -4)
            fprintf(stderr, "%s: the symmetric state loses digits to floating-point underflow "
                    "at these parameters (rescale them, e.g. measure rates in units of the "
                    "largest)\n", m->name);
        if (st != 0 || spec[0] == 's')
            return st == 0 ? 0 : st <= -3 ? 3 : 1;
        st = steady_broken(x, &info, spec[0] == '-' ? -sign : sign, p, 1e-12, m);
        if (st == 1)
            fprintf(stderr, "%s: the symmetric state has no unstable odd mode here, so no "
                    "broken state branches off it\n", m->name);
        else if (st != 0)
            fprintf(stderr, "%s: Newton found no broken state from the symmetric one\n", m->name);
        return st == 0 ? 0 : 1;
    }
    return cli_parse_state(x, opt, spec, m) == 0 ? 0 : 2;
}
