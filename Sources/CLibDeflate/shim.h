// libdeflate's gzip decompression interface, declared here rather than included from
// <libdeflate.h>: Debian images carry the runtime library (libdeflate.so.0, which libtiff
// needs) but not its -dev package, so a fresh machine builds Newsdesk with nothing installed.
// These declarations follow libdeflate's stable ABI (soname 0).
#include <stddef.h>

struct libdeflate_decompressor;

enum libdeflate_result {
    LIBDEFLATE_SUCCESS = 0,
    LIBDEFLATE_BAD_DATA = 1,
    LIBDEFLATE_SHORT_OUTPUT = 2,
    LIBDEFLATE_INSUFFICIENT_SPACE = 3,
};

struct libdeflate_decompressor *libdeflate_alloc_decompressor(void);

enum libdeflate_result libdeflate_gzip_decompress_ex(
    struct libdeflate_decompressor *decompressor, const void *in, size_t in_nbytes, void *out,
    size_t out_nbytes_avail, size_t *actual_in_nbytes_ret, size_t *actual_out_nbytes_ret);

void libdeflate_free_decompressor(struct libdeflate_decompressor *decompressor);
