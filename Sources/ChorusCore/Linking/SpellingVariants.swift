/// Finds spellings of one name that outlets write differently (`Kiev`/`Kyiv`,
/// `Zelensky`/`Zelenskyy`/`Zelenskiy`, `Kharkov`/`Kharkiv`).
///
/// Transliterations of one name differ in vowels, in `y`/`i`, and in doubled letters, rarely in
/// consonants. So two name-like words are taken as one when they start with the same letter,
/// have the same consonant skeleton, similar length, and are at most two edits apart. Only
/// words written capitalised where they are not sentence-initial count as names, so common
/// words (`bash`, `rice`) are never merged.
enum SpellingVariants {
    struct Name {
        /// Folded word (lower case, no accents).
        var folded: [UInt8]
        /// How often it occurs; the commonest spelling becomes the canonical one.
        var count: Int
    }

    /// For each name, the index of the name that stands for its spelling group (itself when alone).
    static func canonical(_ names: [Name]) -> [Int] {
        var groups: [[UInt8]: [Int]] = [:]
        for (i, name) in names.enumerated() where name.folded.count >= 4 {
            groups[skeleton(name.folded), default: []].append(i)
        }
        var parent = Array(names.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        for (_, members) in groups where members.count > 1 && members.count <= 256 {
            for a in 0..<members.count {
                for b in (a + 1)..<members.count {
                    guard close(names[members[a]].folded, names[members[b]].folded) else { continue }
                    let rx = find(members[a]), ry = find(members[b])
                    if rx != ry { parent[max(rx, ry)] = min(rx, ry) }
                }
            }
        }
        // The commonest spelling of each group stands for it (ties: the first in byte order).
        var best: [Int: Int] = [:]
        for i in names.indices {
            let root = find(i)
            if let current = best[root] {
                let a = names[i], b = names[current]
                if a.count > b.count || (a.count == b.count && a.folded.lexicographicallyPrecedes(b.folded)) { best[root] = i }
            } else {
                best[root] = i
            }
        }
        return names.indices.map { best[find($0)] ?? $0 }
    }

    /// Whether two words are spellings of one name (see the type's rule).
    static func areVariants(_ x: [UInt8], _ y: [UInt8]) -> Bool {
        x.count >= 4 && y.count >= 4 && skeleton(x) == skeleton(y) && close(x, y)
    }

    /// Similar length, at most two edits apart (the skeleton is checked by the caller).
    private static func close(_ x: [UInt8], _ y: [UInt8]) -> Bool {
        abs(x.count - y.count) <= 2 && editDistance(x, y, limit: 2) <= 2
    }

    /// First letter, then the consonants with doubled letters collapsed; vowels and `y` dropped.
    static func skeleton(_ word: [UInt8]) -> [UInt8] {
        guard let first = word.first else { return [] }
        var out: [UInt8] = [first]
        for b in word.dropFirst() {
            switch b {
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
                 UInt8(ascii: "y"), UInt8(ascii: "'"):
                continue
            default:
                if out.last != b { out.append(b) }
            }
        }
        return out
    }

    /// Optimal-string-alignment distance (a swap of neighbours is one edit), or `limit + 1`
    /// once it is certain to exceed `limit`.
    static func editDistance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        let n = a.count, m = b.count
        if abs(n - m) > limit { return limit + 1 }
        if n == 0 || m == 0 { return max(n, m) }
        var prev2 = [Int](repeating: 0, count: m + 1)
        var prev = Array(0...m)
        var cur = [Int](repeating: 0, count: m + 1)
        for i in 1...n {
            cur[0] = i
            var rowMin = cur[0]
            for j in 1...m {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { v = min(v, prev2[j - 2] + 1) }
                cur[j] = v
                rowMin = min(rowMin, v)
            }
            if rowMin > limit { return limit + 1 }
            (prev2, prev, cur) = (prev, cur, prev2)
        }
        return prev[m]
    }
}
