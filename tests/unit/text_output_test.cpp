// How text output reads: predicates that agree with the number of entities, names in folded order,
// and RFC 4180 CSV.
#include "core/english_predicate.hpp"
#include "core/name_order.hpp"
#include "exporters/csv_writer.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

using namespace stancegraph;

namespace {
std::string predicate(const char* relation, std::size_t n) { return english_predicate(*testing::ontology().find(relation), n); }
}  // namespace

TEST_CASE("a relation's predicate agrees with the number of entities") {
    CHECK(predicate("recognizes", 1) == "recognizes");
    CHECK(predicate("recognizes", 58) == "recognize");
    CHECK(predicate("recognizes", 0) == "recognize");
    CHECK(predicate("does_not_recognize", 4) == "do not recognize");
    CHECK(predicate("establishes_relations", 2) == "establish relations");
    CHECK(predicate("annexes", 2) == "annex");
    CHECK(predicate("occupies", 2) == "occupy");
    CHECK(predicate("praises", 2) == "praise");
    CHECK(predicate("member_of", 1) == "is member of");
    CHECK(predicate("member_of", 3) == "are member of");
    CHECK(entity_count(1) == "1 entity");
    CHECK(entity_count(58) == "58 entities");
}

TEST_CASE("names sort by their folded form, not by bytes") {
    std::vector<std::string> names{"Zambia", "Åland Islands", "côte d'Ivoire", "Costa Rica", "albania", "Chad"};
    std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) { return folded_name_less(a, b); });
    CHECK(names == std::vector<std::string>{"Åland Islands", "albania", "Chad", "Costa Rica", "côte d'Ivoire", "Zambia"});
}

TEST_CASE("CSV quotes fields with commas, quotes and line breaks, and ends records with CRLF") {
    CHECK(csv_record({"a", "b c", ""}) == "a,b c,\r\n");
    CHECK(csv_record({"x,y", "say \"no\"", "two\nlines", "cr\r"}) == "\"x,y\",\"say \"\"no\"\"\",\"two\nlines\",\"cr\r\"\r\n");
    std::ostringstream out;
    write_csv_record(out, {"id", "name"});
    CHECK(out.str() == "id,name\r\n");
}
