// How each output format quotes text: DOT strings, XML content and attributes, Graphviz HTML labels,
// SQL literals. Each hostile input is checked against the exact text expected.
#include "exporters/escaping.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace stancegraph;
using namespace std::string_literals;

TEST_CASE("dot_quote quotes keywords and escapes quotes, backslashes and newlines") {
    CHECK(dot_quote("node") == "\"node\"");
    CHECK(dot_quote("graph") == "\"graph\"");
    CHECK(dot_quote("say \"hi\"") == "\"say \\\"hi\\\"\"");
    // A trailing backslash must not escape the closing quote.
    CHECK(dot_quote("back\\slash\\") == "\"back\\\\slash\\\\\"");
    CHECK(dot_quote("two\nlines") == "\"two\\nlines\"");
    CHECK(dot_quote("-> {x}; a=b") == "\"-> {x}; a=b\"");
}

TEST_CASE("dot_quote keeps entities literal, drops control characters and invalid UTF-8, keeps RTL text") {
    CHECK(dot_quote("<b>&amp;</b>") == "\"<b>&amp;amp;</b>\"");
    CHECK(dot_quote("bell\x07" "char\ttab\r") == "\"bellchartab\"");
    CHECK(dot_quote("bad\xC3(utf8\xFF") == "\"bad(utf8\"");
    CHECK(dot_quote("جمهورية الاختبار") == "\"جمهورية الاختبار\"");
    CHECK(dot_quote("") == "\"\"");
}

TEST_CASE("xml_escape escapes markup in content and quotes in attributes") {
    CHECK(xml_escape("<b>&amp;</b>") == "&lt;b&gt;&amp;amp;&lt;/b&gt;");
    CHECK(xml_escape("say \"hi\" it's") == "say \"hi\" it's");
    CHECK(xml_escape("say \"hi\" it's", true) == "say &quot;hi&quot; it&apos;s");
    CHECK(xml_escape("back\\slash\\") == "back\\slash\\");
    CHECK(xml_escape("Казахстан — كازاخستان 🇰🇿") == "Казахстан — كازاخستان 🇰🇿");
}

TEST_CASE("xml_escape drops what XML 1.0 forbids and keeps whitespace as parsers would lose it") {
    CHECK(xml_escape("a\x01" "b\x08" "c\x0B" "d\x0C" "e\x1F" "f\x7F" "g") == "abcdef\x7Fg");  // DEL is allowed in XML 1.0
    CHECK(xml_escape("nul"s + '\0' + "byte") == "nulbyte");
    CHECK(xml_escape("not\xEF\xBF\xBE" "chars\xEF\xBF\xBF") == "notchars");       // U+FFFE, U+FFFF
    CHECK(xml_escape("bad\xC3(utf8\xFF") == "bad(utf8");
    CHECK(xml_escape("kept \xEF\xBF\xBD") == "kept \xEF\xBF\xBD");               // a real U+FFFD
    CHECK(xml_escape("two\nlines\tand\r") == "two\nlines\tand&#13;");
    CHECK(xml_escape("two\nlines\tand\r", true) == "two&#10;lines&#9;and&#13;");
}

TEST_CASE("dot_html_text escapes markup and breaks lines") {
    CHECK(dot_html_text("a <b> & c\nnext") == "a &lt;b&gt; &amp; c<BR/>next");
    CHECK(dot_html_text("\n") == "<BR/>");
}

TEST_CASE("sql_literal doubles quotes, keeps backslashes and newlines, drops NUL, repairs invalid UTF-8") {
    CHECK(sql_literal("plain") == "'plain'");
    CHECK(sql_literal("O'Brien's") == "'O''Brien''s'");
    CHECK(sql_literal("back\\slash\\") == "'back\\slash\\'");
    CHECK(sql_literal("two\nlines\r\ttab\x07") == "'two\nlines\r\ttab\x07'");
    CHECK(sql_literal("nul"s + '\0' + "byte") == "'nulbyte'");
    CHECK(sql_literal("bad\xC3(utf8") == "'bad\xEF\xBF\xBD(utf8'");
    CHECK(sql_literal("'; DROP TABLE facts; --") == "'''; DROP TABLE facts; --'");
    CHECK(sql_literal("جمهورية 'الاختبار'") == "'جمهورية ''الاختبار'''");
    CHECK(sql_literal("") == "''");
}
