import Foundation
import Testing
@testable import ChorusCore

@Suite struct CorpusLoaderBadInputTests {
    @Test func invalidUTF8IsReplacedCountedAndWarnedOnce() throws {
        let folder = TempFolder()
        folder.write("bad.txt", bytes: Array("Caf".utf8) + [0xE9] + Array(" and ".utf8) + [0xFF, 0xFE] + Array(" end.".utf8))
        let corpus = try CorpusLoader().load(folder.path)
        #expect(corpus.articles.count == 1)
        #expect(corpus.articles[0].text == "Caf\u{FFFD} and \u{FFFD}\u{FFFD} end.")
        #expect(corpus.warnings.count == 1)
        #expect(corpus.warnings[0].message.contains("3 invalid UTF-8"))
    }

    @Test func binaryFilesAreSkippedWithAWarning() throws {
        let folder = TempFolder()
        folder.write("image.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01])
        folder.write("ok.txt", "Fine.")
        let corpus = try CorpusLoader().load(folder.path)
        #expect(corpus.articles.map(\.id) == ["ok"])
        #expect(corpus.warnings.contains { $0.path.hasSuffix("image.txt") && $0.message.contains("binary") })
    }

    @Test func emptyFilesAreSkippedWithAWarning() throws {
        let folder = TempFolder()
        folder.write("empty.txt", "")
        folder.write("blank.txt", "  \n\n \u{A0}\n")
        folder.write("ok.txt", "Fine.")
        let corpus = try CorpusLoader().load(folder.path)
        #expect(corpus.articles.map(\.id) == ["ok"])
        #expect(corpus.warnings.filter { $0.message.contains("empty") }.count == 2)
    }

    @Test func aFiftyMegabyteSingleLineFileLoads() throws {
        let folder = TempFolder()
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 50_000_000)
        for i in stride(from: 7, to: bytes.count, by: 8) { bytes[i] = UInt8(ascii: " ") }
        folder.write("huge.txt", bytes: bytes)
        let corpus = try CorpusLoader().load(folder.path)
        #expect(corpus.articles.count == 1)
        #expect(corpus.articles[0].text.utf8.count == 50_000_000)
        #expect(corpus.articles[0].title == nil)
    }

    @Test func unreadableFilesAreSkippedWithTheReason() throws {
        let folder = TempFolder()
        folder.write("ok.txt", "Fine.")
        if geteuid() == 0 {
            // Root reads any file regardless of its mode; this one fails with an I/O error instead.
            folder.link("locked.txt", to: "/proc/self/mem")
        } else {
            let locked = folder.write("locked.txt", "Secret.")
            chmod(locked, 0)
        }
        let corpus = try CorpusLoader().load(folder.path)
        #expect(corpus.articles.map(\.id) == ["ok"])
        #expect(corpus.warnings.contains { $0.path.hasSuffix("locked.txt") && $0.message.contains("not read") })
    }

    @Test func symbolicLinkLoopsEndAndDanglingLinksWarn() throws {
        let folder = TempFolder()
        folder.write("a/story.txt", "Fine.")
        folder.link("a/loop", to: folder.path + "/a")
        folder.link("a/gone.txt", to: folder.path + "/nowhere.txt")
        let corpus = try CorpusLoader().load(folder.path)
        #expect(corpus.articles.map(\.id) == ["story"])
        #expect(corpus.warnings.contains { $0.message.contains("already read") })
        #expect(corpus.warnings.contains { $0.message.contains("broken symbolic link") })
    }

    @Test func missingPathIsAnError() {
        #expect(throws: LoadError.missingPath("/no/such/corpus")) { try CorpusLoader().load("/no/such/corpus") }
        #expect(LoadError.missingPath("x").description == "No file or folder at x.")
    }

    @Test func emptyFolderLoadsNoArticles() throws {
        let folder = TempFolder()
        let corpus = try CorpusLoader().load(folder.path)
        #expect(corpus.articles.isEmpty)
        #expect(LoadError.emptyCorpus(folder.path).description.hasPrefix("No articles found"))
    }

    @Test func loadingNeverWritesIntoTheCorpus() throws {
        let folder = TempFolder()
        folder.write("a.txt", "One “quote” here.")
        folder.write("metadata.csv", "file,outlet\na.txt,Paper\n")
        func snapshot() throws -> [String: Date] {
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            return try Dictionary(uniqueKeysWithValues: names.map { name in
                (name, try FileManager.default.attributesOfItem(atPath: folder.path + "/" + name)[.modificationDate] as! Date)
            })
        }
        let before = try snapshot()
        _ = IndexBuilder().build(try CorpusLoader().load(folder.path))
        #expect(try snapshot() == before)
    }

    @Test func offsetsCountScalarsWithCRLFByteOrderMarkAndNoBreakSpaces() throws {
        let text = "\u{FEFF}Line one.\r\n\r\nThe\u{A0}minister said “Prices will fall next year.” on Monday.\r\n"
        let folder = TempFolder()
        folder.write("crlf.txt", text)
        let index = IndexBuilder().build(try CorpusLoader().load(folder.path))
        let scalars = Array(text.unicodeScalars)
        let open = scalars.firstIndex(of: "“")!
        let close = scalars.firstIndex(of: "”")!
        let quote = try #require(index.quotes.first)
        #expect(quote.start == open + 1)
        #expect(quote.end == close)
        #expect(quote.text == "Prices will fall next year.")
    }
}

/// Lines are checked for UTF-8 by a scan of our own (eight ASCII bytes at a time); a line it
/// wrongly passed would reach the parser unchecked, one it wrongly failed would show U+FFFD.
@Suite struct UTF8ValidationTests {
    static func agrees(_ bytes: [UInt8]) -> Bool {
        let ours = bytes.withUnsafeBufferPointer { UTF8Validation.isValid($0) }
        return ours == (String(validating: bytes, as: UTF8.self) != nil)
    }

    @Test func everyLeadWithEverySecondByteAtEveryAlignment() {
        // Each lead byte with each second byte, then enough continuation bytes for any width, or
        // cut short; placed after 0 to 9 ASCII bytes, so that it falls in and out of the 8-byte steps.
        var disagreements: [[UInt8]] = []
        for lead in 0x80...0xFF {
            for second in [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF] {
                for tail in [[], [0x80], [0x80, 0x80], [0xBF, 0xBF, 0x41], [0x41]] as [[UInt8]] {
                    for offset in 0...9 {
                        let bytes = [UInt8](repeating: 0x61, count: offset) + [UInt8(lead), UInt8(second)] + tail
                        if !Self.agrees(bytes) { disagreements.append(bytes) }
                        if !Self.agrees(bytes + Array("and more text after it".utf8)) { disagreements.append(bytes) }
                    }
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }

    @Test func randomMostlyASCIILines() {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [Array("word ".utf8), Array("’".utf8), Array("é".utf8), Array("😀".utf8), [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0xFF]]
        for _ in 0..<2_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 1...40, using: &generator) {
                // Mostly valid pieces, so that a bad byte is rare and lands anywhere.
                let piece = Int.random(in: 0..<100, using: &generator) < 97 ? Int.random(in: 0...3, using: &generator) : Int.random(in: 0..<pieces.count, using: &generator)
                bytes += pieces[piece]
            }
            #expect(Self.agrees(bytes), "\(bytes)")
        }
    }
}
