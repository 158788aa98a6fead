#include "sql_placeholders.hpp"

#include <algorithm>
#include <cstddef>

namespace stancegraph::sql {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Bytes of UTF-8 sequences count as letters, as SQLite's tokenizer treats them.
bool starts_name(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}

bool continues_name(char c) { return starts_name(c) || is_digit(c) || c == '$'; }

// The end of a quoted run that opens at `start`; a doubled quote is an escaped one, not the end.
std::size_t end_of_quoted(std::string_view sql, std::size_t start) {
    const char quote = sql[start];
    std::size_t i = start + 1;
    while (i < sql.size()) {
        if (sql[i] == quote) {
            if (i + 1 < sql.size() && sql[i + 1] == quote) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        ++i;
    }
    return sql.size();
}

std::size_t end_of_line_comment(std::string_view sql, std::size_t start) {
    const std::size_t newline = sql.find('\n', start);
    return newline == std::string_view::npos ? sql.size() : newline + 1;
}

std::size_t end_of_block_comment(std::string_view sql, std::size_t start) {
    const std::size_t close = sql.find("*/", start + 2);
    return close == std::string_view::npos ? sql.size() : close + 2;
}

}  // namespace

TranslatedSql translate_placeholders(std::string_view sql) {
    TranslatedSql out;
    out.sql.reserve(sql.size() + 16);
    auto emit = [&out](int number) {
        out.sql += '$';
        out.sql += std::to_string(number);
        out.parameter_count = std::max(out.parameter_count, number);
    };

    std::size_t i = 0;
    while (i < sql.size()) {
        const char c = sql[i];
        std::size_t end = i + 1;
        if (c == '\'' || c == '"') {
            end = end_of_quoted(sql, i);
        } else if (c == '-' && sql.substr(i, 2) == "--") {
            end = end_of_line_comment(sql, i);
        } else if (c == '/' && sql.substr(i, 2) == "/*") {
            end = end_of_block_comment(sql, i);
        } else if (c == ':' && i + 1 < sql.size() && sql[i + 1] == ':') {
            end = i + 2;  // a cast
        } else if (c == ':' && i + 1 < sql.size() && starts_name(sql[i + 1])) {
            end = i + 2;
            while (end < sql.size() && continues_name(sql[end])) ++end;
            const std::string name(sql.substr(i, end - i));
            const auto known = std::find_if(out.names.begin(), out.names.end(),
                                            [&name](const auto& entry) { return entry.first == name; });
            const int number = known != out.names.end() ? known->second : out.parameter_count + 1;
            if (known == out.names.end()) out.names.emplace_back(name, number);
            emit(number);
            i = end;
            continue;
        } else if (c == '?') {
            while (end < sql.size() && is_digit(sql[end])) ++end;
            emit(end > i + 1 ? std::stoi(std::string(sql.substr(i + 1, end - i - 1))) : out.parameter_count + 1);
            i = end;
            continue;
        }
        out.sql.append(sql.substr(i, end - i));
        i = end;
    }
    return out;
}

}  // namespace stancegraph::sql
