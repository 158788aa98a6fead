// The CSV reader: RFC 4180 quoting and located errors.
#include "importers/facts/csv_reader.hpp"

#include "core/error.hpp"

#include <catch2/catch.hpp>

using namespace stancegraph;

TEST_CASE("fields, quotes, doubled quotes, newlines in quotes and CRLF") {
    CsvReader reader("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n\nlast,,\n", "f.csv");
    std::vector<CsvField> fields;
    REQUIRE(reader.next(fields));
    CHECK(fields.size() == 3);
    REQUIRE(reader.next(fields));
    CHECK(reader.record_line() == 2);
    CHECK(fields[0].value == "x, y");
    CHECK(fields[1].value == "say \"hi\"");
    CHECK(fields[1].column == 8);
    CHECK(fields[2].value == "two\nlines");
    REQUIRE(reader.next(fields));
    CHECK(reader.record_line() == 5);
    CHECK(fields.size() == 3);
    CHECK(fields[1].value.empty());
    CHECK_FALSE(reader.next(fields));
}

TEST_CASE("columns count characters, not bytes") {
    CsvReader reader("Россия,recognizes,Абхазия\n", "f.csv");
    std::vector<CsvField> fields;
    REQUIRE(reader.next(fields));
    CHECK(fields[1].column == 8);
    CHECK(fields[2].column == 19);
}

TEST_CASE("an unbalanced quote is an error at the opening quote") {
    CsvReader reader("a,b\nx,\"never closed\n", "f.csv");
    std::vector<CsvField> fields;
    REQUIRE(reader.next(fields));
    try {
        reader.next(fields);
        FAIL("no error");
    } catch (const InputError& e) {
        CHECK(e.location().line == 2);
        CHECK(e.location().column == 3);
        CHECK(std::string(e.what()).find("f.csv:2:3") == 0);
    }
}

TEST_CASE("text after a closing quote and a stray quote are errors") {
    std::vector<CsvField> fields;
    CsvReader after("\"a\"b,c\n", "f.csv");
    CHECK_THROWS_AS(after.next(fields), InputError);
    CsvReader stray("a\"b,c\n", "f.csv");
    CHECK_THROWS_AS(stray.next(fields), InputError);
}

TEST_CASE("text that is not UTF-8, or holds a NUL byte, is an error at that byte") {
    auto location_of = [](std::string_view text) {
        try {
            CsvReader reader(text, "f.csv");
        } catch (const InputError& e) {
            return std::to_string(e.location().line) + ":" + std::to_string(e.location().column);
        }
        return std::string("no error");
    };
    CHECK(location_of("a,b\nРоссия,\xff\n") == "2:8");
    CHECK(location_of("a,b\nx,\xc0\xaf\n") == "2:3");                  // an overlong "/"
    CHECK(location_of(std::string_view("a,b\nx,y\0z\n", 10)) == "2:4");
    CHECK(location_of(std::string_view("\xff\xfe" "a\0,\0", 6)) == "1:1");  // UTF-16 with its byte order mark
    CHECK(location_of("a,b\nx,y\n") == "no error");
}
