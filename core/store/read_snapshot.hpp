// One consistent view of the store for a reader that runs several queries, such as an export
// reading entities, then facts, then evidence: in WAL mode a read transaction sees the database as
// it was at its first read, whatever imports commit meanwhile.
#pragma once

#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

namespace stancegraph {

class ReadSnapshot {
public:
    // Begins a transaction unless one is open already (then that one is the snapshot).
    explicit ReadSnapshot(SQLite::Database& db) : db_(db), owned_(sqlite3_get_autocommit(db.getHandle()) != 0) {
        if (owned_) db_.exec("BEGIN");
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
    SQLite::Database& db_;
    bool owned_;
};

}  // namespace stancegraph
