// Quoting CSV fields.
#include "csv_writer.hpp"

namespace stancegraph {

void append_csv_field(std::string& out, std::string_view field) {
    if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
        out += field;
        return;
    }
    out += '"';
    for (char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

std::string csv_record(const std::vector<std::string>& fields) {
    std::string line;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) line += ',';
        append_csv_field(line, fields[i]);
    }
    return line + "\r\n";
}

void write_csv_record(std::ostream& out, std::initializer_list<std::string_view> fields) {
    std::string line;
    bool first = true;
    for (std::string_view field : fields) {
        if (!first) line += ',';
        first = false;
        append_csv_field(line, field);
    }
    out << line << "\r\n";
}

}  // namespace stancegraph
