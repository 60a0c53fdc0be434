#if canImport(Glibc)
import Glibc
#endif
import ChorusCore

/// Messages for the user on stderr: warnings, errors, and a progress line when stderr is a terminal.
enum Diagnostics {
    static func warn(_ message: String) { write("chorus: warning: \(message)\n") }
    static func error(_ message: String) { write("chorus: \(message)\n") }

    static func write(_ text: String) { writeAll(text, to: 2) }

    /// Writes to stdout in one go (large exports come in large pieces, not line by line).
    static func printOut(_ text: String) { writeAll(Array(text.utf8), to: 1) }
    static func printOut(_ bytes: [UInt8]) { writeAll(bytes, to: 1) }

    private static func writeAll(_ text: String, to fd: Int32) { writeAll(Array(text.utf8), to: fd) }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32) {
        bytes.withUnsafeBytes { buf in
            var offset = 0
            while offset < buf.count {
                let n = Glibc.write(fd, buf.baseAddress! + offset, buf.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                offset += n
            }
        }
    }

    static var stderrIsTerminal: Bool { isatty(2) == 1 }
    static var stdoutIsTerminal: Bool { isatty(1) == 1 }

    /// A progress line on stderr when it is a terminal; nil otherwise.
    static func progressReporter() -> (@Sendable (IndexProgress) -> Void)? {
        guard stderrIsTerminal else { return nil }
        return { progress in
            let percent = Int(progress.fraction * 100)
            write("\r\u{1B}[Kchorus: indexing: \(progress.stage.rawValue) \(percent)%")
        }
    }

    static func clearProgress() { write("\r\u{1B}[K") }
}
