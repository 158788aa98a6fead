// Error locations and messages as a terminal shows them.
#include "core/error.hpp"

#include <catch2/catch.hpp>

using namespace stancegraph;

TEST_CASE("a location reads file:line:column") {
    CHECK(InputError({"a.csv", 3, 25}, "not UTF-8 text").what() == std::string("a.csv:3:25: not UTF-8 text"));
    CHECK(locate_offset("t.txt", "ab\nЖжx", 7).to_string() == "t.txt:2:3");  // columns count code points
}

TEST_CASE("messages show control, bidi and invalid bytes escaped, and keep the rest") {
    CHECK(printable("unknown entity \"\xe2\x80\xae" "aissuR\"") == "unknown entity \"\\u202eaissuR\"");
    CHECK(printable(std::string_view("a\0b\x1b[31m\n\t\x7f", 11)) == "a\\x00b\\x1b[31m\\n\\t\\x7f");
    CHECK(printable("Latin-1 \xe9t\xe9") == "Latin-1 \\xe9t\\xe9");
    CHECK(printable("\xc2\x85 and \xe2\x81\xa6") == "\\x85 and \\u2066");  // NEL, a C1 control; an isolate
    CHECK(printable("كازاخستان, Казахстан, «Türkiye» — ok") == "كازاخستان, Казахстан, «Türkiye» — ok");
    CHECK(printable("\xef\xbf\xbd stays") == "\xef\xbf\xbd stays");  // a real U+FFFD is no invalid byte
}
