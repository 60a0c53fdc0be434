#include "terminal_signals.h"
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

// Written by the handlers, read by the UI thread: one definition for the whole program.
static volatile sig_atomic_t pending_signal = 0;
static struct termios saved_termios;
static volatile sig_atomic_t have_saved_termios = 0;

// Handlers only record the signal; the UI thread acts on it (endwin is not async-signal-safe).
static void record_signal(int sig) { pending_signal = sig; }

// Fatal signals restore the saved terminal settings with async-signal-safe calls only.
static void fatal_signal(int sig) {
    static const char reset[] = "\033[?1000l\033[?1002l\033[?1006l\033[0m\033[?25h\033[?1049l\r\n";
    static const char note[] = "chorus: stopped by an internal error; the terminal was restored.\n";
    if (have_saved_termios) tcsetattr(STDIN_FILENO, TCSANOW, &saved_termios);
    ssize_t ignored = write(STDOUT_FILENO, reset, sizeof reset - 1);
    ignored = write(STDERR_FILENO, note, sizeof note - 1);
    (void)ignored;
    signal(sig, SIG_DFL);
    raise(sig);
}

static void record(int sig) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = record_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; // no SA_RESTART: a blocked read returns so the UI loop sees the flag
    sigaction(sig, &sa, NULL);
}

void chorus_install_signal_handlers(void) {
    if (tcgetattr(STDIN_FILENO, &saved_termios) == 0) have_saved_termios = 1;
    record(SIGINT);
    record(SIGTERM);
    record(SIGHUP);
    record(SIGTSTP);
    record(SIGCONT);
    struct sigaction fatal;
    memset(&fatal, 0, sizeof fatal);
    fatal.sa_handler = fatal_signal;
    sigemptyset(&fatal.sa_mask);
    fatal.sa_flags = SA_RESETHAND;
    int fatal_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT };
    for (unsigned i = 0; i < sizeof fatal_signals / sizeof fatal_signals[0]; i++)
        sigaction(fatal_signals[i], &fatal, NULL);
}

int chorus_take_signal(void) {
    // One step, so a signal landing between a read and a clear is not lost.
    return __atomic_exchange_n(&pending_signal, 0, __ATOMIC_SEQ_CST);
}

void chorus_suspend_self(void) {
    signal(SIGTSTP, SIG_DFL);
    raise(SIGTSTP);
    record(SIGTSTP);
}

int chorus_signal_int(void) { return SIGINT; }
int chorus_signal_term(void) { return SIGTERM; }
int chorus_signal_hup(void) { return SIGHUP; }
int chorus_signal_tstp(void) { return SIGTSTP; }
int chorus_signal_cont(void) { return SIGCONT; }
