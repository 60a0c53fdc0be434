// The C library's allocator controls, which Swift's Glibc module does not import (malloc.h).
// Elsewhere they do nothing.
#ifndef CHORUS_CMALLOC_SHIM_H
#define CHORUS_CMALLOC_SHIM_H
#if defined(__GLIBC__) || defined(__linux__)
#include <malloc.h>
#include <pthread.h>
#endif

/// Serve blocks of 256 KiB and more from their own mappings, returned to the system when freed.
/// glibc otherwise raises this threshold as large blocks are freed, and a build's many
/// short-lived arrays then stay resident in its heaps.
static inline void chorus_malloc_map_large_blocks(void) {
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif
}

/// Give freed heap memory back to the system. One caller at a time: the first call may set up
/// glibc's own heap, and a second call meanwhile would walk its bins half made (under a sanitizer,
/// whose allocator stands in for glibc's, that first call comes late, while builds run in parallel).
static inline void chorus_malloc_release_free_memory(void) {
#if defined(__GLIBC__)
    static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
    pthread_mutex_lock(&lock);
    malloc_trim(0);
    pthread_mutex_unlock(&lock);
#endif
}
#endif
