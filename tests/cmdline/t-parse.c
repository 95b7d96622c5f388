/* cmdline_parse: random option tables (every type, groups, positionals,
 * required and repeatable options, defaults) and random command lines
 * written from values the test chose, in random order and in both the
 * "--name value" and "--name=value" forms; the parse must give back those
 * values.  Then every kind of bad command line on purpose: each must be
 * refused with CMDLINE_BAD_INPUT and the right message, and --help must
 * list every option. */
#define _POSIX_C_SOURCE 200809L
#include <float.h>
#include <math.h>
#include <stddef.h>
#include <string.h>
#include <unistd.h>
#include "testutil.h"
#include "cmdline.h"

/* options two commands might share */
typedef struct
{
    double a;
    const char *b;
} grp_t;

typedef struct
{
    int flag;
    const char *str;
    double num, pos;
    long count;
    const char *choice;
    const char *file;
    const char *extra;
    int custom_calls;
    grp_t grp;
} opts_t;

static int custom_parse(void *field, const char *value, const cmdline_opt_t *opt, void *ctx)
{
    int *calls = field;
    (void) opt;
    (void) ctx;
    if (strcmp(value, "bad") == 0)
        return CMDLINE_BAD_INPUT;
    ++*calls;
    return 0;
}

/* called before parsing, given or not */
static void custom_init(void *field, void *ctx)
{
    (void) ctx;
    *(int *) field = 1000;
}

static const cmdline_opt_t group[] = {
    {"--ga", CMDLINE_NUMBER, offsetof(grp_t, a), .value = "A", .help = "a number in a group"},
    {"--gb", CMDLINE_STRING, offsetof(grp_t, b), .value = "B", .help = "a string in a group",
     .dflt = "dflt-b"},
    {NULL}
};

static const cmdline_opt_t table[] = {
    {"FILE", CMDLINE_POSITIONAL, offsetof(opts_t, file), .flags = CMDLINE_REQUIRED,
     .help = "the input"},
    {"EXTRA", CMDLINE_POSITIONAL, offsetof(opts_t, extra), .help = "optional second input"},
    {"--flag", CMDLINE_FLAG, offsetof(opts_t, flag), .help = "a flag"},
    {"-s", CMDLINE_STRING, offsetof(opts_t, str), .value = "S", .help = "a string"},
    {"--num", CMDLINE_NUMBER, offsetof(opts_t, num), .flags = CMDLINE_REQUIRED, .value = "X",
     .help = "any number"},
    {"--pos", CMDLINE_NUMBER, offsetof(opts_t, pos), .value = "P", .help = "a positive number",
     .dflt = "0.5", CMDLINE_POSITIVE},
    {"--count", CMDLINE_INTEGER, offsetof(opts_t, count), .value = "N", .help = "an integer",
     .dflt = "7", .min = 1, .max = 1000},
    {"--choice", CMDLINE_CHOICE, offsetof(opts_t, choice), .value = "text|latex|json",
     .help = "a choice", .dflt = "text"},
    {"--custom", CMDLINE_CUSTOM, offsetof(opts_t, custom_calls), .flags = CMDLINE_REPEAT,
     .value = "C", .help = "repeatable", .parse = custom_parse, .init = custom_init},
    {NULL, CMDLINE_GROUP, offsetof(opts_t, grp), .group = group},
    {NULL}
};

static const cmdline_cmd_t cmd = {"t", "a test command\nwith a second line", table, sizeof(opts_t)};

/* argv of up to 40 words, with their storage */
typedef struct
{
    char *v[40];
    char buf[40][64];
    int n;
} args_t;

static void add(args_t *a, const char *s)
{
    snprintf(a->buf[a->n], 64, "%s", s);
    a->v[a->n] = a->buf[a->n];
    a->n++;
}

/* "--name value" or "--name=value" (only for "--" names) */
static void add_opt(args_t *a, const char *name, const char *value, flint_rand_t st)
{
    if (name[1] == '-' && n_randint(st, 2))
    {
        char w[64];
        snprintf(w, sizeof w, "%s=%s", name, value);
        add(a, w);
    }
    else
        add(a, name), add(a, value);
}

/* Parses a, expecting status want and, when want is bad input, a message
   containing needle on stderr. */
static int parse_expect(opts_t *o, args_t *a, int want, const char *needle)
{
    char path[] = "/tmp/t-parse-XXXXXX";
    int fd = mkstemp(path), saved = dup(2), st;
    char msg[512] = {0};
    FILE *f;

    fflush(stderr);
    dup2(fd, 2);
    st = cmdline_parse(o, a->n, a->v, &cmd, "prog t", NULL);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    f = fdopen(fd, "r");
    rewind(f);
    if (fread(msg, 1, sizeof msg - 1, f) == 0)
        msg[0] = '\0';
    fclose(f);
    unlink(path);
    if (st != want || (needle && strstr(msg, needle) == NULL))
    {
        printf("status %d (wanted %d), message '%s' (wanted '%s')\n", st, want, msg,
               needle ? needle : "");
        return 0;
    }
    return 1;
}

int main(void)
{
    flint_rand_t st;
    long reps = test_reps(2000), r;
    opts_t o;

    test_rand_init(st, "t-parse");
    for (r = 0; r < reps; r++)
    {
        args_t a = {0};
        double num = (double) (slong) n_randint(st, 2000001) / 1000 - 1000;
        long count = 1 + n_randint(st, 1000);
        int flag = n_randint(st, 2), have_count = n_randint(st, 2), ncustom = n_randint(st, 4);
        const char *choices[] = {"text", "latex", "json"};
        const char *choice = choices[n_randint(st, 3)];
        char w[64];
        int order = n_randint(st, 3), k;

        /* the positional first, between, or last */
        if (order == 0)
            add(&a, "in.model");
        snprintf(w, sizeof w, "%.17g", num);
        add_opt(&a, "--num", w, st);
        if (flag)
            add(&a, "--flag");
        if (order == 1)
            add(&a, "in.model");
        if (have_count)
        {
            snprintf(w, sizeof w, "%ld", count);
            add_opt(&a, "--count", w, st);
        }
        for (k = 0; k < ncustom; k++)
            add_opt(&a, "--custom", "x", st);
        add_opt(&a, "--choice", choice, st);
        add_opt(&a, "--ga", "1/4", st);
        if (order == 2)
            add(&a, "in.model");
        if (!parse_expect(&o, &a, 0, NULL))
            TEST_FAIL("good command line %ld refused", r);
        if (o.num != num || o.flag != flag || o.count != (have_count ? count : 7) ||
            o.custom_calls != 1000 + ncustom || strcmp(o.choice, choice) || o.pos != 0.5 ||
            o.grp.a != 0.25 || strcmp(o.grp.b, "dflt-b") || strcmp(o.file, "in.model") ||
            o.extra != NULL || o.str != NULL)
            TEST_FAIL("values differ at %ld: num %.17g/%.17g count %ld/%ld", r, o.num, num,
                      o.count, count);
        cmdline_opts_clear(&o, &cmd);
    }

    /* refusals, each with its message */
    {
        struct
        {
            const char *argv[6];
            const char *needle;
        } bad[] = {
            {{"--num", "1", NULL}, "expected FILE"},
            {{"f", "--count", "2"}, "--num is required (--num X"},
            {{"f", "--num", "1", "--num", "2"}, "--num given twice"},
            {{"f", "--num", "1", "--nope"}, "unknown option '--nope'"},
            {{"f", "--num=1", "--nope=3"}, "unknown option '--nope'"},
            {{"f", "--num", "1", "--pos", "0"}, "expected a positive number"},
            {{"f", "--num", "1", "--pos", "-1"}, "expected a positive number"},
            {{"f", "--num", "1", "--count", "2.5"}, "expected an integer from 1 to 1000"},
            {{"f", "--num", "1", "--count", "1001"}, "expected an integer from 1 to 1000"},
            {{"f", "--num", "abc"}, "'abc' is not"},
            {{"f", "--num", "1e999"}, "'1e999'"},
            {{"f", "--num", "1", "--choice", "html"}, "expected one of text|latex|json"},
            {{"f", "--num", "1", "--choice", ""}, "expected one of"},
            {{"f", "--num", "1", "--flag=1"}, "--flag takes no value"},
            {{"f", "--num"}, "--num needs a value (X)"},
            {{"f", "g", "h", "--num", "1"}, "unexpected argument 'h'"},
            {{"f", "--num", "1", "--custom", "bad"}, NULL},
        };
        for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        {
            args_t a = {0};
            for (int k = 0; k < 6 && bad[i].argv[k]; k++)
                add(&a, bad[i].argv[k]);
            if (!parse_expect(&o, &a, CMDLINE_BAD_INPUT, bad[i].needle))
                TEST_FAIL("bad command line %zu accepted or misreported", i);
            cmdline_opts_clear(&o, &cmd);
        }
    }

    /* --help: status -1, and every option in the text */
    {
        char path[] = "/tmp/t-parse-help-XXXXXX", text[4096] = {0};
        int fd = mkstemp(path);
        FILE *f = fdopen(fd, "w+");
        const char *names[] = {"FILE", "[EXTRA]", "--flag", "-s S", "--num X", "--pos P",
                               "--count N", "--choice text|latex|json", "--custom C", "--ga A",
                               "--gb B", "(default 0.5)", "(required)", "(repeatable)",
                               "with a second line"};
        cmdline_help(f, &cmd, "prog t");
        rewind(f);
        if (fread(text, 1, sizeof text - 1, f) == 0)
            TEST_FAIL("no help");
        fclose(f);
        unlink(path);
        for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
            if (strstr(text, names[i]) == NULL)
                TEST_FAIL("--help lacks '%s':\n%s", names[i], text);
        {
            /* prints the help on stdout, into the test's log */
            args_t a = {0};
            add(&a, "--help");
            if (!parse_expect(&o, &a, -1, NULL))
                TEST_FAIL("--help");
        }
    }
    flint_rand_clear(st);
    printf("PASS\n");
    return 0;
}
