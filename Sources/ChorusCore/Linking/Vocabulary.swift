import Dispatch

/// The words of all workers merged into one vocabulary, each word mapped to the term it
/// matches as: its stem, the stem of its name's commonest spelling, itself for an acronym, or a
/// function word.
struct Vocabulary {
    /// For each draft, the term of each of its local words.
    var termOfType: [[Int32]]
    /// Per term: a function word, which weighs little and never suggests a link.
    var isFunctionTerm: [Bool]
    /// Per term: a name (a word written capitalised mid-sentence, or an acronym). Names say who
    /// and where, not what was said: two quotes sharing only names are not one remark.
    var isNameTerm: [Bool]

    static func merge(_ drafts: [UnitDraft], languages: LanguageTable) -> Vocabulary {
        var words = ByteInterner(capacity: 1 << 16)
        var occurrences: [Int32] = [], mid: [Int32] = [], capitalised: [Int32] = []
        var globalOf: [[Int32]] = []
        for draft in drafts {
            var map = [Int32](repeating: 0, count: draft.interner.count)
            for local in 0..<draft.interner.count {
                let id = draft.interner.withBytes(local) { words.intern($0) }
                if Int(id) == occurrences.count {
                    occurrences.append(0)
                    mid.append(0)
                    capitalised.append(0)
                }
                occurrences[Int(id)] += draft.occurrences[local]
                mid[Int(id)] += draft.midSentence[local]
                capitalised[Int(id)] += draft.capitalisedMidSentence[local]
                map[local] = id
            }
            globalOf.append(map)
        }

        enum Kind { case acronym, function, word }
        let count = words.count
        var kinds = [Kind](repeating: .word, count: count)
        var isName = [Bool](repeating: false, count: count)
        var canonical = Array(0..<count)
        var namesByLanguage: [UInt8: [(id: Int, name: SpellingVariants.Name)]] = [:]
        for id in 0..<count {
            let bytes = words.bytes(id)
            let language = bytes[bytes.startIndex]
            let folded = Array(bytes.dropFirst(2))
            if bytes[bytes.startIndex + 1] == 1 {
                kinds[id] = .acronym
            } else if languages.isEnglish(language), folded.count <= 10,
                      StopWords.english.contains(String(decoding: folded, as: UTF8.self)) {
                kinds[id] = .function
            } else if capitalised[id] > 0, capitalised[id] * 3 >= mid[id] {
                // A name: capitalised in at least a third of its mid-sentence uses (outlets differ:
                // `Kim Jong Un`, `Kim Jong-un`).
                isName[id] = true
                namesByLanguage[language, default: []].append((id, SpellingVariants.Name(folded: folded, count: Int(occurrences[id]))))
            }
        }
        for (_, names) in namesByLanguage.sorted(by: { $0.key < $1.key }) {
            let chosen = SpellingVariants.canonical(names.map(\.name))
            for (k, entry) in names.enumerated() { canonical[entry.id] = names[chosen[k]].id }
        }

        // Stem every word that stands for itself, in parallel, one stemmer per worker and language.
        let toStem = (0..<count).filter { kinds[$0] == .word && canonical[$0] == $0 }
        let chunkCount = max(1, min(16, toStem.count / 2048))
        let perChunk = (toStem.count + chunkCount - 1) / chunkCount
        var stemChunks = [[[UInt8]]](repeating: [], count: chunkCount)
        let frozen = words
        stemChunks.withUnsafeMutableBufferPointer { buffer in
            let out = UnsafeSendableSlots(buffer)
            DispatchQueue.concurrentPerform(iterations: chunkCount) { c in
                var stemmers: [UInt8: Stemmer?] = [:]
                var result: [[UInt8]] = []
                for k in (c * perChunk)..<min(toStem.count, (c + 1) * perChunk) {
                    result.append(frozen.withBytes(toStem[k]) { bytes in
                        let language = bytes[0]
                        let folded = UnsafeBufferPointer(rebasing: bytes[2...])
                        if stemmers[language] == nil { stemmers[language] = Stemmer(language: languages.names[Int(language)]) }
                        guard let stemmer = stemmers[language] ?? nil else { return Array(folded) }
                        return stemmer.stem(folded)
                    })
                }
                out[c] = result
            }
        }

        var terms = ByteInterner(capacity: 1 << 16)
        var isFunctionTerm: [Bool] = []
        var isNameTerm: [Bool] = []
        var termOfWord = [Int32](repeating: -1, count: count)
        func term(_ tag: UInt8, _ language: UInt8, _ body: some Sequence<UInt8>, function: Bool, name: Bool) -> Int32 {
            var key: [UInt8] = [tag, language]
            key.append(contentsOf: body)
            let id = terms.intern(key)
            if Int(id) == isFunctionTerm.count {
                isFunctionTerm.append(function)
                isNameTerm.append(name)
            }
            return id
        }
        var k = 0
        for chunk in stemChunks {
            for stem in chunk {
                let id = toStem[k]
                // A name is its own term, apart from the common word it may share a stem with (`States`, `state`).
                termOfWord[id] = term(UInt8(ascii: isName[id] ? "n" : "w"), words.bytes(id).first ?? 0, stem, function: false, name: isName[id])
                k += 1
            }
        }
        for id in 0..<count where termOfWord[id] < 0 {
            let bytes = words.bytes(id)
            let language = bytes[bytes.startIndex]
            switch kinds[id] {
            case .acronym: termOfWord[id] = term(UInt8(ascii: "a"), language, bytes.dropFirst(2), function: false, name: true)
            case .function: termOfWord[id] = term(UInt8(ascii: "f"), language, bytes.dropFirst(2), function: true, name: false)
            case .word: termOfWord[id] = termOfWord[canonical[id]]
            }
        }
        return Vocabulary(termOfType: globalOf.map { $0.map { termOfWord[Int($0)] } }, isFunctionTerm: isFunctionTerm, isNameTerm: isNameTerm)
    }
}
