import ChorusCore

/// Finds a query in the articles of the list: their titles, their text (quotes included) and the
/// names, aliases and roles of speakers (a speaker hit lands on each of their quotes).
/// Matching ignores ASCII case and works on UTF-8 bytes, so it runs once over the corpus without
/// building strings per article.
enum CorpusSearch {
    static let maximumHits = 10_000

    static func run(_ query: String, catalog: Catalog, rows: [Int]) -> SearchState {
        let needle = Array(query.utf8).map(fold)
        var hits: [SearchHit] = []
        var truncated = false
        let index = catalog.index

        var speakerQuotesByArticle: [Int: [Int]] = [:]
        for speaker in index.speakers where matches(speaker, needle) {
            for q in index.quotesBySpeaker[speaker.id] { speakerQuotesByArticle[index.quotes[q].article, default: []].append(q) }
        }

        outer: for article in rows {
            var found: [SearchHit] = []
            if contains(Array(catalog.titles[article].utf8), needle) {
                found.append(SearchHit(article: article, start: -1, end: -1))
            }
            let a = index.articles[article]
            for (start, end) in occurrences(of: needle, in: a.text, from: a.bodyStart) {
                found.append(SearchHit(article: article, start: start, end: end))
            }
            for q in speakerQuotesByArticle[article] ?? [] {
                let quote = index.quotes[q]
                found.append(SearchHit(article: article, start: quote.start, end: quote.end))
            }
            found.sort { ($0.start, $0.end) < ($1.start, $1.end) }
            for hit in found where hits.last != hit {
                hits.append(hit)
                if hits.count >= maximumHits { truncated = true; break outer }
            }
        }
        var byArticle: [Int: Range<Int>] = [:]
        var i = 0
        while i < hits.count {
            var j = i
            while j < hits.count, hits[j].article == hits[i].article { j += 1 }
            byArticle[hits[i].article] = i..<j
            i = j
        }
        return SearchState(query: query, hits: hits, hitsOfArticle: byArticle, current: nil, truncated: truncated)
    }

    private static func fold(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }

    private static func matches(_ speaker: Speaker, _ needle: [UInt8]) -> Bool {
        ([speaker.name] + speaker.aliases + speaker.roles).contains { contains(Array($0.utf8), needle) }
    }

    private static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, hay.count >= needle.count else { return false }
        outer: for i in 0...(hay.count - needle.count) {
            for k in 0..<needle.count where fold(hay[i + k]) != needle[k] { continue outer }
            return true
        }
        return false
    }

    /// Scalar ranges of every occurrence in a text, from a scalar offset on.
    static func occurrences(of needle: [UInt8], in text: String, from startScalar: Int) -> [(Int, Int)] {
        guard !needle.isEmpty else { return [] }
        var out: [(Int, Int)] = []
        var text = text
        text.withUTF8 { bytes in
            let n = bytes.count, m = needle.count
            guard n >= m else { return }
            var scalar = 0  // scalars before byte i
            var i = 0
            let first = needle[0]
            while i <= n - m {
                let b = bytes[i]
                if fold(b) == first && scalar >= startScalar {
                    var k = 1
                    while k < m && fold(bytes[i + k]) == needle[k] { k += 1 }
                    if k == m {
                        var scalars = 0
                        for j in i..<(i + m) where bytes[j] & 0xC0 != 0x80 { scalars += 1 }
                        out.append((scalar, scalar + scalars))
                        scalar += scalars
                        i += m
                        continue
                    }
                }
                if b & 0xC0 != 0x80 { scalar += 1 }
                i += 1
            }
        }
        return out
    }
}
