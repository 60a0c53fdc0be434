// The C library's allocator controls, which Swift's Glibc module does not import (malloc.h).
// Elsewhere they do nothing. Declarations only: the lock that serialises the trims lives in
// chorus_malloc.c, so the whole program has one (a header static is copied into every module that
// an optimised build inlines it into).
#ifndef CHORUS_CMALLOC_H
#define CHORUS_CMALLOC_H

/// Serve blocks of 256 KiB and more from their own mappings, returned to the system when freed.
/// glibc otherwise raises this threshold as large blocks are freed, and a build's many
/// short-lived arrays then stay resident in its heaps.
void chorus_malloc_map_large_blocks(void);

/// Give freed heap memory back to the system. One caller at a time: the first call may set up
/// glibc's own heap, and a second call meanwhile would walk its bins half made (under a sanitizer,
/// whose allocator stands in for glibc's, that first call comes late, while builds run in parallel).
void chorus_malloc_release_free_memory(void);
#endif
