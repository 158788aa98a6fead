// Articles as input: article JSON, JSON Lines and plain text. Each article is one document whose
// facts come from the extractor; an article in a language without a lexicon is skipped with a warning.
#pragma once

#include "importers/importer.hpp"

namespace stancegraph {

class Extractor;

ImporterInfo article_json_importer_info();
ImporterInfo article_jsonl_importer_info();
ImporterInfo article_text_importer_info();

// The extractor for this gazetteer and data folder, built once per process (the name index is large).
const Extractor& shared_extractor(const ImportContext& context);

}  // namespace stancegraph
