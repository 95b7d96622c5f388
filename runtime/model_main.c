/* main() of bin/<name>: compiled once per model with -DBLOCH_MODEL=<name>. */
#include <gsl/gsl_errno.h>
#include "cli.h"
#include "cmdline.h"

#define BLOCH_CAT2(a, b) a##b
#define BLOCH_CAT(a, b) BLOCH_CAT2(a, b)

extern const bloch_model_t BLOCH_CAT(BLOCH_MODEL, _model);
extern const bloch_model_arb_t BLOCH_CAT(BLOCH_MODEL, _model_arb);

int main(int argc, char **argv)
{
    /* every GSL status is checked where it is returned; GSL's default
       handler would abort the program instead */
    gsl_set_error_handler_off();
    return cmdline_finish(cli_main(argc, argv, &BLOCH_CAT(BLOCH_MODEL, _model),
                                   &BLOCH_CAT(BLOCH_MODEL, _model_arb)));
}
