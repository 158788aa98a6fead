// What both backends share: statements and transactions over any connection, and choosing the
// backend from what `--db` says.
#include "sql_connection.hpp"

namespace stancegraph::sql {

Statement::Statement(Connection& connection, const std::string& sql) : impl_(connection.prepare(sql)) {}

Statement::~Statement() = default;

Connection::Value Connection::execAndGet(const std::string& sql) {
    Statement query(*this, sql);
    if (!query.executeStep()) throw Error("no row from " + sql);
    return Value(query.getColumn(0).getString(), query.getColumn(0).isNull());
}

Transaction::Transaction(Connection& connection, TransactionKind kind) : connection_(connection) { connection_.begin(kind); }

Transaction::~Transaction() {
    if (!open_) return;
    try {
        connection_.exec("ROLLBACK");
    } catch (...) {  // a destructor must not throw; a failed connection rolls back on its own
    }
}

void Transaction::commit() {
    connection_.exec("COMMIT");
    open_ = false;
}

bool is_postgres_uri(std::string_view db) { return db.starts_with("postgresql://") || db.starts_with("postgres://"); }

std::unique_ptr<Connection> open_connection(const std::string& db) {
    return is_postgres_uri(db) ? open_postgres(db) : open_sqlite(db, true);
}

}  // namespace stancegraph::sql
