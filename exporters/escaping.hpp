// How each output format quotes text, so that any name (quotes, backslashes, `<`, `&`, newlines,
// control characters, DOT keywords, right-to-left text) comes out as text and nothing else. All of
// them drop invalid UTF-8 or replace it, since every reader downstream expects UTF-8.
#pragma once

#include <string>
#include <string_view>

namespace stancegraph {

// A DOT quoted string: quotes and backslashes escaped, '&' written as an entity (Graphviz decodes
// entities), a newline kept as a line break, other control characters and invalid UTF-8 dropped.
// Quoting every id and label also keeps DOT keywords (`node`, `graph`) from being read as keywords.
std::string dot_quote(std::string_view text);

// Text for XML 1.0 content or attribute values: & < > as entities, and " ' in attributes; characters
// XML 1.0 forbids (C0 controls but tab, newline and carriage return; U+FFFE, U+FFFF) and invalid UTF-8
// dropped; a carriage return always, and in attributes also newline and tab, as character references
// so that parsers keep them instead of normalizing them away.
void append_xml_escaped(std::string& out, std::string_view text, bool attribute);
std::string xml_escape(std::string_view text, bool attribute = false);

// Text inside a Graphviz HTML-like label: XML-escaped, newlines as <BR/>.
std::string dot_html_text(std::string_view text);

// A SQL string literal for SQLite and for PostgreSQL with standard_conforming_strings on (which the
// SQL exporter sets): quotes doubled, backslashes kept as they are, NUL dropped (PostgreSQL text cannot
// hold it), invalid UTF-8 replaced by U+FFFD (PostgreSQL rejects it); newlines and the rest kept.
std::string sql_literal(std::string_view text);
void append_sql_literal(std::string& out, std::string_view text);

// JSON text made safe to sit inside an HTML <script> element: `<`, `>`, `&` and U+2028/U+2029 as
// JSON escapes (\u003c …), so that "</script>" or "<!--" in a name cannot end or change the element.
// These characters occur only inside strings of JSON text, where the escapes mean the same.
void append_script_json(std::string& out, std::string_view json);

}  // namespace stancegraph
