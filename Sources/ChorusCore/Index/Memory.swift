import CMalloc

/// How the process's allocator serves a corpus build: peak resident memory is one of the
/// launch targets, and a build frees large intermediate arrays at every stage.
public enum Memory {
    /// Large blocks from their own mappings, unmapped when freed. Call once, at start-up.
    public static func mapLargeBlocks() { chorus_malloc_map_large_blocks() }

    /// Hands freed heap memory back to the system between stages.
    static func releaseFreeMemory() { chorus_malloc_release_free_memory() }
}
