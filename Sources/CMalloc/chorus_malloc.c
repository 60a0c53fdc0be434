#include "chorus_malloc.h"
#include <stdlib.h> // defines __GLIBC__ on glibc: tested below, not before a libc header is seen
#if defined(__GLIBC__)
#include <malloc.h>
#include <pthread.h>

static pthread_mutex_t release_lock = PTHREAD_MUTEX_INITIALIZER;

void chorus_malloc_map_large_blocks(void) { mallopt(M_MMAP_THRESHOLD, 256 * 1024); }

void chorus_malloc_release_free_memory(void) {
    pthread_mutex_lock(&release_lock);
    malloc_trim(0);
    pthread_mutex_unlock(&release_lock);
}
#else
void chorus_malloc_map_large_blocks(void) {}
void chorus_malloc_release_free_memory(void) {}
#endif
