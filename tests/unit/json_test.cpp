// JSON parsing with located errors and hostile nesting.
#include "core/json.hpp"

#include <catch2/catch.hpp>

using namespace stancegraph;

TEST_CASE("a JSON error names file, line and column") {
    try {
        JsonDocument::parse("{\n  \"a\": 1,\n  \"b\": tru\n}", "x.json");
        FAIL("no error");
    } catch (const InputError& e) {
        CHECK(e.location().file == "x.json");
        CHECK(e.location().line == 3);
        CHECK(e.location().column >= 8);
    }
}

TEST_CASE("JSON Lines errors count from the line the text starts on") {
    try {
        JsonDocument::parse("{\"a\": }", "x.jsonl", 7);
        FAIL("no error");
    } catch (const InputError& e) {
        CHECK(e.location().line == 7);
        CHECK(e.location().column == 7);
    }
}

TEST_CASE("deep nesting does not exhaust the stack") {
    const std::string deep = std::string(200000, '[') + std::string(200000, ']');
    CHECK_NOTHROW(JsonDocument::parse(deep, "deep.json"));
}

TEST_CASE("invalid UTF-8 inside a string is an error") {
    CHECK_THROWS_AS(JsonDocument::parse("{\"a\": \"\xFF\"}", "x.json"), InputError);
}

TEST_CASE("the writer escapes what JSON needs and keeps Unicode") {
    JsonWriter w;
    w.begin_object().key("name").value("a\"b\\c\nд ك").key("n").value(3).key("none").null().end_object();
    CHECK(w.text() == "{\"name\":\"a\\\"b\\\\c\\nд ك\",\"n\":3,\"none\":null}");
}

TEST_CASE("the elements of a top-level array are located in one pass") {
    const auto at = array_element_locations("[\n  {\"a\": \"[,]\"},\n  {\"b\": [1, 2]}, 3,\"\\\"]\"\n]", "f.json");
    REQUIRE(at.size() == 4);
    CHECK(at[0].to_string() == "f.json:2:3");
    CHECK(at[1].to_string() == "f.json:3:3");
    CHECK(at[2].to_string() == "f.json:3:18");
    CHECK(at[3].to_string() == "f.json:3:20");
    CHECK(array_element_locations("{\"a\": [1, 2]}", "f.json").empty());
    CHECK(array_element_locations("[]", "f.json").empty());
}

TEST_CASE("numbers with exponents parse, zero among them (a fuzzing find: 0e61 was undefined behaviour)") {
    const JsonDocument doc = JsonDocument::parse(R"({"zero": 0e61, "tiny": 0.0e-400, "c": 0.85, "big": 1e300})", "n.json");
    const JsonValue root = doc.root();
    CHECK(root.get("zero")->as_double() == 0.0);
    CHECK(root.get("tiny")->as_double() == 0.0);
    CHECK(root.get("c")->as_double() == Approx(0.85));
    CHECK(root.get("big")->as_double() == Approx(1e300));
}
