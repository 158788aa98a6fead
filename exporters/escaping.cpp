// Quoting text for DOT, XML and SQL.
#include "escaping.hpp"

#include "core/text_folding.hpp"

namespace stancegraph {

namespace {

// Decodes the code point at `pos`; `invalid` is set for bytes that are not UTF-8 (as opposed to a
// genuine U+FFFD in the text).
char32_t decode(std::string_view text, std::size_t& pos, bool& invalid) {
    const std::size_t start = pos;
    const char32_t c = next_code_point(text, pos);
    invalid = c == 0xFFFD && text.substr(start, pos - start) != "\xEF\xBF\xBD";
    return c;
}

bool allowed_in_xml(char32_t c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

// Bytes XML takes as they are: printable ASCII but the markup characters. Quotes are markup only in
// attribute values.
struct PlainBytes {
    bool in_text[256] = {};
    bool in_attribute[256] = {};
    constexpr PlainBytes() {
        for (int b = 0x20; b < 0x80; ++b) in_text[b] = in_attribute[b] = b != '&' && b != '<' && b != '>';
        in_attribute[static_cast<unsigned char>('"')] = in_attribute[static_cast<unsigned char>('\'')] = false;
    }
};
constexpr PlainBytes kPlainBytes;

}  // namespace

std::string dot_quote(std::string_view text) {
    std::string out = "\"";
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t start = pos;
        bool invalid = false;
        const char32_t c = decode(text, pos, invalid);
        if (invalid) continue;
        if (c == U'"') out += "\\\"";
        else if (c == U'\\') out += "\\\\";  // so that a trailing backslash cannot escape the closing quote
        else if (c == U'\n') out += "\\n";
        else if (c == U'&') out += "&amp;";  // Graphviz decodes entities in labels; keep "&amp;" literal
        else if (c < 0x20 || c == 0x7F) continue;
        else out.append(text.substr(start, pos - start));
    }
    return out + "\"";
}

void append_xml_escaped(std::string& out, std::string_view text, bool attribute) {
    std::size_t clean = 0;  // start of the run of bytes still to copy as they are
    // Copies the clean run before `start`, then `with` instead of the bytes [start, end).
    auto replace = [&](std::size_t start, std::size_t end, std::string_view with) {
        out.append(text.substr(clean, start - clean));
        out.append(with);
        clean = end;
    };
    const bool* plain = attribute ? kPlainBytes.in_attribute : kPlainBytes.in_text;
    for (std::size_t pos = 0; pos < text.size();) {
        while (pos < text.size() && plain[static_cast<unsigned char>(text[pos])]) ++pos;  // the common case
        if (pos == text.size()) break;
        const std::size_t start = pos;
        const auto byte = static_cast<unsigned char>(text[pos]);
        if (byte >= 0x20 && byte < 0x80) {
            ++pos;
            switch (byte) {
                case '&': replace(start, pos, "&amp;"); break;
                case '<': replace(start, pos, "&lt;"); break;
                case '>': replace(start, pos, "&gt;"); break;
                case '"': replace(start, pos, "&quot;"); break;
                default: replace(start, pos, "&apos;"); break;
            }
            continue;
        }
        bool invalid = false;
        const char32_t c = decode(text, pos, invalid);
        if (invalid || !allowed_in_xml(c)) replace(start, pos, "");
        // Parsers turn a raw CR into LF, and raw LF or tab in an attribute into a space.
        else if (c == U'\r') replace(start, pos, "&#13;");
        else if (attribute && c == U'\n') replace(start, pos, "&#10;");
        else if (attribute && c == U'\t') replace(start, pos, "&#9;");
    }
    out.append(text.substr(clean));
}

std::string xml_escape(std::string_view text, bool attribute) {
    std::string out;
    append_xml_escaped(out, text, attribute);
    return out;
}

std::string dot_html_text(std::string_view text) {
    std::string out;
    for (std::size_t start = 0;;) {
        const std::size_t newline = text.find('\n', start);
        append_xml_escaped(out, text.substr(start, newline - start), false);
        if (newline == std::string_view::npos) break;
        out += "<BR/>";
        start = newline + 1;
    }
    return out;
}

void append_sql_literal(std::string& out, std::string_view text) {
    out += '\'';
    std::size_t clean = 0;  // start of the run of bytes still to copy as they are
    for (std::size_t pos = 0; pos < text.size();) {
        const auto byte = static_cast<unsigned char>(text[pos]);
        if (byte >= 0x20 && byte < 0x80 && byte != '\'') {
            ++pos;
            continue;
        }
        const std::size_t start = pos;
        bool invalid = false;
        const char32_t c = decode(text, pos, invalid);
        if (c != U'\'' && c != 0 && !invalid) continue;
        out.append(text.substr(clean, start - clean));
        if (c == U'\'') out += "''";
        else if (invalid) out += "\xEF\xBF\xBD";
        clean = pos;
    }
    out.append(text.substr(clean));
    out += '\'';
}

std::string sql_literal(std::string_view text) {
    std::string out;
    append_sql_literal(out, text);
    return out;
}

void append_script_json(std::string& out, std::string_view json) {
    std::size_t clean = 0;
    for (std::size_t pos = 0; pos < json.size(); ++pos) {
        const char c = json[pos];
        const char* escape = nullptr;
        std::size_t length = 1;
        if (c == '<') escape = "\\u003c";
        else if (c == '>') escape = "\\u003e";
        else if (c == '&') escape = "\\u0026";
        else if (c == '\xE2' && json.substr(pos, 3) == "\xE2\x80\xA8") escape = "\\u2028", length = 3;
        else if (c == '\xE2' && json.substr(pos, 3) == "\xE2\x80\xA9") escape = "\\u2029", length = 3;
        if (!escape) continue;
        out.append(json.substr(clean, pos - clean));
        out += escape;
        pos += length - 1;
        clean = pos + 1;
    }
    out.append(json.substr(clean));
}

}  // namespace stancegraph
