// Conjugating relation labels. The labels of data/relations.json are third person singular verbs
// ("recognizes", "does not recognize", "establishes relations") or, for states of being, a
// predicate noun or adjective ("member of", "allied with", "leader of").
#include "english_predicate.hpp"

namespace stancegraph {

namespace {

bool ends_with(const std::string& word, std::string_view end) { return word.size() > end.size() && word.ends_with(end); }

// "recognizes" → "recognize", "establishes" → "establish", "denies" → "deny", "does" → "do".
std::string plural_verb(const std::string& verb) {
    if (verb == "does") return "do";
    if (verb == "has") return "have";
    if (verb == "is") return "are";
    for (std::string_view sibilant : {"sses", "shes", "ches", "xes", "zzes"})
        if (ends_with(verb, sibilant)) return verb.substr(0, verb.size() - 2);
    if (ends_with(verb, "ies")) return verb.substr(0, verb.size() - 3) + "y";
    return verb.substr(0, verb.size() - 1);
}

}  // namespace

std::string english_predicate(const RelationInfo& relation, std::size_t subjects) {
    const std::string& label = relation.label("en");
    const std::size_t space = label.find(' ');
    const std::string first = label.substr(0, space);
    const bool verb = ends_with(first, "s") && !ends_with(first, "ss");
    if (!verb) return (subjects == 1 ? "is " : "are ") + label;
    if (subjects == 1) return label;
    return plural_verb(first) + (space == std::string::npos ? std::string() : label.substr(space));
}

std::string entity_count(std::size_t n) { return std::to_string(n) + (n == 1 ? " entity" : " entities"); }

}  // namespace stancegraph
