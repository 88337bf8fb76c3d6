#ifndef WPC_CZLIB_INFLATE_SHIM_H
#define WPC_CZLIB_INFLATE_SHIM_H

#include <zlib.h>

/* inflateInit2 is a macro; Swift cannot call it. Raw deflate (no zlib
   header), as ZIP entries store it. */
static inline int wpc_inflateInitRaw(z_stream *stream) {
    return inflateInit2(stream, -MAX_WBITS);
}

#endif
