/* cmdline_parse_list: random lists of 1 .. CMDLINE_LIST_MAX numbers, each
 * written as %.17g or as p/q, must come back as the numbers written (p/q
 * against the division done here); then the refusals: one number too
 * many, an empty item, a trailing comma, a word, a number out of range. */
#include <stdio.h>
#include <string.h>
#include "testutil.h"
#include "cmdline.h"

static const cmdline_opt_t opt = {"--init", CMDLINE_CUSTOM, 0, .parse = cmdline_parse_list};

int main(void)
{
    flint_rand_t st;
    long reps = test_reps(2000), r;
    size_t i;

    test_rand_init(st, "t-parse_list");
    for (r = 0; r < reps; r++)
    {
        int n = 1 + n_randint(st, CMDLINE_LIST_MAX), k;
        double want[CMDLINE_LIST_MAX];
        char text[CMDLINE_LIST_MAX * 48] = "", w[48];
        cmdline_list_t l;

        memset(&l, 0xff, sizeof l);
        for (k = 0; k < n; k++)
        {
            if (n_randint(st, 2))
            {
                want[k] = ((double) n_randint(st, 1u << 30) - (1 << 29)) * 1e-7;
                snprintf(w, sizeof w, "%.17g", want[k]);
            }
            else
            {
                long p = (long) n_randint(st, 2001) - 1000, q = 1 + (long) n_randint(st, 999);
                want[k] = (double) p / (double) q;
                snprintf(w, sizeof w, "%ld/%ld", p, q);
            }
            if (k)
                strcat(text, ",");
            strcat(text, w);
        }
        if (cmdline_parse_list(&l, text, &opt, NULL) != 0 || !l.given || l.n != n)
            TEST_FAIL("'%s' refused or miscounted (%d of %d)", text, l.n, n);
        for (k = 0; k < n; k++)
            if (l.v[k] != want[k])
                TEST_FAIL("'%s': number %d is %.17g, %.17g written", text, k + 1, l.v[k],
                          want[k]);
    }
    {
        char many[CMDLINE_LIST_MAX * 2 + 2] = "0";
        const char *bad[] = {many, "1,,2", "1,", ",1", "", "0,x,1", "1e999", "1/0", "0.5 ,1"};
        for (i = 1; i <= CMDLINE_LIST_MAX; i++)
            strcat(many, ",0");
        for (i = 0; i < sizeof bad / sizeof bad[0]; i++)
        {
            cmdline_list_t l = {{0}, 0, 0};
            if (cmdline_parse_list(&l, bad[i], &opt, NULL) != CMDLINE_BAD_INPUT || l.given)
                TEST_FAIL("'%s' accepted", bad[i]);
        }
    }
    flint_rand_clear(st);
    printf("PASS\n");
    return 0;
}
