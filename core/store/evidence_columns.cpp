// Reading an evidence row.
#include "evidence_columns.hpp"


#include <string_view>

namespace stancegraph {

void read_evidence_columns(const sql::Statement& row, int first, Evidence& e) {
    auto column = [&](int i) { return row.getColumn(first + i); };
    e.document.assign(column(0).getView());
    e.url.assign(column(1).getView());
    e.published = column(2).isNull() ? std::nullopt : PartialDate::parse(column(2).getView());
    e.text.assign(column(3).getView());
    e.sentence = column(4).isNull() ? -1 : column(4).getInt();
    e.start = column(5).isNull() ? -1 : column(5).getInt64();
    e.end = column(6).isNull() ? -1 : column(6).getInt64();
    e.line = column(7).isNull() ? 0 : static_cast<std::size_t>(column(7).getInt64());
    e.rule.assign(column(8).getView());
    e.confidence = column(9).getDouble();
}

}  // namespace stancegraph
