// Nearest spellings: the edit distance, and the suggestions commands, options, relations and
// entities get when a name is mistyped.
#include "core/spelling.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace stancegraph;

TEST_CASE("edit distance counts inserts, deletes, substitutions and swaps of neighbours in code points") {
    CHECK(edit_distance("import", "import") == 0);
    CHECK(edit_distance("improt", "import") == 1);  // a swap is one edit
    CHECK(edit_distance("kazakstan", "kazakhstan") == 1);
    CHECK(edit_distance("kosvo", "kosovo") == 1);
    CHECK(edit_distance("", "abc") == 3);
    CHECK(edit_distance("казахстан", "казакстан") == 1);  // one Cyrillic letter, not two bytes
}

TEST_CASE("suggestions keep the nearest within the allowance, and nothing far") {
    Suggestions s("--asof");
    for (const char* option : {"--as-of", "--db", "--format", "--at-least", "--family"}) s.consider(option, option);
    CHECK(s.best() == std::vector<std::string>{"--as-of"});
    CHECK(s.did_you_mean() == "; did you mean '--as-of'?");

    Suggestions far("zzzzzz");
    far.consider("import", "import");
    CHECK(far.best().empty());
    CHECK(far.did_you_mean().empty());
}

TEST_CASE("mistyped entity names get the entities they were meant for") {
    const Gazetteer& g = testing::gazetteer();
    CHECK(g.did_you_mean("Kazakstan").find("'Kazakhstan (KAZ)'") != std::string::npos);
    CHECK(g.did_you_mean("Kosvo").find("'Kosovo (XKX)'") != std::string::npos);
    CHECK(g.did_you_mean("Qwxzvbnmpl").empty());
}

TEST_CASE("relations answer to British spellings and suggest the nearest name") {
    const RelationOntology& o = testing::ontology();
    REQUIRE(o.find("recognises") != nullptr);
    CHECK(o.find("recognises")->name == "recognizes");
    CHECK(o.find("does_not_recognise")->name == "does_not_recognize");
    CHECK(o.did_you_mean("recognise") == "; did you mean 'recognizes'?");
    CHECK(o.did_you_mean("Does not recognize") == "; did you mean 'does_not_recognize'?");
}
