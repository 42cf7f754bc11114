// JPEG decoding for raster output, with libjpeg's errors returned instead of exiting.
#ifndef FOLIO_JPEG_H
#define FOLIO_JPEG_H
#include <stddef.h>

/// Reads the size of a JPEG image; 0 on success, -1 if the data is not a readable JPEG.
int folio_jpeg_size(const unsigned char *data, size_t size, int *width, int *height);

/// Decodes a JPEG image into `out` in Cairo's ARGB32 layout (opaque, native-endian 32-bit
/// words, `stride` bytes per row); the buffer must hold `width` x `height` pixels as read by
/// `folio_jpeg_size`. 0 on success, -1 on an error (the buffer is then partly written).
int folio_jpeg_decode(const unsigned char *data, size_t size, unsigned char *out, int stride, int width, int height);

#endif
