/* blochgen_cmd.h: subcommands of bin/blochgen beyond derive/emit/check. */
#ifndef BLOCHGEN_CMD_H
#define BLOCHGEN_CMD_H

int blochgen_boundary(int argc, char **argv);

#endif
