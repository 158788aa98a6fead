// The PostgreSQL connection against a real server: STANCEGRAPH_TEST_POSTGRES names it (a URI), and
// the tests are skipped without it. Tables are temporary, so tests share a server without clashing.
#include "core/error.hpp"
#include "core/store/sql_connection.hpp"
#include "core/store/store.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>

namespace sql = stancegraph::sql;

namespace {

// A connection to the test server, or null (with a warning) when there is none.
std::unique_ptr<sql::Connection> test_connection() {
    const char* uri = std::getenv("STANCEGRAPH_TEST_POSTGRES");
    if (uri == nullptr || *uri == '\0') {
        WARN("STANCEGRAPH_TEST_POSTGRES not set; skipped");
        return nullptr;
    }
    return sql::open_postgres(uri);
}

const std::string awkward_text = "it's \"quoted\" \\back\\slash\ttab\nnew line\r\nCR — القدس Москва ?1 :name";

}  // namespace

TEST_CASE("PostgreSQL: values of each type go in and come back", "[postgres]") {
    auto db = test_connection();
    if (!db) return;
    CHECK(db->dialect() == stancegraph::SqlDialect::postgres);
    db->exec("CREATE TEMPORARY TABLE kinds(n BIGINT, r DOUBLE PRECISION, t TEXT, missing TEXT)");

    sql::Statement insert(*db, "INSERT INTO kinds(n, r, t, missing) VALUES (?, ?, ?, ?)");
    insert.bind(1, std::int64_t{9007199254740993});
    insert.bind(2, 0.1);
    insert.bind(3, awkward_text);
    insert.bind(4);
    CHECK(insert.exec() == 1);
    insert.reset();
    insert.bind(1, -7);
    insert.bind(2, -1e-300);
    insert.bind(3, std::string_view("second"));
    insert.bind(4, "present");
    CHECK(insert.exec() == 1);

    sql::Statement select(*db, "SELECT n, r, t, missing FROM kinds ORDER BY n DESC");
    REQUIRE(select.executeStep());
    CHECK(select.getColumn(0).getInt64() == 9007199254740993);
    CHECK(select.getColumn(1).getDouble() == 0.1);
    CHECK(select.getColumn(2).getString() == awkward_text);
    CHECK(select.getColumn(2).getBytes() == static_cast<int>(awkward_text.size()));
    CHECK(select.getColumn(3).isNull());
    CHECK_FALSE(select.getColumn(2).isNull());
    REQUIRE(select.executeStep());
    CHECK(select.getColumn(0).getInt() == -7);
    CHECK(select.getColumn(1).getDouble() == -1e-300);
    CHECK(select.getColumn(3).getView() == "present");
    CHECK_FALSE(select.executeStep());

    // Rewound, the statement runs again with the same bindings.
    select.reset();
    REQUIRE(select.executeStep());
    CHECK(select.getColumn(0).getInt64() == 9007199254740993);

    CHECK(db->execAndGet("SELECT count(*) FROM kinds").getInt64() == 2);
    CHECK(db->execAndGet("SELECT t FROM kinds WHERE n = -7").getString() == "second");
    CHECK(db->execAndGet("SELECT CAST(EXISTS (SELECT 1 FROM kinds) AS INTEGER)").getInt64() == 1);
}

TEST_CASE("PostgreSQL: a named parameter used twice, and row counts", "[postgres]") {
    auto db = test_connection();
    if (!db) return;
    db->exec("CREATE TEMPORARY TABLE spans(id INTEGER, since TEXT, until TEXT);"
             "INSERT INTO spans VALUES (1, '2020-01-01', NULL), (2, '2020-01-01', '2021-01-01'), (3, '2022-01-01', NULL)");

    sql::Statement live(*db, "SELECT count(*) FROM spans WHERE since <= :as_of AND (until IS NULL OR until > :as_of)");
    CHECK(live.getIndex(":as_of") == 1);
    CHECK(live.getIndex(":absent") == 0);
    live.bind(":as_of", std::string("2021-06-01"));
    REQUIRE(live.executeStep());
    CHECK(live.getColumn(0).getInt64() == 1);
    live.reset();
    live.bind(":as_of", std::string("2020-06-01"));
    REQUIRE(live.executeStep());
    CHECK(live.getColumn(0).getInt64() == 2);

    sql::Statement update(*db, "UPDATE spans SET until = ?1 WHERE until IS NULL AND since < ?1");
    update.bind(1, "2023-01-01");
    CHECK(update.exec() == 2);
    CHECK(update.exec() == 0);
    sql::Statement remove(*db, "DELETE FROM spans WHERE id > ?");
    remove.bind(1, 0);
    CHECK(remove.exec() == 3);
}

TEST_CASE("PostgreSQL: COPY writes many awkward rows", "[postgres]") {
    auto db = test_connection();
    if (!db) return;
    db->exec("CREATE TEMPORARY TABLE copied(id BIGINT PRIMARY KEY, weight DOUBLE PRECISION, label TEXT, note TEXT)");

    constexpr int rows = 10000;
    auto writer = db->bulk_writer("copied", {"id", "weight", "label", "note"});
    stancegraph::SqlRow row;
    for (int i = 0; i < rows; ++i) {
        row.clear();
        row.integer(i).real(i / 3.0).text(awkward_text + std::to_string(i));
        if (i % 2 == 0) row.null();
        else row.text("\\N");  // the text, not NULL
        writer->write(row);
    }
    writer->finish();

    CHECK(db->execAndGet("SELECT count(*) FROM copied").getInt64() == rows);
    CHECK(db->execAndGet("SELECT count(*) FROM copied WHERE note IS NULL").getInt64() == rows / 2);
    sql::Statement one(*db, "SELECT weight, label, note FROM copied WHERE id = ?");
    one.bind(1, 7777);
    REQUIRE(one.executeStep());
    CHECK(one.getColumn(0).getDouble() == 7777 / 3.0);
    CHECK(one.getColumn(1).getString() == awkward_text + "7777");
    CHECK(one.getColumn(2).getString() == "\\N");
}

TEST_CASE("PostgreSQL: a COPY that fails throws, and one left unfinished is abandoned", "[postgres]") {
    auto db = test_connection();
    if (!db) return;
    db->exec("CREATE TEMPORARY TABLE keyed(id BIGINT PRIMARY KEY)");
    {
        auto writer = db->bulk_writer("keyed", {"id"});
        stancegraph::SqlRow row;
        row.integer(1);
        writer->write(row);
        writer->write(row);
        CHECK_THROWS_AS(writer->finish(), sql::Error);
    }
    {
        auto writer = db->bulk_writer("keyed", {"id"});
        stancegraph::SqlRow row;
        row.integer(2);
        writer->write(row);
    }
    // The connection is usable again and neither load left a row.
    CHECK(db->execAndGet("SELECT count(*) FROM keyed").getInt64() == 0);
    CHECK_FALSE(db->in_transaction());
}

TEST_CASE("PostgreSQL: errors carry the SQLSTATE and the statement", "[postgres]") {
    auto db = test_connection();
    if (!db) return;
    try {
        db->exec("SELEC 1");
        FAIL("no error");
    } catch (const sql::Error& error) {
        CHECK(error.code() == "42601");
        CHECK(std::string(error.what()).find("SELEC 1") != std::string::npos);
    }
    sql::Statement missing(*db, "SELECT * FROM no_such_table WHERE a = ?");
    missing.bind(1, 1);
    try {
        missing.executeStep();
        FAIL("no error");
    } catch (const sql::Error& error) {
        CHECK(error.code() == "42P01");
    }
    CHECK_THROWS_AS(missing.bind(2, 1), sql::Error);
}

TEST_CASE("PostgreSQL: a store that cannot connect names the server without its password", "[postgres]") {
    if (!test_connection()) return;
    try {
        stancegraph::Store("postgresql://nobody:hunter2@127.0.0.1:1/none?connect_timeout=5", stancegraph::testing::ontology(), stancegraph::Store::Mode::create_if_missing);
        FAIL("connected");
    } catch (const stancegraph::Error& error) {
        const std::string message = error.what();
        CHECK(message.find("hunter2") == std::string::npos);
        CHECK(message.find("nobody:***@127.0.0.1:1") != std::string::npos);
    }
}

TEST_CASE("PostgreSQL: transactions", "[postgres]") {
    auto db = test_connection();
    if (!db) return;
    db->exec("CREATE TEMPORARY TABLE kept(id INTEGER)");
    CHECK_FALSE(db->in_transaction());
    {
        sql::Transaction transaction(*db, sql::TransactionKind::write);
        CHECK(db->in_transaction());
        db->exec("INSERT INTO kept VALUES (1), (2)");
        CHECK(db->execAndGet("SELECT count(*) FROM kept").getInt64() == 2);
    }
    CHECK_FALSE(db->in_transaction());
    CHECK(db->execAndGet("SELECT count(*) FROM kept").getInt64() == 0);
    {
        sql::Transaction transaction(*db, sql::TransactionKind::read_snapshot);
        CHECK(db->execAndGet("SHOW transaction_isolation").getString() == "repeatable read");
        db->exec("INSERT INTO kept VALUES (3)");
        transaction.commit();
    }
    CHECK(db->execAndGet("SELECT count(*) FROM kept").getInt64() == 1);
    CHECK(db->execAndGet("SHOW DateStyle").getString() == "ISO, YMD");
}
