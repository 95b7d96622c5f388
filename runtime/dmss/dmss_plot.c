#include <math.h>
#include <string.h>
#include "dmss.h"
#include "plot.h"

/* The order parameter (first odd observable) and the correlator
   <sx1 sx2> (else the first even observable). */
static void pick(int *v1, int *v2, const bloch_model_t *m)
{
    int v;

    *v1 = 0, *v2 = m->nobs > 1 ? 1 : 0;
    for (v = m->nobs - 1; v >= 0; v--)
        if (m->parity[v] == 1)
            *v1 = v;
    for (v = m->nobs - 1; v >= 0; v--)
        if (m->parity[v] == 0)
            *v2 = v;
    for (v = 0; v < m->nobs; v++)
        if (strcmp(m->observables[v], "sx1*sx2") == 0)
            *v2 = v;
}

static void block(FILE *f, const char *name, int d, int v1, int v2, const dmss_sweep_t *s)
{
    int k;

    fprintf(f, "%s << EOD\n", name);
    for (k = 0; k < s->done[d]; k++)
    {
        const dmss_row_t *r = &s->row[d][d ? s->n - 1 - k : k];
        fprintf(f, "%.15g %.15g %.15g %.15g %.15g %.15g %.15g\n", r->par, r->x[v1], r->x[v2],
                r->conc, isfinite(r->chi) ? r->chi : NAN, r->info.gap, r->info.freq);
    }
    fprintf(f, "EOD\n");
}

int dmss_plot(const char *png, const dmss_sweep_t *s, char *msg, size_t n)
{
    static const char *ylab[6] = {NULL, NULL, "concurrence C", "chi_F", "stability gap",
                                  "omega_slow"};
    FILE *f = plot_script_open(png, 1500, 850, msg, n);
    const char *par = s->m->params[s->vary];
    int v1, v2, k;

    if (f == NULL)
        return PLOT_NO_SCRIPT;
    pick(&v1, &v2, s->m);
    block(f, "$fw", 0, v1, v2, s);
    block(f, "$bw", 1, v1, v2, s);
    fprintf(f, "set multiplot layout 2,3\nset grid\nset key top right\nset xlabel '%s'\n", par);
    for (k = 0; k < 6; k++)
    {
        fprintf(f, "set ylabel '%s'\n", k == 0 ? s->m->observables[v1]
                                        : k == 1 ? s->m->observables[v2] : ylab[k]);
        fprintf(f, "plot ");
        if (s->done[0])
            fprintf(f, "$fw u 1:%d w lp pt 7 ps 0.5 lc rgb '#1f5fbf' dt 2 t 'forward'%s", k + 2,
                    s->done[1] ? ", " : "\n");
        if (s->done[1])
            fprintf(f, "$bw u 1:%d w lp pt 6 ps 0.8 lc rgb '#cf2f2f' dt 2 t 'backward'\n",
                    k + 2);
    }
    fprintf(f, "unset multiplot\n");
    return plot_script_run(f, png, msg, n);
}
