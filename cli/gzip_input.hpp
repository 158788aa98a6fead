// Gzip-compressed inputs (`events.export.CSV.gz`, `facts.csv.gz`) are read like zip archives: the
// content, decompressed, goes to the importer its inner name (without .gz) or its bytes call for.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace stancegraph {

// More than this decompressed is refused: a few kilobytes of gzip can expand to terabytes.
constexpr std::size_t kMaxGzipContent = std::size_t{1} << 30;

bool is_gzip(std::string_view path, std::string_view head);
// The name a gzip file stands for: "a.csv.gz" → "a.csv".
std::string without_gz_suffix(const std::string& path);
// The whole decompressed content; InputError (file, no line) when it is not gzip, is cut short or
// corrupt, or exceeds `limit`.
std::string read_gzip_file(const std::string& path, std::size_t limit = kMaxGzipContent);

}  // namespace stancegraph
