// One consistent view of the store for a reader that runs several queries, such as an export
// reading entities, then facts, then evidence: a read transaction (SQLite in WAL mode; PostgreSQL
// at REPEATABLE READ) sees the database as it was at its first read, whatever imports commit meanwhile.
#pragma once

#include "sql_connection.hpp"

namespace stancegraph {

class ReadSnapshot {
public:
    // Begins a transaction unless one is open already (then that one is the snapshot).
    explicit ReadSnapshot(sql::Connection& db) : db_(db), owned_(!db.in_transaction()) {
        if (owned_) db_.begin(sql::TransactionKind::read_snapshot);
    }
    // Ends it without writing anything: only temporary tables were written under it.
    ~ReadSnapshot() {
        if (!owned_) return;
        try {
            db_.exec("ROLLBACK");
        } catch (...) {  // a destructor must not throw; the connection closes soon anyway
        }
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    sql::Connection& db_;
    bool owned_;
};

}  // namespace stancegraph
