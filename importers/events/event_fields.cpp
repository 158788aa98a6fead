// Field readers for event files.
#include "event_fields.hpp"

#include "core/text_folding.hpp"

#include <charconv>
#include <cstring>

namespace stancegraph {

void split_tabs(std::string_view line, std::vector<std::string_view>& fields) {
    fields.clear();
    const char* start = line.data();
    const char* const end = line.data() + line.size();
    while (true) {
        const void* tab = std::memchr(start, '\t', static_cast<std::size_t>(end - start));
        if (!tab) {
            fields.emplace_back(start, static_cast<std::size_t>(end - start));
            return;
        }
        const char* stop = static_cast<const char*>(tab);
        fields.emplace_back(start, static_cast<std::size_t>(stop - start));
        start = stop + 1;
    }
}

namespace {

std::optional<int> digits(std::string_view text) {
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

std::optional<DayNumber> day_of(std::optional<int> year, std::optional<int> month, std::optional<int> day) {
    if (!year || !month || !day || *year < 1 || *month < 1 || *month > 12 || *day < 1) return std::nullopt;
    if (*day > days_in_month(*year, *month)) return std::nullopt;
    return days_from_civil(*year, *month, *day);
}

}  // namespace

std::optional<DayNumber> parse_compact_day(std::string_view text) {
    if (text.size() != 8 && text.size() != 14) return std::nullopt;
    if (text.size() == 14 && !digits(text.substr(8))) return std::nullopt;
    return day_of(digits(text.substr(0, 4)), digits(text.substr(4, 2)), digits(text.substr(6, 2)));
}

std::optional<DayNumber> parse_iso_day(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    return day_of(digits(text.substr(0, 4)), digits(text.substr(5, 2)), digits(text.substr(8, 2)));
}

std::optional<double> parse_number(std::string_view text) {
    double value = 0;
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

std::optional<long long> parse_integer(std::string_view text) {
    long long value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

std::size_t column_of(std::string_view line, std::string_view field) {
    std::size_t column = 1;
    const auto offset = static_cast<std::size_t>(field.data() - line.data());
    for (std::size_t i = 0; i < offset && i < line.size(); ++i)
        if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;
    return column;
}

bool is_valid_text(std::string_view text) {
    // Event files are nearly all ASCII: check eight bytes at a time before decoding.
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, text.data() + i, 8);
        if (word & 0x8080808080808080ull) return is_valid_utf8(text);
    }
    for (; i < text.size(); ++i)
        if (static_cast<unsigned char>(text[i]) & 0x80) return is_valid_utf8(text);
    return true;
}

}  // namespace stancegraph
