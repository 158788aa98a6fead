// Fixtures for extraction tests: the real lexicons and an extractor over the real gazetteer.
#pragma once

#include "importers/article/extractor.hpp"

#include <string>
#include <vector>

namespace stancegraph::testing {

const LexiconSet& lexicons();
const Morphology& morphology();
const Extractor& extractor();
// Facts of one article as "Source relation Target valid_from" lines (English names).
std::vector<std::string> extract_lines(const std::string& lang, const std::string& published, const std::string& text);
// True when `line` is one of `lines`; when not, the lines are reported with the failing check.
bool has(const std::vector<std::string>& lines, const std::string& line);
// True when a line contains `part` ("Kazakhstan does_not_recognize").
bool any_with(const std::vector<std::string>& lines, const std::string& part);

}  // namespace stancegraph::testing
