/// Tells the article's own reporting from what the outlet prints around it: donation appeals,
/// sign-up prompts, copyright lines, photo captions, credits and headings. Quotation marks there
/// (`designated us an “undesirable” organisation`) are not quotes a reader would look for.
struct Boilerplate: Sendable {
    /// Paragraph openings after which the rest of the page is the outlet talking to its readers.
    static let signoffs = PhraseList([
        "dear reader", "dear readers", "a message from", "support our journalism", "support independent journalism",
        "we need your help", "become a member", "before you go", "thank you for reading", "a note to our readers",
        "donate now", "make a contribution",
    ])
    /// Paragraph openings of lines that are furniture, not reporting.
    static let furniture = PhraseList([
        "advertisement", "ad", "sign up", "signup", "subscribe", "copyright", "all rights reserved", "read more",
        "read also", "read or share", "related", "click here", "click for more", "follow us", "follow", "share this",
        "enlarge this image", "image copyright", "image caption", "media playback", "story continued below",
        "get the monitor", "content created by", "just watched", "must watch", "more on this", "photo", "photos",
        "watch", "listen", "video", "editor's note", "send tips", "this article", "this story", "recommended",
        "story highlights", "continue reading", "published", "updated", "getty images", "ap photo", "reuters",
    ])
    /// A newsletter named in a paragraph's opening words, and a form's wording in it, make a
    /// sign-up form, furniture however long and whatever its last stop (`Newsletter Sign Up
    /// Continue reading the main story Please verify ... Invalid email address ...`, `POLITICO
    /// NEWSLETTERS POLITICO Playbook Sign up today ... By signing up you agree ...`).
    static let newsletters = PhraseList(["newsletter", "newsletters"])
    static let formWording = PhraseList(["newsletter sign up", "sign up today", "by signing up", "invalid email", "unsubscribe", "opt out"])
    /// Phrases that make a short paragraph a credit line.
    static let credits = PhraseList([
        "contributed reporting", "contributed to this report", "contributed to this story", "reporting by",
        "editing by", "writing by", "additional reporting", "contributed", "all rights reserved",
    ])

    /// The paragraphs that carry reporting, and the headings among them (short lines without a stop,
    /// such as a repeated title or a cross-heading, whose marks are titles rather than quotes).
    func reporting(_ text: [Unicode.Scalar], paragraphs: [Range<Int>], title: String?) -> (kept: [Range<Int>], heading: [Bool]) {
        var kept: [Range<Int>] = []
        var heading: [Bool] = []
        // Read straight into the list: filtering the scalars would build a String of them one by one.
        var titleLetters: [UInt32] = []
        for s in (title ?? "").unicodeScalars where ProseScalar.isAlphanumeric(s) { titleLetters.append(WordKey.fold(s)) }
        // Credit lines close an article; a reporter's sentence with `contributed` earlier is kept.
        let creditsFrom = max(0, paragraphs.count - 4)
        let signoffs = Boilerplate.signoffs, furniture = Boilerplate.furniture, credits = Boilerplate.credits
        for (index, p) in paragraphs.enumerated() {
            // Only a line that opens with a word can be furniture: `“Follow the money,” he said.` is reporting.
            let opensWithWord = p.first.map { ProseScalar.isLetter(text[$0]) } ?? false
            if opensWithWord && signoffs.matchesStart(text, p) && p.count < 400 { break }
            if p.first.map({ text[$0] == "\u{00A9}" }) == true { continue }
            if opensWithWord && furniture.matchesStart(text, p) && isFurnitureShaped(text, p) { continue }
            if opensWithWord && isSignUpForm(text, p) { continue }
            if index >= creditsFrom && p.count < 240 && credits.occurs(in: text, p) { continue }
            if isCaption(text, p) { continue }
            kept.append(p)
            // A title echo reads as a heading; a first paragraph that ends as a sentence (`... prison.”`)
            // is reporting even when a loader took it for the title.
            let isTitle = !titleLetters.isEmpty && sameLetters(text, p, titleLetters) && !endsWithStop(text, p)
            heading.append(isTitle || isHeadingShaped(text, p))
        }
        return (kept, heading)
    }

    /// A photo caption closes with its credit in brackets: `... in Ottawa. (Sean Kilpatrick/The
    /// Canadian Press)`, `... in 1999. ( THE CANADIAN PRESS FILE PHOTO )`, after a full stop. It
    /// repeats what the story says.
    private func isCaption(_ text: [Unicode.Scalar], _ p: Range<Int>) -> Bool {
        guard let last = p.last, text[last] == ")" else { return false }
        var i = last - 1
        var slash = false, lower = false, upper = 0, space = false
        while i > p.lowerBound && last - i < 80 {
            if text[i] == "(" {
                guard i > p.lowerBound else { return false }
                // A credit in capitals alone, of two words or more, after the caption's full stop.
                var e = i
                while e > p.lowerBound, ProseScalar.isSpace(text[e - 1]) { e -= 1 }
                let credit = !lower && upper >= 6 && space && e > p.lowerBound && text[e - 1] == "."
                return slash || credit
            }
            if text[i] == "/" { slash = true }
            if ProseScalar.isLower(text[i]) { lower = true }
            if ProseScalar.isUpper(text[i]) { upper += 1 }
            if ProseScalar.isSpace(text[i]) && ProseScalar.isLetter(text[i + 1]) && ProseScalar.isLetter(text[i - 1]) { space = true }
            i -= 1
        }
        return false
    }

    /// See `newsletters`.
    private func isSignUpForm(_ text: [Unicode.Scalar], _ p: Range<Int>) -> Bool {
        Boilerplate.newsletters.occurs(in: text, p.lowerBound..<min(p.upperBound, p.lowerBound + 40)) && Boilerplate.formWording.occurs(in: text, p)
    }

    /// Furniture lines are short or end without a full stop; an ordinary sentence that happens to
    /// begin with `Watch` or `Related` is kept.
    private func isFurnitureShaped(_ text: [Unicode.Scalar], _ p: Range<Int>) -> Bool {
        p.count < 60 || !endsWithStop(text, p)
    }

    /// A heading: a few words with no sentence stop at the end and no cue inside.
    private func isHeadingShaped(_ text: [Unicode.Scalar], _ p: Range<Int>) -> Bool {
        p.count < 100 && !endsWithStop(text, p) && ProseScalar.wordCount(text, p) <= 12
    }

    private func endsWithStop(_ text: [Unicode.Scalar], _ p: Range<Int>) -> Bool {
        var e = p.upperBound
        while e > p.lowerBound, ProseScalar.isSpace(text[e - 1]) || ProseScalar.isCloser(text[e - 1]) { e -= 1 }
        return e > p.lowerBound && (ProseScalar.isTerminal(text[e - 1]) || text[e - 1] == ":")
    }

    /// Whether the paragraph repeats the title, ignoring case, spaces and punctuation.
    private func sameLetters(_ text: [Unicode.Scalar], _ p: Range<Int>, _ letters: [UInt32]) -> Bool {
        guard p.count >= letters.count, p.count <= letters.count * 2 + 16 else { return false }
        var j = 0
        for i in p where ProseScalar.isAlphanumeric(text[i]) {
            guard j < letters.count, WordKey.fold(text[i]) == letters[j] else { return false }
            j += 1
        }
        return j == letters.count
    }
}

/// A list of short phrases matched word by word, case-folded, without building strings.
struct PhraseList: Sendable {
    let phrases: [[WordKey]]
    /// First words of the phrases, so that most paragraphs are turned down after one word.
    let openers: WordSet

    /// Last words of the phrases, for finding them inside a paragraph.
    let closers: WordSet

    init(_ phrases: [String]) {
        self.phrases = phrases.map { $0.split(separator: " ").map { WordKey(String($0)) } }
        openers = WordSet(self.phrases.compactMap(\.first))
        closers = WordSet(self.phrases.compactMap(\.last))
    }

    /// Whether the text in `range` begins with one of the phrases.
    func matchesStart(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        guard let first = nextWord(text, &i, range.upperBound), openers.contains(first) else { return false }
        var words = [first]
        return phrases.contains { phrase in
            guard phrase[0] == first else { return false }
            while words.count < phrase.count, let w = nextWord(text, &i, range.upperBound) { words.append(w) }
            return phrase.count <= words.count && zip(phrase, words).allSatisfy { $0 == $1 }
        }
    }

    /// Whether one of the phrases of up to four words occurs anywhere in `range`.
    func occurs(in text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        // The last few words, newest at `recent[count % 4]`; phrases are at most four words.
        var recent: (WordKey, WordKey, WordKey, WordKey) = (WordKey(raw: 0), WordKey(raw: 0), WordKey(raw: 0), WordKey(raw: 0))
        var count = 0
        var i = range.lowerBound
        while let w = nextWord(text, &i, range.upperBound) {
            switch count % 4 {
            case 0: recent.0 = w
            case 1: recent.1 = w
            case 2: recent.2 = w
            default: recent.3 = w
            }
            count += 1
            guard closers.contains(w) else { continue }
            for phrase in phrases where phrase.count <= min(count, 4) && phrase.last == w {
                var matches = true
                for (back, key) in phrase.reversed().enumerated() {
                    let slot = (count - 1 - back) % 4
                    let seen = slot == 0 ? recent.0 : slot == 1 ? recent.1 : slot == 2 ? recent.2 : recent.3
                    if seen != key { matches = false; break }
                }
                if matches { return true }
            }
        }
        return false
    }

    private func nextWord(_ text: [Unicode.Scalar], _ i: inout Int, _ end: Int) -> WordKey? {
        while i < end && !ProseScalar.isAlphanumeric(text[i]) { i += 1 }
        let s = i
        while i < end && (ProseScalar.isAlphanumeric(text[i]) || (ProseScalar.isApostrophe(text[i]) && i + 1 < end && ProseScalar.isLetter(text[i + 1]))) { i += 1 }
        return i > s ? WordKey(text, s..<i) : nil
    }
}
