/* dtfim_exact.c: bin/dtfim-exact, the command table. */
#include <gsl/gsl_errno.h>
#include "cmdline.h"
#include <string.h>
#include "exact_cli.h"

static const exact_cmd_t commands[] = {
    {"corr", exact_cmd_corr,
     "--N N --J J --hz HZ --hx H[,..] --gamma G [--Gamma GG] [--plus i,..] [--minus k,..] [--digits D] [--ball]",
     "<sigma^+_C1 sigma^-_C2> in the steady state (Eq. 17 uniform fields, Eq. 18 otherwise):\n"
     "one line, real and imaginary parts, each correct to D significant digits.", NULL, 0, NULL},
    {"density", exact_cmd_density,
     "--N N --J J --hz HZ --hx H[,..] --gamma G [--Gamma GG] [--digits D] [--ball]",
     "CSV: per site (one row 'all' when uniform, then 'mean') n = <sigma^+ sigma^->,\n"
     "sz = <sigma^z> = 2n - 1, sx = <sigma^x>, sy = <sigma^y>, certified to D digits.", NULL, 0, NULL},
    {"brute", exact_cmd_brute,
     "--N N (<= 6) --J J --hz HZ --hx H[,..] --gamma G [--Gamma GG] [--plus i,..] [--minus k,..]",
     "independent check: the dense 4^N x 4^N Lindbladian's null vector (LAPACK, doubles);\n"
     "prints the corr line when --plus/--minus are given, else the density table.", NULL,
     EXACT_CMD_DOUBLES, NULL},
    {"piqs", exact_cmd_piqs,
     "--N N (<= 64) --J J --hz HZ --hx H --gamma G [--Gamma GG] [--plus i,..] [--minus k,..]",
     "independent check by permutation invariance (uniform fields): the Liouvillian on the\n"
     "Dicke blocks (~N^3/6 unknowns), banded LU (LAPACK, doubles); output as brute.", NULL,
     EXACT_CMD_DOUBLES, NULL},
    {"xx", exact_cmd_xx,
     "--N N --J J --hz HZ --hx H[,..] --gamma G [--Gamma GG] [--sites i,j] [--digits D] [--ball]",
     "C^xx = <sigma^x_i sigma^x_j> (sites i != j, default 1,2): one line, certified to D digits.",
     "sites", 0, "  --sites i,j      the two different sites (1-based, default 1,2)\n"},
    {"yy", exact_cmd_yy,
     "--N N --J J --hz HZ --hx H[,..] --gamma G [--Gamma GG] [--sites i,j] [--digits D] [--ball]",
     "C^yy = <sigma^y_i sigma^y_j> (sites i != j, default 1,2): one line, certified to D digits.",
     "sites", 0, "  --sites i,j      the two different sites (1-based, default 1,2)\n"},
    {"g2", exact_cmd_g2,
     "--N N --J J --hz HZ --hx H[,..] --gamma G [--Gamma GG] [--sites i,j | --all] [--digits D] [--ball]",
     "CSV i,j,g2: g2_ij = <n_i n_j>/(n_i n_j) - 1 (Eq. S61) for every pair i < j, or one row\n"
     "'all,all' for uniform fields (all pairs equal), certified to D digits.",
     "sites all!", 0,
     "  --sites i,j      only the pair i,j\n"
     "  --all            uniform fields: list every pair instead of the row 'all,all'\n"},
    {"distribution", exact_cmd_distribution,
     "--N N --J J --hz HZ --hx H[,..] --gamma G [--Gamma GG] [--spins] [--digits D] [--ball]",
     "CSV M,p_M: p_M = ||binom(r,M) SS_-^M||_HS^2 / sum (Eq. 14, S39), M = 0..N, certified to D digits.",
     "spins!", 0,
     "  --spins          add prob_down: the probability that exactly M spins are down\n"
     "                   (M^z = N - 2M; O(N^2) work)\n"},
    {"potential", exact_cmd_potential,
     "--Jbar JB --hz HZ --hx H --gamma G [--Gbar GB] [--N N] [--grid M]",
     "CSV m,f,df,d2f[,df_N,f_N]: the large-N potential f(m) of Eq. 16 (f(0) = 0), f', f''\n"
     "(Eq. S49) on m = k/M, k = 1..M-1; with --N the 1/N correction df_N of Eq. S48 and\n"
     "f_N = f + df_N.  Doubles, not certified.",
     "Jbar Gbar grid", EXACT_CMD_OWN_CHECK | EXACT_CMD_DOUBLES,
     "  (large N: J = Jbar/N, Gamma = Gbar/N; --J/--Gamma with --N give Jbar = N J, Gbar = N Gamma)\n"
     "  --Jbar JB        the scaled coupling N J\n"
     "  --Gbar GB        the scaled collective decay N Gamma (default 0)\n"
     "  --grid M         grid of m (default 200)\n"
     "  --N N            add the 1/N correction (r-bar then uses gamma + Gbar/N)\n"},
    {"transitions", exact_cmd_transitions,
     "--vary hz=A:B[:K] --hx H[,H2,..] --gamma G (--Jbar JB | --J J --N N) [--Gbar GB] [--N N]",
     "CSV kind,hz,hx,m1,m2 along hz in [A, B] (K scan points, default 2001), refined by Brent:\n"
     "spinodal (roots of Eq. S53 merge), first-order (the two minima of f, Eq. 16, equally deep;\n"
     "first-order-N: of f + df_N with --N), maxwell (equal areas on the mean-field curve) and\n"
     "critical (f' = f'' = f''' = 0; a point of the (hz, hx) plane, its own hx).  Doubles.",
     "Jbar Gbar vary", EXACT_CMD_OWN_CHECK | EXACT_CMD_DOUBLES,
     "  --Jbar JB        the scaled coupling N J\n"
     "  --Gbar GB        the scaled collective decay N Gamma (default 0)\n"
     "  --vary hz=A:B[:K]  the line of hz and its scan points\n"
     "  --hx H[,H2,..]   one line of hz for each value\n"
     "  --N N            also the first-order point of f + df_N (Eq. S48)\n"
     "  m1, m2: spinodal: the merging root and the other; first-order, maxwell: the two\n"
     "  outer roots (minima); critical: the triple root.\n"},
    {"meanfield", exact_cmd_meanfield,
     "--Jbar JB --hz HZ --hx H --gamma G [--Gbar GB] [--N N]",
     "CSV: the mean-field states (kind root: the real roots of the cubic Eq. S53, their Bloch\n"
     "vector, f, f'', stable = all Jacobian eigenvalues with Re < 0, global = deepest f, the\n"
     "eigenvalues) beside the minima of f found from f' (kind fmin; fmin-N: of f + df_N).",
     "Jbar Gbar", EXACT_CMD_OWN_CHECK | EXACT_CMD_DOUBLES,
     "  --Jbar JB        the scaled coupling N J\n"
     "  --Gbar GB        the scaled collective decay N Gamma (default 0)\n"
     "  --N N            add the minima of f + df_N (Eq. S48)\n"},
    {"blockade", exact_cmd_blockade,
     "--N N --hx H --gamma G --vary hz=A:B[:K] [--J J] [--Gamma GG] [--curve-only] [--digits D]",
     "CSV kind,hz,nbar,n,w_n,fwhm_bound,fwhm,peak_offset,nbar_base: certified n-bar on K points\n"
     "(default 201; kind curve), then for each blockade hz = n J in [A, B] (kind resonance) w_n of\n"
     "Eq. 12, the FWHM it bounds (2 sqrt(w_n^2 |J_eff|^2 - ((gamma + (n+1) Gamma)/2)^2)) and the\n"
     "FWHM measured on the certified n-bar (level (peak + base)/2, Brent).",
     "vary curve-only!", EXACT_CMD_OWN_CHECK,
     "  --vary hz=A:B[:K]  the line of hz (decimals) and its number of points\n"
     "  --curve-only     skip the resonance widths\n"
     "  (--J defaults to 1)\n"},
};

static void usage(FILE *f)
{
    fprintf(f, "usage: dtfim-exact COMMAND [options]   (dtfim-exact COMMAND --help)\n"
               "Certified steady state of the infinite-range dissipative transverse-field Ising model.\n\n");
    for (size_t k = 0; k < sizeof(commands) / sizeof(commands[0]); k++)
        fprintf(f, "  %-9s %.*s\n", commands[k].name,
                (int) strcspn(commands[k].help, "\n"), commands[k].help);
}

int main(int argc, char **argv)
{
    exact_args_t a;
    int rc;

    gsl_set_error_handler_off();    /* GSL statuses are checked where returned */
    if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))
    {
        usage(argc < 2 ? stderr : stdout);
        return cmdline_finish(argc < 2 ? CMDLINE_BAD_INPUT : 0);
    }
    for (size_t k = 0; k < sizeof(commands) / sizeof(commands[0]); k++)
    {
        if (strcmp(argv[1], commands[k].name))
            continue;
        rc = exact_args_parse(&a, argc, argv, &commands[k]);
        if (rc == 0)
            rc = commands[k].run(&a);
        exact_args_clear(&a);
        flint_cleanup();
        return cmdline_finish(rc < 0 ? 0 : rc);
    }
    fprintf(stderr, "dtfim-exact: unknown command '%s'\n", argv[1]);
    usage(stderr);
    return CMDLINE_BAD_INPUT;
}
