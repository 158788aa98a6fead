// Fact files as JSON Lines: one object per line with source, relation, target and optionally
// valid_from, valid_to, evidence, url, confidence. Entities are names, ids or {"id", "name"} objects;
// evidence is a text, an object or a list of objects, so that `export --format jsonl` and
// `extract` output import back.
#pragma once

#include "importers/importer.hpp"

namespace stancegraph {

ImporterInfo fact_jsonl_importer_info();

}  // namespace stancegraph
