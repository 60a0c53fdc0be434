// The C library's allocator controls, which Swift's Glibc module does not import (malloc.h).
// Elsewhere they do nothing.
#ifndef CHORUS_CMALLOC_SHIM_H
#define CHORUS_CMALLOC_SHIM_H
#if defined(__GLIBC__) || defined(__linux__)
#include <malloc.h>
#endif

/// Serve blocks of 256 KiB and more from their own mappings, returned to the system when freed.
/// glibc otherwise raises this threshold as large blocks are freed, and a build's many
/// short-lived arrays then stay resident in its heaps.
static inline void chorus_malloc_map_large_blocks(void) {
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif
}

/// Give freed heap memory back to the system.
static inline void chorus_malloc_release_free_memory(void) {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}
#endif
