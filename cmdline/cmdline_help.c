#include <string.h>
#include "cmdline.h"

#define WIDTH 79

typedef struct
{
    FILE *f;
    int col;        /* the synopsis's current column */
    int pass;       /* 0: positionals, 1: required options, 2: the others */
} help_t;

/* One word of the synopsis, wrapped at WIDTH with an indent of 7. */
static void word(help_t *h, const char *open, const char *name, const char *value,
                 const char *close)
{
    int n = (int) (strlen(open) + strlen(name) + (value ? strlen(value) + 1 : 0) + strlen(close));

    if (h->col + 1 + n > WIDTH)
    {
        fprintf(h->f, "\n      ");
        h->col = 6;
    }
    fprintf(h->f, " %s%s%s%s%s", open, name, value ? " " : "", value ? value : "", close);
    h->col += 1 + n;
}

static int synopsis(const cmdline_opt_t *o, size_t offset, void *ctx)
{
    help_t *h = ctx;
    int required = (o->flags & CMDLINE_REQUIRED) != 0;
    const char *value = o->type == CMDLINE_FLAG ? NULL : o->value;

    (void) offset;
    if (h->pass == 0 && o->type == CMDLINE_POSITIONAL)
        word(h, required ? "" : "[", o->name, NULL, required ? "" : "]");
    else if (h->pass == 1 && required && o->type != CMDLINE_POSITIONAL)
        word(h, "", o->name, value, "");
    else if (h->pass == 2 && !required && o->type != CMDLINE_POSITIONAL)
        word(h, "[", o->name, value, (o->flags & CMDLINE_REPEAT) ? "]..." : "]");
    return 0;
}

/* Text from column col on, words wrapped at WIDTH onto lines indented by
   indent; a '\n' in text starts a new line too. */
static void wrap(FILE *f, const char *text, int col, int indent)
{
    const char *s = text;

    fprintf(f, "%*s", col < indent ? indent - col : 0, "");
    col = col < indent ? indent : col;
    while (*s)
    {
        size_t n = strcspn(s, " \n");
        if (col > indent && col + 1 + (int) n > WIDTH)
        {
            fprintf(f, "\n%*s", indent, "");
            col = indent;
        }
        else if (col > indent)
        {
            fputc(' ', f);
            col++;
        }
        fprintf(f, "%.*s", (int) n, s);
        col += (int) n;
        s += n;
        if (*s == '\n')
        {
            fprintf(f, "\n%*s", indent, "");
            col = indent;
        }
        s += *s != '\0';
    }
}

/* "  --name VALUE   help (default D) (required)", wrapped. */
static int describe(const cmdline_opt_t *o, size_t offset, void *ctx)
{
    help_t *h = ctx;
    char left[64], text[1024];
    int plain = o->type == CMDLINE_FLAG || o->type == CMDLINE_POSITIONAL || !o->value;

    (void) offset;
    snprintf(left, sizeof left, "%s%s%s", o->name, plain ? "" : " ", plain ? "" : o->value);
    snprintf(text, sizeof text, "%s%s%s%s%s", o->help ? o->help : "",
             o->dflt ? " (default " : "", o->dflt ? o->dflt : "", o->dflt ? ")" : "",
             (o->flags & CMDLINE_REQUIRED) && o->type != CMDLINE_POSITIONAL ? " (required)"
             : (o->flags & CMDLINE_REPEAT) ? " (repeatable)" : "");
    fprintf(h->f, "  %-22s", left);
    if (strlen(left) > 22)
        fprintf(h->f, "\n  %-22s", "");
    wrap(h->f, text, 24, 25);
    fputc('\n', h->f);
    return 0;
}

void cmdline_help(FILE *f, const cmdline_cmd_t *c, const char *prog)
{
    help_t h = {f, 0, 0};
    size_t n;

    fprintf(f, "usage: %s", prog);
    h.col = 7 + (int) strlen(prog);
    for (h.pass = 0; h.pass < 3; h.pass++)
        _cmdline_opts_walk(c->opts, 0, synopsis, &h);
    /* the summary, then the rest of the help as its own paragraph */
    n = strcspn(c->help, "\n");
    fprintf(f, "\n\n%.*s\n", (int) n, c->help);
    if (c->help[n] == '\n')
    {
        fputc('\n', f);
        wrap(f, c->help + n + 1, 0, 0);
    }
    fprintf(f, "\n\noptions:\n");
    _cmdline_opts_walk(c->opts, 0, describe, &h);
    fprintf(f, "  %-22s this help\n", "--help");
}

void cmdline_help_commands(FILE *f, const cmdline_cmd_t *const *cmds)
{
    for (int k = 0; cmds[k] != NULL; k++)
    {
        size_t n = strcspn(cmds[k]->help, "\n");
        fprintf(f, "  %-12s %.*s\n", cmds[k]->name, (int) n, cmds[k]->help);
    }
}
