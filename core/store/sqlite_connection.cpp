// sql::Connection over SQLite. The database is opened and configured with SQLiteCpp; statements
// use SQLite's C interface directly, which binds and reads text by length without copying, as an
// export of a million facts needs.
#include "sqlite_connection.hpp"

#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

#include <charconv>

namespace stancegraph::sql {

namespace {

Error sqlite_error(sqlite3* db, int code, const std::string& context) {
    return Error(context + sqlite3_errmsg(db), std::to_string(code));
}

class SqliteStatement : public StatementImpl {
public:
    SqliteStatement(sqlite3* db, const std::string& sql) : db_(db) {
        const int rc = sqlite3_prepare_v2(db, sql.c_str(), static_cast<int>(sql.size()), &statement_, nullptr);
        if (rc != SQLITE_OK) throw sqlite_error(db, rc, "");
    }
    ~SqliteStatement() override { sqlite3_finalize(statement_); }

    void bind_null(int index) override { check(sqlite3_bind_null(statement_, index)); }
    void bind_integer(int index, std::int64_t value) override { check(sqlite3_bind_int64(statement_, index, value)); }
    void bind_real(int index, double value) override { check(sqlite3_bind_double(statement_, index, value)); }
    void bind_text(int index, std::string_view value, bool copy) override {
        check(sqlite3_bind_text(statement_, index, value.data(), static_cast<int>(value.size()), copy ? SQLITE_TRANSIENT : SQLITE_STATIC));
    }
    int parameter_index(const char* name) const override { return sqlite3_bind_parameter_index(statement_, name); }

    bool step() override {
        const int rc = sqlite3_step(statement_);
        if (rc == SQLITE_ROW) return true;
        if (rc == SQLITE_DONE) return false;
        throw sqlite_error(db_, rc, "");
    }
    int run() override {
        while (step()) {
        }
        return sqlite3_changes(db_);
    }
    void rewind() override { sqlite3_reset(statement_); }

    bool is_null(int column) const override { return sqlite3_column_type(statement_, column) == SQLITE_NULL; }
    std::string_view text(int column) const override {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement_, column));
        if (!text) return {"", 0};
        return {text, static_cast<std::size_t>(sqlite3_column_bytes(statement_, column))};
    }
    std::int64_t integer(int column) const override { return sqlite3_column_int64(statement_, column); }
    double real(int column) const override { return sqlite3_column_double(statement_, column); }

private:
    void check(int rc) const {
        if (rc != SQLITE_OK) throw sqlite_error(db_, rc, "");
    }

    sqlite3* db_;
    sqlite3_stmt* statement_ = nullptr;
};

class SqliteBulkWriter : public BulkWriter {
public:
    SqliteBulkWriter(sqlite3* db, const std::string& sql) : statement_(db, sql) {}
    void write(const SqlRow& row) override {
        for (std::size_t i = 0; i < row.size(); ++i) {
            const int index = static_cast<int>(i) + 1;
            switch (row.type(i)) {
                case SqlRow::Type::null: statement_.bind_null(index); break;
                case SqlRow::Type::integer: statement_.bind_integer(index, row.integer_at(i)); break;
                case SqlRow::Type::real: statement_.bind_real(index, row.real_at(i)); break;
                case SqlRow::Type::text: statement_.bind_text(index, row.text_at(i), false); break;
            }
        }
        statement_.run();
        statement_.rewind();
    }
    void finish() override {}

private:
    SqliteStatement statement_;
};

class SqliteConnection : public Connection {
public:
    SqliteConnection(std::unique_ptr<SQLite::Database> owned, SQLite::Database& db, std::string name)
        : owned_(std::move(owned)), db_(db), name_(std::move(name)) {}

    SqlDialect dialect() const override { return SqlDialect::sqlite; }
    const std::string& name() const override { return name_; }
    std::unique_ptr<StatementImpl> prepare(const std::string& sql) override {
        return std::make_unique<SqliteStatement>(db_.getHandle(), sql);
    }
    void exec(const std::string& sql) override {
        char* message = nullptr;
        const int rc = sqlite3_exec(db_.getHandle(), sql.c_str(), nullptr, nullptr, &message);
        if (rc == SQLITE_OK) return;
        const std::string text = message ? message : sqlite3_errstr(rc);
        sqlite3_free(message);
        throw Error(text, std::to_string(rc));
    }
    bool in_transaction() const override { return sqlite3_get_autocommit(db_.getHandle()) == 0; }
    void begin(TransactionKind kind) override { exec(kind == TransactionKind::write ? "BEGIN IMMEDIATE" : "BEGIN"); }
    std::unique_ptr<BulkWriter> bulk_writer(const std::string& table, const std::vector<std::string>& columns) override {
        std::string names, marks;
        for (const auto& c : columns) {
            names += (names.empty() ? "" : ", ") + c;
            marks += marks.empty() ? "?" : ", ?";
        }
        return std::make_unique<SqliteBulkWriter>(db_.getHandle(), "INSERT INTO " + table + "(" + names + ") VALUES (" + marks + ")");
    }

    SQLite::Database& database() { return db_; }

private:
    std::unique_ptr<SQLite::Database> owned_;
    SQLite::Database& db_;
    std::string name_;
};

}  // namespace

std::unique_ptr<Connection> open_sqlite(const std::string& path, bool create) {
    try {
        // No mutex per connection: a connection is used by one thread at a time, and the mutex
        // costs a lock for every column read, a tenth of an export of a million facts.
        auto db = std::make_unique<SQLite::Database>(
            path, SQLite::OPEN_READWRITE | (create ? SQLite::OPEN_CREATE : 0) | SQLite::OPEN_NOMUTEX);
        SQLite::Database& ref = *db;
        return std::make_unique<SqliteConnection>(std::move(db), ref, path);
    } catch (const SQLite::Exception& e) {
        throw Error(path + ": " + e.what(), std::to_string(e.getErrorCode()));
    }
}

std::unique_ptr<Connection> wrap_sqlite(SQLite::Database& database, const std::string& name) {
    return std::make_unique<SqliteConnection>(nullptr, database, name);
}

SQLite::Database* sqlite_database(Connection& connection) {
    auto* sqlite = dynamic_cast<SqliteConnection*>(&connection);
    return sqlite ? &sqlite->database() : nullptr;
}

}  // namespace stancegraph::sql
