#include <stdio.h>
#include <string.h>
#include "cli.h"

static const cli_cmd_t commands[] = {
    {"info", cli_cmd_info, "", "", "",
     "model name, parameters, observables and their parities (JSON)"},
    {"rhs", cli_cmd_rhs, "set state", "set state", "--set p=v,... --state v1,...",
     "d/dt of every observable at --state, one line, in info order"},
    {"jacobian", cli_cmd_jacobian, "set state", "set state", "--set p=v,... --state v1,...",
     "the Jacobian at --state, one row per line"},
    {"symmetric", cli_cmd_symmetric, "set", "set", "--set p=v,...",
     "the closed-form symmetric steady state, one line"},
    {"steady", cli_cmd_steady, "set init tol", "set",
     "--set p=v,... [--init symmetric|broken|-broken|v1,...] [--tol T]",
     "a steady state by damped Newton iteration from --init"},
    {"evolve", cli_cmd_evolve, "set init t every method tol o max-rows", "set t",
     "--set p=v,... --t T [--init ...] [--every DT] [--method M] [--tol T] [-o F.csv]\n"
     "       [--max-rows N]",
     "time evolution (GSL odeiv2), CSV of t and every observable"},
    {"stability", cli_cmd_stability, "set at certify", "set",
     "--set p=v,... [--at symmetric|v1,...] [--certify]",
     "Jacobian eigenvalues, stability gap and slowest mode at a steady state"},
    {"sweep", cli_cmd_sweep, "set vary direction init o plot tol quiet", "set vary",
     "--set p=v,... --vary p=A:B[:N] [--direction forward|backward|both]\n"
     "       [--init symmetric|broken|v1,...] [-o F.csv] [--plot F.png] [--quiet]",
     "continuation of every steady-state branch, with branch switching at pitchforks"},
    {"boundary", cli_cmd_boundary, "set vary", "set vary",
     "--set p=v,... --vary p=A:B",
     "points where the symmetric state changes stability, labelled pitchfork or Hopf"},
    {"scan", cli_cmd_scan, "set x y o plot quiet resume", "set x y",
     "--set p=v,... --x p=A:B:N --y q=A:B:M [-o F.csv] [--plot F.png] [--quiet]\n"
     "       [--resume F.csv]",
     "stability gap, slowest frequency and phase of the symmetric state on a grid"},
    {"quench", cli_cmd_quench, "set from to t every init epsilon method tol o max-rows",
     "set from to t",
     "--set p=v,... --from p=v,... --to p=v,... --t T [--every DT] [--epsilon E]\n"
     "       [--init v1,...] [--method M] [--tol T] [-o F.csv] [--max-rows N]",
     "quench from the thermal state at --from: m_x, O, purity, fidelity, rate function, "
     "concurrence; dynamical-transition times"},
    {"dmsweep", cli_cmd_dmsweep, "set vary direction init o plot tol t method quiet",
     "set vary",
     "--set p=v,... --vary p=A:B[:N] [--direction forward|backward|both]\n"
     "       [--init broken|-broken|symmetric|v1,...] [--t TCAP] [--tol T] [--method M]\n"
     "       [-o F.csv] [--plot F.png] [--quiet]",
     "density-matrix steady states by relaxation with continuation, concurrence, chi_F"},
    {"dmstability", cli_cmd_dmstability, "set at tol t method", "set",
     "--set p=v,... [--at steady|-steady|v1,...] [--t TCAP] [--tol T] [--method M]",
     "Jacobian of the density-matrix equation (finite differences), gap, omega_slow"},
    {"dmevolve", cli_cmd_dmevolve, "set init t every method tol o max-rows", "set t",
     "--set p=v,... --t T [--init symmetric|thermal|v1,...] [--every DT] [--method M]\n"
     "       [--tol T] [-o F.csv] [--max-rows N]",
     "time evolution of the density matrix (every dissipator), CSV with purity, min eigenvalue"},
    {"equilibrium", cli_cmd_equilibrium, "set vary o", "set",
     "--set p=v,... [--vary p=A:B[:N]] [-o F.csv]",
     "self-consistent Gibbs states of H_MF at the `thermal` temperature, lowest free energy "
     "marked; critical points along --vary"},
    {"prepare", cli_cmd_prepare, "set epsilon t tol method", "set",
     "--set p=v,... [--epsilon E] [--t TMAX] [--tol T] [--method M]",
     "the thermal state by dissipative relaxation from the seeded ansatz (Appendix A), and "
     "its distance to the equilibrium"},
    {NULL, NULL, NULL, NULL, NULL, NULL}
};

/* Commands that run the emitted Bloch equations, which omit the
   eigenbasis thermal dissipator of a dm_only model. */
static int runs_bloch_equations(const char *name)
{
    static const char *const bloch[] = {"rhs", "jacobian", "symmetric", "steady", "evolve",
                                        "stability", "sweep", "boundary", "scan", NULL};
    int k;

    for (k = 0; bloch[k] != NULL; k++)
        if (strcmp(name, bloch[k]) == 0)
            return 1;
    return 0;
}

static void usage(FILE *f, const bloch_model_t *m)
{
    int k;

    fprintf(f, "usage: %s COMMAND [options]\n\nSolver for model %s (generated from %s).\n\n"
               "Commands:\n", m->name, m->name, m->source);
    for (k = 0; commands[k].name != NULL; k++)
        fprintf(f, "  %-12s %s\n", commands[k].name, commands[k].help);
    fprintf(f, "\nParameters (--set, each exactly once):");
    for (k = 0; k < m->nparams; k++)
        fprintf(f, " %s", m->params[k]);
    fprintf(f, "\nStates: %d values in `info` order.  `%s COMMAND --help` for details.\n"
               "Exit status: 0 ok, 1 no result, 2 bad arguments, 3 no convergence, 4 output\n"
               "not written, 128+N stopped by signal N (scan, evolve: rows kept, marked partial).\n",
            m->nobs, m->name);
}

int cli_main(int argc, char **argv, const bloch_model_t *m, const bloch_model_arb_t *marb)
{
    const cli_cmd_t *c = NULL;
    cli_args_t a;
    int k, st;

    if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)
    {
        usage(argc < 2 ? stderr : stdout, m);
        return argc < 2 ? 2 : 0;
    }
    for (k = 0; commands[k].name != NULL; k++)
        if (strcmp(argv[1], commands[k].name) == 0)
            c = commands + k;
    if (c == NULL)
    {
        fprintf(stderr, "%s: unknown command '%s'\n", m->name, argv[1]);
        usage(stderr, m);
        return 2;
    }
    cli_args_init(&a, m);
    a.arb = marb;
    st = cli_parse(&a, argc, argv, c, m);
    if (st == 0 && m->dm_only && runs_bloch_equations(c->name))
    {
        fprintf(stderr, "%s %s: the model has an eigenbasis thermal dissipator ('thermal', "
                "'levels' in %s), which is not polynomial: the Bloch equations this command "
                "runs omit it.  Use the density-matrix commands (dmevolve).\n", m->name,
                c->name, m->source);
        st = 2;
    }
    else if (st == 0)
        st = c->run(&a, m);
    else if (st < 0)
        st = 0;
    cli_args_clear(&a);
    return st;
}
