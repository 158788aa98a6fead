// The document record of a fact file: one file is one document, identified by its path, so that
// importing it again adds nothing and importing a changed version replaces its facts.
#pragma once

#include "core/store/document.hpp"
#include "importers/importer.hpp"

namespace stancegraph {

DocumentRecord fact_file_document(const InputSource& input, std::string_view content);

}  // namespace stancegraph
