import ChorusCore
import Glibc

/// Feeds arbitrary bytes to the corpus loaders as the file kinds a corpus can hold: a text article
/// (header block, date line, title), a JSON Lines file, and a folder with a metadata sidecar.
/// The first byte picks the kind. Every article must come back with its text and sane offsets.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoaders(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let folder = FuzzFolder.shared
    folder.clear()
    switch data[0] % 4 {
    case 0: folder.write("article.txt", bytes)
    case 1: folder.write("feed.jsonl", bytes)
    case 2:
        folder.write("article.txt", Array("Body text.".utf8))
        folder.write("metadata.csv", bytes)
    default:
        folder.write("article.txt", Array("Body text.".utf8))
        folder.write("metadata.jsonl", bytes)
    }
    guard let corpus = try? CorpusLoader().load(folder.path) else { return 0 }
    for article in corpus.articles {
        let count = article.text.unicodeScalars.count
        precondition(article.bodyStart >= 0 && article.bodyStart <= count, "body start outside the text")
        precondition(!article.id.isEmpty, "empty article id")
    }
    return 0
}

/// One scratch folder per fuzzing process, emptied between inputs.
final class FuzzFolder: @unchecked Sendable {
    static let shared = FuzzFolder()
    let path: String

    private init() {
        var template = Array("/tmp/chorus-fuzz-XXXXXX".utf8CString)
        path = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
    }

    func clear() {
        for name in ["article.txt", "feed.jsonl", "metadata.csv", "metadata.jsonl"] { unlink(path + "/" + name) }
    }

    func write(_ name: String, _ bytes: [UInt8]) {
        let fd = open(path + "/" + name, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return }
        bytes.withUnsafeBytes { _ = Glibc.write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }
}
