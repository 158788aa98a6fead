// Printing aligned columns.
#include "text_table.hpp"

#include "core/text_folding.hpp"
#include "exporters/csv_writer.hpp"

#include <unicode/uchar.h>

#include <algorithm>

namespace stancegraph {

std::size_t display_width(const std::string& text) {
    std::size_t width = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t c = next_code_point(text, pos);
        const auto category = u_charType(static_cast<UChar32>(c));
        if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR) continue;
        const auto east_asian = u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_EAST_ASIAN_WIDTH);
        width += (east_asian == U_EA_WIDE || east_asian == U_EA_FULLWIDTH) ? 2 : 1;
    }
    return width;
}

std::string truncate_display(const std::string& text, std::size_t width) {
    if (display_width(text) <= width) return text;
    std::string out;
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t start = pos;
        next_code_point(text, pos);
        std::string next = out + text.substr(start, pos - start);
        if (display_width(next) + 1 > width) break;
        out = std::move(next);
    }
    return out + "…";
}

void TextTable::print_csv(std::ostream& out) const {
    out << csv_record(header_);
    for (const auto& row : rows_) out << csv_record(row);
}

void TextTable::print(std::ostream& out) const {
    std::vector<std::size_t> widths(header_.size(), 0);
    auto measure = [&](const std::vector<std::string>& row) {
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i) widths[i] = std::max(widths[i], display_width(row[i]));
    };
    measure(header_);
    for (const auto& row : rows_) measure(row);
    auto print_row = [&](const std::vector<std::string>& row) {
        std::string line;
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i) {
            // A cell with newlines would break the table; show them as spaces.
            std::string cell = row[i];
            std::replace(cell.begin(), cell.end(), '\n', ' ');
            line += cell;
            if (i + 1 < row.size()) line += std::string(widths[i] - display_width(cell) + 2, ' ');
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out << line << '\n';
    };
    print_row(header_);
    for (const auto& row : rows_) print_row(row);
}

}  // namespace stancegraph
