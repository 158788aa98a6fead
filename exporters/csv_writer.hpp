// RFC 4180 CSV for every CSV stancegraph writes (the facts export and `--format csv` of the
// queries): a field with a comma, a quote, CR or LF is quoted and its quotes doubled; records end
// with CRLF, as the RFC says (csvkit, Python, spreadsheets and our own reader take it).
#pragma once

#include <initializer_list>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace stancegraph {

void append_csv_field(std::string& out, std::string_view field);
// One record, its CRLF included.
std::string csv_record(const std::vector<std::string>& fields);
void write_csv_record(std::ostream& out, std::initializer_list<std::string_view> fields);

}  // namespace stancegraph
