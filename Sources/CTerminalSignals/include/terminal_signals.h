#ifndef CHORUS_TERMINAL_SIGNALS_H
#define CHORUS_TERMINAL_SIGNALS_H
// Signals for a full-screen reader. Only declarations here: the state a handler writes lives in
// terminal_signals.c, built once. A header `static` would give every importing module its own
// copy (an optimised build inlines across modules), and the handler would set a flag nobody reads.

/// Saves the terminal settings and installs the handlers: SIGINT, SIGTERM, SIGHUP, SIGTSTP and
/// SIGCONT are only recorded; fatal signals restore the terminal and die with the default action.
void chorus_install_signal_handlers(void);

/// The last signal received since the previous call, or 0.
int chorus_take_signal(void);

/// Stops the process as the shell's Ctrl-Z would (after the caller has left curses mode), and
/// takes the handler back once resumed.
void chorus_suspend_self(void);

int chorus_signal_int(void);
int chorus_signal_term(void);
int chorus_signal_hup(void);
int chorus_signal_tstp(void);
int chorus_signal_cont(void);
#endif
