// Decompressing with zlib's gzip reader, which also takes concatenated members (as `cat a.gz b.gz`).
#include "gzip_input.hpp"

#include "core/error.hpp"

#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <memory>

namespace stancegraph {

namespace {

bool ends_with_gz(std::string_view path) {
    return path.size() > 3 && path[path.size() - 3] == '.' && (path[path.size() - 2] | 0x20) == 'g' && (path[path.size() - 1] | 0x20) == 'z';
}

}  // namespace

bool is_gzip(std::string_view path, std::string_view head) {
    if (head.size() >= 2) return static_cast<unsigned char>(head[0]) == 0x1f && static_cast<unsigned char>(head[1]) == 0x8b;
    return head.empty() && ends_with_gz(path);
}

std::string without_gz_suffix(const std::string& path) { return ends_with_gz(path) ? path.substr(0, path.size() - 3) : path; }

std::string read_gzip_file(const std::string& path, std::size_t limit) {
    gzFile file = gzopen(path.c_str(), "rb");
    if (!file) throw InputError({path, 0, 0}, std::string("cannot open: ") + std::strerror(errno));
    const std::unique_ptr<gzFile_s, decltype(&gzclose)> closer(file, &gzclose);
    gzbuffer(file, 1 << 17);
    std::string content;
    char buffer[1 << 16];
    for (;;) {
        const int n = gzread(file, buffer, sizeof buffer);
        if (n < 0) {
            int code = 0;
            const char* message = gzerror(file, &code);
            throw InputError({path, 0, 0}, std::string("corrupt gzip data: ") + (message ? message : "unknown error"));
        }
        if (n == 0) break;
        if (content.size() + static_cast<std::size_t>(n) > limit)
            throw InputError({path, 0, 0}, "decompresses to more than " + std::to_string(limit >> 20) + " MiB; unpack it first");
        content.append(buffer, static_cast<std::size_t>(n));
    }
    // gzread stops quietly at a truncated end; gzerror then tells.
    int code = 0;
    gzerror(file, &code);
    if (code != Z_OK && code != Z_STREAM_END) throw InputError({path, 0, 0}, "the gzip data is cut short");
    return content;
}

}  // namespace stancegraph
