import CStemmer

/// Snowball stemming through libstemmer, so that `decisions`/`decision` and
/// `thoughtful`/`thoughtfully` count as one word.
///
/// A libstemmer instance keeps its result in a shared buffer, so one `Stemmer` must be used by
/// one thread at a time: give each worker its own.
final class Stemmer {
    private let handle: OpaquePointer

    /// `language` is a Snowball algorithm name or ISO 639 code (`english`, `en`, `fr`, `de`);
    /// nil when libstemmer has no stemmer for it.
    init?(language: String = "english") {
        guard let handle = sb_stemmer_new(Stemmer.algorithm(for: language), nil) else { return nil }
        self.handle = handle
    }

    deinit { sb_stemmer_delete(handle) }

    /// The stem of a folded word, as UTF-8 bytes; the word itself if stemming fails.
    func stem(_ word: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        guard let base = word.baseAddress, word.count > 0,
              let result = sb_stemmer_stem(handle, base, Int32(word.count)) else { return Array(word) }
        let length = Int(sb_stemmer_length(handle))
        return Array(UnsafeBufferPointer(start: result, count: length))
    }

    func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        let stemmed = bytes.withUnsafeMutableBufferPointer { stem(UnsafeBufferPointer($0)) }
        return String(decoding: stemmed, as: UTF8.self)
    }

    /// libstemmer wants lower-case names; articles give `en`, `EN`, `en-US` or `English`.
    static func algorithm(for language: String) -> String {
        var code = language.lowercased()
        if let dash = code.firstIndex(where: { $0 == "-" || $0 == "_" }) { code = String(code[..<dash]) }
        return code.isEmpty ? "english" : code
    }
}
