// References across sentences, lists and reciprocals, negation and modality, sovereignty: on
// articles written for these tests.
#include "extraction_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using stancegraph::testing::any_with;
using stancegraph::testing::extract_lines;
using stancegraph::testing::has;

TEST_CASE("references to what earlier sentences named") {
    SECTION("a role noun is the state that spoke or acted last") {
        const auto lines = extract_lines("en", "2023-03-17", "Japan condemned the missile test. The ministry said it would impose sanctions on North Korea.");
        CHECK(has(lines, "Japan sanctions North Korea 2023-03-17"));
    }
    SECTION("'the two countries' are the last two actors named") {
        const auto lines = extract_lines("en", "2020-09-12", "Bahrain and Israel signed an accord in Washington. The two countries will exchange ambassadors.");
        CHECK(has(lines, "Bahrain establishes_relations Israel 2020-09-12"));
    }
    SECTION("Arabic: البلدين after the pair") {
        const auto lines = extract_lines("ar", "2023-03-10", "وقعت السعودية وإيران اتفاقا في بكين. وقرر البلدان استئناف العلاقات الدبلوماسية.");
        CHECK(any_with(lines, "establishes_relations"));
    }
    SECTION("'the bloc' is the last organisation") {
        const auto lines = extract_lines("en", "2023-08-24", "BRICS met in Johannesburg. The bloc condemned Israel.");
        CHECK(any_with(lines, "BRICS condemns"));
    }
    SECTION("a judgement of an act reported before targets whoever did it") {
        const auto lines = extract_lines("en", "2025-09-10", "Israel attacked Qatar. Egypt and Jordan condemned the attack.");
        CHECK(has(lines, "Egypt condemns Israel 2025-09-10"));
        CHECK(has(lines, "Jordan condemns Israel 2025-09-10"));
        CHECK_FALSE(any_with(lines, "condemns Qatar"));
    }
    SECTION("following suit does what was reported last") {
        const auto lines = extract_lines("en", "2017-06-05", "Saudi Arabia cut ties with Qatar. Bahrain and Egypt followed suit.");
        CHECK(has(lines, "Bahrain cuts_relations Qatar 2017-06-05"));
        CHECK(has(lines, "Egypt cuts_relations Qatar 2017-06-05"));
    }
    SECTION("a quotation of several sentences keeps its speaker") {
        const auto lines = extract_lines("en", "2022-02-20",
                                         "“We will not recognise the republics. We support the territorial integrity of Ukraine,” "
                                         "the Kazakh foreign minister said.");
        CHECK(any_with(lines, "Kazakhstan supports Ukraine"));
    }
    SECTION("a plural pronoun is the last list") {
        const auto lines = extract_lines("en", "2019-09-20", "Fiji and Samoa met in Suva, and they recognised Kosovo.");
        CHECK(has(lines, "Fiji recognizes Kosovo 2019-09-20"));
        CHECK(has(lines, "Samoa recognizes Kosovo 2019-09-20"));
    }
}

TEST_CASE("lists, gapping and acts without their object") {
    SECTION("Arabic: an act repeated for a list, its object from the clause before") {
        const auto lines = extract_lines("ar", "2008-02-19", "اعترفت فرنسا بكوسوفو، كما اعترفت كل من ألمانيا وإيطاليا.");
        CHECK(has(lines, "Germany recognizes Kosovo 2008-02-19"));
        CHECK(has(lines, "Italy recognizes Kosovo 2008-02-19"));
    }
    SECTION("a list named with 'including' after a counted noun") {
        const auto lines = extract_lines("en", "2022-03-02", "Dozens of countries condemned Russia, including Peru and Chile.");
        CHECK_FALSE(any_with(lines, "Russia condemns"));
    }
}

TEST_CASE("negation and modality") {
    SECTION("an exception to a negation is affirmative for its list") {
        const auto lines = extract_lines("ar", "2020-01-01", "لم يعترف بأبخازيا سوى روسيا ونيكاراغوا.");
        CHECK(any_with(lines, "Russia recognizes Abkhazia"));
        CHECK(any_with(lines, "Nicaragua recognizes Abkhazia"));
        CHECK_FALSE(any_with(lines, "does_not_recognize"));
    }
    SECTION("to stop recognising is to withdraw recognition") {
        CHECK(has(extract_lines("en", "2023-01-01", "Vanuatu stopped recognising Abkhazia."), "Vanuatu withdraws_recognition Abkhazia 2023-01-01"));
        CHECK(any_with(extract_lines("ru", "2023-01-01", "Вануату перестало признавать Абхазию."), "withdraws_recognition"));
    }
    SECTION("a bid to join is no membership") {
        CHECK_FALSE(any_with(extract_lines("en", "2022-05-18", "Finland submitted its bid to join NATO."), "member_of"));
        CHECK_FALSE(any_with(extract_lines("en", "2022-05-18", "Sweden is seeking to join NATO."), "member_of"));
    }
    SECTION("rejecting another state's recognition opposes that state") {
        const auto lines = extract_lines("ar", "2008-08-27", "وأعلنت فرنسا رفضها لاعتراف روسيا بأبخازيا.");
        CHECK(any_with(lines, "France opposes Russia"));
        CHECK(any_with(lines, "Russia recognizes Abkhazia"));
        CHECK_FALSE(any_with(lines, "does_not_recognize"));
    }
    SECTION("supporting a decision to cut ties is no support for the other side") {
        const auto lines = extract_lines("en", "2018-05-02", "Bahrain welcomed Morocco's decision to cut ties with Iran.");
        CHECK(has(lines, "Bahrain praises Morocco 2018-05-02"));
        CHECK_FALSE(any_with(lines, "praises Iran"));
    }
    SECTION("threatening to cut ties threatens the other side") {
        CHECK(has(extract_lines("en", "1985-01-01", "Pakistan threatened to cut ties with Congo."), "Pakistan threatens Republic of the Congo 1985-01-01"));
    }
    SECTION("negators that do not negate") {
        CHECK(any_with(extract_lines("ar", "2021-02-26", "ولا تزال الولايات المتحدة تدعم أوكرانيا."), "United States supports Ukraine"));
    }
}

TEST_CASE("sovereignty: a part of a state is support for that state, not recognition of the part") {
    SECTION("English") {
        const auto lines = extract_lines("en", "2017-06-13", "Gambia recognised Western Sahara as an integral part of Morocco.");
        CHECK(has(lines, "The Gambia supports Morocco 2017-06-13"));
        CHECK_FALSE(any_with(lines, "recognizes"));
    }
    SECTION("Russian") {
        const auto lines = extract_lines("ru", "2017-06-13", "Гамбия признала Западную Сахару неотъемлемой частью Марокко.");
        CHECK(has(lines, "The Gambia supports Morocco 2017-06-13"));
        CHECK_FALSE(any_with(lines, "recognizes"));
    }
}

TEST_CASE("participles after a comma and light verbs take their clause's subject") {
    SECTION("English") {
        const auto lines = extract_lines("en", "2024-08-06", "Niger cut ties with Ukraine, accusing Kyiv of backing rebels.");
        CHECK(has(lines, "Niger accuses Ukraine 2024-08-06"));
    }
    SECTION("Russian: a noun after a light verb") {
        const auto lines = extract_lines("ru", "2017-06-13", "Тайвань отозвал дипломатов и объявил о прекращении связей с Панамой.");
        CHECK(any_with(lines, "Taiwan cuts_relations Panama"));
    }
}

TEST_CASE("judging an act judges whoever did it") {
    SECTION("an act noun with its agent after 'by'") {
        const auto lines = extract_lines("en", "2017-11-14", "Georgia condemned the visit by the President of Nauru to Abkhazia.");
        CHECK(has(lines, "Georgia condemns Nauru 2017-11-14"));
    }
    SECTION("a judgement received by an act") {
        const auto lines = extract_lines("en", "2008-08-27", "Russia's recognition of Abkhazia drew condemnation from Georgia.");
        CHECK(has(lines, "Georgia condemns Russia 2008-08-27"));
        CHECK(has(lines, "Russia recognizes Abkhazia 2008-08-27"));
    }
    SECTION("Arabic: an act met with a judgement, the verb first") {
        const auto lines = extract_lines("ar", "2014-10-31", "وقوبل الاعتراف السويدي بترحيب فلسطيني.");
        CHECK(has(lines, "Palestine praises Sweden 2014-10-31"));
    }
}

TEST_CASE("acts repeated for others: gapping, 'as did', 'each other', a list continued") {
    SECTION("Russian gapping with a dash") {
        const auto lines = extract_lines("ru", "2017-06-05", "Египет обвинил Катар в поддержке террористов, а Ливия – в финансировании боевиков.");
        CHECK(has(lines, "Egypt accuses Qatar 2017-06-05"));
        CHECK(has(lines, "Libya accuses Qatar 2017-06-05"));
    }
    SECTION("'as did' in the same sentence") {
        const auto lines = extract_lines("en", "2017-06-05", "Saudi Arabia cut ties with Qatar, as did Bahrain.");
        CHECK(has(lines, "Bahrain cuts_relations Qatar 2017-06-05"));
    }
    SECTION("each other") {
        const auto lines = extract_lines("en", "2020-01-01", "Armenia and Georgia recognised each other in 1992.");
        CHECK(has(lines, "Armenia recognizes Georgia 1992"));
        CHECK(has(lines, "Georgia recognizes Armenia 1992"));
    }
}

TEST_CASE("participles that agree with the noun before them") {
    SECTION("Russian, after a comma") {
        const auto lines = extract_lines("ru", "2025-11-01", "Алжир, поддерживающий Фронт Полисарио, не голосовал.");
        CHECK(has(lines, "Algeria supports Polisario Front 2025-11-01"));
    }
    SECTION("Arabic, with the article, after the name") {
        const auto lines = extract_lines("ar", "2023-07-26", "أشاد لافروف بموقف كوريا الشمالية الداعم لروسيا.");
        CHECK(has(lines, "North Korea supports Russia 2023-07-26"));
    }
}

TEST_CASE("organisations and the states that form them") {
    SECTION("formed by") {
        const auto lines = extract_lines("en", "2023-08-24", "The bloc was formed by Brazil, Russia and India in 2009.");
        CHECK_FALSE(any_with(lines, "member_of"));  // no organisation named yet
        const auto named = extract_lines("en", "2023-08-24", "BRICS met in Johannesburg. The bloc was formed by Brazil, Russia and India in 2009.");
        CHECK(has(named, "Brazil member_of BRICS 2009"));
        CHECK(has(named, "India member_of BRICS 2009"));
    }
    SECTION("Arabic: an organisation comprising its members") {
        const auto lines = extract_lines("ar", "2023-09-16", "ويضم حلف الناتو كلا من بولندا وإستونيا.");
        CHECK(any_with(lines, "Poland member_of NATO"));
        CHECK(any_with(lines, "Estonia member_of NATO"));
    }
}

TEST_CASE("an Arabic verb without a subject that opens its sentence takes the topic") {
    const auto lines = extract_lines("ar", "2023-05-01", "قطعت الجزائر علاقاتها مع المغرب. وأدانت الهجوم على غزة.");
    CHECK(has(lines, "Algeria cuts_relations Morocco 2023-05-01"));
}
