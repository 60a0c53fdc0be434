import CNcursesw
#if canImport(Glibc)
import Glibc
#endif

/// The character encoding the reader draws in. Chorus needs a UTF-8 `LC_CTYPE` both for ncurses to
/// draw wide text and for `wcwidth` to measure it; when the user's locale is not UTF-8 it falls back
/// to a UTF-8 locale that exists, and otherwise draws ASCII only.
enum TerminalLocale {
    /// Set once, before curses starts or the first width is measured.
    static let ready: Bool = configure()

    /// Whether text can be drawn as UTF-8; false means non-ASCII is shown as `?`.
    static var isUTF8: Bool { ready }

    private static func configure() -> Bool {
        setlocale(LC_ALL, "")
        if chorus_codeset_is_utf8() != 0 { return true }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8"] where setlocale(LC_CTYPE, name) != nil {
            if chorus_codeset_is_utf8() != 0 { return true }
        }
        return false
    }
}
