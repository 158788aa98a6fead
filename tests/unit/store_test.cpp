// The store: schema, one transaction per document, re-imports, rollback on failure, loading. Tests
// tagged [postgres] run on SQLite and, when STANCEGRAPH_TEST_POSTGRES names a server, on PostgreSQL.
#include "core/error.hpp"
#include "core/store/schema.hpp"
#include "core/store/store.hpp"
#include "test_support.hpp"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>

#include <array>
#include <chrono>
#include <memory>
#include <thread>

using namespace stancegraph;
using stancegraph::testing::gazetteer;
using stancegraph::testing::ontology;
using stancegraph::testing::relation;

namespace {

ImportedDocument document(const std::string& id, const std::string& hash, std::vector<std::array<const char*, 4>> facts) {
    ImportedDocument doc;
    doc.document.id = id;
    doc.document.kind = "facts";
    doc.document.content_hash = hash;
    for (const auto& [s, r, t, from] : facts) {
        Fact f;
        f.source = s;
        f.relation = relation(r);
        f.target = t;
        if (*from) f.valid.valid_from = PartialDate::parse(from);
        Evidence e;
        e.document = id;
        e.text = std::string("Evidence: ") + s + " " + r + " " + t + " — Казахстан не признаёт, كازاخستان لا تعترف";
        e.rule = "test";
        f.evidence.push_back(e);
        doc.facts.push_back(f);
    }
    return doc;
}

}  // namespace

TEST_CASE("a new store gets the schema and its version") {
    const std::string path = testing::temporary_folder() + "/s.db";
    Store store(path, ontology(), Store::Mode::create_if_missing);
    CHECK(store.database().execAndGet("PRAGMA user_version").getInt() == kSchemaVersion);
    CHECK(store.database().execAndGet("SELECT COUNT(*) FROM relations").getInt() == 22);
    CHECK(store.counts().facts == 0);
}

TEST_CASE("a new store opens while another process is writing to the file, and uses write-ahead logging") {
    // SQLite answers a switch to WAL at such a moment with SQLITE_BUSY at once, without its busy
    // handler: two imports started together into a new store failed this way.
    const std::string path = testing::temporary_folder() + "/s.db";
    SQLite::Database other(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    other.exec("BEGIN IMMEDIATE");
    std::thread release([&other] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        other.exec("ROLLBACK");
    });
    std::unique_ptr<Store> store;
    CHECK_NOTHROW(store = std::make_unique<Store>(path, ontology(), Store::Mode::create_if_missing));
    release.join();
    REQUIRE(store);
    CHECK(store->database().execAndGet("PRAGMA journal_mode").getString() == "wal");
    CHECK(store->database().execAndGet("PRAGMA user_version").getInt() == kSchemaVersion);
}

TEST_CASE("opening a missing store without create is a usage error") {
    CHECK_THROWS_AS(Store(testing::temporary_folder() + "/missing.db", ontology(), Store::Mode::open_existing), UsageError);
}

TEST_CASE("documents import once, and a changed document replaces its facts", "[postgres]") {
    const std::string backend = GENERATE(values<std::string>({"sqlite", "postgres"}));
    const std::string path = testing::new_store_location(backend);
    if (path.empty()) return;  // no PostgreSQL server to test on
    Store store(path, ontology(), Store::Mode::create_if_missing);
    auto v1 = document("d1", "h1", {{"KAZ", "does_not_recognize", "TWN", "2022-06-17"}, {"RUS", "recognizes", "abkhazia", "2008-08-26"}});
    CHECK(store.import_document(v1, gazetteer()) == ImportOutcome::added);
    CHECK(store.counts().facts == 2);
    CHECK(store.import_document(v1, gazetteer()) == ImportOutcome::unchanged);
    CHECK(store.counts().evidence == 2);

    // Another document supports one of the facts: the fact stays when d1 changes.
    CHECK(store.import_document(document("d2", "h", {{"RUS", "recognizes", "abkhazia", "2008-08-26"}}), gazetteer()) ==
          ImportOutcome::added);
    CHECK(store.counts().facts == 2);
    auto v2 = document("d1", "h2", {{"KAZ", "does_not_recognize", "XKX", "2022-06-17"}});
    CHECK(store.import_document(v2, gazetteer()) == ImportOutcome::replaced);
    CHECK(store.counts().documents == 2);
    CHECK(store.counts().facts == 2);  // RUS→abkhazia (from d2) and KAZ→XKX; KAZ→TWN is gone
    CHECK(store.database().execAndGet("SELECT COUNT(*) FROM facts WHERE target_id = 'TWN'").getInt() == 0);
    CHECK(testing::evidence_matching(store, "казахстан") == 2);
}

TEST_CASE("a document that fails half-way leaves nothing behind", "[postgres]") {
    const std::string backend = GENERATE(values<std::string>({"sqlite", "postgres"}));
    const std::string path = testing::new_store_location(backend);
    if (path.empty()) return;  // no PostgreSQL server to test on
    Store store(path, ontology(), Store::Mode::create_if_missing);
    auto bad = document("d1", "h1", {{"KAZ", "does_not_recognize", "TWN", "2022-06-17"}, {"KAZ", "recognizes", "no-such-entity", ""}});
    CHECK_THROWS_AS(store.import_document(bad, gazetteer()), Error);
    const StoreCounts c = store.counts();
    CHECK(c.documents == 0);
    CHECK(c.facts == 0);
    CHECK(c.entities == 0);
    // The store still works afterwards, entities included.
    CHECK(store.import_document(document("d2", "h", {{"KAZ", "does_not_recognize", "TWN", "2022"}}), gazetteer()) == ImportOutcome::added);
    CHECK(store.counts().entities == 2);
}

TEST_CASE("symmetric facts are stored once whatever the direction", "[postgres]") {
    const std::string backend = GENERATE(values<std::string>({"sqlite", "postgres"}));
    const std::string path = testing::new_store_location(backend);
    if (path.empty()) return;  // no PostgreSQL server to test on
    Store store(path, ontology(), Store::Mode::create_if_missing);
    store.import_document(document("a", "1", {{"NIC", "establishes_relations", "CHN", "2021-12-10"}}), gazetteer());
    store.import_document(document("b", "2", {{"CHN", "establishes_relations", "NIC", "2021-12-10"}}), gazetteer());
    CHECK(store.counts().facts == 1);
    CHECK(store.counts().evidence == 2);
}

TEST_CASE("the store loads back into the graph with entities and evidence", "[postgres]") {
    const std::string backend = GENERATE(values<std::string>({"sqlite", "postgres"}));
    const std::string path = testing::new_store_location(backend);
    if (path.empty()) return;  // no PostgreSQL server to test on
    Store store(path, ontology(), Store::Mode::create_if_missing);
    store.import_document(document("d1", "h", {{"KAZ", "does_not_recognize", "TWN", "2022-06-17"},
                                               {"RUS", "recognizes", "donetsk-peoples-republic", "2022-02-21"}}), gazetteer());
    StanceGraph all(ontology());
    store.load_graph(all);
    CHECK(all.fact_count() == 2);
    CHECK(all.node(*all.vertex("KAZ")).name == "Kazakhstan");
    CHECK(all.node(*all.vertex("donetsk-peoples-republic")).kind == EntityKind::territory);
    CHECK(all.fact(0).evidence.size() == 1);
    CHECK(all.fact(0).evidence.front().text.find("Казахстан") != std::string::npos);

    StanceGraph some(ontology());
    store.load_graph(some, {{"TWN"}, {}, 0, {}});
    CHECK(some.fact_count() == 1);
    StanceGraph none(ontology());
    store.load_graph(none, {{"KAZ"}, {"recognizes"}, 0, {}});
    CHECK(none.fact_count() == 0);
}

TEST_CASE("the views answer in SQL what the graph answers", "[postgres]") {
    const std::string backend = GENERATE(values<std::string>({"sqlite", "postgres"}));
    const std::string path = testing::new_store_location(backend);
    if (path.empty()) return;  // no PostgreSQL server to test on
    Store store(path, ontology(), Store::Mode::create_if_missing);
    store.import_document(document("d1", "h", {{"TGO", "recognizes", "XKX", "2014-07-11"},
                                               {"TGO", "withdraws_recognition", "XKX", "2019-06-28"},
                                               {"USA", "recognizes", "XKX", "2008-02-18"}}), gazetteer());
    auto& db = store.database();
    CHECK(db.execAndGet("SELECT until_day FROM stance_timeline WHERE source_id = 'TGO' AND relation = 'recognizes'").getString() ==
          "2019-06-28");
    CHECK(db.execAndGet("SELECT COUNT(*) FROM current_stance WHERE target_id = 'XKX' AND relation = 'recognizes'").getInt() == 1);
    CHECK(db.execAndGet("SELECT relation FROM current_stance WHERE source_id = 'TGO'").getString() == "withdraws_recognition");
}

TEST_CASE("current_stance answers for the day in as_of_day, weighs tied sources and flags an even split", "[postgres]") {
    const std::string backend = GENERATE(values<std::string>({"sqlite", "postgres"}));
    const std::string path = testing::new_store_location(backend);
    if (path.empty()) return;  // no PostgreSQL server to test on
    Store store(path, ontology(), Store::Mode::create_if_missing);
    store.import_document(document("curated", "h1", {{"NIC", "withdraws_recognition", "TWN", "2021-12-09"}}), gazetteer());
    ImportedDocument misread = document("article", "h2", {{"NIC", "recognizes", "TWN", "2021-12-09"}, {"IND", "recognizes", "ESH", "2000-06-26"}});
    misread.document.kind = "article";
    store.import_document(misread, gazetteer());
    ImportedDocument other = document("other-article", "h3", {{"IND", "withdraws_recognition", "ESH", "2000-06-26"}});
    other.document.kind = "article";
    store.import_document(other, gazetteer());
    store.import_document(document("later", "h4", {{"USA", "condemns", "RUS", "2022-02-24"}}), gazetteer());
    auto& db = store.database();
    db.exec("INSERT INTO as_of_day VALUES ('2022-03-01')");
    CHECK(db.execAndGet("SELECT relation || ' ' || contested FROM current_stance WHERE source_id = 'NIC'").getString() ==
          "withdraws_recognition 0");
    CHECK(db.execAndGet("SELECT COUNT(*) FROM current_stance WHERE source_id = 'IND' AND contested = 1").getInt() == 2);
    CHECK(db.execAndGet("SELECT COUNT(*) FROM current_stance WHERE source_id = 'USA'").getInt() == 1);
    // A year and more later the condemnation, an event, has left its window; the states hold on.
    db.exec("INSERT INTO as_of_day VALUES ('2023-03-01')");
    CHECK(db.execAndGet("SELECT COUNT(*) FROM current_stance WHERE source_id = 'USA'").getInt() == 0);
    CHECK(db.execAndGet("SELECT COUNT(*) FROM current_stance WHERE source_id = 'NIC'").getInt() == 1);
    // Before the facts, nothing.
    db.exec("DELETE FROM as_of_day");
    db.exec("INSERT INTO as_of_day VALUES ('1999-01-01')");
    CHECK(db.execAndGet("SELECT COUNT(*) FROM current_stance").getInt() == 0);
}

TEST_CASE("the store keeps the pairs whose facts may contradict, and recomputes them when a document changes", "[postgres]") {
    const std::string backend = GENERATE(values<std::string>({"sqlite", "postgres"}));
    const std::string path = testing::new_store_location(backend);
    if (path.empty()) return;  // no PostgreSQL server to test on
    Store store(path, ontology(), Store::Mode::create_if_missing);
    using Pairs = std::set<std::pair<std::string, std::string>>;
    store.import_document(document("d1", "h1", {{"KAZ", "recognizes", "TWN", "2020"}, {"RUS", "supports", "SRB", "2010"}}), gazetteer());
    CHECK(store.contested_pairs().empty());
    // Another relation of the same family between the same pair; one of another family does not count.
    store.import_document(document("d2", "h2", {{"KAZ", "does_not_recognize", "TWN", "2022-06-17"}, {"RUS", "sanctions", "SRB", "2011"}}),
                          gazetteer());
    CHECK(store.contested_pairs() == Pairs{{"KAZ", "TWN"}});
    CHECK(store.database().execAndGet("SELECT family FROM contested_pairs").getString() == "recognition");
    // The opposite direction of a pair counts too; the smaller id comes first.
    store.import_document(document("d3", "h3", {{"SRB", "praises", "RUS", "2012"}}), gazetteer());
    CHECK(store.contested_pairs() == Pairs{{"KAZ", "TWN"}, {"RUS", "SRB"}});
    CHECK(store.contested_pairs(std::string("SRB")) == Pairs{{"RUS", "SRB"}});
    // d2 changes: Kazakhstan's refusal goes, so that pair is no longer contested.
    store.import_document(document("d2", "h4", {{"RUS", "sanctions", "SRB", "2011"}}), gazetteer());
    CHECK(store.contested_pairs() == Pairs{{"RUS", "SRB"}});
}

TEST_CASE("a document is its content: the same content under another name adds nothing", "[postgres]") {
    const std::string backend = GENERATE(values<std::string>({"sqlite", "postgres"}));
    const std::string path = testing::new_store_location(backend);
    if (path.empty()) return;  // no PostgreSQL server to test on
    Store store(path, ontology(), Store::Mode::create_if_missing);
    CHECK(store.import_document(document("file:/a/stances.csv", "same", {{"KAZ", "does_not_recognize", "TWN", "2022"}}), gazetteer()) ==
          ImportOutcome::added);
    CHECK(store.import_document(document("file:/b/copy.csv", "same", {{"KAZ", "does_not_recognize", "TWN", "2022"}}), gazetteer()) ==
          ImportOutcome::duplicate);
    CHECK(store.duplicate_of() == "file:/a/stances.csv");
    CHECK(store.counts().documents == 1);
    CHECK(store.counts().evidence == 1);
    // Other content under another name is another document.
    CHECK(store.import_document(document("file:/b/other.csv", "other", {{"KAZ", "does_not_recognize", "TWN", "2022"}}), gazetteer()) ==
          ImportOutcome::added);
    CHECK(store.counts().evidence == 2);
}

TEST_CASE("events are known by their ids, from another document only, and replacing a document forgets its ids", "[postgres]") {
    const std::string backend = GENERATE(values<std::string>({"sqlite", "postgres"}));
    const std::string path = testing::new_store_location(backend);
    if (path.empty()) return;  // no PostgreSQL server to test on
    Store store(path, ontology(), Store::Mode::create_if_missing);
    ImportedDocument events = document("file:/a.CSV", "h1", {{"USA", "condemns", "RUS", "2022-02-24"}});
    events.document.kind = "events";
    events.event_format = "gdelt";
    events.event_ids = {"1001", "1002"};
    store.import_document(events, gazetteer());
    CHECK(store.event_known("gdelt", "1001", "file:/b.CSV"));
    CHECK_FALSE(store.event_known("gdelt", "1001", "file:/a.CSV"));  // its own events, read again
    CHECK_FALSE(store.event_known("icews", "1001", "file:/b.CSV"));  // ids are per format
    CHECK_FALSE(store.event_known("gdelt", "9999", "file:/b.CSV"));
    events.document.content_hash = "h2";
    events.event_ids = {"1003"};
    CHECK(store.import_document(events, gazetteer()) == ImportOutcome::replaced);
    CHECK_FALSE(store.event_known("gdelt", "1001", "file:/b.CSV"));
    CHECK(store.event_known("gdelt", "1003", "file:/b.CSV"));
}

TEST_CASE("an undated fact loads bounded by its evidence's publication, else by the day it was stored", "[postgres]") {
    const std::string backend = GENERATE(values<std::string>({"sqlite", "postgres"}));
    const std::string path = testing::new_store_location(backend);
    if (path.empty()) return;  // no PostgreSQL server to test on
    Store store(path, ontology(), Store::Mode::create_if_missing);
    ImportedDocument dated = document("article", "h1", {{"TUV", "recognizes", "TWN", ""}});
    dated.facts.front().evidence.front().published = PartialDate::parse("2019-09");
    store.import_document(dated, gazetteer());
    store.import_document(document("list", "h2", {{"PLW", "recognizes", "TWN", ""}}), gazetteer());
    store.database().exec("UPDATE facts SET recorded_at = '2024-05-06T07:08:09Z' WHERE source_id = 'PLW'");
    StanceGraph g(ontology());
    store.load_graph(g);
    for (FactIndex f = 0; f < g.fact_count(); ++f) {
        const Fact& fact = g.fact(f);
        REQUIRE(fact.valid.known_from);
        CHECK(*fact.valid.known_from == (fact.source == "TUV" ? days_from_civil(2019, 9, 1) : days_from_civil(2024, 5, 6)));
        CHECK(fact.evidence.front().origin == EvidenceOrigin::curated);
    }
    StanceGraph dated_only(ontology());
    GraphSelection selection;
    selection.dated_only = true;
    store.load_graph(dated_only, selection);
    CHECK(dated_only.fact_count() == 0);
}

TEST_CASE("a store of schema version 1 gains contested_pairs when opened") {
    const std::string path = testing::temporary_folder() + "/s.db";
    {
        Store store(path, ontology(), Store::Mode::create_if_missing);
        store.import_document(document("d1", "h1", {{"KAZ", "recognizes", "TWN", "2020"}, {"KAZ", "does_not_recognize", "TWN", "2022"}}),
                              gazetteer());
        store.database().exec("DROP TABLE contested_pairs");
        store.database().exec("DROP INDEX facts_by_start");
        store.database().exec("PRAGMA user_version = 1");
    }
    Store reopened(path, ontology(), Store::Mode::open_existing);
    CHECK(reopened.database().execAndGet("PRAGMA user_version").getInt() == kSchemaVersion);
    CHECK(reopened.contested_pairs() == std::set<std::pair<std::string, std::string>>{{"KAZ", "TWN"}});
    CHECK(reopened.database().execAndGet("SELECT COUNT(*) FROM sqlite_master WHERE name = 'facts_by_start'").getInt() == 1);
}

TEST_CASE("a store of schema version 3 gains evidence.source_id, filled from the facts, when opened") {
    const std::string path = testing::temporary_folder() + "/s.db";
    {
        Store store(path, ontology(), Store::Mode::create_if_missing);
        store.import_document(document("d1", "h1", {{"KAZ", "does_not_recognize", "TWN", "2022"}, {"RUS", "recognizes", "abkhazia", "2008"}}),
                              gazetteer());
        store.database().exec("ALTER TABLE evidence DROP COLUMN source_id");
        store.database().exec("PRAGMA user_version = 3");
    }
    Store reopened(path, ontology(), Store::Mode::open_existing);
    CHECK(reopened.database().execAndGet("PRAGMA user_version").getInt() == kSchemaVersion);
    CHECK(reopened.database().execAndGet("SELECT COUNT(*) FROM evidence e JOIN facts f ON f.id = e.fact_id WHERE e.source_id = f.source_id")
              .getInt() == 2);
    CHECK(reopened.import_document(document("d2", "h2", {{"KAZ", "does_not_recognize", "TWN", "2022"}}), gazetteer()) ==
          ImportOutcome::added);
    CHECK(reopened.database().execAndGet("SELECT COUNT(*) FROM evidence WHERE source_id = 'KAZ'").getInt() == 2);
}
