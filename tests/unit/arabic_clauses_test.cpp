// Arabic clauses joined by "و" and the verbs that open them, on sentences written for these tests:
// who the subject of a coordinated clause is when its verb has none of its own.
#include "extraction_support.hpp"

#include <catch2/catch.hpp>

using stancegraph::testing::any_with;
using stancegraph::testing::extract_lines;
using stancegraph::testing::has;

TEST_CASE("a coordinated light verb without a subject shares the clause before's") {
    SECTION("the noun after 'وأعلنت' takes the subject named after the first verb, not the object before the comma") {
        const auto lines = extract_lines("ar", "2024-05-01", "استنكرت دول عديدة مثل إيران وكوبا موقف واشنطن، وأعلنت تضامنها مع فنزويلا.");
        CHECK(has(lines, "Iran supports Venezuela 2024-05-01"));
        CHECK(has(lines, "Cuba supports Venezuela 2024-05-01"));
        CHECK_FALSE(any_with(lines, "United States supports"));
    }
}

TEST_CASE("refusing another's act opposes its agent even when the act's object is not named") {
    const auto lines = extract_lines("ar", "2024-05-01", "أعلنت كل من إيطاليا وإسبانيا رفضهما لاعتراف أنقرة.");
    CHECK(has(lines, "Italy opposes Turkey 2024-05-01"));
    CHECK(has(lines, "Spain opposes Turkey 2024-05-01"));
    CHECK_FALSE(any_with(lines, "Italy recognizes"));
}

TEST_CASE("a preposition carrying a pronoun ('عنهما', 'معها') ends a cue and stands for what was named") {
    SECTION("the dual pronoun is the pair named before") {
        const auto lines = extract_lines("ar", "2024-05-01", "وقعت تركيا اتفاقا مع أذربيجان وجورجيا، معلنة استعدادها للدفاع عنهما.");
        CHECK(has(lines, "Turkey supports Azerbaijan 2024-05-01"));
        CHECK(has(lines, "Turkey supports Georgia 2024-05-01"));
    }
    SECTION("the singular pronoun is the one name before") {
        const auto lines = extract_lines("ar", "2024-05-01", "وقعت تركيا اتفاقا مع أذربيجان، معلنة استعدادها للوقوف معها.");
        CHECK(has(lines, "Turkey supports Azerbaijan 2024-05-01"));
    }
}

TEST_CASE("a decision noun carrying a pronoun suffix has a subject as its possessor, not the object before it") {
    const auto lines = extract_lines("ar", "2024-05-01", "وقعت تركيا اتفاقا مع أذربيجان وجورجيا واستعدادها للدفاع عنهما.");
    CHECK(has(lines, "Turkey supports Azerbaijan 2024-05-01"));
    CHECK_FALSE(any_with(lines, "Azerbaijan supports"));
    CHECK_FALSE(any_with(lines, "Georgia supports"));
}

TEST_CASE("a role noun whose genitive names a state speaks for that state, and 'a decision' is the act reported before") {
    const auto lines = extract_lines("ar", "2024-05-01",
                                     "اعترفت النرويج بدولة فلسطين. وقال المتحدث باسم وزارة الخارجية الإسرائيلية إن هذا يثير استياءنا حيال قرار متسرع.");
    CHECK(has(lines, "Israel criticizes Norway 2024-05-01"));
    CHECK_FALSE(any_with(lines, "Norway criticizes"));
}

TEST_CASE("a title's 'ل' names whose title it is: the organisation is the subject, not an object") {
    const auto lines = extract_lines("ar", "2024-05-01", "رحب الأمين العام لحلف الناتو بانضمام فنلندا.");
    CHECK(has(lines, "NATO praises Finland 2024-05-01"));
}

TEST_CASE("condemning the violation of a state's sovereignty condemns whoever carried out the attack reported before") {
    SECTION("the subject is a title with its organisation") {
        const auto lines = extract_lines("ar", "2024-05-01", "شنت روسيا هجوما على أوكرانيا. وأدان الأمين العام للأمم المتحدة الانتهاك الصارخ لسيادة كييف.");
        CHECK(has(lines, "United Nations condemns Russia 2024-05-01"));
        CHECK_FALSE(any_with(lines, "Russia condemns"));
    }
    SECTION("an apposition naming the subject again is not the object") {
        const auto lines = extract_lines("ar", "2020-05-01",
                                         "شنت روسيا هجوما على أوكرانيا. وأدان الأمين العام للأمم المتحدة، أنطونيو غوتيريش، الانتهاك الصارخ لسيادة كييف.");
        CHECK(has(lines, "United Nations condemns Russia 2020-05-01"));
    }
}

TEST_CASE("the genitive of a decision noun carrying a preposition is the decision's agent") {
    const auto lines = extract_lines("ar", "2024-05-01", "رحب الأمين العام للأمم المتحدة بقرار إسبانيا الاعتراف بفلسطين.");
    CHECK(has(lines, "Spain recognizes Palestine 2024-05-01"));
    CHECK_FALSE(any_with(lines, "United Nations recognizes"));
}

TEST_CASE("a refusal in a decision's own words negates its cue: no stance of its own, no opposition to the decider") {
    const auto lines = extract_lines("ar", "2024-05-01", "ستنجو أبخازيا من قرار البرازيل رفض الاعتراف بها.");
    CHECK(has(lines, "Brazil does_not_recognize Abkhazia 2024-05-01"));
    CHECK_FALSE(any_with(lines, "Brazil opposes"));
    CHECK_FALSE(any_with(lines, "Abkhazia opposes"));
    CHECK_FALSE(any_with(lines, "Brazil recognizes"));
}

TEST_CASE("'المملكة' is the last kingdom named, not the last state") {
    SECTION("a kingdom named by its demonym before another state") {
        const auto lines = extract_lines("ar", "2024-05-01", "اتصل وزير الخارجية المغربي بنظيره الجزائري، وأكد وقوف المملكة مع فلسطين.");
        CHECK(has(lines, "Morocco supports Palestine 2024-05-01"));
        CHECK_FALSE(any_with(lines, "Algeria supports"));
    }
    SECTION("a kingdom that is the clause's own subject is not the one referred to") {
        const auto lines = extract_lines("ar", "2024-05-01", "قطعت السعودية علاقاتها مع إيران. وأكدت البحرين دعمها لقرار المملكة.");
        CHECK(has(lines, "Bahrain supports Saudi Arabia 2024-05-01"));
        CHECK_FALSE(any_with(lines, "supports Iran"));
    }
}

TEST_CASE("an organisation that 'comprises' in a relative clause is the clause's antecedent, and every list after the verb names members") {
    const auto lines = extract_lines("ar", "2024-05-01",
                                     "وتحدث الوزير عن منظمة التعاون الإسلامي التي تأسست عام 1969، وتضم بالإضافة إلى مصر، كلا من الأردن، والمغرب، والسنغال.");
    CHECK(any_with(lines, "Egypt member_of Organisation of Islamic Cooperation"));
    CHECK(any_with(lines, "Jordan member_of Organisation of Islamic Cooperation"));
    CHECK(any_with(lines, "Senegal member_of Organisation of Islamic Cooperation"));
}

TEST_CASE("a noun in a relative clause without a subject is done by the antecedent, and a demonym after another noun is that noun's") {
    // "الدول الثلاث" is the list of three named earlier in the same sentence; "الوجود الأمريكي" is the
    // American presence, so the United States is the object, not the agent.
    const auto lines = extract_lines("ar", "2024-05-01",
                                     "اجتمع وزراء خارجية إيران وسوريا والعراق في دمشق، وتحدثوا عن تعاون الدول الثلاث التي تتفق على "
                                     "مناهضة الوجود الأمريكي في المنطقة.");
    CHECK(has(lines, "Iran opposes United States 2024-05-01"));
    CHECK(has(lines, "Syria opposes United States 2024-05-01"));
    CHECK(has(lines, "Iraq opposes United States 2024-05-01"));
}

TEST_CASE("a noun with the first person suffix 'نا' is the speaker's act") {
    const auto lines = extract_lines("ar", "2024-05-01", "وقالت الخارجية الروسية إن واشنطن تعاقبنا على دعمنا لفنزويلا.");
    CHECK(has(lines, "Russia supports Venezuela 2024-05-01"));
    CHECK_FALSE(any_with(lines, "United States supports"));
}

TEST_CASE("a role noun with its state's adjective after a verb that comes first is the state speaking") {
    const auto lines = extract_lines("ar", "2024-05-01", "واتهمت الحكومة الأردنية، أمس، إسرائيل بانتهاك الهدنة.");
    CHECK(has(lines, "Jordan accuses Israel 2024-04-30"));
}

TEST_CASE("Arabic vocabulary: an act said to contradict the law, a threatening participle, a halt to imports") {
    SECTION("the speaker judges the act that contradicts international law") {
        const auto lines = extract_lines("ar", "2024-05-01", "وقالت الصين إن قرار اليابان نشر قوات في الجزيرة يتناقض مع القانون الدولي.");
        CHECK(has(lines, "China criticizes Japan 2024-05-01"));
    }
    SECTION("'مهددا' after a comma is the main clause subject's threat") {
        const auto lines = extract_lines("ar", "2024-05-01", "ندد مجلس الأمن بالتجربة الصاروخية، مهددا بفرض عقوبات على إيران.");
        CHECK(has(lines, "United Nations Security Council threatens Iran 2024-05-01"));
    }
    SECTION("a military campaign in a place attacks it; brandishing strikes threatens") {
        CHECK(any_with(extract_lines("ar", "2024-05-01", "وتواصل روسيا حملتها العسكرية في أوكرانيا."), "Russia attacks Ukraine"));
        CHECK(any_with(extract_lines("ar", "2024-05-01", "ولوّح الرئيس الإيراني بشن ضربات على إسرائيل."), "Iran threatens Israel"));
        CHECK(extract_lines("ar", "2024-05-01", "حملت الطائرة العسكرية الرئيس إلى أنقرة.").empty());
    }
    SECTION("laying the blame on a state accuses it") {
        const auto lines = extract_lines("ar", "2024-05-01", "وألقت الحكومة الباكستانية باللائمة على الهند في الهجوم.");
        CHECK(has(lines, "Pakistan accuses India 2024-05-01"));
    }
    SECTION("stopping another state's imports is a sanction") {
        const auto lines = extract_lines("ar", "2024-05-01", "وأعلنت الحكومة الروسية وقف الواردات الجورجية إلى أسواقها.");
        CHECK(has(lines, "Russia sanctions Georgia 2024-05-01"));
    }
}

TEST_CASE("a cue opening a clause after a comma and 'و' is no object of the cue before") {
    const auto lines = extract_lines("ar", "2024-05-01", "وأعربت اليابان عن أسفها، واتهمت كوريا الشمالية بتهديد المنطقة.");
    CHECK(has(lines, "Japan accuses North Korea 2024-05-01"));
}

TEST_CASE("'أمريكا اللاتينية' is Latin America, not the United States") {
    const auto lines = extract_lines("ar", "2024-05-01", "وأعلنت دول أمريكا اللاتينية دعمها لفلسطين.");
    CHECK_FALSE(any_with(lines, "United States"));
}

TEST_CASE("'البلدان' followed by 'التي' or a feminine singular adjective is 'the countries', not the last pair") {
    SECTION("a relative pronoun that is not dual") {
        const auto lines = extract_lines("ar", "2024-05-01", "التقى وزيرا خارجية مصر والأردن. وقال الوزير إن البلدان التي تعترف بإسرائيل كثيرة.");
        CHECK_FALSE(any_with(lines, "recognizes Israel"));
    }
    SECTION("an adjective in the feminine singular") {
        const auto lines = extract_lines("ar", "2024-05-01", "التقى وزيرا خارجية مصر والأردن. وقال الوزير إن البلدان العربية تعترف بفلسطين.");
        CHECK_FALSE(any_with(lines, "recognizes Palestine"));
    }
}

TEST_CASE("a counted subject inside a cue's own words is named by the list after its marker") {
    const auto lines = extract_lines("ar", "2024-05-01", "وبعد الحرب، قطعت 4 دول علاقاتها مع إسرائيل، وهي: كوبا، وغينيا، والمجر، وبولندا.");
    CHECK(has(lines, "Cuba cuts_relations Israel 2024-05-01"));
    CHECK(has(lines, "Poland cuts_relations Israel 2024-05-01"));
}

TEST_CASE("'كجزء من' (as part of) states no sovereignty") {
    const auto lines = extract_lines("ar", "2024-05-01", "ووقعت مصر والأردن الاتفاق كجزء من خطة الولايات المتحدة للسلام.");
    CHECK_FALSE(any_with(lines, "supports United States"));
    const auto part = extract_lines("ar", "2024-05-01", "وأكدت الإمارات أن الصحراء الغربية جزء لا يتجزأ من المغرب.");
    CHECK(has(part, "United Arab Emirates supports Morocco 2024-05-01"));
}

TEST_CASE("an evaluation given as the actor's own reason judges the object of its act") {
    const auto lines = extract_lines("ar", "2024-05-01", "قررت كولومبيا قطع علاقاتها مع روسيا بسبب ما وصفته بجرائم حرب في أوكرانيا.");
    CHECK(has(lines, "Colombia cuts_relations Russia 2024-05-01"));
    CHECK(has(lines, "Colombia accuses Russia 2024-05-01"));
}

TEST_CASE("the Egyptian hamza spelling ('مسئولية') matches, and the object after a subject inside the cue is its target") {
    const auto lines = extract_lines("ar", "2024-05-01", "وحملت مصر إسرائيل مسئولية التصعيد في غزة.");
    CHECK(has(lines, "Egypt accuses Israel 2024-05-01"));
    CHECK_FALSE(any_with(lines, "accuses Gaza"));
}

TEST_CASE("'كانت قد' is a pluperfect, not a hedge, and opens a sentence whose verb takes the topic, and its object may stand inside the cue") {
    const auto lines = extract_lines("ar", "2024-05-01", "أجرت الصين مناورات واسعة قرب الجزيرة. وكانت قد تعهدت بإخضاع تايوان بالقوة إذا لزم الأمر.");
    CHECK(has(lines, "China threatens Taiwan 2024-05-01"));
}

TEST_CASE("a leader whose term is over on the day is still named as one by a title that names the state") {
    const auto lines = extract_lines("ar", "2024-05-01", "وكان آخرهم رئيس النيجر محمد بازوم، الذي تمت الإطاحة به العام الماضي.");
    CHECK(any_with(lines, "Mohamed Bazoum leader_of Niger"));
    // A state named before the title, in another phrase, is not the one it is of.
    CHECK_FALSE(any_with(extract_lines("en", "2024-05-01", "Crowds gathered in Niger, where ousted President Mohamed Bazoum is still held."),
                         "leader_of"));
}

TEST_CASE("after 'اتهم' a single name followed by the charge is the accused, and the accuser is left unsaid") {
    const auto lines = extract_lines("ar", "2024-05-01", "أدانت الصين العقوبات الأمريكية. واتهمت واشنطن بالتدخل في شؤونها الداخلية.");
    CHECK(has(lines, "China accuses United States 2024-05-01"));
    CHECK_FALSE(any_with(lines, "United States accuses"));
    const auto both = extract_lines("ar", "2024-05-01", "واتهمت إيران الولايات المتحدة بالتدخل في شؤونها.");
    CHECK(has(both, "Iran accuses United States 2024-05-01"));
}

TEST_CASE("'تلتزم' (commits to) is no 'تلت' (followed): it repeats no act reported before") {
    const auto lines = extract_lines("ar", "2024-05-01", "اعترفت البرازيل بدولة فلسطين. وتلتزم الأرجنتين بالحياد.");
    CHECK(has(lines, "Brazil recognizes Palestine 2024-05-01"));
    CHECK_FALSE(any_with(lines, "Argentina recognizes"));
}
