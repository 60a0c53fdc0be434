/// What a paragraph's shape says before it is read: a headline's label, a subheading, whom it
/// opens with, and where its first speech verb stands (most paragraphs have none).
extension ArticleReader {
    /// Whether the paragraph opens with a few capitalised words and a colon (`Pence: ...`), as a
    /// headline that names whose claim it gives does. In the body such a line is a section's
    /// heading (`Marco Rubio: The Florida senator has ...`).
    func opensWithLabel(_ block: Range<Int>) -> Bool {
        guard ProseScalar.isUpper(text[block.lowerBound]) else { return false }
        var i = block.lowerBound
        let limit = min(block.upperBound, i + 40)
        while i < limit, ProseScalar.isLetter(text[i]) || text[i] == " " || text[i] == "." || ProseScalar.isApostrophe(text[i]) { i += 1 }
        return i < limit && text[i] == ":"
    }

    /// `Bad Strategy`: a subheading of a few words without a closing stop, which names no one.
    func isHeading(_ line: Range<Int>) -> Bool {
        guard let last = line.last, ProseScalar.isAlphanumeric(text[last]) else { return false }
        return wordCount(line) <= 6
    }

    /// Whether the paragraph opens with a capitalised word that is not a small word.
    func opensWithName(_ block: Range<Int>) -> Bool {
        var e = block.lowerBound
        while e < block.upperBound && ProseScalar.isLetter(text[e]) { e += 1 }
        guard e > block.lowerBound, ProseScalar.isUpper(text[block.lowerBound]) else { return false }
        // `After the vote, Tom Baker left`: an opening phrase before the subject.
        let first = WordKey(text, block.lowerBound..<e)
        // `Former Mayor Rudolph Giuliani vouched for him`: a title's first word
        return !lexicon.capitalisedFunctionWords.contains(first) || lexicon.roleModifiers.contains(first)
            || (!lexicon.determiners.contains(first) && !lexicon.pronouns.contains(first) && opensWithPhrase(block))
    }

    /// Whether a comma follows within the opening words, as after an opening phrase.
    func opensWithPhrase(_ block: Range<Int>) -> Bool {
        var i = block.lowerBound
        let end = min(block.upperBound, block.lowerBound + 100)
        while i < end, text[i] != "," { i += 1 }
        return i < end
    }

    /// Where the first speech verb or noun of a speech act (lower case) or `according` in the range
    /// begins, if one does.
    func firstSpeechWord(in range: Range<Int>) -> Int? {
        // Read once, not at every word, and the text without a bounds check at every scalar: this
        // scan passes over most of the corpus.
        let speechWords = lexicon.speechWords, according = lexicon.according, openings = lexicon.speechOpenings
        return text.withUnsafeBufferPointer { text in
            var i = range.lowerBound
            let end = range.upperBound
            while i < end {
                let c = text[i]
                guard ProseScalar.isLetter(c) else { i += 1; continue }
                // Speech verbs are written in small letters; only `According` opens with a capital.
                let start = i
                guard ProseScalar.isLower(c) || c == "A" else {
                    while i < end && ProseScalar.isLetter(text[i]) { i += 1 }
                    continue
                }
                // Most words open unlike any speech verb and are passed over without hashing them.
                let opening = i + 2 < end ? WordOpenings.index(c.value, text[i + 1].value, text[i + 2].value) : -1
                if opening >= 0 && !openings.contains(opening) {
                    while i < end && ProseScalar.isLetter(text[i]) { i += 1 }
                } else {
                    var h = WordKey.offsetBasis
                    while i < end {
                        let v = text[i].value
                        if v < 0x80 {
                            let folded = v | 0x20
                            guard folded >= 0x61 && folded <= 0x7A else { break }
                            h = (h ^ UInt64(folded)) &* WordKey.prime
                        } else {
                            guard ProseScalar.isLetter(text[i]) else { break }
                            h = WordKey.mix(h, text[i])
                        }
                        i += 1
                    }
                    if i - start >= 3 {
                        let key = WordKey(raw: h)
                        if speechWords.contains(key) || key == according { return start }
                    }
                }
                // a word joined by an apostrophe or hyphen: skip its tail
                while i + 1 < end, ProseScalar.isApostrophe(text[i]) || text[i] == "-", ProseScalar.isLetter(text[i + 1]) {
                    i += 1
                    while i < end && ProseScalar.isLetter(text[i]) { i += 1 }
                }
            }
            return nil
        }
    }
}
