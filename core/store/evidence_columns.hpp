// The columns of an evidence row as `Evidence` holds them, selected and read the same way by every
// query that loads whole pieces of evidence (Store::load_graph, StoredSelection's full rows).
#pragma once

#include "../fact.hpp"
#include "sql_connection.hpp"

namespace stancegraph {

// To put in a SELECT on the evidence table aliased `e`.
inline constexpr const char* kEvidenceColumns =
    "e.document_id, e.url, e.published, e.text, e.sentence, e.start_offset, e.end_offset, e.line, e.rule, e.confidence";

inline constexpr int kEvidenceColumnCount = 10;

// Reads the kEvidenceColumns of `row`, the first at index `first`, into `e`, reusing its strings.
void read_evidence_columns(const sql::Statement& row, int first, Evidence& e);

}  // namespace stancegraph
