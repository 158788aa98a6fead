// An RFC 4180 CSV reader that remembers the line and column where every field starts, so that a
// bad value is reported where it is. (Debian's CSV libraries report no columns, hence our own.)
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace stancegraph {

struct CsvField {
    std::string value;
    std::size_t line = 0;
    std::size_t column = 0;
};

class CsvReader {
public:
    // Throws InputError, located, when the text is not UTF-8 or holds a NUL byte.
    CsvReader(std::string_view text, std::string file, char delimiter = ',');

    // Reads the next record into `fields`; false at the end of the text. Blank lines are skipped.
    // Throws InputError on a quote that never closes or text right after a closing quote.
    bool next(std::vector<CsvField>& fields);
    // The line where the last record read starts.
    std::size_t record_line() const { return record_line_; }
    const std::string& file() const { return file_; }

private:
    void advance();  // moves past one byte, keeping line and column

    std::string_view text_;
    std::string file_;
    char delimiter_;
    std::size_t pos_ = 0;
    std::size_t line_ = 1;
    std::size_t column_ = 1;
    std::size_t record_line_ = 0;
};

}  // namespace stancegraph
