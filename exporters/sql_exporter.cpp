// Writing the schema and rows as SQL text.
#include "sql_exporter.hpp"

#include "escaping.hpp"
#include "schema_rows.hpp"
#include "core/store/views.hpp"

#include <charconv>
#include <iterator>

namespace stancegraph {

namespace {

// Rows per INSERT: large enough that parsing and planning cost little per row, small enough that
// neither client buffers much.
constexpr std::size_t kRowsPerInsert = 500;

class SqlTextSink : public RowSink {
public:
    explicit SqlTextSink(std::ostream& out) : out_(out) {}

    void begin_table(Table table) override {
        header_ = "INSERT INTO " + std::string(table_name(table)) + " (";
        bool first = true;
        for (const auto& c : table_columns(table)) {
            if (!first) header_ += ", ";
            header_ += c;
            first = false;
        }
        header_ += ") VALUES\n";
        rows_ = 0;
    }

    void row(const SqlRow& row) override {
        buffer_ += rows_ == 0 ? header_ : std::string_view(",\n");
        buffer_ += '(';
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i) buffer_ += ", ";
            switch (row.type(i)) {
                case SqlRow::Type::null: buffer_ += "NULL"; break;
                case SqlRow::Type::integer: append_number(row.integer_at(i)); break;
                case SqlRow::Type::real: append_number(row.real_at(i)); break;
                case SqlRow::Type::text: append_sql_literal(buffer_, row.text_at(i)); break;
            }
        }
        buffer_ += ')';
        if (++rows_ == kRowsPerInsert) end_statement();
        if (buffer_.size() > (1u << 20)) flush();
    }

    void end_table(Table) override {
        if (rows_ > 0) end_statement();
        flush();
    }

    void flush() {
        out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
        buffer_.clear();
    }

private:
    void end_statement() {
        buffer_ += ";\n";
        rows_ = 0;
    }

    template <typename Number>
    void append_number(Number value) {
        char digits[32];
        // The shortest text that reads back as the same value, whatever the locale.
        const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, value);
        buffer_.append(digits, end);
    }

    std::ostream& out_;
    std::string header_;
    std::string buffer_;
    std::size_t rows_ = 0;
};

// A quoted SQL identifier: any text, quotes doubled.
std::string sql_identifier(std::string_view name) {
    std::string quoted = "\"";
    for (char c : name) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

// Everything the file creates, dropped if there, views first and tables in reverse order of their
// references, as `ogr2ogr -overwrite` does; the SQLite triggers and indexes go with their tables.
std::vector<std::string> drop_statements(SqlDialect dialect) {
    const std::string cascade = dialect == SqlDialect::postgres ? " CASCADE" : "";
    std::vector<std::string> drops;
    for (const auto& view : drop_view_statements()) drops.push_back(view + cascade);
    std::vector<std::string> tables{"as_of_day", "event_ids"};
    if (dialect == SqlDialect::sqlite) tables.insert(tables.begin(), "evidence_search");
    for (auto it = std::rbegin(kAllTables); it != std::rend(kAllTables); ++it) tables.emplace_back(table_name(*it));
    for (const auto& table : tables) drops.push_back("DROP TABLE IF EXISTS " + table + cascade);
    return drops;
}

void statements(std::ostream& out, const std::vector<std::string>& list) {
    for (const auto& s : list) out << s << ";\n";
}

class SqlExporter : public Exporter {
public:
    void write(const FactRowSource& rows, const ExportOptions& options, AtomicOutput& output) override {
        write_sql(output.stream(), rows, options);
    }
};

}  // namespace

void write_sql(std::ostream& out, const FactRowSource& rows, const ExportOptions& options) {
    const bool postgres = options.dialect == SqlDialect::postgres;
    const SchemaStatements schema_sql = schema(options.dialect);
    out << "-- stancegraph export, schema version " << kSchemaVersion << ", " << (postgres ? "PostgreSQL" : "SQLite")
        << " dialect.\n";
    if (postgres) {
        out << "-- Load with: psql -v ON_ERROR_STOP=1 -f FILE\n";
        out << "SET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\n";
    } else {
        out << "-- Load with: sqlite3 DATABASE < FILE\n";
    }
    out << "BEGIN;\n";
    if (!options.sql_schema.empty()) {
        // Unqualified names then mean the schema's, for the drops, tables, rows and views alike.
        const std::string schema = sql_identifier(options.sql_schema);
        out << "CREATE SCHEMA IF NOT EXISTS " << schema << ";\nSET search_path TO " << schema << ";\n";
    }
    if (options.sql_clean) statements(out, drop_statements(options.dialect));
    statements(out, schema_sql.tables);
    SqlTextSink sink(out);
    const ExportCounts counts = write_schema_rows(rows, options, sink);
    statements(out, schema_sql.indexes);
    statements(out, schema_sql.search_table);
    if (!schema_sql.search_rebuild.empty()) out << schema_sql.search_rebuild << ";\n";
    statements(out, schema_sql.search_triggers);
    statements(out, schema_sql.views);
    if (!postgres) out << "PRAGMA user_version = " << kSchemaVersion << ";\n";
    out << "COMMIT;\n";
    // Counted as the rows went by, so at the end.
    out << "-- " << counts.facts << " facts, " << counts.entities << " entities.\n";
}

ExporterInfo sql_exporter_info() {
    return {"sql", "SQL text for SQLite or PostgreSQL (--dialect): the store's schema and INSERTs in one transaction",
            {".sql"}, false, [] { return std::make_unique<SqlExporter>(); }};
}

}  // namespace stancegraph
