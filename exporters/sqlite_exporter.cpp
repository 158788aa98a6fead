// Writing the selection as a SQLite database: a bulk load, then indexes, full-text index and views.
#include "sqlite_exporter.hpp"

#include "core/error.hpp"
#include "core/store/store.hpp"
#include "schema_rows.hpp"

#include "core/store/sqlite_connection.hpp"

#include <SQLiteCpp/Database.h>

#include <memory>

namespace stancegraph {

namespace {

bool has_nul(const SqlRow& row) {
    for (std::size_t i = 0; i < row.size(); ++i)
        if (row.type(i) == SqlRow::Type::text && row.text_at(i).find('\0') != std::string::npos) return true;
    return false;
}

// Inserts rows as they come, but without NUL bytes: many SQLite clients read text as C strings and
// would cut it there, and the SQL text export cannot carry them either, so both exports agree.
class DatabaseSink : public RowSink {
public:
    explicit DatabaseSink(sql::Connection& db) : db_(db) {}
    void begin_table(Table table) override { insert_ = std::make_unique<RowInserter>(db_, table); }
    void row(const SqlRow& row) override {
        if (!has_nul(row)) {
            insert_->insert(row);
            return;
        }
        clean_.clear();
        for (std::size_t i = 0; i < row.size(); ++i) {
            switch (row.type(i)) {
                case SqlRow::Type::null: clean_.null(); break;
                case SqlRow::Type::integer: clean_.integer(row.integer_at(i)); break;
                case SqlRow::Type::real: clean_.real(row.real_at(i)); break;
                case SqlRow::Type::text: {
                    std::string text = row.text_at(i);
                    std::erase(text, '\0');
                    clean_.text(text);
                }
            }
        }
        insert_->insert(clean_);
    }
    void end_table(Table) override { insert_.reset(); }

private:
    sql::Connection& db_;
    std::unique_ptr<RowInserter> insert_;
    SqlRow clean_;
};

class SqliteExporter : public Exporter {
public:
    void write(const FactRowSource& rows, const ExportOptions& options, AtomicOutput& output) override {
        // SQLite insists on a file name of its own: the temporary one, renamed by the caller when done.
        write_sqlite_database(rows, options, output.temporary_path());
    }
};

}  // namespace

void write_sqlite_database(const FactRowSource& rows, const ExportOptions& options, const std::string& path) {
    try {
        SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        // A new file that only becomes visible when complete needs no journal and no syncing here:
        // a failure removes it, and the rename after an fsync makes it durable.
        db.exec("PRAGMA journal_mode = OFF");
        db.exec("PRAGMA synchronous = OFF");
        db.exec("PRAGMA locking_mode = EXCLUSIVE");
        db.exec("PRAGMA temp_store = MEMORY");
        db.exec("PRAGMA cache_size = -262144");  // 256 MiB, so that index builds sort in memory
        db.exec("PRAGMA threads = 2");           // index builds sort with a helper thread
        if (db.execAndGet("SELECT COUNT(*) FROM sqlite_master").getInt() != 0) throw Error(path + " is not empty");
        const SchemaStatements schema_sql = schema(SqlDialect::sqlite);
        db.exec("BEGIN");
        for (const auto& s : schema_sql.tables) db.exec(s);
        // Rows first, then indexes and the full-text index: building each once over sorted data is
        // several times faster than updating it row by row.
        const auto connection = sql::wrap_sqlite(db, path);
        DatabaseSink sink(*connection);
        write_schema_rows(rows, options, sink);
        for (const auto& s : schema_sql.indexes) db.exec(s);
        for (const auto& s : schema_sql.search_table) db.exec(s);
        db.exec(schema_sql.search_rebuild);
        for (const auto& s : schema_sql.search_triggers) db.exec(s);
        for (const auto& s : schema_sql.views) db.exec(s);
        db.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
        db.exec("COMMIT");
    } catch (const SQLite::Exception& e) {
        throw Error(std::string("SQLite export: ") + e.what());
    } catch (const sql::Error& e) {
        throw Error(std::string("SQLite export: ") + e.what());
    }
}

ExporterInfo sqlite_exporter_info() {
    return {"sqlite", "a SQLite database in the store's schema, with views and full-text search",
            {".db", ".sqlite", ".sqlite3"}, true, [] { return std::make_unique<SqliteExporter>(); }};
}

}  // namespace stancegraph
