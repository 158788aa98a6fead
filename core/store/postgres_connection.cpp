// The PostgreSQL connection, over libpq. Statements are sent with PQexecParams each time they run
// (text parameters whose types the server infers, text results): no server-side prepared
// statements, so nothing outlives a statement on the server and a rewound statement simply runs again.
#include "sql_connection.hpp"

#include "connection_uri.hpp"
#include "sql_placeholders.hpp"

#include <libpq-fe.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <optional>

namespace stancegraph::sql {
namespace {

std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

// The statement an error is about, shortened: schema statements run to pages.
std::string statement_excerpt(std::string_view sql) {
    constexpr std::size_t longest = 200;
    return sql.size() <= longest ? std::string(sql) : std::string(sql.substr(0, longest)) + "...";
}

// Enough digits that the server reads back the very same double.
std::string real_text(double value) {
    char buffer[32];
    const int length = std::snprintf(buffer, sizeof buffer, "%.17g", value);
    return std::string(buffer, static_cast<std::size_t>(length));
}

struct ResultDeleter {
    void operator()(PGresult* result) const { PQclear(result); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

struct ConnectionDeleter {
    void operator()(PGconn* connection) const { PQfinish(connection); }
};

// What the statements and the bulk writer of a connection share with it.
struct Session {
    PGconn* connection;
    std::string name;

    [[noreturn]] void fail(std::string_view what, const PGresult* result) const {
        std::string message;
        std::string sqlstate;
        if (result != nullptr) {
            if (const char* primary = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY)) message = primary;
            else message = trimmed(PQresultErrorMessage(result));
            if (const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE)) sqlstate = state;
        }
        if (message.empty()) message = trimmed(PQerrorMessage(connection));
        throw Error(std::string(what) + ": " + message, sqlstate);
    }

    // A result that has rows or none, or an exception with the server's message.
    Result checked(PGresult* raw, std::string_view what) const {
        Result result(raw);
        const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) fail(what, result.get());
        return result;
    }

    void exec(const std::string& sql) const { checked(PQexec(connection, sql.c_str()), "cannot run " + statement_excerpt(sql)); }
};

class PostgresStatement final : public StatementImpl {
public:
    PostgresStatement(const Session& session, std::string_view sql)
        : session_(session), translated_(translate_placeholders(sql)),
          values_(static_cast<std::size_t>(translated_.parameter_count)) {}

    void bind_null(int index) override { slot(index).reset(); }
    void bind_integer(int index, std::int64_t value) override { slot(index) = std::to_string(value); }
    void bind_real(int index, double value) override { slot(index) = real_text(value); }
    // Always copied: the statement's values must hold until the next run, whatever the caller keeps.
    void bind_text(int index, std::string_view value, bool) override { slot(index) = std::string(value); }

    int parameter_index(const char* name) const override {
        for (const auto& [known, number] : translated_.names)
            if (known == name) return number;
        return 0;
    }

    ~PostgresStatement() override { close_cursor(); }

    bool step() override {
        if (!result_) execute();
        if (row_ < rows_) ++row_;
        // A cursor's next batch, once this one is read; a short batch was the last.
        if (row_ == rows_ && !cursor_.empty() && rows_ == kBatchRows) {
            fetch();
            if (rows_ > 0) row_ = 0;
        }
        return row_ < rows_;
    }

    int run() override {
        execute();
        const int changed = std::atoi(PQcmdTuples(result_.get()));
        rewind();
        return changed;
    }

    void rewind() override {
        close_cursor();
        result_.reset();
        row_ = -1;
        rows_ = 0;
    }

    bool is_null(int column) const override { return PQgetisnull(current(column), row_, column) == 1; }

    std::string_view text(int column) const override {
        const PGresult* result = current(column);
        return {PQgetvalue(result, row_, column), static_cast<std::size_t>(PQgetlength(result, row_, column))};
    }

    std::int64_t integer(int column) const override {
        const std::string_view value = text(column);
        // Booleans come back as t/f where SQLite has 1/0.
        if (value == "t") return 1;
        if (value == "f") return 0;
        std::int64_t number = 0;
        const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
        if (error == std::errc{} && end == value.data() + value.size()) return number;
        // A numeric or a real where an integer is read: truncate, as SQLite's conversion does.
        return static_cast<std::int64_t>(real(column));
    }

    double real(int column) const override {
        const std::string value(text(column));
        return std::strtod(value.c_str(), nullptr);
    }

private:
    std::optional<std::string>& slot(int index) {
        if (index < 1 || index > translated_.parameter_count)
            throw Error("no parameter " + std::to_string(index) + " in " +
                        statement_excerpt(translated_.sql));
        return values_[static_cast<std::size_t>(index - 1)];
    }

    void execute() {
        rewind();
        std::vector<const char*> values;
        values.reserve(values_.size());
        for (const auto& value : values_) values.push_back(value ? value->c_str() : nullptr);
        // A query inside a transaction (every export and query reads in one) is read through a
        // cursor, a batch at a time: an export of a million facts would otherwise hold all its
        // rows, and its evidence, in client memory at once.
        std::string sql = translated_.sql;
        if (reads_rows() && PQtransactionStatus(session_.connection) == PQTRANS_INTRANS) {
            static unsigned long cursors = 0;
            cursor_ = "stancegraph_cursor_" + std::to_string(++cursors);
            sql = "DECLARE " + cursor_ + " NO SCROLL CURSOR FOR " + sql;
        }
        result_ = session_.checked(PQexecParams(session_.connection, sql.c_str(),
                                                static_cast<int>(values.size()), nullptr, values.data(), nullptr,
                                                nullptr, 0),
                                   "cannot run " + statement_excerpt(translated_.sql));
        rows_ = PQntuples(result_.get());
        if (!cursor_.empty()) fetch();
    }

    // Whether the statement is a query, whose rows a cursor can give (not INSERT … RETURNING).
    bool reads_rows() const {
        const auto first = translated_.sql.find_first_not_of(" \t\r\n(");
        if (first == std::string::npos) return false;
        std::string word = translated_.sql.substr(first, 6);
        for (char& c : word) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        return word == "SELECT";
    }

    void fetch() {
        const std::string sql = "FETCH " + std::to_string(kBatchRows) + " FROM " + cursor_;
        result_ = session_.checked(PQexec(session_.connection, sql.c_str()), "cannot run " + statement_excerpt(translated_.sql));
        rows_ = PQntuples(result_.get());
    }

    void close_cursor() {
        if (cursor_.empty()) return;
        const std::string sql = "CLOSE " + cursor_;
        cursor_.clear();
        // In a transaction that has failed, or after it ended, the cursor is gone already.
        if (PQtransactionStatus(session_.connection) == PQTRANS_INTRANS) Result(PQexec(session_.connection, sql.c_str()));
    }

    static constexpr int kBatchRows = 10000;

    const PGresult* current(int column) const {
        if (!result_ || row_ < 0 || row_ >= rows_ || column < 0 || column >= PQnfields(result_.get()))
            throw Error("no column " + std::to_string(column) +
                        " in the current row of " + statement_excerpt(translated_.sql));
        return result_.get();
    }

    const Session& session_;
    TranslatedSql translated_;
    std::vector<std::optional<std::string>> values_;
    Result result_;
    int row_ = -1;
    int rows_ = 0;
    std::string cursor_;  // the open cursor's name, when the rows come through one
};

// COPY in text format: one line per row, fields separated by tabs.
class PostgresBulkWriter final : public BulkWriter {
public:
    PostgresBulkWriter(const Session& session, const std::string& table, const std::vector<std::string>& columns)
        : session_(session) {
        std::string sql = "COPY " + table + "(";
        for (std::size_t i = 0; i < columns.size(); ++i) sql += (i == 0 ? "" : ", ") + columns[i];
        sql += ") FROM STDIN";
        Result result(PQexec(session_.connection, sql.c_str()));
        if (!result || PQresultStatus(result.get()) != PGRES_COPY_IN) session_.fail("cannot run " + statement_excerpt(sql), result.get());
        open_ = true;
    }

    ~PostgresBulkWriter() override {
        if (!open_) return;
        // Ending the COPY with an error message makes the server discard the rows; whatever failed
        // is already being reported, so the results are only drained.
        PQputCopyEnd(session_.connection, "aborted");
        while (Result result{PQgetResult(session_.connection)}) {
        }
    }

    PostgresBulkWriter(const PostgresBulkWriter&) = delete;
    PostgresBulkWriter& operator=(const PostgresBulkWriter&) = delete;

    void write(const SqlRow& row) override {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i > 0) buffer_ += '\t';
            switch (row.type(i)) {
            case SqlRow::Type::null: buffer_ += "\\N"; break;
            case SqlRow::Type::integer: buffer_ += std::to_string(row.integer_at(i)); break;
            case SqlRow::Type::real: buffer_ += real_text(row.real_at(i)); break;
            case SqlRow::Type::text: append_escaped(row.text_at(i)); break;
            }
        }
        buffer_ += '\n';
        if (buffer_.size() >= chunk_size) send();
    }

    void finish() override {
        send();
        open_ = false;
        const bool ended = PQputCopyEnd(session_.connection, nullptr) == 1;
        // Every result must be read before the connection takes another command, even after an error.
        Result failure;
        while (Result result{PQgetResult(session_.connection)}) {
            if (!failure && PQresultStatus(result.get()) != PGRES_COMMAND_OK) failure = std::move(result);
        }
        if (!ended || failure) session_.fail("cannot copy rows", failure.get());
    }

private:
    static constexpr std::size_t chunk_size = 1 << 20;

    // Backslash starts COPY's escapes, and tab and newline end fields and rows.
    void append_escaped(std::string_view text) {
        for (const char c : text) {
            switch (c) {
            case '\\': buffer_ += "\\\\"; break;
            case '\t': buffer_ += "\\t"; break;
            case '\n': buffer_ += "\\n"; break;
            case '\r': buffer_ += "\\r"; break;
            default: buffer_ += c;
            }
        }
    }

    void send() {
        if (buffer_.empty()) return;
        if (PQputCopyData(session_.connection, buffer_.data(), static_cast<int>(buffer_.size())) != 1)
            session_.fail("cannot copy rows", nullptr);
        buffer_.clear();
    }

    const Session& session_;
    std::string buffer_;
    bool open_ = false;
};

class PostgresConnection final : public Connection {
public:
    explicit PostgresConnection(const std::string& uri)
        : connection_(PQconnectdb(uri.c_str())), session_{connection_.get(), masked_connection_string(uri)} {
        if (!connection_) throw Error("cannot connect: out of memory");
        if (PQstatus(connection_.get()) != CONNECTION_OK)
            throw Error("cannot connect: " +
                        trimmed(PQerrorMessage(connection_.get())));
        // Text crosses as UTF-8, dates as YYYY-MM-DD as SQLite stores them, and notices stay quiet.
        // Every cursor is read to its end: planned for its first tenth of rows, as by default, a
        // `who` at 200,000 facts walked a whole index in id order. Compiling plans (JIT) pays
        // only for queries that run for seconds; the store's run for milliseconds.
        session_.exec("SET client_encoding = 'UTF8'; SET DateStyle = 'ISO, YMD'; SET client_min_messages = warning; "
                      "SET cursor_tuple_fraction = 1.0; SET jit = off");
        const char* encoding = PQparameterStatus(connection_.get(), "server_encoding");
        if (encoding == nullptr || std::string_view(encoding) != "UTF8")
            throw Error(std::string("the database must be UTF8, not ") +
                        (encoding ? encoding : "unknown") + " (CREATE DATABASE ... ENCODING 'UTF8')");
    }

    SqlDialect dialect() const override { return SqlDialect::postgres; }
    const std::string& name() const override { return session_.name; }

    std::unique_ptr<StatementImpl> prepare(const std::string& sql) override {
        return std::make_unique<PostgresStatement>(session_, sql);
    }

    void exec(const std::string& sql) override { session_.exec(sql); }

    bool in_transaction() const override { return PQtransactionStatus(connection_.get()) != PQTRANS_IDLE; }

    void begin(TransactionKind kind) override {
        exec(kind == TransactionKind::read_snapshot ? "BEGIN ISOLATION LEVEL REPEATABLE READ" : "BEGIN");
    }

    std::unique_ptr<BulkWriter> bulk_writer(const std::string& table, const std::vector<std::string>& columns) override {
        return std::make_unique<PostgresBulkWriter>(session_, table, columns);
    }

private:
    std::unique_ptr<PGconn, ConnectionDeleter> connection_;
    Session session_;
};

}  // namespace

std::unique_ptr<Connection> open_postgres(const std::string& uri) { return std::make_unique<PostgresConnection>(uri); }

}  // namespace stancegraph::sql
