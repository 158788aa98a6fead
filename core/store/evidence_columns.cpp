// Reading an evidence row.
#include "evidence_columns.hpp"


#include <string_view>

namespace stancegraph {

namespace {

std::string_view text_of(const sql::Column& column) { return column.getView(); }

}  // namespace

void read_evidence_columns(const sql::Statement& row, int first, Evidence& e) {
    auto column = [&](int i) { return row.getColumn(first + i); };
    e.document.assign(text_of(column(0)));
    e.url.assign(text_of(column(1)));
    e.published = column(2).isNull() ? std::nullopt : PartialDate::parse(text_of(column(2)));
    e.text.assign(text_of(column(3)));
    e.sentence = column(4).isNull() ? -1 : column(4).getInt();
    e.start = column(5).isNull() ? -1 : column(5).getInt64();
    e.end = column(6).isNull() ? -1 : column(6).getInt64();
    e.line = column(7).isNull() ? 0 : static_cast<std::size_t>(column(7).getInt64());
    e.rule.assign(text_of(column(8)));
    e.confidence = column(9).getDouble();
}

}  // namespace stancegraph
