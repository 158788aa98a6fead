// The PostgreSQL store's schema can be sharded by Citus unchanged (docs/schema.md): checked here on
// plain PostgreSQL, from the catalog, against the rules Citus enforces when a table is distributed.
#include "core/store/sql_connection.hpp"
#include "core/store/store.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <string>

using namespace stancegraph;

namespace {

// The layout docs/schema.md gives: sharded tables and their distribution columns; every other
// table of the store is a reference table, copied to every node.
const std::map<std::string, std::string> kDistributed{{"facts", "source_id"}, {"evidence", "source_id"}, {"event_ids", "event_id"}};

std::set<std::string> columns_of(sql::Connection& db, const std::string& sql, const std::string& table, const std::string& name) {
    sql::Statement q(db, sql);
    q.bind(1, table);
    q.bind(2, name);
    std::set<std::string> columns;
    while (q.executeStep()) columns.insert(q.getColumn(0).getString());
    return columns;
}

}  // namespace

TEST_CASE("the PostgreSQL store's keys let Citus shard facts and evidence by source and event ids by id", "[postgres]") {
    const std::string uri = testing::new_store_location("postgres");
    if (uri.empty()) return;
    Store store(uri, testing::ontology(), Store::Mode::create_if_missing);
    sql::Connection& db = store.database();

    // Every table is either sharded or a reference table; the sharded ones have their column.
    std::set<std::string> tables;
    for (sql::Statement q(db, "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"); q.executeStep();)
        tables.insert(q.getColumn(0).getString());
    for (const auto& [table, column] : kDistributed) {
        REQUIRE(tables.count(table));
        sql::Statement has(db, "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = current_schema() "
                               "AND table_name = ? AND column_name = ?");
        has.bind(1, table);
        has.bind(2, column);
        REQUIRE(has.executeStep());
        CHECK(has.getColumn(0).getInt() == 1);
    }

    // Each primary key, unique constraint and unique index of a sharded table holds its column.
    const std::string key_columns =
        "SELECT a.attname FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_class x ON x.oid = i.indexrelid "
        "JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY (i.indkey) "
        "WHERE t.relname = ? AND x.relname = ? AND t.relnamespace = to_regnamespace(current_schema())";
    int unique_indexes = 0;
    for (const auto& [table, column] : kDistributed) {
        sql::Statement unique(db, "SELECT x.relname FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_class x ON x.oid = i.indexrelid "
                                  "WHERE i.indisunique AND t.relname = ? AND t.relnamespace = to_regnamespace(current_schema())");
        unique.bind(1, table);
        std::set<std::string> names;
        while (unique.executeStep()) names.insert(unique.getColumn(0).getString());
        for (const std::string& index : names) {
            INFO(table << "'s unique index " << index);
            CHECK(columns_of(db, key_columns, table, index).count(column));
            ++unique_indexes;
        }
    }
    CHECK(unique_indexes >= 4);  // facts' key and identity, evidence's key, event_ids' key

    // A foreign key between sharded tables joins on the distribution column, on both sides; a
    // reference table refers to no sharded table.
    sql::Statement keys(db, "SELECT c.conname, s.relname, t.relname FROM pg_constraint c JOIN pg_class s ON s.oid = c.conrelid "
                            "JOIN pg_class t ON t.oid = c.confrelid WHERE c.contype = 'f' AND s.relnamespace = to_regnamespace(current_schema())");
    int between_sharded = 0;
    while (keys.executeStep()) {
        const std::string name = keys.getColumn(0).getString(), from = keys.getColumn(1).getString(), to = keys.getColumn(2).getString();
        INFO("foreign key " << name << " from " << from << " to " << to);
        const bool from_sharded = kDistributed.count(from), to_sharded = kDistributed.count(to);
        if (!to_sharded) continue;
        CHECK(from_sharded);
        sql::Statement pair(db, "SELECT fa.attname, ta.attname FROM pg_constraint c, unnest(c.conkey, c.confkey) AS k(f, t), "
                                "pg_attribute fa, pg_attribute ta WHERE c.conname = ? AND c.conrelid = ?::regclass "
                                "AND fa.attrelid = c.conrelid AND fa.attnum = k.f AND ta.attrelid = c.confrelid AND ta.attnum = k.t");
        pair.bind(1, name);
        pair.bind(2, from);
        bool on_distribution_column = false;
        while (pair.executeStep())
            on_distribution_column |= pair.getColumn(0).getString() == kDistributed.at(from) && pair.getColumn(1).getString() == kDistributed.at(to);
        CHECK(on_distribution_column);
        ++between_sharded;
    }
    CHECK(between_sharded == 1);  // evidence → facts
}
