// Lexicon word patterns: prefixes, alternatives and bounded gaps.
#include "importers/article/pattern.hpp"

#include <catch2/catch.hpp>

#include <memory>

using namespace stancegraph;

namespace {
// Forms kept alive for the test's TextForms to point into.
TextForms words(std::initializer_list<const char*> list) {
    static std::vector<std::unique_ptr<std::vector<std::string>>> storage;
    TextForms out;
    for (const char* w : list) {
        storage.push_back(std::make_unique<std::vector<std::string>>(std::vector<std::string>{w}));
        out.push_back(storage.back().get());
    }
    return out;
}
}  // namespace

TEST_CASE("a prefix word matches inflected forms") {
    const Pattern p = Pattern::parse("recogni*");
    CHECK(p.match(words({"recognised"}), 0, 1) == 1u);
    CHECK(p.match(words({"recognition"}), 0, 1) == 1u);
    CHECK_FALSE(p.match(words({"reckon"}), 0, 1));
}

TEST_CASE("gaps bind to the nearest match and respect their bound") {
    const Pattern p = Pattern::parse("sever* ~2 relations|ties");
    CHECK(p.match(words({"severed", "diplomatic", "ties"}), 0, 3) == 3u);
    CHECK(p.match(words({"severs", "all", "its", "ties"}), 0, 4) == 4u);
    CHECK_FALSE(p.match(words({"severed", "all", "of", "its", "ties"}), 0, 5));
    CHECK_FALSE(p.match(words({"severed", "diplomatic", "ties"}), 0, 2));  // the limit ends the sentence
}

TEST_CASE("any form of a word may match") {
    const Pattern p = Pattern::parse("اعتراف*");
    const std::vector<std::string> word{"بالاعتراف", "الاعتراف", "اعتراف"};
    CHECK(p.match(TextForms{&word}, 0, 1) == 1u);
}

TEST_CASE("bad patterns are refused") {
    CHECK_THROWS_AS(Pattern::parse(""), std::invalid_argument);
    CHECK_THROWS_AS(Pattern::parse("~2 ties"), std::invalid_argument);
    CHECK_THROWS_AS(Pattern::parse("cut ~2"), std::invalid_argument);
}
