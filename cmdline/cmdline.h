/* cmdline.h: what the command lines of blochgen, bin/<model> and
 * dtfim-exact share: exit statuses by name and checked output.
 *
 * This is the top layer (compat -> num -> solvers -> command lines):
 * library modules never include it; they return statuses that a command
 * turns into one of these. */
#ifndef BLOCHGEN_CMDLINE_H
#define BLOCHGEN_CMDLINE_H

#include <float.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>

/* Exit statuses of every blochgen program. */
enum
{
    CMDLINE_OK = 0,             /* the result is complete */
    CMDLINE_NO_RESULT = 1,      /* well-posed, but there is nothing to report
                                   (e.g. no closed-form symmetric state) */
    CMDLINE_BAD_INPUT = 2,      /* bad arguments or input file; the message
                                   names the option or file:line:col */
    CMDLINE_NO_CONVERGENCE = 3, /* a solver did not converge, or a result
                                   could not be certified */
    CMDLINE_WRITE_ERROR = 4     /* output could not be written (disk full,
                                   closed pipe); what was written is not
                                   complete */
};

/* Flushes f and checks it for a write error; name ("standard output", a
   file name) goes into the message.  CMDLINE_OK, or CMDLINE_WRITE_ERROR
   after a message on stderr.  Does not close f. */
int cmdline_check_write(FILE *f, const char *name);

/* An output file (-o PATH) or stdout.  A regular file is written to a
   temporary beside it and renamed into place when it is complete (or a
   partial result is kept on purpose), so a failed run leaves nothing
   half-written; a device or FIFO (-o /dev/null) is written in place,
   since renaming over it would replace it with a regular file. */
typedef struct
{
    FILE *f;
    const char *path;   /* NULL: stdout */
    char *tmp;          /* the temporary, or NULL when written in place */
} cmdline_out_t;

/* Whether path can be written, checked before any work is done: not a
   directory, in a directory that exists and is writable, writable itself
   if it exists.  Creates nothing.  CMDLINE_OK, or CMDLINE_BAD_INPUT after
   a message saying why. */
int cmdline_out_check(const char *path);

/* Opens path (stdout when NULL or "-").  CMDLINE_OK; CMDLINE_BAD_INPUT
   after cmdline_out_check's message; CMDLINE_WRITE_ERROR after a message
   when the file cannot be created after all. */
int cmdline_out_open(cmdline_out_t *o, const char *path);

/* Closes o, checking that every write reached the file.  keep: the
   content is to stay (complete, or a partial result marked as such);
   otherwise the temporary is removed.  CMDLINE_OK, or CMDLINE_WRITE_ERROR
   after a message (and then the temporary is removed too). */
int cmdline_out_close(cmdline_out_t *o, int keep);

/* A result and its summary: body(f, ctx) writes the result to path
   (stdout when NULL; nothing is left on failure); summary(f, prefix, ctx),
   if not NULL, follows it as "# " comments on stdout, or goes plain to
   stdout once the file is in place.  CMDLINE_OK or CMDLINE_WRITE_ERROR. */
typedef void (*cmdline_body_fn)(FILE *f, const void *ctx);
typedef void (*cmdline_summary_fn)(FILE *f, const char *prefix, const void *ctx);
int cmdline_write_out(const char *path, cmdline_body_fn body, cmdline_summary_fn summary,
                      const void *ctx);

/* ---- values ------------------------------------------------------------ */

/* Result of cmdline_parse_number. */
enum
{
    CMDLINE_NUMBER_OK = 0,
    CMDLINE_NUMBER_SYNTAX = 1,      /* not a number */
    CMDLINE_NUMBER_OVERFLOW = 2,    /* beyond the largest double */
    CMDLINE_NUMBER_UNDERFLOW = 3,   /* nonzero, but below the smallest normal
                                       double (2.2e-308): digits would be lost */
    CMDLINE_NUMBER_ZERO_DIVISOR = 4 /* p/0 */
};

/* The len characters at s as a double: a decimal (any number of digits,
   optional exponent) or a rational p/q of two decimals, as model files
   and --subs take them ("1/10").  A CMDLINE_NUMBER_* status. */
int cmdline_parse_number(double *x, const char *s, size_t len);

/* Why cmdline_parse_number refused, for a message ("is not a number"). */
const char *cmdline_number_error(int status);

/* A list name=value,name=value,... against names[0..n-1].  For each pair
   set(k, value, len, ctx) is called with the name's index; it returns 0,
   or an exit status after its own message.  Refused with a message naming
   opt (CMDLINE_BAD_INPUT): an empty list or item, a missing '=', an
   unknown name (the known ones are listed), a name given twice (seen[k],
   n bytes, marks the names given, here or before). */
int cmdline_parse_assign(const char *opt, const char *spec, const char *const *names, int n,
                         char *seen, int (*set)(int k, const char *value, size_t len, void *ctx),
                         void *ctx);

/* ---- options --------------------------------------------------------------- */

/* A command's options are a table of cmdline_opt_t, one entry per option,
   ending with an entry whose name is NULL; each value goes into a field of
   the command's own option struct (offset).  cmdline_parse checks the
   command line against the table, and cmdline_help prints the synopsis
   and the option list from it, so that what a command accepts, what it
   requires and what --help says cannot drift apart. */
typedef struct cmdline_opt_s cmdline_opt_t;

/* What an option's value is, and so how it is parsed into its field. */
typedef enum
{
    CMDLINE_FLAG,       /* no value; int field set to 1 */
    CMDLINE_STRING,     /* const char * field: the argument itself */
    CMDLINE_NUMBER,     /* double field: cmdline_parse_number, within
                           [min, max] when min < max; NAN until given */
    CMDLINE_INTEGER,    /* long field: an integer (decimal digits, or a
                           number such as 1e6 that is one) in [min, max] */
    CMDLINE_CHOICE,     /* const char * field: one of the words of choices
                           ("text|latex|json") */
    CMDLINE_CUSTOM,     /* parse(field, value, opt, ctx) */
    CMDLINE_POSITIONAL, /* const char * field: the next bare argument;
                           name is its placeholder ("MODEL") */
    CMDLINE_GROUP       /* the options of the table group, their offsets
                           counted from this entry's offset: options
                           several commands share */
} cmdline_type_t;

/* flags */
#define CMDLINE_REQUIRED 1      /* the command needs it */
#define CMDLINE_REPEAT 2        /* may be given more than once (the parser
                                   accumulates); else given twice is refused */

/* A CMDLINE_CUSTOM value: stores value (the argument, opt->name for
   messages) into field; ctx is what the program passes to cmdline_parse
   (bin/<model>: the model).  0, or an exit status after a message naming
   opt->name. */
typedef int (*cmdline_parse_fn)(void *field, const char *value, const cmdline_opt_t *opt,
                                void *ctx);

struct cmdline_opt_s
{
    const char *name;       /* "--set", "-o"; a positional's placeholder */
    cmdline_type_t type;
    size_t offset;          /* offsetof(command's struct, field) */
    int flags;              /* CMDLINE_REQUIRED, CMDLINE_REPEAT */
    const char *value;      /* the value's placeholder in --help ("p=v,...");
                               CHOICE: the choices, "text|latex|json" */
    const char *help;       /* what it does, for --help */
    const char *dflt;       /* default, parsed as if given (and shown in
                               --help), or NULL */
    double min, max;        /* NUMBER, INTEGER: the allowed interval */
    cmdline_parse_fn parse; /* CUSTOM */
    void (*init)(void *field, void *ctx);   /* CUSTOM: sets up the field
                                               before parsing (e.g. arrays
                                               sized by the model), or NULL */
    void (*clear)(void *field);         /* CUSTOM: frees what init and
                                           parse kept */
    const cmdline_opt_t *group;         /* GROUP: the shared table */
};

/* A grid FROM:TO:COUNT (COUNT >= 1 points from FROM to TO, equally
   spaced: num_grid_value), for a CMDLINE_CUSTOM option with
   .parse = cmdline_parse_grid; given is 1 once parsed. */
typedef struct
{
    double a, b;
    long k;
    int given;
} cmdline_grid_t;

int cmdline_parse_grid(void *field, const char *value, const cmdline_opt_t *opt, void *ctx);

/* A list NUMBER,NUMBER,... of up to CMDLINE_LIST_MAX numbers (each as
   cmdline_parse_number takes it), for a CMDLINE_CUSTOM option with
   .parse = cmdline_parse_list; n of them, given is 1 once parsed.  The
   command checks the count it needs. */
#define CMDLINE_LIST_MAX 16

typedef struct
{
    double v[CMDLINE_LIST_MAX];
    int n, given;
} cmdline_list_t;

int cmdline_parse_list(void *field, const char *value, const cmdline_opt_t *opt, void *ctx);

/* Tables are written with designators after the first three fields,
       {"--tol", CMDLINE_NUMBER, offsetof(opts_t, tol), .value = "T",
        .help = "...", .dflt = "1e-12", CMDLINE_POSITIVE},
   and these bounds: */
#define CMDLINE_POSITIVE .min = DBL_MIN, .max = INFINITY
#define CMDLINE_NONNEGATIVE .min = 0, .max = INFINITY

/* A command: its name, what it does (one line for the program's list,
   then more for its --help), its options, and the size of the struct they
   fill. */
typedef struct
{
    const char *name;
    const char *help;       /* first line: the summary */
    const cmdline_opt_t *opts;
    size_t size;
} cmdline_cmd_t;

/* Parses argv[0..argc-1] (the arguments after the command's name) into
   opts (c->size bytes, zeroed and given the defaults first).  prog names
   the program and command in messages ("bin/pump_loss steady").
   CMDLINE_OK; CMDLINE_BAD_INPUT after a message naming the option: an
   unknown option, a missing or bad value, an option given twice, a
   missing required one; or -1 after printing the command's --help on
   stdout.  Whatever the status, cmdline_opts_clear(opts, c) frees what
   was kept. */
int cmdline_parse(void *opts, int argc, char **argv, const cmdline_cmd_t *c, const char *prog,
                  void *ctx);

/* Frees what CUSTOM options kept in opts. */
void cmdline_opts_clear(void *opts, const cmdline_cmd_t *c);

/* The command's --help: "usage: prog SYNOPSIS", its help text and one
   line per option (placeholder, help, default, "required"). */
void cmdline_help(FILE *f, const cmdline_cmd_t *c, const char *prog);

/* The program's command list: "  name   summary" per command, for the
   NULL-terminated list cmds. */
void cmdline_help_commands(FILE *f, const cmdline_cmd_t *const *cmds);

/* The command of cmds named name, or NULL. */
const cmdline_cmd_t *cmdline_find(const cmdline_cmd_t *const *cmds, const char *name);

/* Internal: calls f(opt, offset, ctx) for each option of table in order,
   groups expanded (offset: the field's place in the command's struct);
   stops at and returns the first nonzero f returns. */
int _cmdline_opts_walk(const cmdline_opt_t *table, size_t base,
                       int (*f)(const cmdline_opt_t *opt, size_t offset, void *ctx), void *ctx);

/* ---- progress ------------------------------------------------------------------ */

/* A progress bar on stderr when it is a terminal (and not --quiet). */
typedef struct
{
    long total, done;
    int enabled;
    int last_pct;
} cmdline_progress_t;

void cmdline_progress_init(cmdline_progress_t *pb, long total, int quiet);
void cmdline_progress_add(cmdline_progress_t *pb, long n);
/* cmdline_progress_add as a callback (pb a cmdline_progress_t *), for the
   library loops that report units done (scan_rows). */
void cmdline_progress_tick(void *pb, long n);
void cmdline_progress_clear(cmdline_progress_t *pb);

/* ---- interruption ---------------------------------------------------------- */

/* A long run that can keep what it computed calls this before it starts:
   SIGINT and SIGTERM then only set a flag (a second signal kills as
   usual), and the run checks cmdline_interrupted() between its steps,
   closes its output with a "# partial" line and exits with
   cmdline_interrupt_status().  The flag is the one piece of global state
   here: a signal handler can reach nothing else. */
void cmdline_interrupt_install(void);
/* The signal caught (SIGINT, SIGTERM), or 0. */
int cmdline_interrupted(void);
/* 128 + the signal, as a shell reports a process killed by it. */
int cmdline_interrupt_status(void);

/* The last thing a main() does: cmdline_check_write(stdout), and the
   status becomes CMDLINE_WRITE_ERROR if that failed (a result that did not
   reach its reader is not a success), else status unchanged. */
int cmdline_finish(int status);

#endif
