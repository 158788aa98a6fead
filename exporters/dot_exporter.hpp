// Graphviz DOT: entities drawn by kind, facts as edges styled by the ontology, a legend and a title.
// Every id and label is a quoted DOT string, so names like `node`, `"`, `\` or newlines survive.
#pragma once

#include "exporter.hpp"

#include <string>
#include <string_view>

namespace stancegraph {

ExporterInfo dot_exporter_info();

// A DOT quoted string: quotes and backslashes escaped, '&' written as an entity (Graphviz decodes
// entities), a newline kept as a line break, other control characters and invalid UTF-8 dropped.
std::string dot_quote(std::string_view text);

}  // namespace stancegraph
