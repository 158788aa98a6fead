// Counting a store's rows in one read snapshot, so that a concurrent import cannot make the totals
// disagree with their parts.
#include "store_summary.hpp"

#include "../error.hpp"
#include "read_snapshot.hpp"
#include "store.hpp"


#include <filesystem>

namespace stancegraph {

namespace {

std::map<std::string, std::size_t> counts_by(sql::Connection& db, const std::string& sql) {
    std::map<std::string, std::size_t> counts;
    sql::Statement q(db, sql);
    while (q.executeStep()) counts[q.getColumn(0).getString()] = static_cast<std::size_t>(q.getColumn(1).getInt64());
    return counts;
}

std::size_t sum(const std::map<std::string, std::size_t>& counts) {
    std::size_t total = 0;
    for (const auto& [key, n] : counts) total += n;
    return total;
}

}  // namespace

StoreSummary summarize(Store& store) {
    StoreSummary s;
    s.path = store.path();
    sql::Connection& db = store.database();
    try {
        if (store.on_postgres()) {
            s.file_size = static_cast<std::uintmax_t>(db.execAndGet("SELECT pg_database_size(current_database())").getInt64());
        } else {
            std::error_code ec;
            s.file_size = std::filesystem::file_size(store.path(), ec);
            if (ec) s.file_size = 0;
        }
        const ReadSnapshot snapshot(db);
        s.schema_version = store.schema_version();
        s.documents_by_kind = counts_by(db, "SELECT kind, COUNT(*) FROM documents GROUP BY kind");
        s.facts_by_relation = counts_by(db, "SELECT relation, COUNT(*) FROM facts GROUP BY relation");
        s.facts_by_family = counts_by(db, "SELECT r.family, COUNT(*) FROM facts f JOIN relations r ON r.name = f.relation GROUP BY r.family");
        s.entities_by_kind = counts_by(db, "SELECT kind, COUNT(*) FROM entities GROUP BY kind");
        s.documents = sum(s.documents_by_kind);
        s.facts = sum(s.facts_by_relation);
        s.entities = sum(s.entities_by_kind);
        s.evidence = static_cast<std::size_t>(db.execAndGet("SELECT COUNT(*) FROM evidence").getInt64());
        s.undated_facts = static_cast<std::size_t>(db.execAndGet("SELECT COUNT(*) FROM facts WHERE valid_from IS NULL").getInt64());
        sql::Statement range(db, "SELECT MIN(valid_from_day), MAX(valid_from_day) FROM facts WHERE valid_from_day IS NOT NULL");
        if (range.executeStep() && !range.getColumn(0).isNull()) {
            s.first_valid_from = range.getColumn(0).getString();
            s.last_valid_from = range.getColumn(1).getString();
        }
    } catch (const sql::Error& e) {
        throw Error(store.path() + ": " + e.what());
    }
    return s;
}

}  // namespace stancegraph
