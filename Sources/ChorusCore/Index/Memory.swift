import CMalloc

/// How the process's allocator serves a corpus build: peak resident memory is one of the
/// launch targets, and a build frees large intermediate arrays at every stage.
public enum Memory {
    /// Large blocks from their own mappings, unmapped when freed. Call once, at start-up.
    public static func mapLargeBlocks() { chorus_malloc_map_large_blocks() }

    /// Hands freed heap memory back to the system between stages.
    static func releaseFreeMemory() { chorus_malloc_release_free_memory() }
}

extension String {
    /// The same text in storage of its own, allocated now (small strings live inline anyway).
    var freshCopy: String {
        let count = utf8.count
        guard count > 15 else { return self }
        return String(unsafeUninitializedCapacity: count) { $0.initialize(fromContentsOf: utf8) }
    }
}

extension Array {
    /// The same elements in storage of their own, allocated now.
    var freshCopy: [Element] { isEmpty ? [] : withUnsafeBufferPointer { Array($0) } }
}

extension SpeakerMention {
    /// The mention with every string and list in storage allocated now.
    var freshCopy: SpeakerMention {
        SpeakerMention(
            name: name.freshCopy, aliases: aliases.map(\.freshCopy), roles: roles.map(\.freshCopy), kind: kind,
            named: named, candidates: candidates.map(\.freshCopy), newcomer: newcomer)
    }
}
