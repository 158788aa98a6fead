// SQLite's parameters rewritten as PostgreSQL's, and connection strings without their passwords.
#include "core/store/connection_uri.hpp"
#include "core/store/sql_placeholders.hpp"

#include <catch2/catch.hpp>

using stancegraph::sql::masked_connection_string;
using stancegraph::sql::translate_placeholders;

TEST_CASE("question marks are numbered in order", "[sql]") {
    const auto t = translate_placeholders("INSERT INTO t VALUES (?, ?, ?)");
    CHECK(t.sql == "INSERT INTO t VALUES ($1, $2, $3)");
    CHECK(t.parameter_count == 3);
    CHECK(t.names.empty());
}

TEST_CASE("a numbered question mark keeps its number", "[sql]") {
    const auto t = translate_placeholders("SELECT ?2, ?1, ?2");
    CHECK(t.sql == "SELECT $2, $1, $2");
    CHECK(t.parameter_count == 2);
    // As in SQLite, a bare ? after ?5 is the sixth.
    CHECK(translate_placeholders("SELECT ?5, ?").sql == "SELECT $5, $6");
}

TEST_CASE("a name used twice is one parameter", "[sql]") {
    const auto t = translate_placeholders("SELECT * FROM f WHERE since <= :as_of AND (until IS NULL OR until > :as_of)");
    CHECK(t.sql == "SELECT * FROM f WHERE since <= $1 AND (until IS NULL OR until > $1)");
    CHECK(t.parameter_count == 1);
    REQUIRE(t.names.size() == 1);
    CHECK(t.names[0].first == ":as_of");
    CHECK(t.names[0].second == 1);
}

TEST_CASE("quotes, comments and casts are not parameters", "[sql]") {
    const std::string sql =
        "SELECT 'it''s ? and :x', \"odd?\"\"col:y\", day::date, '::'  -- why? :because\n"
        "/* ?1 :z */ FROM t WHERE a = ?";
    const auto t = translate_placeholders(sql);
    CHECK(t.sql ==
          "SELECT 'it''s ? and :x', \"odd?\"\"col:y\", day::date, '::'  -- why? :because\n"
          "/* ?1 :z */ FROM t WHERE a = $1");
    CHECK(t.parameter_count == 1);
    CHECK(t.names.empty());
}

TEST_CASE("an unterminated quote runs to the end", "[sql]") {
    CHECK(translate_placeholders("SELECT 'a ? b").sql == "SELECT 'a ? b");
}

TEST_CASE("names are numbered after the numbered parameters before them", "[sql]") {
    // As SQLite numbers them: a name takes the next number at its first appearance, so a ?2
    // written after it is the same parameter (on either backend).
    const auto t = translate_placeholders("UPDATE t SET a = ?1, b = :name WHERE c = ?2 AND d = :name AND e = :other");
    CHECK(t.sql == "UPDATE t SET a = $1, b = $2 WHERE c = $2 AND d = $2 AND e = $3");
    const auto u = translate_placeholders("SELECT ?1, ?2, :name, :other, :name");
    CHECK(u.sql == "SELECT $1, $2, $3, $4, $3");
    CHECK(u.parameter_count == 4);
    REQUIRE(u.names.size() == 2);
    CHECK(u.names[0] == std::pair<std::string, int>(":name", 3));
    CHECK(u.names[1] == std::pair<std::string, int>(":other", 4));
}

TEST_CASE("passwords are masked in connection strings", "[sql]") {
    CHECK(masked_connection_string("postgresql://user:s3cr@t@host:5432/db") == "postgresql://user:***@host:5432/db");
    CHECK(masked_connection_string("postgres://user@host/db") == "postgres://user@host/db");
    CHECK(masked_connection_string("postgresql://host/db?user=u&password=pw&sslmode=off") ==
          "postgresql://host/db?user=u&password=***&sslmode=off");
    CHECK(masked_connection_string("postgresql:///db") == "postgresql:///db");
    CHECK(masked_connection_string("host=h password='a b' dbname=d") == "host=h password=*** dbname=d");
    CHECK(masked_connection_string("host=h password=pw") == "host=h password=***");
}
