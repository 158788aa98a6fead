// Tokens keep their byte spans; sentences end at full stops, question marks and line breaks but
// not after abbreviations or initials.
#include "importers/article/tokenizer.hpp"

#include <catch2/catch.hpp>

using namespace stancegraph;

namespace {
std::vector<std::string> sentences(const std::string& text, std::unordered_set<std::string> abbreviations = {"st", "mr"}) {
    const auto t = tokenize(text, abbreviations);
    std::vector<std::string> out;
    for (const auto& s : t.sentences) out.push_back(text.substr(s.start, s.end - s.start));
    return out;
}
}  // namespace

TEST_CASE("sentences end at full stops and line breaks") {
    CHECK(sentences("Russia recognised Abkhazia. Georgia protested!\nA new paragraph") ==
          std::vector<std::string>{"Russia recognised Abkhazia.", "Georgia protested!", "A new paragraph"});
}

TEST_CASE("abbreviations, initials and lower-case continuations do not end a sentence") {
    CHECK(sentences("The U.S. State Department said so. Mr. Blinken agreed.") ==
          std::vector<std::string>{"The U.S. State Department said so.", "Mr. Blinken agreed."});
    CHECK(sentences("They met in St. Petersburg on Friday.").size() == 1);
    CHECK(sentences("It grew by 1.5 percent.").size() == 1);
}

TEST_CASE("Arabic and Russian sentences split at their punctuation") {
    CHECK(sentences("اعترفت سوريا بأبخازيا. وقطعت جورجيا العلاقات؟ نعم") ==
          std::vector<std::string>{"اعترفت سوريا بأبخازيا.", "وقطعت جورجيا العلاقات؟", "نعم"});
    CHECK(sentences("Казахстан не признает ДНР. Токаев заявил об этом.").size() == 2);
}

TEST_CASE("tokens are folded and point back into the original text") {
    const std::string text = "«Казахстан» — Kazakhstan’s choice, 34,000 people";
    const auto t = tokenize(text, {});
    std::vector<std::string> folded;
    for (const auto& token : t.tokens) {
        folded.push_back(token.folded);
        CHECK(token.end > token.start);
    }
    CHECK(folded == std::vector<std::string>{"«", "казахстан", "»", "—", "kazakhstan", "'", "s", "choice", ",", "34,000", "people"});
    CHECK(text.substr(t.tokens[1].start, t.tokens[1].end - t.tokens[1].start) == "Казахстан");
    CHECK(t.tokens[1].capitalized);
    CHECK(t.tokens[9].kind == TokenKind::number);
}

TEST_CASE("capitalization and acronyms are recorded") {
    const auto t = tokenize("US troops told us about NATO", {});
    CHECK(t.tokens[0].all_upper);
    CHECK_FALSE(t.tokens[3].capitalized);
    CHECK(t.tokens[5].all_upper);
}
