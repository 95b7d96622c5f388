#include "dmss.h"

static void row(FILE *f, const dmss_row_t *r, int nobs)
{
    const dmss_info_t *i = &r->info;
    int k;

    /* the parameter exactly as sweep writes it (%.17g: the grid value) */
    fprintf(f, "%.17g,%s,%.3e,%.6g,%d,%.12g,%.12g,%.2e,%.12g,%.12g,%.12g,%.3e,%.3e,%d,%.3e",
            r->par, r->dir > 0 ? "forward" : "backward", i->residual, i->t, i->newton_its,
            i->gap, i->freq, i->jac_err, r->conc, r->purity, r->chi, r->chi_dp, r->chi_err,
            r->chi_ok == 0, i->min_eig);
    for (k = 0; k < nobs; k++)
        fprintf(f, ",%.17g", r->x[k]);
    fprintf(f, "\n");
}

void dmss_write_header(FILE *f, const dmss_sweep_t *s)
{
    const bloch_model_t *m = s->m;
    int k;

    fprintf(f, "param,direction,residual,t_relax,newton_its,gap,omega_slow,jac_err,"
               "concurrence,purity,chi_F,chi_F_dp,chi_F_err,chi_F_converged,min_eig");
    for (k = 0; k < m->nobs; k++)
        fprintf(f, ",%s", m->observables[k]);
    fprintf(f, "\n");
}

void dmss_write_rows(FILE *f, const dmss_sweep_t *s)
{
    for (int d = 0; d < 2; d++)
        for (int k = 0; k < s->done[d]; k++)
            row(f, &s->row[d][d ? s->n - 1 - k : k], s->m->nobs);
}

void dmss_write_csv(FILE *f, const dmss_sweep_t *s)
{
    dmss_write_header(f, s);
    dmss_write_rows(f, s);
}
