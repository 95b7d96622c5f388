/* The model parser: values of operator expressions, and one case per class
   of malformed input with the exact line:col and the message. */
#include <string.h>
#include "testutil.h"
#include "model.h"

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
        int st = model_parse(m, "t.model", c->text, strlen(c->text), &err);

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

    if (model_parse(m, "t.model", text, strlen(text), &err) != 0)
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

int main(void)
{
    test_errors();
    test_values();
    flint_cleanup_master();
    printf("t-parse: PASS\n");
    return 0;
}
