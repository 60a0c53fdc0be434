/// How two renderings of one statement differ word by word: the words both outlets printed, and
/// the words only one did, in reading order (for the reader to mark what an outlet changed).
///
/// Words match as the linker matches them: case, accents and apostrophes folded, by Snowball
/// stem (`decisions` = `decision`), and names by spelling variant (`Kiev` = `Kyiv`). The order
/// is that of the longest common subsequence of words, so reordered passages show as changes.
public enum WordAlignment {
    public struct Segment: Sendable, Hashable {
        public enum Side: Sendable, Hashable {
            case shared
            case onlyLeft
            case onlyRight
        }

        public let side: Side
        /// The segment's words as printed, from the left text for `shared` and `onlyLeft`, from
        /// the right text for `onlyRight` (punctuation between its words included).
        public let text: String
        /// Scalar offsets of the segment in the left text (empty at the insertion point for `onlyRight`).
        public let left: Range<Int>
        /// Scalar offsets of the segment in the right text (empty at the insertion point for `onlyLeft`).
        public let right: Range<Int>

        public init(side: Side, text: String, left: Range<Int>, right: Range<Int>) {
            self.side = side
            self.text = text
            self.left = left
            self.right = right
        }
    }

    /// The segments of `left` and `right` in reading order. `language` is a Snowball language
    /// name or ISO code (English when nil).
    public static func align(_ left: String, _ right: String, language: String? = nil) -> [Segment] {
        let stemmer = Stemmer(language: language ?? "english")
        let a = words(left, stemmer), b = words(right, stemmer)
        let pairs = commonSubsequence(a, b)
        let leftScalars = Array(left.unicodeScalars), rightScalars = Array(right.unicodeScalars)

        var segments: [Segment] = []
        func add(_ side: Segment.Side, _ l: Range<Int>, _ r: Range<Int>) {
            let source = side == .onlyRight ? rightScalars : leftScalars
            let span = side == .onlyRight ? r : l
            if let last = segments.last, last.side == side {
                // Extend the run, keeping what stands between its words.
                let l2 = last.left.lowerBound..<max(last.left.upperBound, l.upperBound)
                let r2 = last.right.lowerBound..<max(last.right.upperBound, r.upperBound)
                let s2 = side == .onlyRight ? r2 : l2
                segments[segments.count - 1] = Segment(side: side, text: text(source, s2), left: l2, right: r2)
            } else {
                segments.append(Segment(side: side, text: text(source, span), left: l, right: r))
            }
        }
        var i = 0, j = 0
        for (pi, pj) in pairs + [(a.count, b.count)] {
            // Words before the next shared pair are only on one side: the left's first.
            while i < pi {
                let at = j < b.count ? b[j].start : (b.last?.end ?? 0)
                add(.onlyLeft, a[i].start..<a[i].end, at..<at)
                i += 1
            }
            while j < pj {
                let at = i < a.count ? a[i].start : (a.last?.end ?? 0)
                add(.onlyRight, at..<at, b[j].start..<b[j].end)
                j += 1
            }
            if pi < a.count, pj < b.count {
                add(.shared, a[pi].start..<a[pi].end, b[pj].start..<b[pj].end)
                i = pi + 1
                j = pj + 1
            }
        }
        return segments
    }

    private struct AlignedWord {
        var start: Int
        var end: Int
        /// Stem (an acronym as it is) to compare by.
        var key: [UInt8]
        var capitalised: Bool
    }

    private static func words(_ text: String, _ stemmer: Stemmer?) -> [AlignedWord] {
        var tokenizer = WordTokenizer()
        tokenizer.scan(text)
        return tokenizer.words.map { word in
            let folded = Array(tokenizer.folded(word))
            let key = word.acronym ? folded : folded.withUnsafeBufferPointer { stemmer?.stem($0) ?? Array($0) }
            return AlignedWord(start: word.start, end: word.end, key: key, capitalised: word.capitalised)
        }
    }

    private static func same(_ x: AlignedWord, _ y: AlignedWord) -> Bool {
        if x.key == y.key { return true }
        guard x.capitalised || y.capitalised, x.key.count >= 4, y.key.count >= 4 else { return false }
        return SpellingVariants.areVariants(x.key, y.key)
    }

    /// Index pairs of a longest common subsequence, in order.
    private static func commonSubsequence(_ a: [AlignedWord], _ b: [AlignedWord]) -> [(Int, Int)] {
        let n = a.count, m = b.count
        guard n > 0, m > 0 else { return [] }
        // lengths[i][j]: LCS of a[i...] and b[j...], in one flat array.
        var lengths = [Int32](repeating: 0, count: (n + 1) * (m + 1))
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lengths[i * (m + 1) + j] = same(a[i], b[j])
                    ? lengths[(i + 1) * (m + 1) + j + 1] + 1
                    : max(lengths[(i + 1) * (m + 1) + j], lengths[i * (m + 1) + j + 1])
            }
        }
        var pairs: [(Int, Int)] = []
        var i = 0, j = 0
        while i < n, j < m {
            if same(a[i], b[j]), lengths[i * (m + 1) + j] == lengths[(i + 1) * (m + 1) + j + 1] + 1 {
                pairs.append((i, j))
                i += 1
                j += 1
            } else if lengths[(i + 1) * (m + 1) + j] >= lengths[i * (m + 1) + j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return pairs
    }

    private static func text(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[max(0, range.lowerBound)..<min(scalars.count, range.upperBound)])
        return String(out)
    }
}
