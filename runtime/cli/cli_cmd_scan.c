/* `scan`: gap, slowest frequency and phase of the symmetric state on an
 * x-y grid, on all cores (OpenMP) and, built with `make MPI=1`, on every
 * MPI rank; rank 0 writes the one CSV.  On one process the rows are
 * written as they are computed, an interrupted run keeps them, and
 * --resume continues it. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <string.h>
#include <time.h>
#ifdef _OPENMP
#include <omp.h>
#endif
#include "cli.h"
#include "cmdline.h"
#include "scan.h"
#include "stab.h"

typedef struct
{
    cli_params_t set;
    cli_range_t x, y;
    const char *out, *plot, *resume;
    int quiet, attractors;
    long starts;
} scan_opts_t;

/* The attractor classification: asked for, or the only one there is (a
   model without symmetry has no symmetric state). */
static int with_attr(const scan_opts_t *a, const bloch_model_t *m)
{
    return a->attractors || m->symmetry == NULL;
}

/* After scan_grid_init: the classification's arrays when it is on. */
static int grid_attr(scan_grid_t *g, const scan_opts_t *a, const bloch_model_t *m)
{
    return with_attr(a, m) ? scan_grid_attr(g, (int) a->starts, m->symmetry != NULL) : 0;
}

static double seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + 1e-9 * t.tv_nsec;
}

/* "scan: N points (nx x ny) in T s (R points/s, ...); phase counts" */
static void summary(const scan_grid_t *g, double t_compute, double t_write, int ranks)
{
    long count[SCAN_NCODES];
    int threads = 1, k;

#ifdef _OPENMP
    threads = omp_get_max_threads();
#endif
    scan_count(count, g);
    fprintf(stderr, "scan: %ld points (%d x %d) in %.3g s (%.0f points/s on %d thread%s x %d "
                    "rank%s; CSV %.3g s):",
            g->npts, g->x.n, g->y.n, t_compute, g->npts / t_compute, threads,
            threads == 1 ? "" : "s", ranks, ranks == 1 ? "" : "s", t_write);
    if (g->attr)
    {
        long cc[SCAN_NCLASSES] = {0}, i;
        for (i = 0; i < g->npts; i++)
            cc[g->cls[i] < SCAN_NCLASSES ? g->cls[i] : SCAN_CLASS_FAILED]++;
        fprintf(stderr, " classes");
        for (k = 0, i = 0; k < SCAN_NCLASSES; k++)
            if (cc[k] > 0)
                fprintf(stderr, "%s %ld %s", i++ ? "," : "", cc[k], scan_class_name(k));
        fprintf(stderr, "%s", g->sym ? "; symmetric state:" : "\n");
        if (!g->sym)
            return;
    }
    for (k = 0; k <= STAB_PHASE_NONE; k++)
        fprintf(stderr, "%s %ld %s", k ? "," : "", count[k], stab_phase_name(k));
    if (count[STAB_PHASE_AMBIGUOUS] > 0)
        fprintf(stderr, ", %ld ambiguous (several symmetric states)",
                count[STAB_PHASE_AMBIGUOUS]);
    if (count[STAB_PHASE_UNPHYSICAL] > 0)
        fprintf(stderr, ", %ld unphysical (the symmetric state is no density matrix)",
                count[STAB_PHASE_UNPHYSICAL]);
    if (count[SCAN_FAILED] > 0)
        fprintf(stderr, ", %ld failed points (eigenvalues not converged, or the symmetric "
                "state out of double range; shown as none)", count[SCAN_FAILED]);
    fprintf(stderr, "\n");
}

/* Rank 0 after the grid is complete: CSV, figure, summary.  0, or
   CMDLINE_WRITE_ERROR after a message. */
static int finish(cmdline_out_t *out, const scan_grid_t *g, const scan_opts_t *a,
                  const bloch_model_t *m, double t_compute, int ranks)
{
    double t0 = seconds();
    int ok = scan_write_csv(out->f, g, a->set.v, m) == 0, st;

    st = cmdline_out_close(out, ok);
    if (st == CMDLINE_OK && !ok)
    {
        fprintf(stderr, "%s scan: formatting the CSV failed (out of memory)\n", m->name);
        st = CMDLINE_WRITE_ERROR;
    }
    t0 = seconds() - t0;
    if (st == CMDLINE_OK && a->plot)
    {
        char msg[PLOT_MSG_SIZE];
        if (scan_plot(a->plot, g, a->set.v, m, msg, sizeof msg) != PLOT_OK)
            fprintf(stderr, "%s\n", msg);   /* a failed figure is a warning only */
    }
    summary(g, t_compute, t0, ranks);
    return st;
}

static int no_memory(int nx, int ny, const bloch_model_t *m)
{
    fprintf(stderr, "%s scan: %d x %d points (%.3g GB) do not fit in memory\n", m->name, nx, ny,
            SCAN_POINT_BYTES * 1e-9 * nx * ny);
    return 1;
}

/* --resume FILE: the complete rows FILE holds, read into g.  0, or 2
   after a message (not a partial run of this scan). */
static int resume_rows(int *rows, scan_grid_t *g, const scan_opts_t *a, const bloch_model_t *m)
{
    FILE *f = fopen(a->resume, "r");
    long line;
    int st;

    if (f == NULL)
    {
        perror(a->resume);
        return 2;
    }
    st = scan_read_rows(rows, &line, g, f, a->set.v, m);
    fclose(f);
    if (st == SCAN_RESUME_HEADER)
        fprintf(stderr, "--resume %s: line %ld differs from the header this scan writes (give "
                "the same --set, --x and --y as the run that wrote it)\n", a->resume, line);
    else if (st == SCAN_RESUME_LINE)
        fprintf(stderr, "--resume %s:%ld: not the next point of this grid\n", a->resume, line);
    else if (st == SCAN_RESUME_EXTRA)
        fprintf(stderr, "--resume %s:%ld: more points than the grid has\n", a->resume, line);
    else if (st != 0)
        fprintf(stderr, "--resume %s: out of memory\n", a->resume);
    return st == 0 ? 0 : 2;
}

/* One process: rows are computed in chunks and written as each chunk is
   done, so a stopped run (SIGINT, SIGTERM) keeps every complete row and
   --resume continues it. */
static int scan_streamed(const scan_opts_t *a, const bloch_model_t *m)
{
    scan_grid_t g = {0};
    cmdline_progress_t pb;
    cmdline_out_t out;
    const char *path = a->resume ? a->resume : a->out;
    int done = 0, threads = 1, chunk, i, st;
    double t0, t_write = 0;

#ifdef _OPENMP
    threads = omp_get_max_threads();
#endif
    /* rows written together: enough points that the threads' start and
       the write do not show (about 0.2 s of work), few enough that a
       stopped run loses little */
    chunk = with_attr(a, m) ? 0 : 65536 / a->y.r.n;    /* attractors: ~1 ms a point */
    if (chunk < 4 * threads)
        chunk = 4 * threads;
    if (scan_grid_init(&g, &a->x.r, &a->y.r, 0, a->x.r.n) != 0 || grid_attr(&g, a, m) != 0)
        return no_memory(a->x.r.n, a->y.r.n, m);
    if (a->resume && (st = resume_rows(&done, &g, a, m)) != 0)
    {
        scan_grid_clear(&g);
        return st;
    }
    if ((st = cmdline_out_open(&out, path)) != CMDLINE_OK)
    {
        scan_grid_clear(&g);
        return st;
    }
    t0 = seconds();
    scan_write_header(out.f, &g, a->set.v, m);
    if (done > 0 && scan_write_rows(out.f, &g, 0, done) != 0)
        st = CMDLINE_WRITE_ERROR;
    cmdline_interrupt_install();
    cmdline_progress_init(&pb, (long) (a->x.r.n - done) * a->y.r.n, a->quiet);
    for (i = done; st == 0 && i < a->x.r.n && !cmdline_interrupted(); i += chunk)
    {
        int i1 = i + chunk < a->x.r.n ? i + chunk : a->x.r.n;
        double tw;
        scan_rows(&g, i, i1, a->set.v, m, cmdline_progress_tick, &pb);
        tw = seconds();
        if (scan_write_rows(out.f, &g, i, i1) != 0 || fflush(out.f) != 0)
            st = CMDLINE_WRITE_ERROR;   /* cmdline_out_close says why */
        t_write += seconds() - tw;
        done = i1;
    }
    cmdline_progress_clear(&pb);
    /* a signal during the last chunk stops nothing: the scan is whole */
    if (st == 0 && cmdline_interrupted() && done < a->x.r.n)
    {
        fprintf(out.f, "# partial: stopped by signal %d after %d of %d rows of %s; continue "
                "with the same command and --resume %s\n", cmdline_interrupted(), done, a->x.r.n,
                m->params[a->x.r.param], path ? path : "FILE");
        fprintf(stderr, "%s scan: interrupted after %d of %d rows; they are kept%s%s\n",
                m->name, done, a->x.r.n, path ? " in " : "", path ? path : "");
        st = cmdline_out_close(&out, 1);
        scan_grid_clear(&g);
        return st ? st : cmdline_interrupt_status();
    }
    if (st != 0)
    {
        if (cmdline_out_close(&out, 0) == CMDLINE_OK)  /* the error went unseen there */
            fprintf(stderr, "write error on %s\n", path ? path : "standard output");
        scan_grid_clear(&g);
        return st;
    }
    if ((st = cmdline_out_close(&out, 1)) == CMDLINE_OK && a->plot)
    {
        char msg[PLOT_MSG_SIZE];
        if (scan_plot(a->plot, &g, a->set.v, m, msg, sizeof msg) != PLOT_OK)
            fprintf(stderr, "%s\n", msg);   /* a failed figure is a warning only */
    }
    summary(&g, seconds() - t0 - t_write, t_write, 1);
    scan_grid_clear(&g);
    return st;
}

static int scan_cmd(const scan_opts_t *a, const bloch_model_t *m)
{
    scan_grid_t g = {0};
    cmdline_progress_t pb;
    cmdline_out_t out = {NULL, NULL, NULL};
    double t0;
    int rank, size, started, r0, r1, ok = 1, st = 1;

    if (a->resume && a->out && strcmp(a->resume, a->out) != 0)
    {
        fprintf(stderr, "%s scan: --resume %s continues that file; -o %s is another one (give "
                "one of them)\n", m->name, a->resume, a->out);
        return 2;
    }
    scan_mpi_start(&rank, &size, &started);
    if (size == 1)
    {
        st = scan_streamed(a, m);
        scan_mpi_finish(started);
        return st;
    }
    if (a->resume)
    {
        if (rank == 0)
            fprintf(stderr, "%s scan: --resume runs on one process (without mpirun)\n",
                    m->name);
        scan_mpi_finish(started);
        return 2;
    }
    /* several ranks: each computes its share, rank 0 gathers and writes */
    scan_mpi_share(&r0, &r1, a->x.r.n, rank, size);
    if (rank == 0 && (st = cmdline_out_open(&out, a->out)) != CMDLINE_OK)
        ok = 0;
    else
        st = 1;     /* until finish: no result */
    /* rank 0 holds the whole grid, the others their share */
    if (ok)
        ok = scan_grid_init(&g, &a->x.r, &a->y.r, rank == 0 ? 0 : r0, rank == 0 ? a->x.r.n : r1) == 0 &&
             grid_attr(&g, a, m) == 0;
    if (rank == 0 && out.f != NULL && !ok)
        no_memory(a->x.r.n, a->y.r.n, m);
    if (scan_mpi_all(ok))
    {
        t0 = seconds();
        cmdline_progress_init(&pb, (long) (r1 - r0) * a->y.r.n, a->quiet || rank != 0);
        ok = scan_rows(&g, r0, r1, a->set.v, m, cmdline_progress_tick, &pb) == 0;
        cmdline_progress_clear(&pb);
        if (scan_mpi_all(ok))
        {
            if (scan_mpi_gather(&g, rank, size) == 0)
                st = rank == 0 ? finish(&out, &g, a, m, seconds() - t0, size) : 0;
            else
                fprintf(stderr, "scan: MPI_Gatherv failed\n");
        }
    }
    if (out.f != NULL)  /* failed before finish: leave no file behind */
        cmdline_out_close(&out, 0);
    scan_grid_clear(&g);
    scan_mpi_finish(started);
    return st;
}

/* checks of options taken together, then the command */
static int cmd_run(const void *opts, const char *prog, const bloch_model_t *m,
                   const bloch_model_arb_t *arb)
{
    const scan_opts_t *a = opts;

    (void) arb;
    if (cli_params_check(&a->set, &a->x, &a->y, NULL, NULL, prog, m) != 0)
        return CMDLINE_BAD_INPUT;
    return scan_cmd(a, m);
}

static const cmdline_opt_t options[] = {
    {NULL, CMDLINE_GROUP, offsetof(scan_opts_t, set), .group = cli_opt_set},
    {"--x", CMDLINE_CUSTOM, offsetof(scan_opts_t, x), .flags = CMDLINE_REQUIRED, .value = "p=A:B:N",
     .help = "the first parameter of the grid", .parse = cli_grid_parse},
    {"--y", CMDLINE_CUSTOM, offsetof(scan_opts_t, y), .flags = CMDLINE_REQUIRED, .value = "q=A:B:M",
     .help = "the second parameter of the grid", .parse = cli_grid_parse},
    {NULL, CMDLINE_GROUP, offsetof(scan_opts_t, out), .group = cli_opt_out},
    {NULL, CMDLINE_GROUP, offsetof(scan_opts_t, plot), .group = cli_opt_plot},
    {NULL, CMDLINE_GROUP, offsetof(scan_opts_t, quiet), .group = cli_opt_quiet},
    {"--attractors", CMDLINE_FLAG, offsetof(scan_opts_t, attractors),
     .help = "also classify each point by its stable attractors (steady_find_all; always on "
             "for a model without symmetry; about 1e3 times slower)"},
    {"--starts", CMDLINE_INTEGER, offsetof(scan_opts_t, starts), .value = "N",
     .help = "random physical starts a point for the attractors", .dflt = "8", .min = 1,
     .max = 100000},
    {"--resume", CMDLINE_STRING, offsetof(scan_opts_t, resume), .value = "F.csv",
     .help = "continue the interrupted scan that wrote F.csv (same --set, --x, --y)"},
    {NULL}
};

const cli_cmd_t cli_cmd_scan = {
    {"scan", "phase diagram on a grid: the symmetric state's gap, frequency and phase, and/or the stable attractors", options, sizeof(scan_opts_t)}, cmd_run, 1};
