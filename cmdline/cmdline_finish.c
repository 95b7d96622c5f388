#include "cmdline.h"

int cmdline_finish(int status)
{
    int w = cmdline_check_write(stdout, "standard output");
    return w != CMDLINE_OK ? w : status;
}
