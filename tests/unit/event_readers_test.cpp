// The readers under the event importers: lines (plain and zipped), JSON arrays, fields, the CAMEO
// and PLOVER tables, and TABARI/PETRARCH actor dictionaries.
#include "importers/events/actor_dictionary.hpp"
#include "importers/events/cameo.hpp"
#include "importers/events/cameo_actors.hpp"
#include "importers/events/event_fields.hpp"
#include "importers/events/icews_actors.hpp"
#include "importers/events/json_array_reader.hpp"
#include "importers/events/line_reader.hpp"
#include "importers/events/plover_mapping.hpp"
#include "importers/events/zip_name.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

using namespace stancegraph;

namespace {

std::vector<std::pair<std::size_t, std::string>> lines_of(const std::string& text) {
    std::istringstream stream(text);
    InputSource input{"in", stream, ""};
    LineReader reader(open_bytes(input));
    std::vector<std::pair<std::size_t, std::string>> out;
    std::string_view line;
    while (reader.next(line)) out.emplace_back(reader.line_number(), std::string(line));
    return out;
}

std::vector<std::string> elements_of(const std::string& text) {
    std::istringstream stream(text);
    InputSource input{"in.json", stream, ""};
    JsonArrayReader reader(open_bytes(input), "in.json");
    std::vector<std::string> out;
    std::string element;
    while (reader.next(element)) out.push_back(std::to_string(reader.element_line()) + ":" + element);
    return out;
}

}  // namespace

TEST_CASE("lines end with LF or CRLF, the last one may have none, and long lines are whole") {
    auto lines = lines_of("\xEF\xBB\xBF" "a\tb\r\n\nc\nlast");
    REQUIRE(lines.size() == 4);
    CHECK(lines[0] == std::make_pair(std::size_t{1}, std::string("a\tb")));
    CHECK(lines[1].second.empty());
    CHECK(lines[2] == std::make_pair(std::size_t{3}, std::string("c")));
    CHECK(lines[3] == std::make_pair(std::size_t{4}, std::string("last")));
    const std::string long_line(3 << 20, 'x');  // longer than the reader's buffer
    lines = lines_of("short\n" + long_line + "\nafter\n");
    REQUIRE(lines.size() == 3);
    CHECK(lines[1].second == long_line);
    CHECK(lines[2].second == "after");
}

TEST_CASE("a zip archive is read as the one file inside it, from a path and from memory") {
    const std::string folder = testing::temporary_folder();
    {
        std::ofstream(folder + "/20191024143000.export.CSV") << "1\tone\n2\ttwo\n";
    }
    const std::string command = "cd " + folder + " && /usr/bin/python3 -c \"import zipfile; "
                                "zipfile.ZipFile('e.zip', 'w', zipfile.ZIP_DEFLATED).write('20191024143000.export.CSV')\"";
    REQUIRE(std::system(command.c_str()) == 0);
    std::ifstream file(folder + "/e.zip", std::ios::binary);
    std::ostringstream bytes;
    bytes << file.rdbuf();
    CHECK(first_zip_member_name(bytes.str()) == "20191024143000.export.CSV");
    for (bool from_path : {true, false}) {
        std::ifstream stream(folder + "/e.zip", std::ios::binary);
        InputSource input{"e.zip", stream, from_path ? folder + "/e.zip" : ""};
        REQUIRE(is_zip(input));
        LineReader reader(open_bytes(input));
        std::string_view line;
        REQUIRE(reader.next(line));
        CHECK(line == "1\tone");
        REQUIRE(reader.next(line));
        CHECK(line == "2\ttwo");
        CHECK_FALSE(reader.next(line));
    }
    // A broken archive is an error about the file, not a crash.
    std::istringstream broken(std::string("PK\x03\x04", 4) + "garbage");
    InputSource input{"broken.zip", broken, ""};
    CHECK_THROWS_AS(open_bytes(input), InputError);
}

TEST_CASE("a JSON array is split into its records, with the lines they start on") {
    auto e = elements_of("[\n {\"a\": \"x, ] } \\\" [\"},\n {\"b\": [1, {\"c\": 2}]}\n]\n");
    REQUIRE(e.size() == 2);
    CHECK(e[0] == "2:{\"a\": \"x, ] } \\\" [\"}");
    CHECK(e[1] == "3:{\"b\": [1, {\"c\": 2}]}\n");
    CHECK(elements_of("[]").empty());
    CHECK_THROWS_WITH(elements_of("{\"a\": 1}"), Catch::Contains("in.json:1:1: expected a JSON array"));
    CHECK_THROWS_WITH(elements_of("[{\"a\": 1}"), Catch::Contains("never closes"));
    // Two records without a comma are one element, which the JSON parser then rejects as one bad record.
    CHECK(elements_of("[{\"a\": 1} {\"b\": 2}]").size() == 1);
}

TEST_CASE("event fields: dates on the calendar, numbers, columns in code points") {
    CHECK(parse_compact_day("20191024") == days_from_civil(2019, 10, 24));
    CHECK(parse_compact_day("20191024143000") == days_from_civil(2019, 10, 24));
    CHECK_FALSE(parse_compact_day("20190231"));
    CHECK_FALSE(parse_compact_day("2019102"));
    CHECK_FALSE(parse_compact_day("2019-10-24"));
    CHECK(parse_iso_day("2018-06-01") == days_from_civil(2018, 6, 1));
    CHECK_FALSE(parse_iso_day("2018-13-01"));
    CHECK(parse_number("-7.0") == -7.0);
    CHECK(parse_number("+3") == 3.0);
    CHECK_FALSE(parse_number(""));
    CHECK_FALSE(parse_number("1.5x"));
    CHECK(parse_integer("42") == 42);
    CHECK_FALSE(parse_integer("4.2"));
    const std::string_view line = "é\tab\tc";
    std::vector<std::string_view> f;
    split_tabs(line, f);
    REQUIRE(f.size() == 3);
    CHECK(column_of(line, f[2]) == 6);
    CHECK(is_valid_text("plain ascii text, long enough for words"));
    CHECK_FALSE(is_valid_text("plain ascii text \xff long enough"));
}

TEST_CASE("CAMEO: event codes are strings of the codebook, country codes map to ISO") {
    CHECK(is_cameo_event_code("054"));
    CHECK(is_cameo_event_code("1663"));
    CHECK(is_cameo_event_code("20"));
    CHECK_FALSE(is_cameo_event_code("54"));
    CHECK_FALSE(is_cameo_event_code("0541"));
    CHECK_FALSE(is_cameo_event_code("999"));
    CHECK(iso_for_cameo_country("JAP") == "JPN");
    CHECK(iso_for_cameo_country("RUS") == "RUS");
    CHECK(is_state_role("GOV"));
    CHECK_FALSE(is_state_role("OPP"));
    // The ontology maps codes by longest prefix: 192 occupies, 19x attacks; canonical 163 sanctions.
    const auto& o = testing::ontology();
    CHECK(o.by_cameo("054")->name == "recognizes");
    CHECK(o.by_cameo("192")->name == "occupies");
    CHECK(o.by_cameo("193")->name == "attacks");
    CHECK(o.by_cameo("163")->name == "sanctions");
    CHECK(o.by_cameo("161")->name == "cuts_relations");
    CHECK(o.by_cameo("0874") == nullptr);
}

TEST_CASE("CAMEO actors: names of people and organisations, known groups, state roles") {
    const Gazetteer& g = testing::gazetteer();
    CameoActorResolver r(g);
    auto state = [&](std::string_view country, std::vector<std::string_view> roles) {
        CameoActor a;
        a.code = country;
        a.country = country;
        a.roles = std::move(roles);
        return r.resolve(a);
    };
    CHECK(state("RUS", {"GOV", "", ""}).entity == g.by_id("RUS"));
    CHECK(state("JAP", {}).entity == g.by_id("JPN"));
    CHECK(state("RUS", {"OPP", "", ""}).outcome == ActorOutcome::not_an_actor);
    CHECK(state("AFR", {}).outcome == ActorOutcome::not_an_actor);  // a region
    CHECK(r.resolve(CameoActor{}).outcome == ActorOutcome::missing);
    CameoActor eu;
    eu.code = "IGOEUREEC";
    eu.name = "THE EU";
    eu.country = "EUR";
    eu.known_group = "EEC";
    CHECK(r.resolve(eu).entity == g.by_id("org-eu"));
    CameoActor taliban_like;
    taliban_like.code = "AFGXYZ";
    taliban_like.country = "AFG";
    taliban_like.known_group = "XYZ";  // a group stancegraph does not map is not Afghanistan
    CHECK(r.resolve(taliban_like).outcome == ActorOutcome::not_an_actor);
    CameoActor kurds;
    kurds.code = "IRQ";
    kurds.country = "IRQ";
    kurds.ethnic_or_religious = true;
    CHECK(r.resolve(kurds).outcome == ActorOutcome::not_an_actor);
    CameoActor abkhazia;
    abkhazia.code = "GEO";
    abkhazia.name = "ABKHAZIA";
    abkhazia.country = "GEO";
    CHECK(r.resolve(abkhazia).entity == g.by_id("abkhazia"));  // the name is more precise than the code
    const CameoActor split = split_cameo_code(g, "USAGOV", "Washington");
    CHECK(split.country == "USA");
    REQUIRE(split.roles.size() == 1);
    CHECK(split.roles[0] == "GOV");
}

TEST_CASE("ICEWS actors: names, country names and the national government's sectors") {
    const Gazetteer& g = testing::gazetteer();
    IcewsActorResolver r(g);
    CHECK(r.resolve("Syria", "NA", "Syria").entity == g.by_id("SYR"));
    CHECK(r.resolve("Abkhazia", "Dissident,Separatists", "Georgia").entity == g.by_id("abkhazia"));
    CHECK(r.resolve("Foreign Affairs (Bangladesh)", "Executive,Foreign Ministry,Government", "Bangladesh").entity == g.by_id("BGD"));
    CHECK(r.resolve("Governor (India)", "Local,Provincial,Government", "India").outcome == ActorOutcome::not_an_actor);
    CHECK(r.resolve("Citizen (Japan)", "General Population / Civilian / Social,Social", "Japan").outcome == ActorOutcome::not_an_actor);
    CHECK(r.resolve("Police (Occupied Palestinian Territory)", "Government,Police", "Occupied Palestinian Territory").entity ==
          g.by_id("PSE"));
    CHECK(r.resolve("NA", "", "").outcome == ActorOutcome::missing);
    CHECK(is_national_government("Government,Executive"));
    CHECK_FALSE(is_national_government("Government Major Party (In Government)"));
}

TEST_CASE("PLOVER: type and mode to relation through relations.json, 2016 names read as 2021's") {
    const PloverMapping m(testing::ontology());
    CHECK(m.relation("ACCUSE", "allege")->name == "accuses");
    CHECK(m.relation("ACCUSE", "disapprove")->name == "criticizes");
    CHECK(m.relation("DISAPPROVE", "")->name == "criticizes");
    CHECK(m.relation("FIGHT", "heavy-weapons")->name == "attacks");
    CHECK(m.relation("SUPPORT", " ")->name == "supports");
    CHECK(m.relation("AGREE", "") == nullptr);
    CHECK(PloverMapping::code("INVESTIGATE", "") == "ACCUSE/investigate");
    CHECK(PloverMapping::code("FIGHT", "Firearms") == "ASSAULT/firearms");
    CHECK(PloverMapping::is_event_type("DEMAND"));
    CHECK_FALSE(PloverMapping::is_event_type("DOCUMENT"));
    CHECK_FALSE(PloverMapping::is_event_type("support"));
}

TEST_CASE("actor dictionaries: entries, synonyms, dated blocks, comments and sections") {
    const std::string text =
        "<!-- a comment\r over lines -->\r<NOUN>\rSENATOR\r</NOUN>\r"
        "GOLLUM  ; TABARI comment\r+SMEAGOL\r\t[HOB < 950601]\r\t[HOBGOV 19950601 - 19990815]\r"
        "#\t[950601-990815]  commented out\r\t[HOBREB > 990816]\r"
        "SAM_GAMGEE [HOB]  # PETRARCH comment\r\t[HOBELI >20130119]\r"
        "NASGUL  [###] [---]\r"
        "BAD [GOV 2001-2002] [ 991201-010114]\r"
        "~~FINISH\rIGNORED [USA]\r";
    const auto entries = read_actor_dictionary(text, "t.actors");
    REQUIRE(entries.size() == 4);
    const auto& gollum = entries[0];
    CHECK(gollum.phrase == "GOLLUM");
    CHECK(gollum.line == 6);
    CHECK(gollum.synonyms == std::vector<std::string>{"SMEAGOL"});
    REQUIRE(gollum.blocks.size() == 3);
    CHECK(gollum.blocks[0].code == "HOB");
    CHECK_FALSE(gollum.blocks[0].from);
    CHECK(gollum.blocks[0].to == days_from_civil(1995, 6, 1));
    CHECK(gollum.blocks[1].code == "HOBGOV");
    CHECK(gollum.blocks[1].from == days_from_civil(1995, 6, 1));
    CHECK(gollum.blocks[1].to == days_from_civil(1999, 8, 15));
    CHECK(gollum.blocks[2].from == days_from_civil(1999, 8, 16));
    CHECK(gollum.blocks[2].line == 11);
    CHECK(entries[1].blocks.size() == 2);
    CHECK(entries[1].blocks[1].from == days_from_civil(2013, 1, 19));
    CHECK(entries[2].blocks.size() == 2);
    CHECK(entries[2].blocks[0].code == "###");
    REQUIRE(entries[3].problems.size() == 2);
    CHECK(std::string(entries[3].problems[0].what()).find("t.actors:15:5: \"2001\"") == 0);
    CHECK(std::string(entries[3].problems[1].what()).find("has no actor code") != std::string::npos);
    // The 18000101 idiom: an end before the start is read as no end.
    const auto open = read_actor_dictionary("X\n [IRQGOV 19840502-18000101]\n", "t");
    REQUIRE(open[0].blocks.size() == 1);
    CHECK(open[0].blocks[0].open_end);
    CHECK_FALSE(open[0].blocks[0].to);
    CHECK(phrase_to_name("PRESIDENT_GEORGE_W._BUSH") == "President George W. Bush");
    CHECK(phrase_to_name("ALBRKGHT_") == "Albrkght");
    CHECK(phrase_to_name("نوري_المالكي_") == "نوري المالكي");
    CHECK(phrase_to_name("McGonagall") == "McGonagall");
}
