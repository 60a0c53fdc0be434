#ifndef CHORUS_CNCURSESW_SHIM_H
#define CHORUS_CNCURSESW_SHIM_H
// Wide-character ncurses: must be defined before curses.h is seen.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <poll.h>
#include <langinfo.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift cannot import macros with arguments nor some globals; these wrap them.
static inline WINDOW *chorus_stdscr(void) { return stdscr; }
static inline int chorus_lines(void) { return LINES; }
static inline int chorus_cols(void) { return COLS; }
static inline int chorus_colors(void) { return COLORS; }
static inline int chorus_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline int chorus_attr_bold(void) { return (int)A_BOLD; }
static inline int chorus_attr_underline(void) { return (int)A_UNDERLINE; }
static inline int chorus_attr_reverse(void) { return (int)A_REVERSE; }
static inline int chorus_attr_dim(void) { return (int)A_DIM; }
static inline int chorus_attr_normal(void) { return (int)A_NORMAL; }
static inline int chorus_key_resize(void) { return KEY_RESIZE; }
static inline int chorus_key_mouse(void) { return KEY_MOUSE; }
static inline int chorus_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }

// Whether the current LC_CTYPE encodes text as UTF-8.
static inline int chorus_codeset_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

// Line-drawing characters are globals behind macros (acs_map).
static inline unsigned int chorus_acs_vline(void) { return (unsigned int)ACS_VLINE; }
static inline unsigned int chorus_acs_hline(void) { return (unsigned int)ACS_HLINE; }

// Draws a run of line-drawing characters; kind 0 horizontal, 1 vertical.
static inline int chorus_draw_line(int kind, int y, int x, int length, int attrs, short pair) {
    chtype ch = (kind == 0 ? ACS_HLINE : ACS_VLINE) | (chtype)attrs | (chtype)COLOR_PAIR(pair);
    return kind == 0 ? mvwhline(stdscr, y, x, ch, length) : mvwvline(stdscr, y, x, ch, length);
}

// Draws a junction of lines: 0 ┬, 1 ┴, 2 ├, 3 ┤, 4 ┼.
static inline int chorus_draw_junction(int kind, int y, int x, int attrs, short pair) {
    chtype glyphs[5] = { ACS_TTEE, ACS_BTEE, ACS_LTEE, ACS_RTEE, ACS_PLUS };
    if (kind < 0 || kind > 4) return ERR;
    return mvwaddch(stdscr, y, x, glyphs[kind] | (chtype)attrs | (chtype)COLOR_PAIR(pair));
}

// Draws one cell: a base scalar (plus up to 4 combining scalars) with attributes and colour pair.
static inline int chorus_put_cell(int y, int x, const unsigned int *scalars, int count, int attrs, short pair) {
    wchar_t wch[6] = {0};
    if (count > 5) count = 5;
    for (int i = 0; i < count; i++) wch[i] = (wchar_t)scalars[i];
    cchar_t cc;
    setcchar(&cc, wch, (attr_t)attrs, pair, NULL);
    return mvwadd_wch(stdscr, y, x, &cc);
}

// Starts curses on stdin/stdout; 0 when the terminal type is unknown (initscr would exit instead).
static inline int chorus_start_curses(void) { return newterm(NULL, stdout, stdin) != NULL; }

static inline int chorus_get_wch(wint_t *out) { return wget_wch(stdscr, out); }

// Whether the terminal went away (its window closed, the tmux server killed): reads then fail at
// once, and a reader that kept polling would spin.
static inline int chorus_terminal_hung_up(void) {
    struct pollfd p = { .fd = STDIN_FILENO, .events = POLLIN, .revents = 0 };
    if (poll(&p, 1, 0) < 0) return 0;
    return (p.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}
static inline void chorus_timeout(int ms) { wtimeout(stdscr, ms); }

// Mouse: wheel and button-1 press, reported at once (no click interval).
static inline void chorus_enable_mouse(void) {
    mouseinterval(0);
    mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
}
// 1 = button-1 press, 4 = wheel up, 5 = wheel down, 0 = anything else; -1 when no event.
static inline int chorus_read_mouse(int *y, int *x) {
    MEVENT ev;
    if (getmouse(&ev) != OK) return -1;
    *y = ev.y; *x = ev.x;
    if (ev.bstate & BUTTON1_PRESSED) return 1;
    if (ev.bstate & BUTTON4_PRESSED) return 4;
    if (ev.bstate & BUTTON5_PRESSED) return 5;
    return 0;
}

#endif
