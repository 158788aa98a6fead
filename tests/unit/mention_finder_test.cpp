// Entity mentions: longest match, clitics and endings, case in English, people by date.
#include "extraction_support.hpp"
#include "importers/article/mention_finder.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace stancegraph;

namespace {
std::vector<std::string> found(const std::string& text, const std::string& lang, const char* date = "2022-06-17") {
    static const MentionFinder finder(testing::gazetteer(), testing::morphology());
    const auto tokens = tokenize(text, {});
    const Lexicon* lexicon = testing::lexicons().find(lang);
    std::vector<std::string> ids;
    for (const auto& m : finder.find(tokens.tokens, 0, tokens.tokens.size(), lang, lexicon->names_are_capitalized,
                                     PartialDate::parse(date)->first_day()))
        ids.push_back(m.entity->id + (m.prepositional ? "/object" : ""));
    return ids;
}
}  // namespace

TEST_CASE("the longest name wins") {
    CHECK(found("the Donetsk People's Republic and South Ossetia", "en") ==
          std::vector<std::string>{"donetsk-peoples-republic", "south-ossetia"});
    CHECK(found("جمهورية دونيتسك الشعبية", "ar") == std::vector<std::string>{"donetsk-peoples-republic"});
}

TEST_CASE("Arabic names carry clitics, and prepositions mark objects") {
    CHECK(found("لن تعترف بتايوان ولا كوسوفو وأبخازيا", "ar") == std::vector<std::string>{"TWN/object", "XKX", "abkhazia"});
    CHECK(found("الرئيس الكازاخستاني", "ar") == std::vector<std::string>{"KAZ"});
}

TEST_CASE("Russian names are found in any case") {
    CHECK(found("Казахстан не признал ни Тайвань, ни Косово, ни Абхазию", "ru") ==
          std::vector<std::string>{"KAZ", "TWN", "XKX", "abkhazia"});
    CHECK(found("вступление Финляндии в НАТО", "ru") == std::vector<std::string>{"FIN", "org-nato"});
}

TEST_CASE("English names need their capital letters") {
    CHECK(found("US officials told us", "en") == std::vector<std::string>{"USA"});
    CHECK(found("they polish the Polish border", "en") == std::vector<std::string>{"POL"});
}

TEST_CASE("people are found by surname and told apart by who was in office") {
    CHECK(found("Putin said", "en") == std::vector<std::string>{"person-vladimir-putin"});
    CHECK(found("Трамп заявил", "ru", "2018-01-01") == std::vector<std::string>{"person-donald-trump"});
    CHECK(found("Clinton said", "en", "2000-06-01") == std::vector<std::string>{"person-bill-clinton"});
    CHECK(found("Clinton said", "en", "2010-06-01") == std::vector<std::string>{"person-hillary-clinton"});
}

TEST_CASE("a name runs across an apostrophe, hyphen or full stop written inside it") {
    // A typographic apostrophe: the People's Republic is China, not the Republic of China.
    CHECK(found("The People’s Republic of China", "en") == std::vector<std::string>{"CHN"});
    CHECK(found("the U.S. and the U.K.", "en") == std::vector<std::string>{"USA", "GBR"});
    CHECK(found("Kim Jong-un", "en") == std::vector<std::string>{"person-kim-jong-un"});
    // Not across a full stop followed by a space: two sentences, two names.
    CHECK(found("in Congo. Kinshasa", "en").size() == 2);
}

TEST_CASE("Russian names need their capital letters, and demonyms do not") {
    CHECK(found("именно того и добивались", "ru").empty());
    CHECK(found("Того и Гана", "ru") == std::vector<std::string>{"TGO", "GHA"});
    CHECK(found("российский МИД", "ru") == std::vector<std::string>{"RUS"});
}

TEST_CASE("compound demonyms name the state they stand for") {
    CHECK(found("Turkish Cypriot leaders", "en") == std::vector<std::string>{"northern-cyprus"});
    CHECK(found("Greek Cypriot leaders", "en") == std::vector<std::string>{"CYP"});
}
