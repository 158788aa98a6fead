#include "connection_uri.hpp"

#include <cctype>
#include <cstddef>

namespace stancegraph::sql {
namespace {

bool has_prefix(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

// Masks the value of every `password=` that starts `text` or follows one of `separators`.
std::string mask_password_parameters(std::string text, std::string_view separators, std::string_view terminators) {
    constexpr std::string_view key = "password=";
    std::size_t from = 0;
    while ((from = text.find(key, from)) != std::string::npos) {
        const bool whole_key = from == 0 || separators.find(text[from - 1]) != std::string_view::npos;
        const std::size_t value = from + key.size();
        if (!whole_key) {
            from = value;
            continue;
        }
        std::size_t end = value;
        if (end < text.size() && text[end] == '\'') {
            // A quoted keyword value runs to the closing quote; backslash escapes a quote.
            ++end;
            while (end < text.size() && text[end] != '\'') end += text[end] == '\\' ? 2 : 1;
            end = end < text.size() ? end + 1 : text.size();
        } else {
            while (end < text.size() && terminators.find(text[end]) == std::string_view::npos) ++end;
        }
        text.replace(value, end - value, "***");
        from = value + 3;
    }
    return text;
}

}  // namespace

std::string masked_connection_string(std::string_view connection) {
    std::string text(connection);
    const bool uri = has_prefix(text, "postgresql://") || has_prefix(text, "postgres://");
    if (!uri) return mask_password_parameters(std::move(text), " \t\n", " \t\n");

    const std::size_t authority = text.find("://") + 3;
    std::size_t authority_end = text.find_first_of("/?#", authority);
    if (authority_end == std::string::npos) authority_end = text.size();
    const std::size_t at = text.rfind('@', authority_end - 1);
    if (at != std::string::npos && at >= authority) {
        const std::size_t colon = text.find(':', authority);
        if (colon != std::string::npos && colon < at) text.replace(colon + 1, at - colon - 1, "***");
    }
    return mask_password_parameters(std::move(text), "?&", "&#");
}

}  // namespace stancegraph::sql
