// libjpeg calls exit() on errors unless told otherwise: errors jump back here, messages are
// dropped (no C library output may reach the terminal), and callers get -1.
#include "folio_jpeg.h"
#include <setjmp.h>
#include <stdio.h>
#include <jpeglib.h>

struct folio_error {
    struct jpeg_error_mgr base;
    jmp_buf jump;
};

static void folio_error_exit(j_common_ptr info) {
    struct folio_error *err = (struct folio_error *)info->err;
    longjmp(err->jump, 1);
}

static void folio_output_message(j_common_ptr info) { (void)info; }

static int folio_open(struct jpeg_decompress_struct *info, struct folio_error *err,
                      const unsigned char *data, size_t size) {
    info->err = jpeg_std_error(&err->base);
    err->base.error_exit = folio_error_exit;
    err->base.output_message = folio_output_message;
    jpeg_create_decompress(info);
    jpeg_mem_src(info, data, (unsigned long)size);
    return jpeg_read_header(info, TRUE) == JPEG_HEADER_OK ? 0 : -1;
}

int folio_jpeg_size(const unsigned char *data, size_t size, int *width, int *height) {
    struct jpeg_decompress_struct info;
    struct folio_error err;
    if (setjmp(err.jump)) { jpeg_destroy_decompress(&info); return -1; }
    if (folio_open(&info, &err, data, size) != 0) { jpeg_destroy_decompress(&info); return -1; }
    *width = (int)info.image_width;
    *height = (int)info.image_height;
    jpeg_destroy_decompress(&info);
    return 0;
}

int folio_jpeg_decode(const unsigned char *data, size_t size, unsigned char *out, int stride, int width, int height) {
    struct jpeg_decompress_struct info;
    struct folio_error err;
    if (setjmp(err.jump)) { jpeg_destroy_decompress(&info); return -1; }
    if (folio_open(&info, &err, data, size) != 0) { jpeg_destroy_decompress(&info); return -1; }
    // Cairo's ARGB32 word in memory: B, G, R, A on little-endian machines.
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    info.out_color_space = JCS_EXT_BGRA;
#else
    info.out_color_space = JCS_EXT_ARGB;
#endif
    jpeg_start_decompress(&info);
    if ((int)info.output_width != width || (int)info.output_height != height) {
        jpeg_destroy_decompress(&info);
        return -1;
    }
    while (info.output_scanline < info.output_height) {
        JSAMPROW row = out + (size_t)info.output_scanline * (size_t)stride;
        jpeg_read_scanlines(&info, &row, 1);
    }
    jpeg_finish_decompress(&info);
    jpeg_destroy_decompress(&info);
    return 0;
}
