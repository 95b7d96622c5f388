/* The model parser: values of operator expressions, one case per class of
   malformed input with the exact line:col and the message, and the limits
   (depth, degree, terms, bits) at the column where each is exceeded and
   above it when raised. */
#include <string.h>
#include "testutil.h"
#include "model.h"
#include "alloc.h"

typedef struct
{
    const char *text;
    int line, col;
    const char *msg;        /* substring of the message */
} error_case;

#define HEAD "model t\nsites 2\nparams a b\n"

static const error_case cases[] = {
    {HEAD "hamiltonian a*sz1\nfoo a : sm1\n", 5, 1, "unknown statement 'foo'"},
    {HEAD "hamiltonian a*sz1 + c*sx2\n", 4, 21, "unknown identifier 'c'"},
    {HEAD "hamiltonian a*sz0\n", 4, 15, "site index 0"},
    {HEAD "hamiltonian a*sz3\n", 4, 15, "site index 3"},
    {HEAD "hamiltonian 1.2.3*sz1\n", 4, 13, "malformed number '1.2.3'"},
    {HEAD "hamiltonian 2x*sz1\n", 4, 13, "malformed number"},
    {HEAD "hamiltonian a*(sz1 + sx2\n", 4, 15, "unbalanced '('"},
    {HEAD "hamiltonian a*sz1)\n", 4, 18, "unbalanced ')'"},
    {HEAD "hamiltonian <sx1*sz2\n", 4, 13, "unbalanced '<'"},
    {HEAD "hamiltonian <sx1 + sz2>*sz1\n", 4, 18, "expected '*' or '>'"},
    {HEAD "hamiltonian <sp1>*sz1\n", 4, 14, "expected a Pauli factor"},
    {HEAD "hamiltonian <sx1*sx1>*sz1\n", 4, 14, "multiple of the identity"},
    {HEAD "hamiltonian <sx1*sy1>*sz1\n", 4, 14, "non-Hermitian"},
    {HEAD "hamiltonian a*sz1\njump a*sz1 : sm1\n", 5, 8, "operator 'sz1' is not allowed in a rate"},
    {HEAD "hamiltonian a*sz1\njump <sz1> : sm1\n", 5, 6, "not allowed in a rate"},
    {HEAD "hamiltonian a*sz1\njump i*a : sm1\n", 5, 6, "imaginary unit"},
    {HEAD "hamiltonian a*sz1\njump a sm1\n", 5, 8, "or ':'"},
    /* site permutations in `symmetry` */
    {HEAD "hamiltonian a*sz1\nsymmetry swap 1 3\n", 5, 17, "site 3 in 'swap' is out of range"},
    {HEAD "hamiltonian a*sz1\nsymmetry swap 1\n", 5, 16, "expected a site number after 'swap'"},
    {HEAD "hamiltonian a*sz1\nsymmetry swap 1.5 2\n", 5, 15, "expected a site number"},
    {HEAD "hamiltonian a*sz1\nsymmetry swap 2 2\n", 5, 10, "exchanges a site with itself"},
    {HEAD "hamiltonian a*sz1\nsymmetry swap 1 2 * swap 2 1\n", 5, 21, "already swapped"},
    {HEAD "hamiltonian a*sz1\nsymmetry swap 1 2 sz1\n", 5, 19, "expected '*' or end of line"},
    {HEAD "hamiltonian a*sz1\nsymmetry swap 1 2 *\n", 5, 20, "expected a Pauli factor"},
    {HEAD "hamiltonian a*sz1\nsymmetry sz1*sz2 * swap 1 2\n", 5, 20, "write the swaps first"},
    {HEAD "hamiltonian a*sz1\nsymmetry swap 1 2 * sz1\n", 5, 21, "not invariant under the swaps"},
    {"model t\nsites 1\nparams a b a\nhamiltonian a*sz1\n", 3, 12, "duplicate parameter name 'a'"},
    {"model t\nsites 1\nparams a sx1\nhamiltonian a*sz1\n", 3, 10, "reserved"},
    {"model t\nsites 1\nparams a int\nhamiltonian a*sz1\n", 3, 10, "reserved"},
    {"model t\nsites 1\nparams i\nhamiltonian sz1\n", 3, 8, "reserved"},
    {"model t\nsites 2\nhamiltonian sz1 + i*sx2\n", 3, 17, "non-Hermitian Hamiltonian: the coefficient of sx2"},
    {"model t\nsites 1\nhamiltonian sp1\n", 3, 13, "non-Hermitian Hamiltonian: the coefficient of sy1"},
    {"model t\nparams a\nhamiltonian a*sz1\n", 1, 1, "missing 'sites"},
    {"model t\nsites 1\nparams a\n", 1, 1, "missing 'hamiltonian"},
    {"", 1, 1, "empty model file"},
    {"# only a comment\n\n", 1, 1, "empty model file"},
    {"model t\nsites 1\nhamil\001tonian sz1\n", 3, 6, "binary data"},
    {"model t\nsites 0\nhamiltonian sz1\n", 2, 7, "number of sites"},
    {"model t\nsites 1\nhamiltonian sz1\nhamiltonian sx1\n", 4, 1, "duplicate 'hamiltonian'"},
    {"model 3t\nsites 1\nhamiltonian sz1\n", 1, 7, "malformed number"},
    {"model t\nsites 1\nhamiltonian sz1 $\n", 3, 17, "unexpected character '$'"},
    {"model t\nsites 1\nhamiltonian sz1 +\n", 3, 18, "got end of line"},
    {"model t\nsites 1\nhamiltonian sz1/a\n", 3, 17, "division only by numbers"},
    {"model t\nsites 1\nhamiltonian sz1/0\n", 3, 17, "division by zero"},
    {"model t\nsites 2\nhamiltonian sz1\nsymmetry sz1*sp2\n", 4, 14, "expected a Pauli factor"},
};

static void test_errors(void)
{
    size_t k;

    for (k = 0; k < sizeof cases / sizeof cases[0]; k++)
    {
        const error_case *c = cases + k;
        model_t m;
        model_error_t err;
        int st = model_parse(m, "t.model", c->text, strlen(c->text), NULL, &err);

        if (st != 2)
            TEST_FAIL("case %zu parsed (expected %d:%d %s)", k, c->line, c->col, c->msg);
        if (err.line != c->line || err.col != c->col || strstr(err.msg, c->msg) == NULL)
            TEST_FAIL("case %zu: got %d:%d: %s; expected %d:%d: ...%s...", k, err.line, err.col,
                      err.msg, c->line, c->col, c->msg);
    }
    printf("t-parse: %zu error cases\n", k);
}

/* sp1*sm1 = (1 + sz1)/2, sm1*sp1 = (1 - sz1)/2, i*i = -1, and a sum that
   cancels to nothing. */
static void test_values(void)
{
    const char *text = "model t\nsites 2\nparams a\n"
                       "hamiltonian a*(sx1*sy1 - i*sz1) + sz2*sz2\n"
                       "jump 1 : sp1*sm1 - sm1*sp1\n"
                       "jump a^2/4 : i*i*sx2\n";
    model_t m;
    model_error_t err;
    slong k;

    if (model_parse(m, "t.model", text, strlen(text), NULL, &err) != 0)
        TEST_FAIL("valid model rejected: %d:%d: %s", err.line, err.col, err.msg);
    /* sx1*sy1 = i sz1, so the Hamiltonian is the identity alone */
    for (k = 0; k < m->ham->length; k++)
        if (!pauli_is_identity(m->ham->terms[k].pauli))
            TEST_FAIL("sx1*sy1 - i*sz1 did not cancel");
    /* sp1 sm1 - sm1 sp1 = sz1 */
    if (m->jumps[0].L->length != 1 || !pauli_equal(m->jumps[0].L->terms[0].pauli,
                                                   pauli_site('z', 1)))
        TEST_FAIL("sp1*sm1 - sm1*sp1 is not sz1");
    /* i*i*sx2 = -sx2 with rate a^2/4 */
    if (m->jumps[1].L->length != 1 || bpoly_is_zero(m->jumps[1].rate))
        TEST_FAIL("i*i*sx2 or its rate is wrong");
    model_clear(m);
}

/* `symmetry swap 1 2 * sz1*sz2`: the pairs, signs and names of the
   adapted variables (docs/derivation.md, section 5). */
static void test_swap(void)
{
    const char *text = "model t\nsites 2\nhamiltonian sz1 + sz2\n"
                       "symmetry swap 1 2 * sz1*sz2\n";
    model_t m;
    model_error_t err;
    char name[64], sym[64];
    slong v, nfixed = 0;

    if (model_parse(m, "t.model", text, strlen(text), NULL, &err) != 0)
        TEST_FAIL("valid swap rejected: %d:%d: %s", err.line, err.col, err.msg);
    model_symmetry_name(sym, sizeof sym, m);
    if (strcmp(sym, "swap 1 2 * sz1*sz2") != 0)
        TEST_FAIL("symmetry name '%s'", sym);
    for (v = 0; v < m->nobs; v++)
    {
        slong w = m->adapt_pair[v];
        /* the map is an involution, the signs agree within a pair */
        if (m->adapt_pair[w] != v || m->adapt_sign[w] != m->adapt_sign[v])
            TEST_FAIL("pair of %ld is not an involution", (long) v);
        /* the image is the relabelled string, signed by its commutation with S */
        if (!pauli_equal(m->obs[w], model_permute(m, m->obs[v])))
            TEST_FAIL("pair of %ld is not its relabelling", (long) v);
        nfixed += w == v;
    }
    /* fixed under the swap: sx1*sx2, sy1*sy2, sz1*sz2 */
    if (nfixed != 3)
        TEST_FAIL("%ld fixed observables, expected 3", (long) nfixed);
    /* sx1 -> -sx2 (sz1*sz2 anticommutes with sx2): (sx1-sx2)/2 even */
    model_obs_name(name, sizeof name, m, 0);
    if (strcmp(name, "(sx1-sx2)/2") != 0)
        TEST_FAIL("variable 0 is '%s', expected (sx1-sx2)/2", name);
    model_obs_name(name, sizeof name, m, m->adapt_pair[0]);
    if (strcmp(name, "(sx1+sx2)/2") != 0)
        TEST_FAIL("its partner is '%s', expected (sx1+sx2)/2", name);
    model_obs_ident(name, sizeof name, m, 2);
    if (strcmp(name, "sz1_p_sz2") != 0)
        TEST_FAIL("variable 2 is '%s', expected sz1_p_sz2", name);
    model_clear(m);
}

/* "model t\nsites 1\nparams a b c d\nhamiltonian " + expr + "\n", parsed
   under L: the status, err filled. */
static int parse_expr(model_t m, const char *expr, const limit_struct *L, model_error_t *err)
{
    const char *head = "model t\nsites 1\nparams a b c d\nhamiltonian ";
    size_t n = strlen(head) + strlen(expr) + 2;
    char *text = blochgen_malloc(n);
    int st;

    snprintf(text, n, "%s%s\n", head, expr);
    st = model_parse(m, "t.model", text, strlen(text), L, err);
    free(text);
    return st;
}

/* e is rejected at 4:col, with the message naming the limit name=value */
static void expect_limit(const char *e, const limit_struct *L, int col, const char *limit)
{
    model_t m;
    model_error_t err;

    if (parse_expr(m, e, L, &err) == 0)
    {
        model_clear(m);
        TEST_FAIL("'%.60s' parsed; expected the limit %s at 4:%d", e, limit, col);
    }
    if (err.line != 4 || err.col != col || strstr(err.msg, limit) == NULL ||
        strstr(err.msg, "--limit") == NULL)
        TEST_FAIL("'%.60s': got %d:%d: %s; expected 4:%d and %s", e, err.line, err.col, err.msg,
                  col, limit);
}

/* e parses under L, and its Hamiltonian is coeff * sz1, coeff as FLINT's
   own parser reads it (an independent reference) */
static void expect_sz1(const char *e, const limit_struct *L, const char *coeff)
{
    const char *vars[] = {"a", "b", "c", "d"};
    model_t m;
    model_error_t err;
    fmpq_mpoly_t c;
    bpoly_t ref;

    if (parse_expr(m, e, L, &err) != 0)
        TEST_FAIL("'%.60s' rejected: %d:%d: %s", e, err.line, err.col, err.msg);
    fmpq_mpoly_init(c, m->pctx);
    bpoly_init(ref, m->pctx);
    if (fmpq_mpoly_set_str_pretty(c, coeff, vars, m->pctx) != 0)
        TEST_FAIL("FLINT cannot read %s", coeff);
    bpoly_set_fmpq_mpoly(ref, c, m->pctx);
    if (m->ham->length != 1 || !pauli_equal(m->ham->terms[0].pauli, pauli_site('z', 1)) ||
        !bpoly_equal(m->ham->terms[0].re, ref, m->pctx) || !bpoly_is_zero(m->ham->terms[0].im))
        TEST_FAIL("'%.60s' is not (%s)*sz1", e, coeff);
    bpoly_clear(ref, m->pctx);
    fmpq_mpoly_clear(c, m->pctx);
    model_clear(m);
}

/* n opening parentheses or signs, then the rest */
static char *nested(slong n, const char *open, const char *middle, const char *close)
{
    size_t lo = strlen(open), lc = strlen(close), lm = strlen(middle);
    char *s = blochgen_malloc(n * (lo + lc) + lm + 1), *p = s;
    slong k;

    for (k = 0; k < n; k++, p += lo)
        memcpy(p, open, lo);
    memcpy(p, middle, lm);
    p += lm;
    for (k = 0; k < n; k++, p += lc)
        memcpy(p, close, lc);
    *p = '\0';
    return s;
}

static void test_limits(void)
{
    limit_t L;
    char msg[256], *s;
    int col0 = (int) strlen("hamiltonian ") + 1;

    limit_init(L);
    /* depth: 40,000 parentheses and 100,000 signs overflowed the stack;
       1000 of either is the default limit, the 1001st is refused where it
       stands, and a chain of signs is counted like nesting */
    s = nested(40000, "(", "a", ")");
    expect_limit(s, NULL, col0 + 1000, "depth=1000");
    free(s);
    s = nested(100000, "-", "a*sz1", "");
    expect_limit(s, NULL, col0 + 1000, "depth=1000");
    free(s);
    s = nested(600, "-(", "a", ")");
    expect_limit(s, NULL, col0 + 1000, "depth=1000");
    free(s);
    s = nested(1000, "(", "a*sz1", ")");
    expect_sz1(s, NULL, "a");
    free(s);
    s = nested(1001, "-", "a*sz1", "");
    L->max[LIMIT_DEPTH] = 1001;
    expect_sz1(s, L, "-a");
    free(s);
    /* degree in the parameters, checked before each product of a power */
    expect_sz1("(a^16)^16*sz1", NULL, "a^256");
    expect_limit("((a^16)^16)^2*sz1", NULL, col0 + 12, "degree=256");
    expect_limit("(a^16)^16*a*sz1", NULL, col0 + 9, "degree=256");
    /* terms: the 60-byte model that grew to gigabytes */
    expect_limit("(((a+b+c+d+1)^16)^16)*sz1", NULL, col0 + 18, "terms=1000000");
    /* bits: a number raised to powers of powers */
    expect_limit("((((1e1000)^16)^16)^16)^16*sz1", NULL, col0 + 16, "bits=65536");
    /* every limit is overridable, both ways */
    L->max[LIMIT_TERMS] = 100;
    expect_limit("(a+b+c+d+1)^4*sz1", L, col0 + 12, "terms=100");
    expect_sz1("(a+b+c+d+1)^4*sz1", NULL, "(a+b+c+d+1)^4");
    L->max[LIMIT_TERMS] = 2000000;
    L->max[LIMIT_DEGREE] = 7;
    expect_limit("a^4*b^4*sz1", L, col0 + 3, "degree=7");
    L->max[LIMIT_DEGREE] = 8;
    expect_sz1("a^4*b^4*sz1", L, "a^4*b^4");
    L->max[LIMIT_BITS] = 40;
    expect_limit("(10^6)^2*sz1", L, col0 + 7, "bits=40");
    /* "name=value,..." */
    limit_init(L);
    if (limit_set(L, "depth=5,terms=7,root-bits=9", msg, sizeof msg) != 0 ||
        L->max[LIMIT_DEPTH] != 5 || L->max[LIMIT_TERMS] != 7 || L->max[LIMIT_ROOT_BITS] != 9 ||
        L->max[LIMIT_DEGREE] != limit_default(LIMIT_DEGREE))
        TEST_FAIL("limit_set depth=5,terms=7,root-bits=9: %s", msg);
    if (limit_set(L, "size=5", msg, sizeof msg) != 2 || strstr(msg, "unknown limit 'size'") == NULL)
        TEST_FAIL("unknown limit accepted: %s", msg);
    if (limit_set(L, "depth=0", msg, sizeof msg) != 2 || strstr(msg, "positive integer") == NULL)
        TEST_FAIL("depth=0 accepted: %s", msg);
    if (limit_set(L, "depth=5x", msg, sizeof msg) != 2 || limit_set(L, "depth", msg, sizeof msg) != 2 ||
        limit_set(L, "", msg, sizeof msg) != 2 || limit_set(L, "depth=5,", msg, sizeof msg) != 0)
        TEST_FAIL("malformed --limit accepted or a trailing comma refused");
    printf("t-parse: limits\n");
}

int main(void)
{
    test_errors();
    test_swap();
    test_values();
    test_limits();
    flint_cleanup_master();
    printf("t-parse: PASS\n");
    return 0;
}
