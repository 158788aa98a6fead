// Building the extractor once for all extraction tests.
#include "extraction_support.hpp"

#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

namespace stancegraph::testing {

const LexiconSet& lexicons() {
    static const LexiconSet set = LexiconSet::load(data_paths().lexicon_dir(), ontology());
    return set;
}

const Morphology& morphology() {
    static const Morphology m(lexicons());
    return m;
}

const Extractor& extractor() {
    static const Extractor e(gazetteer(), ontology(), lexicons());
    return e;
}

std::vector<std::string> extract_lines(const std::string& lang, const std::string& published, const std::string& text) {
    Article a;
    a.id = "test";
    a.lang = lang;
    a.published = PartialDate::parse(published);
    a.text = text;
    std::vector<std::string> lines;
    for (const auto& f : extractor().extract(a, false).facts) {
        const Entity* s = gazetteer().by_id(f.source);
        const Entity* t = gazetteer().by_id(f.target);
        lines.push_back(s->name + " " + ontology().at(f.relation).name + " " + t->name + " " + to_string(f.valid.valid_from));
    }
    return lines;
}

bool has(const std::vector<std::string>& lines, const std::string& line) {
    if (std::find(lines.begin(), lines.end(), line) != lines.end()) return true;
    UNSCOPED_INFO("facts: ");
    for (const auto& l : lines) UNSCOPED_INFO("  " << l);
    return false;
}

bool any_with(const std::vector<std::string>& lines, const std::string& part) {
    return std::any_of(lines.begin(), lines.end(), [&](const std::string& l) { return l.find(part) != std::string::npos; });
}

}  // namespace stancegraph::testing
