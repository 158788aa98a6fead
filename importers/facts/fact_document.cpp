// Document records for fact files.
#include "fact_document.hpp"

#include <filesystem>

namespace stancegraph {

DocumentRecord fact_file_document(const InputSource& input, std::string_view content) {
    DocumentRecord doc;
    doc.kind = "facts";
    doc.content_hash = content_hash(content);
    // Standard input has no name: its content is its identity.
    doc.id = input.canonical_path.empty() ? "stdin:" + doc.content_hash : "file:" + input.canonical_path;
    doc.title = input.canonical_path.empty() ? "standard input" : std::filesystem::path(input.canonical_path).filename().string();
    doc.source_path = input.canonical_path;
    return doc;
}

}  // namespace stancegraph
