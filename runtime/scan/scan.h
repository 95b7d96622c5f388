/* scan.h: the phase diagram of the symmetric state on a two-parameter grid.
 *
 * At every grid point: the symmetric state (the closed form; for a model
 * without one, the numerical search of steady_symmetric_from, started
 * first from the previous point of the row), then the gap
 * -max Re(mu), the slowest frequency |Im mu| and the phase from the two
 * Jacobian blocks (stab_blocks_gap).  Rows of the grid are the x values;
 * they are shared among OpenMP threads and, with -DBLOCHGEN_MPI, among MPI
 * ranks, and every point is computed independently of the split, so the
 * CSV is the same byte for byte whatever the number of threads or ranks. */
#ifndef BLOCHGEN_SCAN_H
#define BLOCHGEN_SCAN_H

#include <stdio.h>
#include "bloch_model.h"
#include "csv.h"
#include "num.h"
#include "plot.h"
#include "steady.h"

/* Phase codes: stab_phase's (STAB_PHASE_AMBIGUOUS where the numerical
   search found several symmetric states), plus one for points where the
   eigenvalue iteration failed or the symmetric state is not representable
   in double precision (overflow, underflow): printed as "none", counted
   apart. */
enum { SCAN_FAILED = 7, SCAN_NCODES = 8 };

typedef struct
{
    num_range_t x, y;       /* the varied parameters; row i is x value i */
    int row0, nrows;        /* the rows held here: row0 <= i < row0 + nrows */
    long npts;              /* nrows * y.n */
    double *gap, *freq;     /* point (i, j) at (i - row0) * y.n + j; NaN at "none" */
    unsigned char *phase;   /* STAB_PHASE_* or SCAN_FAILED */
    int attr;               /* 1: the attractor classification too
                               (scan_grid_attr), 0: only the above */
    int sym;                /* 1: the model has a symmetry, so gap, freq
                               and phase are computed and written */
    int starts;             /* random starts a point (attr) */
    unsigned char *nstable; /* stable physical steady states (at most 255) */
    unsigned char *cls;     /* SCAN_CLASS_* */
} scan_grid_t;

/* Holds rows r0 <= i < r1 of the x.n by y.n grid (an MPI rank holds its
   share, rank 0 all of it): SCAN_POINT_BYTES a point.  0, or -1 when it
   does not fit in memory (more than the machine has: no swapping). */
#define SCAN_POINT_BYTES 17
int scan_grid_init(scan_grid_t *g, const num_range_t *x, const num_range_t *y, int r0, int r1);
void scan_grid_clear(scan_grid_t *g);

/* ---- attractors: phase diagrams of any model ------------------------------- */

/* Turns the attractor classification on for g (after scan_grid_init):
   `starts` random starts a point; sym: whether the model has a symmetry
   (without one only the classification is computed and written).
   SCAN_ATTR_BYTES more a point.  0, or -1 out of memory. */
#define SCAN_ATTR_BYTES 2
int scan_grid_attr(scan_grid_t *g, int starts, int sym);

/* The classes of a point by its stable attractors.  A steady state counts
   when it is physical (rho >= 0) and stable: no eigenvalue of the full
   Jacobian with real part > tol (stab_spectrum's) and at most nconserved
   within tol of zero (a conserved quantity's zero mode).  States are
   counted up to the symmetry (a broken pair is one attractor). */
enum
{
    SCAN_CLASS_NONE = 0,        /* no stable attractor found */
    SCAN_CLASS_STEADY = 1,      /* one stable state (no symmetry) */
    SCAN_CLASS_SYMMETRIC = 2,   /* one, the symmetric state */
    SCAN_CLASS_BROKEN = 3,      /* one pair of broken states */
    SCAN_CLASS_BISTABLE = 4,    /* two or more attractors (first order):
                                   several states, or a state and a cycle */
    SCAN_CLASS_OSCILLATORY = 5, /* a limit cycle and no stable state */
    SCAN_CLASS_FAILED = 6,      /* steady_find_all failed */
    SCAN_NCLASSES = 7
};
const char *scan_class_name(int cls);

/* Default random starts a point, and how many of them are also relaxed in
   time to look for a limit cycle. */
#define SCAN_ATTR_STARTS 8
#define SCAN_ATTR_RELAX 2

/* The attractors at p: steady_find_all_from (guess: nguess states tried
   first, e.g. the previous point's), the stability of each physical
   state, and SCAN_ATTR_RELAX relaxations from random physical states
   (seeds from seed) that end on a cycle or not (num_cycle: three upward
   crossings of a Poincare section, periods and amplitudes settled to
   1e-3).  On return set holds the states found (the next point's guess).
   Deterministic for given arguments. */
void scan_point_attr(unsigned char *nstable, unsigned char *cls, steady_set_t *set,
                     const double *guess, int nguess, const double *p, int starts,
                     unsigned long seed, const bloch_model_t *m);

/* Doubles of work space scan_point needs. */
long scan_worksize(const bloch_model_t *m);

/* Gap, frequency and phase at parameters p (no allocation with a closed
   form; the numerical search allocates).  On return work[0, nobs) holds
   the symmetric state when the phase is not none/ambiguous. */
void scan_point(double *gap, double *freq, unsigned char *phase, const double *p,
                const bloch_model_t *m, double *work);

/* The same, the numerical search (models without closed form) started
   from guess first (NULL: none), e.g. the previous point's state. */
void scan_point_from(double *gap, double *freq, unsigned char *phase, const double *guess,
                     const double *p, const bloch_model_t *m, double *work);

/* Rows r0 <= i < r1 (held by g) on all OpenMP threads (static schedule,
   one row at a time); p holds the fixed parameters.  tick(ctx, n), when
   tick is not NULL, is told of the n points done since its last call, by
   thread 0 only (a progress bar).  0. */
int scan_rows(scan_grid_t *g, int r0, int r1, const double *p, const bloch_model_t *m,
              void (*tick)(void *ctx, long n), void *ctx);

/* count[c]: number of points held with phase code c < SCAN_NCODES. */
void scan_count(long *count, const scan_grid_t *g);

/* The CSV of a whole grid (row0 = 0, nrows = x.n): the column header
   x,y,gap,frequency,phase (first line), "# model=..." (the varied
   parameters as their ranges A:B:N), "# scan: ...", one row per point,
   values %.17g.  Formatting runs on all threads; 0 or -1. */
int scan_write_csv(FILE *f, const scan_grid_t *g, const double *p, const bloch_model_t *m);

/* The same in two parts, so that rows can be written as they are
   computed: the three header lines (column header first), then rows i0 <= i < i1 (held by g).
   scan_write_rows: 0, or -1 on a write error on f. */
void scan_write_header(FILE *f, const scan_grid_t *g, const double *p, const bloch_model_t *m);
int scan_write_rows(FILE *f, const scan_grid_t *g, int i0, int i1);

/* Reads a scan CSV that a stopped run left (scan --resume) into the whole
   grid g: its header must be exactly the one scan_write_header writes for
   g and p; data lines must be g's points in order; "#" lines are skipped.
   *rows: the complete x rows read (a row cut short is not counted).
   0, or SCAN_RESUME_HEADER (a different scan), SCAN_RESUME_LINE (a line
   that is not the next point: *line_no says which), SCAN_RESUME_EXTRA
   (more points than the grid), -1 (out of memory). */
enum { SCAN_RESUME_HEADER = 1, SCAN_RESUME_LINE = 2, SCAN_RESUME_EXTRA = 3 };
int scan_read_rows(int *rows, long *line_no, scan_grid_t *g, FILE *f, const double *p,
                   const bloch_model_t *m);

/* For a whole grid: heat map of the gap over the x-y plane with the gap = 0 contour (marching
   squares on the full grid) on top: F.gp next to F.png, then gnuplot.
   A plot status (plot.h): PLOT_OK, else the warning is in msg (n bytes;
   a plotting failure is not a failed scan). */
int scan_plot(const char *png, const scan_grid_t *g, const double *p, const bloch_model_t *m,
              char *msg, size_t n);

/* MPI (compiled in with -DBLOCHGEN_MPI; otherwise one rank of one).
   scan_mpi_start initialises MPI unless it already is; *started tells
   scan_mpi_finish to finalise it. */
void scan_mpi_start(int *rank, int *size, int *started);
void scan_mpi_finish(int started);
/* Whether flag is nonzero on every rank. */
int scan_mpi_all(int flag);
/* The rows of rank r: [*r0, *r1), contiguous, in rank order. */
void scan_mpi_share(int *r0, int *r1, int nrows, int rank, int size);
/* Collects every rank's rows (its share) into rank 0's whole grid.  0, or
   -1 when an MPI_Gatherv failed (the caller reports it). */
int scan_mpi_gather(scan_grid_t *g, int rank, int size);

#endif
