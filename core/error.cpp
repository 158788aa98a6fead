// Formatting of error locations as "file:line:column".
#include "error.hpp"

#include "text_folding.hpp"

#include <cstdio>
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

namespace {

bool is_bidi_control(char32_t c) {
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

}  // namespace

std::string printable(std::string_view message) {
    std::string out;
    out.reserve(message.size());
    char escaped[16];
    for (std::size_t pos = 0; pos < message.size();) {
        const std::size_t start = pos;
        const auto byte = static_cast<unsigned char>(message[pos]);
        if (byte >= 0x20 && byte < 0x7F) {
            out.push_back(message[pos++]);
            continue;
        }
        if (byte == '\n' || byte == '\t' || byte == '\r') {
            out += byte == '\n' ? "\\n" : byte == '\t' ? "\\t" : "\\r";
            ++pos;
            continue;
        }
        const char32_t c = next_code_point(message, pos);
        const bool invalid = c == 0xFFFD && message.substr(start, pos - start) != "\xEF\xBF\xBD";
        if (invalid) {
            for (std::size_t i = start; i < pos; ++i) {
                std::snprintf(escaped, sizeof escaped, "\\x%02x", static_cast<unsigned char>(message[i]));
                out += escaped;
            }
        } else if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
            std::snprintf(escaped, sizeof escaped, "\\x%02x", static_cast<unsigned>(c));
            out += escaped;
        } else if (is_bidi_control(c) || c == 0x2028 || c == 0x2029) {
            std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
            out += escaped;
        } else {
            out.append(message, start, pos - start);
        }
    }
    return out;
}

}  // namespace stancegraph
