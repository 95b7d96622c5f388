#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "sweep.h"
#include "num.h"

void sweep_init(sweep_t *sw, const double *p, int vary, double a, double b, int n,
                double tol, const bloch_model_t *m)
{
    char msg[256];

    memset(sw, 0, sizeof *sw);
    sw->m = m;
    sw->p = blochgen_malloc(sizeof(double) * (m->nparams + 1));
    memcpy(sw->p, p, sizeof(double) * m->nparams);
    sw->vary = vary;
    sw->a = a;
    sw->b = b;
    sw->n = n;
    sw->tol = tol;
    sw->fol0 = blochgen_malloc(sizeof(double) * m->nobs);
    sw->phys = blochgen_malloc(sizeof(phys_t));
    if (phys_init(sw->phys, m, p, msg, sizeof msg) != DM_OK)
    {
        free(sw->phys);
        sw->phys = NULL;
    }
}

void sweep_clear(sweep_t *sw)
{
    int k;

    for (k = 0; k < sw->nbr; k++)
        sweep_branch_clear(sw->br + k);
    for (k = 0; k < 2; k++)
        if (sw->have_fol[k])
            sweep_branch_clear(sw->fol + k);
    for (k = 0; k < sw->ncyc; k++)
        free(sw->cyc[k].lo);
    free(sw->cyc);
    free(sw->br);
    free(sw->ev);
    free(sw->p);
    free(sw->fol0);
    if (sw->phys)
        phys_clear(sw->phys);
    free(sw->phys);
}

double sweep_grid_value(const sweep_t *sw, int g)
{
    return num_grid_value(sw->a, sw->b, sw->n, g);
}

sweep_branch_t *sweep_add_branch(sweep_t *sw, int kind, int dir)
{
    if (sw->nbr == sw->abr)
    {
        sw->abr = sw->abr ? 2 * sw->abr : 8;
        sw->br = blochgen_realloc(sw->br, sizeof(sweep_branch_t) * sw->abr);
    }
    sweep_branch_init(sw->br + sw->nbr, sw->nbr + 1, kind, dir, sw->m);
    return sw->br + sw->nbr++;
}

sweep_event_t *sweep_add_event(sweep_t *sw, int type, int dir, int branch, int ga, int gb,
                               double par, double freq)
{
    sweep_event_t *e;

    if (sw->nev == sw->aev)
    {
        sw->aev = sw->aev ? 2 * sw->aev : 16;
        sw->ev = blochgen_realloc(sw->ev, sizeof(sweep_event_t) * sw->aev);
    }
    e = sw->ev + sw->nev++;
    e->type = type;
    e->dir = dir;
    e->branch = branch;
    e->ga = ga;
    e->gb = gb;
    e->par = par;
    e->freq = freq;
    e->why = 0;
    return e;
}

const char *sweep_kind_name(int kind)
{
    static const char *names[] = {"symmetric", "broken+", "broken-", "followed", "other"};
    return names[kind >= 0 && kind <= 4 ? kind : 4];
}
