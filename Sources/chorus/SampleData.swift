#if canImport(Glibc)
import Glibc
#endif

/// Finds the bundled `sample-data` folder: beside the executable, in the package it was built
/// from (so `swift run chorus` and `.build/debug/chorus` work from anywhere), or in the current folder.
enum SampleData {
    static func locate() -> String? {
        var candidates: [String] = []
        if let exe = executablePath() {
            var dir = parent(exe)
            for _ in 0..<5 {
                candidates.append(dir + "/sample-data")
                candidates.append(dir + "/share/chorus/sample-data")
                dir = parent(dir)
            }
        }
        candidates.append("sample-data")
        return candidates.first { isDirectory($0) }
    }

    private static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard n > 0 else { return nil }
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }

    private static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }
}
