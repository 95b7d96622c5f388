#define _POSIX_C_SOURCE 200809L
#include <signal.h>
#include <string.h>
#include "cmdline.h"

static volatile sig_atomic_t caught = 0;

static void on_signal(int sig)
{
    caught = sig;
}

void cmdline_interrupt_install(void)
{
    struct sigaction sa;

    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    /* one signal asks the run to stop and keep its rows; a second one
       (the handler is then reset to the default) ends it at once */
    sa.sa_flags = SA_RESETHAND;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
}

int cmdline_interrupted(void)
{
    return caught;
}

int cmdline_interrupt_status(void)
{
    return caught ? 128 + caught : 0;
}
