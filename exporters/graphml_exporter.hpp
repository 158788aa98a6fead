// GraphML for Gephi, NetworkX, igraph and yEd: typed keys declared once, node ids = entity ids, one
// edge per fact. Written by hand rather than with Boost's write_graphml, which writes booleans as 0/1,
// `long` keys and control characters that XML forbids.
#pragma once

#include "exporter.hpp"

#include <ostream>
#include <string>
#include <string_view>

namespace stancegraph {

ExporterInfo graphml_exporter_info();

void write_graphml(std::ostream& out, const StanceGraph& graph, const Selection& selection, const ExportOptions& options);

// Escapes text for XML 1.0 content or attribute values: & < > " ' as entities; characters XML 1.0
// forbids (most C0 controls, U+FFFE, U+FFFF) and invalid UTF-8 dropped; carriage returns always, and
// in attributes also newlines and tabs, as character references so that parsers keep them.
void append_xml_escaped(std::string& out, std::string_view text, bool attribute);
std::string xml_escape(std::string_view text, bool attribute = false);

}  // namespace stancegraph
