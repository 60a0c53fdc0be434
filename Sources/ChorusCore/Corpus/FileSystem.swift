#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin, read-only access to the file system. Chorus never writes into a corpus.
enum FileSystem {
    enum Kind { case file, directory, other }

    struct Status {
        let kind: Kind
        let device: UInt64
        let inode: UInt64
        let size: Int
    }

    /// Status of a path, following symbolic links; nil when it does not exist or is a dangling link.
    static func status(_ path: String) -> Status? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        let mode = st.st_mode & S_IFMT
        let kind: Kind = mode == S_IFDIR ? .directory : (mode == S_IFREG ? .file : .other)
        return Status(kind: kind, device: UInt64(st.st_dev), inode: UInt64(st.st_ino), size: Int(st.st_size))
    }

    /// A symbolic link whose target does not exist.
    static func isDanglingLink(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && st.st_mode & S_IFMT == S_IFLNK
    }

    static func errorText(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }

    /// Reads a whole file; the error is the system's reason in words.
    static func read(_ path: String) -> Result<[UInt8], ReadFailure> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(ReadFailure(reason: errorText(errno))) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failure(ReadFailure(reason: errorText(errno))) }
        if st.st_mode & S_IFMT == S_IFDIR { return .failure(ReadFailure(reason: "is a folder")) }
        var capacity = max(Int(st.st_size), 0) + 1
        var bytes = [UInt8](repeating: 0, count: capacity)
        var count = 0
        while true {
            if count == capacity {
                capacity *= 2
                bytes.append(contentsOf: repeatElement(0, count: capacity - bytes.count))
            }
            let n = bytes.withUnsafeMutableBytes { buf in
                Glibc.read(fd, buf.baseAddress! + count, capacity - count)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(ReadFailure(reason: errorText(errno)))
            }
            if n == 0 { break }
            count += n
        }
        bytes.removeSubrange(count...)
        return .success(bytes)
    }

    struct ReadFailure: Error { let reason: String }

    /// Reads a file in blocks of about `blockSize` bytes that end at a line break (the last block
    /// may not), so that a large JSON Lines file never sits in memory whole. `body` gets a buffer
    /// and how many of its bytes are the block; the file is read straight into that buffer, and
    /// only the unfinished last line is moved, to the front, before the next read.
    static func readLineBlocks(_ path: String, blockSize: Int = 16 << 20, _ body: ([UInt8], Int) -> Void) -> ReadFailure? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return ReadFailure(reason: errorText(errno)) }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: max(blockSize, 1))
        var filled = 0
        while true {
            // A line longer than the buffer: make room for more of it.
            if filled == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                return ReadFailure(reason: errorText(errno))
            }
            if n == 0 { break }
            // What was there before holds no line break.
            let fresh = filled..<(filled + n)
            filled += n
            guard let lastBreak = buffer[fresh].lastIndex(of: 0x0A) else { continue }
            body(buffer, lastBreak + 1)
            let carried = filled - (lastBreak + 1)
            buffer.withUnsafeMutableBytes { bytes in
                let base = bytes.baseAddress!
                _ = memmove(base, base + lastBreak + 1, carried)
            }
            filled = carried
        }
        if filled > 0 { body(buffer, filled) }
        return nil
    }

    /// Names in a folder, sorted bytewise so that loading order never depends on the file system.
    static func list(_ path: String) -> Result<[String], ReadFailure> {
        guard let dir = opendir(path) else { return .failure(ReadFailure(reason: errorText(errno))) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            names.append(name)
        }
        return .success(names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }
}

extension String {
    /// The last path component.
    var fileName: String {
        guard let slash = lastIndex(of: "/") else { return self }
        return String(self[index(after: slash)...])
    }

    /// The file name without its last extension.
    var fileStem: String {
        let name = fileName
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// The lowercased extension without the dot, or "".
    var fileExtension: String {
        let name = fileName
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    func appendingPath(_ component: String) -> String {
        hasSuffix("/") ? self + component : self + "/" + component
    }

    var parentPath: String {
        guard let slash = lastIndex(of: "/") else { return "." }
        if slash == startIndex { return "/" }
        return String(self[..<slash])
    }
}
