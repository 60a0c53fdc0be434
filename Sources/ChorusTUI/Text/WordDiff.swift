/// Which words of one outlet's wording differ from another's, for marking in *Also reported by*.
///
/// A small longest-common-subsequence over case-folded words. The linking work in ChorusCore is
/// growing a proper `WordAlignment`; when it lands this is the one place to swap it in.
enum WordDiff {
    /// A word of a text: its scalar range and its folded form.
    struct Word: Equatable {
        let range: Range<Int>
        let folded: String
    }

    /// Longer wordings are not compared (the table grows with the product of the lengths).
    static let maximumWords = 400

    /// Scalar ranges of `other` holding words that `base` does not have in the same order.
    static func differing(from base: String, in other: String) -> [Range<Int>] {
        let a = words(base), b = words(other)
        guard !a.isEmpty, !b.isEmpty, a.count <= maximumWords, b.count <= maximumWords else { return [] }
        // lengths[i][j]: common words of a[i...] and b[j...]
        let width = b.count + 1
        var lengths = [Int](repeating: 0, count: (a.count + 1) * width)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i * width + j] = a[i].folded == b[j].folded
                    ? lengths[(i + 1) * width + j + 1] + 1
                    : max(lengths[(i + 1) * width + j], lengths[i * width + j + 1])
            }
        }
        var shared = [Bool](repeating: false, count: b.count)
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if a[i].folded == b[j].folded {
                shared[j] = true
                i += 1; j += 1
            } else if lengths[(i + 1) * width + j] >= lengths[i * width + j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return b.indices.filter { !shared[$0] }.map { b[$0].range }
    }

    static func words(_ text: String) -> [Word] {
        var out: [Word] = []
        var current = String.UnicodeScalarView()
        var start = 0
        var offset = 0
        var lastLetterEnd = 0
        func flush() {
            // A closing apostrophe is punctuation, not part of the word.
            while current.last == "'" { current.removeLast() }
            if !current.isEmpty { out.append(Word(range: start..<lastLetterEnd, folded: String(current).lowercased())) }
            current = String.UnicodeScalarView()
        }
        for s in text.unicodeScalars {
            let p = s.properties
            if p.isAlphabetic || p.numericType != nil || ((s == "'" || s == "’") && !current.isEmpty) {
                if current.isEmpty { start = offset }
                current.append(s == "’" ? "'" : s)
                if s != "'" && s != "’" { lastLetterEnd = offset + 1 }
            } else {
                flush()
            }
            offset += 1
        }
        flush()
        return out
    }
}
