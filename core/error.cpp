// Formatting of error locations as "file:line:column".
#include "error.hpp"

#include <string_view>

namespace stancegraph {

std::string SourceLocation::to_string() const {
    std::string out = file.empty() ? "<input>" : file;
    if (line > 0) {
        out += ':' + std::to_string(line);
        if (column > 0) out += ':' + std::to_string(column);
    }
    return out;
}

InputError::InputError(SourceLocation location, const std::string& message)
    : Error(location.to_string() + ": " + message), location_(std::move(location)), bare_message_(message) {}

SourceLocation locate_offset(const std::string& file, std::string_view text, std::size_t offset,
                             std::size_t first_line) {
    SourceLocation loc{file, first_line, 1};
    if (offset > text.size()) offset = text.size();
    for (std::size_t i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\n') {
            ++loc.line;
            loc.column = 1;
        } else if ((byte & 0xC0) != 0x80) {  // count code points, not continuation bytes
            ++loc.column;
        }
    }
    return loc;
}

}  // namespace stancegraph
