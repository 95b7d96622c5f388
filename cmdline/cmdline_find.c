#include <string.h>
#include "cmdline.h"

const cmdline_cmd_t *cmdline_find(const cmdline_cmd_t *const *cmds, const char *name)
{
    for (int k = 0; cmds[k] != NULL; k++)
        if (strcmp(cmds[k]->name, name) == 0)
            return cmds[k];
    return NULL;
}
