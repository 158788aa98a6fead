// A document as the store keeps it: the unit of provenance and of import. An article, a fact file
// or an event file; re-importing an unchanged document adds nothing, a changed one replaces it.
#pragma once

#include "../entity.hpp"
#include "../fact.hpp"
#include "../partial_date.hpp"

#include <optional>
#include <string>
#include <vector>

namespace stancegraph {

struct DocumentRecord {
    std::string id;
    std::string kind;  // article, facts, events
    std::string url;
    std::string title;
    std::string lang;
    std::optional<PartialDate> published;
    std::string content_hash;
    std::string source_path;
};

// A document and the facts read from it, ready for the store.
struct ImportedDocument {
    DocumentRecord document;
    std::vector<Fact> facts;
    // Entities the document defines (the people of an actor dictionary), stored in the document's
    // transaction even when no fact names them, so that a killed import leaves none behind.
    std::vector<Entity> entities;
    // Event data: the ids of the events the document's facts were made of, by the format's name,
    // so that another file holding the same events adds them once.
    std::string event_format;
    std::vector<std::string> event_ids;
};

// A stable 64-bit FNV-1a hash as 16 hex digits; only used to notice that a document changed.
std::string content_hash(std::string_view bytes);

class ContentHasher {
public:
    void update(std::string_view bytes);
    std::string hex() const;

private:
    std::uint64_t state_ = 14695981039346656037ull;
};

}  // namespace stancegraph
