// The event importers end to end in memory: rows to documents of facts with their evidence,
// aggregation, parts of long files, counts, bad rows and --strict; dictionaries into the gazetteer.
#include "core/gazetteer_loader.hpp"
#include "importers/importer.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace stancegraph;

namespace {

struct Collected : DocumentSink {
    std::vector<ImportedDocument> documents;
    std::vector<std::string> warnings, errors;
    RowCounts counts;
    void accept(ImportedDocument&& d) override { documents.push_back(std::move(d)); }
    void reject(const InputError& e) override { errors.push_back(e.what()); }
    void warn(const std::string& w) override { warnings.push_back(w); }
    void count(const std::string&, const RowCounts& c) override { counts = c; }

    std::vector<Fact> facts() const {
        std::vector<Fact> all;
        for (const auto& d : documents) all.insert(all.end(), d.facts.begin(), d.facts.end());
        return all;
    }
};

Gazetteer& shared_gazetteer() {
    static Gazetteer gazetteer = load_gazetteer(testing::data_paths());
    return gazetteer;
}

Collected import(const std::string& format, const std::string& text, ImportOptions options = {},
                 const std::string& path = "/tmp/events.in") {
    ImportContext context{shared_gazetteer(), testing::ontology(), testing::data_paths(), options};
    std::istringstream stream(text);
    InputSource input{"events.in", stream, path};
    Collected sink;
    try {
        builtin_importers().find(format)->create()->read(input, context, sink);
    } catch (const InputError& e) {
        sink.reject(e);
    }
    return sink;
}

// A GDELT 2.0 row (61 columns) with the fields the importer reads.
std::string gdelt_row(const std::string& id, const std::string& date, const std::string& a1_country,
                      const std::string& a2_country, const std::string& code, const std::string& a1_type = "",
                      const std::string& url = "https://example.org/a") {
    std::vector<std::string> f(61);
    f[0] = id;
    f[1] = date;
    f[5] = a1_country + a1_type;
    f[6] = a1_country.empty() ? "" : "NAME OF " + a1_country;
    f[7] = a1_country;
    f[12] = a1_type;
    f[15] = a2_country;
    f[16] = a2_country.empty() ? "" : "NAME OF " + a2_country;
    f[17] = a2_country;
    f[26] = code;
    f[30] = "-2.5";
    f[31] = "3";
    f[59] = date + "120000";
    f[60] = url;
    std::string row;
    for (std::size_t i = 0; i < f.size(); ++i) row += (i ? "\t" : "") + f[i];
    return row + "\n";
}

}  // namespace

TEST_CASE("GDELT rows become facts with their evidence, aggregated per pair, relation and day") {
    const std::string rows = gdelt_row("101", "20191024", "RUS", "UKR", "112") + gdelt_row("102", "20191024", "RUS", "UKR", "1121") +
                             gdelt_row("103", "20191025", "RUS", "UKR", "112") + gdelt_row("104", "20191024", "UKR", "RUS", "054") +
                             gdelt_row("105", "20191024", "RUS", "UKR", "040") +            // no relation
                             gdelt_row("106", "20191024", "RUS", "", "112") +               // no second actor
                             gdelt_row("107", "20191024", "RUS", "UKR", "112", "OPP") +     // the opposition
                             gdelt_row("108", "20191024", "RUS", "RUS", "112");             // one and the same
    auto c = import("gdelt", rows);
    REQUIRE(c.errors.empty());
    REQUIRE(c.documents.size() == 1);
    CHECK(c.documents[0].document.id == "file:/tmp/events.in");
    CHECK(c.documents[0].document.kind == "events");
    const auto facts = c.facts();
    REQUIRE(facts.size() == 3);
    const Fact& accuses = facts[0];
    CHECK(accuses.source == "RUS");
    CHECK(accuses.target == "UKR");
    CHECK(accuses.relation == testing::relation("accuses"));
    CHECK(accuses.valid.valid_from->to_string() == "2019-10-24");
    REQUIRE(accuses.evidence.size() == 1);
    const Evidence& e = accuses.evidence[0];
    CHECK(e.rule == "gdelt:112+1121");
    CHECK(e.text.find("events=2 first=2019-10-24 last=2019-10-24 GLOBALEVENTID=101,102 Goldstein=-2.5 NumMentions=6 ") == 0);
    CHECK(e.url == "https://example.org/a");
    CHECK(e.published->to_string() == "2019-10-24");
    CHECK(e.line == 1);
    CHECK(e.confidence == Approx(0.4));  // two GDELT events of one report (one URL) are one piece of evidence
    CHECK(facts[1].valid.valid_from->to_string() == "2019-10-25");
    CHECK(facts[2].relation == testing::relation("recognizes"));
    CHECK(c.counts.read == 8);
    CHECK(c.counts.imported == 4);
    CHECK(c.counts.aggregated == 1);
    CHECK(c.counts.skipped == 4);
    CHECK(c.counts.bad == 0);
    CHECK(c.counts.skipped_because.at("no relation for the event code") == 1);
    CHECK(c.counts.skipped_because.at("an actor is missing") == 1);
    CHECK(c.counts.skipped_because.at("an actor is not a state, organisation or movement") == 1);
    CHECK(c.counts.skipped_because.at("source and target are the same entity") == 1);

    ImportOptions month;
    month.aggregate = "month";
    auto m = import("gdelt", rows, month);
    REQUIRE(m.facts().size() == 2);
    CHECK(m.facts()[0].valid.valid_from->to_string() == "2019-10");
    CHECK(m.facts()[0].evidence[0].text.find("events=3 first=2019-10-24 last=2019-10-25 ") == 0);
    CHECK(m.counts.aggregated == 2);
    ImportOptions none;
    none.aggregate = "none";
    auto n = import("gdelt", rows, none);
    CHECK(n.facts().size() == 4);
    CHECK(n.counts.aggregated == 0);
    // Another aggregation is another document content, so that a re-import replaces it.
    CHECK(m.documents[0].document.content_hash != c.documents[0].document.content_hash);
}

TEST_CASE("symmetric relations aggregate in either direction") {
    auto c = import("gdelt", gdelt_row("1", "20191024", "RUS", "UKR", "161") + gdelt_row("2", "20191024", "UKR", "RUS", "161"));
    REQUIRE(c.facts().size() == 1);
    CHECK(c.facts()[0].source == "RUS");
    CHECK(c.counts.aggregated == 1);
}

TEST_CASE("GDELT 1.0 rows of 57 and 58 columns read as well as 2.0's 61") {
    auto shorten = [](std::string row, std::size_t width, const std::string& url) {
        std::vector<std::string> f;
        std::stringstream s(row.substr(0, row.size() - 1));
        for (std::string x; std::getline(s, x, '\t');) f.push_back(x);
        f.resize(61);
        std::vector<std::string> out(f.begin(), f.begin() + 56);
        out.push_back("20191024");  // DATEADDED as YYYYMMDD
        if (width == 58) out.push_back(url);
        std::string line;
        for (std::size_t i = 0; i < out.size(); ++i) line += (i ? "\t" : "") + out[i];
        return line + "\n";
    };
    const std::string row = gdelt_row("1", "20191024", "USA", "CHN", "111");
    auto c = import("gdelt", shorten(row, 57, "") + shorten(gdelt_row("2", "20191024", "CHN", "USA", "111"), 58, "https://x.org/1"));
    REQUIRE(c.counts.bad == 0);
    REQUIRE(c.facts().size() == 2);
    CHECK(c.facts()[0].evidence[0].url.empty());
    CHECK(c.facts()[1].evidence[0].url == "https://x.org/1");
}

TEST_CASE("bad GDELT rows are counted and reported at their line and column, and --strict rejects the file") {
    const std::string rows = gdelt_row("1", "20191024", "RUS", "UKR", "112") + "1\t2\t3\n" +
                             gdelt_row("3", "20190230", "RUS", "UKR", "112") + gdelt_row("4", "20191024", "RUS", "UKR", "54") +
                             gdelt_row("x5", "20191024", "RUS", "UKR", "112");
    auto c = import("gdelt", rows);
    CHECK(c.counts.bad == 4);
    CHECK(c.counts.imported == 1);
    REQUIRE(c.warnings.size() == 5);
    CHECK(c.warnings[0] == "events.in:2:1: row has 3 columns; GDELT 1.0 rows have 57 or 58, 2.0 rows 61 (row skipped)");
    CHECK(c.warnings[1].find("events.in:3:3: SQLDATE \"20190230\" is not a date") == 0);
    CHECK(c.warnings[2].find("events.in:4:") == 0);
    CHECK(c.warnings[2].find("EventCode \"54\" is not a CAMEO event code") != std::string::npos);
    CHECK(c.warnings[3].find("events.in:5:1: GLOBALEVENTID \"x5\"") == 0);
    CHECK(c.warnings[4] == "events.in: 4 bad rows skipped");
    REQUIRE(c.documents.size() == 1);
    CHECK(c.documents[0].facts.size() == 1);

    ImportOptions strict;
    strict.strict = true;
    strict.rows_per_document = 1;  // even parts before the bad row are not handed on
    auto s = import("gdelt", rows, strict);
    CHECK(s.documents.empty());
    REQUIRE(s.errors.size() == 1);
    CHECK(s.errors[0].find("events.in:2:1: row has 3 columns") == 0);
}

TEST_CASE("a long file is handed on in parts of --rows-per-document rows") {
    std::string rows;
    for (int i = 0; i < 5; ++i) rows += gdelt_row(std::to_string(i), "20191024", "RUS", "UKR", "112");
    ImportOptions options;
    options.rows_per_document = 2;
    auto c = import("gdelt", rows, options);
    REQUIRE(c.documents.size() == 3);
    CHECK(c.documents[0].document.id == "file:/tmp/events.in");
    CHECK(c.documents[1].document.id == "file:/tmp/events.in#2");
    CHECK(c.documents[2].document.id == "file:/tmp/events.in#3");
    CHECK(c.documents[2].document.title == "events.in #3");
    CHECK(c.documents[0].facts[0].evidence[0].text.find("events=2 ") == 0);
    CHECK(c.documents[2].facts[0].evidence[0].text.find("events=1 ") == 0);
    CHECK(c.documents[0].document.content_hash != c.documents[1].document.content_hash);
    CHECK(c.counts.aggregated == 2);  // within each part
    // An empty file is still one (empty) document, so that emptying a file replaces it.
    auto empty = import("gdelt", "");
    CHECK(empty.documents.size() == 1);
    CHECK(empty.counts.read == 0);
}

TEST_CASE("ICEWS rows: header columns by name, Syria recognizes Abkhazia") {
    const std::string header =
        "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\tIntensity\tTarget Name\t"
        "Target Sectors\tTarget Country\tStory ID\tSentence Number\tPublisher\n";
    auto c = import("icews", header +
                                 "32892140\t2018-06-01\tSyria\tNA\tSyria\tGrant diplomatic recognition\t054\t6\tAbkhazia\t"
                                 "Dissident,Separatists\tGeorgia\t47405203\t2\tInterfax News Service\n"
                                 "1\t2018-06-01\tSyria\tNA\tSyria\tx\t054\tsix\tAbkhazia\tNA\tGeorgia\t1\t2\tP\n"
                                 "2\t2018-06-01\tSyria\tNA\n");
    const auto facts = c.facts();
    REQUIRE(facts.size() == 1);
    const Fact& f = facts[0];
    CHECK(f.source == "SYR");
    CHECK(f.target == "abkhazia");
    CHECK(f.relation == testing::relation("recognizes"));
    CHECK(f.evidence[0].rule == "icews:054");
    CHECK(f.evidence[0].line == 2);
    CHECK(f.evidence[0].text ==
          "events=1 first=2018-06-01 last=2018-06-01 EventID=32892140 Intensity=6.0 StoryID=47405203 Sentence=2 "
          "Publisher=\"Interfax News Service\" Source=\"Syria\" Target=\"Abkhazia\"");
    CHECK(c.counts.bad == 2);
    CHECK(c.warnings[0].find("events.in:3:") == 0);
    CHECK(c.warnings[0].find("Intensity \"six\" is not a number") != std::string::npos);
    CHECK(c.warnings[1].find("events.in:4:1: row has 4 columns, the header 14") == 0);
    auto no_header = import("icews", "a\tb\n");
    REQUIRE(no_header.errors.size() == 1);
    CHECK(no_header.errors[0].find("events.in:1:1: the header has no \"Event ID\" column") == 0);
}

TEST_CASE("PLOVER records: compound actors give one event per pair, bad records are reported") {
    auto c = import("polecat",
                    "[{\"id\": \"D\", \"event\": \"DOCUMENT\"},\n"
                    " {\"id\": \"R1\", \"date\": \"2000-01-01\", \"event\": \"DISAPPROVE\",\n"
                    "  \"source\": [{\"actorText\": \"Hungarian\", \"code\": \"HUN\", \"sector\": \"GOV\"},"
                    " {\"actorText\": \"Romanian\", \"code\": \"ROU\"}], \"target\": [{\"actorText\": \"Tokyo\", \"code\": \"JAP\"}], "
                    "\"text\": \"They criticized Japan.\"},\n"
                    " {\"id\": \"R2\", \"date\": \"2000-01-01\", \"event\": \"CHEER\", \"source\": [], \"target\": []},\n"
                    " {\"id\": \"R3\", \"date\": \"2000-01-01\", \"event\": \"AGREE\", \"source\": [{\"code\": \"USA\"}], \"target\": [{\"code\": \"JOR\"}]},\n"
                    " {\"id\": \"R4\", \"date\": \"2000-01-01\", \"event\": \"FIGHT\", \"source\": [{\"code\": \"USA\"}], \"target\": \"diplomatic\"},\n"
                    " {\"id\": \"R5\", \"date\": \"2000-01-01\", \"event\": \"FIGHT\", \"source\": [{\"code\": \"USAREB\"}], \"target\": [{\"code\": \"JOR\"}]}\n"
                    "]\n");
    REQUIRE(c.errors.empty());
    const auto facts = c.facts();
    REQUIRE(facts.size() == 2);
    CHECK(facts[0].source == "HUN");
    CHECK(facts[0].target == "JPN");
    CHECK(facts[1].source == "ROU");
    CHECK(facts[0].relation == testing::relation("criticizes"));
    CHECK(facts[0].evidence[0].rule == "plover:ACCUSE");
    CHECK(facts[0].evidence[0].line == 2);
    CHECK(facts[0].evidence[0].text.find("id=R1 text=\"They criticized Japan.\"") != std::string::npos);
    CHECK(c.counts.read == 6);
    CHECK(c.counts.imported == 1);
    CHECK(c.counts.bad == 2);
    CHECK(c.counts.skipped_because.at("documentation record") == 1);
    CHECK(c.counts.skipped_because.at("no relation for the event type") == 1);
    CHECK(c.counts.skipped_because.at("an actor is not a state, organisation or movement") == 1);
    CHECK(c.warnings[0].find("events.in:4:1: event \"CHEER\" is not a PLOVER event type") == 0);
    CHECK(c.warnings[1].find("events.in:6:1: \"source\" and \"target\" must be lists") == 0);
}

TEST_CASE("an actor dictionary adds people with government roles to the gazetteer") {
    Gazetteer& g = shared_gazetteer();
    auto c = import("petrarch-actors",
                    "ZORAN_UNITTESTOVIC\n+Z._UNITTESTOVIC\n\t[SRBGOV 20010101-20050301]\n\t[SRBMIL >20050301]\n"
                    "RUSSIA [RUS 19911225-20000101]\nUNDATED [USAGOV]\n",
                    {}, "/tmp/test.actors");
    CHECK(c.counts.read == 3);
    CHECK(c.counts.imported == 1);
    CHECK(c.counts.skipped == 2);
    const Entity* person = g.resolve("Z. Unittestovic");
    REQUIRE(person);
    CHECK(person->id == "person-zoran-unittestovic");
    CHECK(person->kind == EntityKind::person);
    CHECK(person->name == "Zoran Unittestovic");
    REQUIRE(person->roles.size() == 1);
    CHECK(person->roles[0].relation == "leader_of");
    CHECK(person->roles[0].target == "SRB");
    CHECK(person->roles[0].holds_on(days_from_civil(2003, 1, 1)));
    CHECK_FALSE(person->roles[0].holds_on(days_from_civil(2006, 1, 1)));
    REQUIRE(c.documents.size() == 1);
    REQUIRE(c.documents[0].entities.size() == 1);
    CHECK(c.documents[0].entities[0].id == "person-zoran-unittestovic");
    REQUIRE(c.documents[0].facts.size() == 1);
    const Fact& f = c.documents[0].facts[0];
    CHECK(f.relation == testing::relation("leader_of"));
    CHECK(f.valid.valid_to->to_string() == "2005-03-01");
    CHECK(f.evidence[0].rule == "petrarch-actors:SRBGOV");
    CHECK(f.evidence[0].line == 3);
    // Read twice, the roles are not doubled.
    import("petrarch-actors", "ZORAN_UNITTESTOVIC\n\t[SRBGOV 20010101-20050301]\n", {}, "/tmp/test2.actors");
    CHECK(g.by_id("person-zoran-unittestovic")->roles.size() == 1);
}

TEST_CASE("event formats are detected by content, zip member name and suffix") {
    const auto& r = builtin_importers();
    CHECK(r.detect("x.CSV", gdelt_row("1", "20191024", "RUS", "UKR", "112"))->name == "gdelt");
    CHECK(r.detect("x.tab", "Event ID\tEvent Date\tSource Name\tSource Sectors\n")->name == "icews");
    CHECK(r.detect("p.json", "[\n{\n \"id\": \"PLOVER-1\", \"event\": \"AGREE\", \"eventText\": \"x\", \"text\": \"y\"}]")->name ==
          "polecat");
    CHECK(r.detect("d/TABARI.Demo.actors", "GOLLUM\n [HOB]\n")->name == "petrarch-actors");
    CHECK(r.detect("actor_dict_ar.txt", "X [IRQGOV 20101221-20140908]\n")->name == "petrarch-actors");
    std::string zip_head("PK\x03\x04", 4);
    zip_head += std::string(22, '\0');
    const std::string member = "20191024143000.export.CSV";
    zip_head += static_cast<char>(member.size());
    zip_head += std::string(3, '\0');
    zip_head += member;
    CHECK(r.detect("x.zip", zip_head)->name == "gdelt");
    CHECK(r.detect("notes.txt", "Just an article about GDELT.\n")->name == "article-text");
}
