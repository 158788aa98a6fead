// Word forms by script: Arabic proclitics and the article, Russian case endings.
#include "core/text_folding.hpp"
#include "extraction_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace stancegraph;
using stancegraph::testing::morphology;

namespace {
bool has_form(const std::string& word, const std::string& form, bool first = true) {
    std::vector<std::string> forms;
    morphology().lookup_forms(fold(word), first, forms);
    return std::find(forms.begin(), forms.end(), fold(form)) != forms.end();
}
}  // namespace

TEST_CASE("Arabic proclitics are stripped only at the start of a name") {
    CHECK(has_form("وأبخازيا", "أبخازيا"));
    CHECK(has_form("بكازاخستان", "كازاخستان"));
    CHECK(has_form("وبروسيا", "روسيا"));
    CHECK(has_form("للولايات", "الولايات"));   // ل + الولايات loses the alef
    CHECK(has_form("وللولايات", "الولايات"));
    CHECK_FALSE(has_form("وأبخازيا", "أبخازيا", false));
    CHECK_FALSE(has_form("بر", "ر"));          // nothing left to be a word
}

TEST_CASE("a prepositional clitic is told from a conjunction") {
    std::vector<std::string> forms, clitics;
    morphology().lookup_forms(fold("بتايوان"), true, forms, &clitics);
    const auto at = std::find(forms.begin(), forms.end(), fold("تايوان")) - forms.begin();
    CHECK(morphology().is_prepositional(fold("بتايوان"), clitics[static_cast<std::size_t>(at)]));
    morphology().lookup_forms(fold("ولوغانسك"), true, forms, &clitics);
    const auto at2 = std::find(forms.begin(), forms.end(), fold("لوغانسك")) - forms.begin();
    CHECK_FALSE(morphology().is_prepositional(fold("ولوغانسك"), clitics[static_cast<std::size_t>(at2)]));
}

TEST_CASE("Russian case forms meet the nominative's index form") {
    for (const char* form : {"России", "Россию", "Россией", "Россия"}) {
        INFO(form);
        CHECK(has_form(form, morphology().index_form(fold("Россия"))));
    }
    CHECK(has_form("Казахстана", morphology().index_form(fold("Казахстан"))));
    CHECK(has_form("Тайванем", morphology().index_form(fold("Тайвань"))));
    CHECK(has_form("российского", morphology().index_form(fold("российский"))));
    // The longest stem comes first: "Китая" is China before it is Quito.
    std::vector<std::string> forms;
    morphology().lookup_forms(fold("Китая"), true, forms);
    const auto china = std::find(forms.begin(), forms.end(), morphology().index_form(fold("Китай")));
    const auto quito = std::find(forms.begin(), forms.end(), morphology().index_form(fold("Кито")));
    REQUIRE(china != forms.end());
    CHECK(china < quito);
}

TEST_CASE("Latin words have no other forms") {
    std::vector<std::string> forms;
    morphology().lookup_forms("recognised", true, forms);
    CHECK(forms == std::vector<std::string>{"recognised"});
}
