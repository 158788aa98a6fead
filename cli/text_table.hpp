// Aligned text columns for people, measured in display width (wide CJK characters count two).
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace stancegraph {

class TextTable {
public:
    explicit TextTable(std::vector<std::string> header) : header_(std::move(header)) {}
    void add_row(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
    bool empty() const { return rows_.empty(); }
    void print(std::ostream& out) const;
    // The same rows as RFC 4180 CSV with the header row, cells as they are (no truncation).
    void print_csv(std::ostream& out) const;

private:
    std::vector<std::string> header_;
    std::vector<std::vector<std::string>> rows_;
};

std::size_t display_width(const std::string& text);
// At most `width` display columns of the text, cut between characters, with "…" when cut.
std::string truncate_display(const std::string& text, std::size_t width);

}  // namespace stancegraph
