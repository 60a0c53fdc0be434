import Testing
@testable import ChorusTUI

@Suite struct TextWrapperTests {
    func lines(_ text: String, _ width: Int) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return TextWrapper.wrap(scalars, width: width).map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
    }

    @Test func wrapsAtWordsWithinTheWidth() {
        #expect(lines("ab cd ef", 5) == ["ab cd", "ef"])
        #expect(lines("the quick brown fox jumps", 10) == ["the quick", "brown fox", "jumps"])
    }

    @Test func wideTextNeverOverflows() {
        let text = "港の橋が六週間閉鎖される。大臣は「橋は安全ではない」と述べた。"
        for width in [5, 7, 10] {
            for line in lines(text, width) { #expect(DisplayWidth.columns(line) <= width) }
        }
        #expect(lines(text, 10).joined() == text)
    }

    @Test func combiningMarksDoNotCountAsColumns() {
        #expect(lines("cafe\u{301} cafe\u{301}", 9) == ["cafe\u{301} cafe\u{301}"])
    }

    @Test func paragraphsAreKeptAndBlankRunsBecomeOneLine() {
        #expect(lines("one\n\n\n\ntwo\nthree\r\n\r\nfour", 20) == ["one", "", "two", "three", "", "four"])
    }

    @Test func aWordLongerThanTheLineIsCut() {
        #expect(lines("abcdefghij", 4) == ["abcd", "efgh", "ij"])
    }

    @Test func tabsAreMeasuredToTheirStop() {
        // "a\tb" takes 5 columns (a, 3 blanks, b) so it does not fit in 4.
        #expect(lines("a\tb c", 4).count == 2)
    }

    @Test func linesKeepTheirOffsetsSoEveryWordIsFound() {
        let text = "Transport minister Maria Lindqvist said the bridge is no longer safe."
        let scalars = Array(text.unicodeScalars)
        let wrapped = TextWrapper.wrap(scalars, width: 12)
        for (a, b) in zip(wrapped, wrapped.dropFirst()) { #expect(a.end <= b.start) }
        #expect(wrapped.first?.start == 0 && wrapped.last?.end == scalars.count)
    }
}

@Suite struct WordDiffTests {
    @Test func marksOnlyTheWordsAnotherOutletChanged() {
        let other = "We simply cannot wait another winter,"
        let marked = WordDiff.differing(from: "We cannot wait another winter.", in: other)
        let words = marked.map { String(String.UnicodeScalarView(Array(other.unicodeScalars)[$0])) }
        #expect(words == ["simply"])
    }

    @Test func identicalWordingMarksNothing() {
        #expect(WordDiff.differing(from: "The bridge is no longer safe.", in: "the bridge is no longer safe").isEmpty)
    }

    @Test func curlyAndStraightApostrophesAgree() {
        #expect(WordDiff.differing(from: "We don't know", in: "We don’t know").isEmpty)
    }
}
