#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "cli.h"
#include "cmdline.h"
#include "equil.h"

typedef struct
{
    cli_params_t set;
    cli_range_t vary;
    const char *out;
} equilibrium_opts_t;

#define EQUIL_DEFAULT_POINTS 101
#define EQUIL_MAX_CRIT 64
#define EQUIL_CRIT_TOL 1e-13

static void print_fields(FILE *f, const equil_ctx_t *q)
{
    int k;

    fprintf(f, "# fields (the expectations H_MF depends on):");
    for (k = 0; k < q->nf; k++)
        fprintf(f, " %s%s", q->m->observables[q->field[k]],
                q->has_symmetry ? (q->odd[k] ? " (odd)" : " (even)") : "");
    fprintf(f, "; F = -T ln Z - y.B y/2 per site; E1.. = energies of H_MF above its "
               "ground state; mu = largest eigenvalue of dG/dy\n");
}

static void print_valleys(FILE *f, const equil_sols_t *S)
{
    if (S->valleys > 0)
        fprintf(f, "# %d seeds ended where dG/dy - 1 is singular without a solution (a "
                "fold's ghost)\n", S->valleys);
}

/* All solutions at one point: a CSV row per solution. */
static int one_point(FILE *f, const equilibrium_opts_t *a, const bloch_model_t *m)
{
    equil_ctx_t q;
    equil_sols_t S;
    char msg[512];
    int st, k, j;

    if (equil_ctx_init(&q, m, a->set.v, msg, sizeof msg) != EQUIL_OK)
    {
        fprintf(stderr, "%s\n", msg);
        return CMDLINE_BAD_INPUT;
    }
    equil_sols_init(&S);
    if ((st = equil_solve(&S, &q)) != 0)
        fprintf(stderr, "%s equilibrium: Newton did not converge from %d of the seeds, so a "
                "self-consistent solution may be missing (%d found)\n", m->name, S.failed, S.n);
    else
    {
        fprintf(f, "solution,lowest,ordered,F");
        for (j = 1; j < q.dm.d; j++)
            fprintf(f, ",E%d", j);
        fprintf(f, ",mu,resid");
        for (j = 0; j < m->nobs; j++)
            fprintf(f, ",%s", m->observables[j]);
        fprintf(f, "\n");
        csv_print_params(f, a->set.v, m);
        print_fields(f, &q);
        print_valleys(f, &S);
    }
    for (k = 0; k < S.n && st == 0; k++)
    {
        const equil_sol_t *s = S.s + k;
        fprintf(f, "%d,%d,%d,%.17g", k, s->lowest, s->ordered, s->F);
        for (j = 1; j < q.dm.d; j++)
            fprintf(f, ",%.17g", s->E[j] - s->E[0]);
        fprintf(f, ",%.17g,%.3g", s->mu, s->resid);
        for (j = 0; j < m->nobs; j++)
            fprintf(f, ",%.17g", s->x[j]);
        fprintf(f, "\n");
    }
    equil_sols_clear(&S);
    equil_ctx_clear(&q);
    return st == 0 ? 0 : st == 2 ? 2 : 3;
}

/* The column header, then the parameters (r: the line) and the fields. */
static void line_header(FILE *f, const num_range_t *r, const double *p, const equil_ctx_t *q,
                        const bloch_model_t *m)
{
    int j, param = r->param;

    fprintf(f, "%s,solutions,ordered,F", m->params[param]);
    for (j = 1; j < q->dm.d; j++)
        fprintf(f, ",E%d", j);
    fprintf(f, ",mu_symmetric");
    for (j = 0; j < q->nf; j++)
        fprintf(f, ",%s", m->observables[q->field[j]]);
    fprintf(f, "\n");
    csv_print_params_vary(f, p, m, r, 1);
    fprintf(f, "# equilibrium along %s=", m->params[param]);
    csv_print_range(f, r);
    fprintf(f, "\n");
    print_fields(f, q);
}

/* One row of the line: the equilibrium (lowest F, the member of a Z2
   pair with positive first odd field) and the largest odd mu of the
   symmetric solution. */
static int line_row(FILE *f, double v, double *p, int param, const num_range_t *header,
                    const bloch_model_t *m)
{
    equil_ctx_t q;
    equil_sols_t S;
    double *ys, *mus, mu0 = NAN;
    char msg[512];
    int st, j, nmu = 0;

    p[param] = v;
    if (equil_ctx_init(&q, m, p, msg, sizeof msg) != EQUIL_OK)
    {
        fprintf(stderr, "%s\n", msg);
        return CMDLINE_BAD_INPUT;
    }
    equil_sols_init(&S);
    ys = blochgen_malloc(sizeof(double) * 2 * (q.nf + 1));
    mus = ys + q.nf + 1;
    if ((st = equil_solve(&S, &q)) != 0)
        fprintf(stderr, "%s equilibrium: at %s=%.15g Newton did not converge from %d of the "
                "seeds\n", m->name, m->params[param], v, S.failed);
    else if (q.has_symmetry && equil_symmetric(ys, mus, &nmu, &q) == 0 && nmu > 0)
        mu0 = mus[0];
    if (st == 0)
    {
        const equil_sol_t *s = S.s + S.best;
        if (header)
            line_header(f, header, p, &q, m);
        fprintf(f, "%.17g,%d,%d,%.17g", v, S.n, s->ordered, s->F);
        for (j = 1; j < q.dm.d; j++)
            fprintf(f, ",%.17g", s->E[j] - s->E[0]);
        fprintf(f, ",%.17g", mu0);
        for (j = 0; j < q.nf; j++)
            fprintf(f, ",%.17g", s->y[j]);
        fprintf(f, "\n");
    }
    free(ys);
    equil_sols_clear(&S);
    equil_ctx_clear(&q);
    return st == 0 ? 0 : st == 2 ? 2 : 3;
}

static void print_critical(FILE *f, const char *pre, const equil_crit_t *c, int nc,
                           const char *name)
{
    int k;

    if (nc < 0)
        fprintf(f, "%sno critical points: the model has no symmetry with odd fields\n", pre);
    else if (nc == 0)
        fprintf(f, "%sno critical point on this line (no eigenvalue mu of the symmetric "
                "solution crosses 1)\n", pre);
    for (k = 0; k < nc; k++)
        fprintf(f, "%scritical %s=%.17g (odd mode %d of the symmetric solution at mu = 1%s)\n",
                pre, name, c[k].value, c[k].mode + 1,
                c[k].mode == 0 ? ": ordered solutions branch off" : ", not its largest");
}

/* The buffered output and its critical points, for cmdline_write_out. */
typedef struct
{
    const char *buf;
    size_t len;
    const equil_crit_t *crit;
    int nc;
    const char *pname;
} equil_out_t;

static void body(FILE *f, const void *ctx)
{
    const equil_out_t *o = ctx;

    fwrite(o->buf, 1, o->len, f);   /* a short write sets ferror(f) */
}

static void critical_out(FILE *f, const char *prefix, const void *ctx)
{
    const equil_out_t *o = ctx;

    print_critical(f, prefix, o->crit, o->nc, o->pname);
}

/* Writes the buffered output (nothing on failure) and the critical
   points: after the CSV as comments on stdout, else on stdout. */
static int emit(const char *buf, size_t len, const equilibrium_opts_t *a, const equil_crit_t *crit,
                int nc, const char *pname)
{
    equil_out_t o = {buf, len, crit, nc, pname};

    return cmdline_write_out(a->out, body, pname ? critical_out : NULL, &o);
}

static int along_line(char **buf, size_t *len, equil_crit_t *crit, int *nc,
                      const equilibrium_opts_t *a, const bloch_model_t *m)
{
    int n = a->vary.r.n ? a->vary.r.n : EQUIL_DEFAULT_POINTS, k, st = 0;
    double *p = blochgen_malloc(sizeof(double) * (m->nparams + 1));
    FILE *mem = open_memstream(buf, len);
    num_range_t r = {a->vary.r.param, a->vary.r.a, a->vary.r.b, n};

    memcpy(p, a->set.v, sizeof(double) * m->nparams);
    p[a->vary.r.param] = a->vary.r.a;
    for (k = 0; k < n && st == 0; k++)
        st = line_row(mem, num_range_value(&a->vary.r, k), p, a->vary.r.param,
                      k == 0 ? &r : NULL, m);
    fclose(mem);
    memcpy(p, a->set.v, sizeof(double) * m->nparams);
    *nc = st == 0 ? equil_critical(crit, EQUIL_MAX_CRIT, p, a->vary.r.param, a->vary.r.a,
                                   a->vary.r.b, n, EQUIL_CRIT_TOL, m) : 0;
    free(p);
    return st;
}

static int equilibrium_cmd(const equilibrium_opts_t *a, const bloch_model_t *m)
{
    equil_crit_t crit[EQUIL_MAX_CRIT];
    char *buf = NULL;
    size_t len = 0;
    int st, nc = 0;

    if (a->vary.given)
        st = along_line(&buf, &len, crit, &nc, a, m);
    else
    {
        FILE *mem = open_memstream(&buf, &len);
        st = one_point(mem, a, m);
        fclose(mem);
    }
    if (st == 0)
        st = emit(buf, len, a, crit, nc, a->vary.given ? m->params[a->vary.r.param] : NULL);
    free(buf);
    return st;
}

/* checks of options taken together, then the command */
static int cmd_run(const void *opts, const char *prog, const bloch_model_t *m,
                   const bloch_model_arb_t *arb)
{
    const equilibrium_opts_t *a = opts;

    (void) arb;
    if (cli_params_check(&a->set, &a->vary, NULL, NULL, NULL, prog, m) != 0)
        return CMDLINE_BAD_INPUT;
    return equilibrium_cmd(a, m);
}

static const cmdline_opt_t options[] = {
    {NULL, CMDLINE_GROUP, offsetof(equilibrium_opts_t, set), .group = cli_opt_set},
    {"--vary", CMDLINE_CUSTOM, offsetof(equilibrium_opts_t, vary), .value = "p=A:B[:N]",
     .help = "a line of parameter values (default: one point)", .parse = cli_vary_parse},
    {NULL, CMDLINE_GROUP, offsetof(equilibrium_opts_t, out), .group = cli_opt_out},
    {NULL}
};

const cli_cmd_t cli_cmd_equilibrium = {
    {"equilibrium", "self-consistent Gibbs states of H_MF at the `thermal` temperature, lowest free "
     "energy marked; critical points along --vary", options, sizeof(equilibrium_opts_t)}, cmd_run, 0};
