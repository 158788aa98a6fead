// RFC 4180 parsing with located fields.
#include "csv_reader.hpp"

#include "core/error.hpp"
#include "core/text_folding.hpp"

namespace stancegraph {

CsvReader::CsvReader(std::string_view text, std::string file, char delimiter)
    : text_(text), file_(std::move(file)), delimiter_(delimiter) {
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;  // byte order mark
    // The whole text up front, so that no field of a file in another encoding (Latin-1, or UTF-16
    // with its NUL bytes) passes unnoticed because no check looks at its column.
    if (const auto bad = find_invalid_utf8(text_); bad != std::string_view::npos)
        throw InputError(locate_offset(file_, text_, bad), "not UTF-8 text (save the file as UTF-8)");
    if (const auto nul = text_.find('\0'); nul != std::string_view::npos)
        throw InputError(locate_offset(file_, text_, nul), "a NUL byte: not a text file (UTF-16 files must be saved as UTF-8)");
}

void CsvReader::advance() {
    const auto byte = static_cast<unsigned char>(text_[pos_++]);
    if (byte == '\n') {
        ++line_;
        column_ = 1;
    } else if ((byte & 0xC0) != 0x80) {
        ++column_;
    }
}

bool CsvReader::next(std::vector<CsvField>& fields) {
    fields.clear();
    // Skip blank lines between records.
    while (pos_ < text_.size() && (text_[pos_] == '\n' || text_[pos_] == '\r')) advance();
    if (pos_ >= text_.size()) return false;
    record_line_ = line_;
    while (true) {
        CsvField field{std::string(), line_, column_};
        if (pos_ < text_.size() && text_[pos_] == '"') {
            const std::size_t quote_line = line_, quote_column = column_;
            advance();
            while (true) {
                if (pos_ >= text_.size())
                    throw InputError({file_, quote_line, quote_column}, "quoted field never closes");
                if (text_[pos_] == '"') {
                    if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
                        field.value.push_back('"');
                        advance();
                        advance();
                        continue;
                    }
                    advance();
                    break;
                }
                field.value.push_back(text_[pos_]);
                advance();
            }
            if (pos_ < text_.size() && text_[pos_] != delimiter_ && text_[pos_] != '\n' && text_[pos_] != '\r')
                throw InputError({file_, line_, column_}, "unexpected text after a closing quote");
        } else {
            while (pos_ < text_.size() && text_[pos_] != delimiter_ && text_[pos_] != '\n' && text_[pos_] != '\r') {
                if (text_[pos_] == '"')
                    throw InputError({file_, line_, column_}, "quote inside an unquoted field (quote the whole field)");
                field.value.push_back(text_[pos_]);
                advance();
            }
        }
        fields.push_back(std::move(field));
        if (pos_ >= text_.size()) return true;
        if (text_[pos_] == delimiter_) {
            advance();
            continue;
        }
        // End of record: \n, \r\n or a lone \r.
        if (text_[pos_] == '\r') advance();
        if (pos_ < text_.size() && text_[pos_] == '\n') advance();
        return true;
    }
}

}  // namespace stancegraph
