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

// Line-drawing characters are globals behind macros (acs_map).
static inline unsigned int chorus_acs_vline(void) { return (unsigned int)ACS_VLINE; }
static inline unsigned int chorus_acs_hline(void) { return (unsigned int)ACS_HLINE; }

// Draws one cell: a base scalar (plus up to 4 combining scalars) with attributes and colour pair.
static inline int chorus_put_cell(int y, int x, const unsigned int *scalars, int count, int attrs, short pair) {
    wchar_t wch[6] = {0};
    if (count > 5) count = 5;
    for (int i = 0; i < count; i++) wch[i] = (wchar_t)scalars[i];
    cchar_t cc;
    setcchar(&cc, wch, (attr_t)attrs, pair, NULL);
    return mvwadd_wch(stdscr, y, x, &cc);
}

static inline int chorus_get_wch(wint_t *out) { return wget_wch(stdscr, out); }
#endif
