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
