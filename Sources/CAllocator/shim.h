#ifndef WPC_CALLOCATOR_SHIM_H
#define WPC_CALLOCATOR_SHIM_H

#include <stddef.h>
#if defined(__GLIBC__) || defined(__linux__)
#include <malloc.h>
#endif

/* Blocks of `threshold` bytes or more get pages of their own, handed back to
   the system when freed. glibc otherwise raises its threshold to the size of
   the largest block freed (up to 32 MB), after which large arrays come from
   the heap and, freed, stay resident. The heap's top is given back once
   twice that is free, as glibc does when it raises the threshold itself
   (left at its default of 128 kB, the heap would shrink and grow again by
   the page). Elsewhere this does nothing. */
static inline void wpc_giveBackBlocksFrom(size_t threshold) {
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, (int)threshold);
    mallopt(M_TRIM_THRESHOLD, (int)(2 * threshold));
#else
    (void)threshold;
#endif
}

/* Hands back to the system the free memory in the allocator's heaps, in
   the middle of them too (a programme just freed leaves most of it there).
   Elsewhere this does nothing. */
static inline void wpc_giveBackFreeMemory(void) {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

#endif
