// One row of a fact file (CSV or JSON Lines) as located text values, and its conversion into a
// Fact: entities resolved, relation and dates checked, every error pointing at its field.
#pragma once

#include "core/fact.hpp"
#include "importers/importer.hpp"

#include <optional>
#include <string>
#include <vector>

namespace stancegraph {

struct LocatedText {
    std::optional<std::string> text;  // nullopt when the field is absent or null
    SourceLocation where;
};

struct FactRow {
    LocatedText source, relation, target, valid_from, valid_to, evidence, url, confidence;
    SourceLocation row;                    // the start of the row, for errors about the row as a whole
    std::vector<Evidence> extra_evidence;  // full evidence records (JSON Lines exports)
};

// Throws InputError naming the field's file, line and column.
Fact make_fact(const FactRow& row, ImportContext& context, const std::string& document_id);

}  // namespace stancegraph
