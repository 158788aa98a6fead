// A connection to the database that holds a store, SQLite or PostgreSQL, behind one interface, so
// that the store, its selections and the exporters that read it are written once. The interface is
// the subset of SQLiteCpp's that the store uses (Statement, Column, Transaction, with SQLiteCpp's
// method names), so code reads the same on either backend.
//
// SQL is written once with SQLite's parameters: `?`, `?N` and `:name`. The PostgreSQL connection
// numbers them `$N` itself. Where the dialects differ in words, callers ask dialect().
#pragma once

#include "schema.hpp"

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

namespace stancegraph::sql {

// A database error. `code` is SQLite's extended result code in decimal, or PostgreSQL's SQLSTATE.
class Error : public std::runtime_error {
public:
    Error(const std::string& message, std::string code = {}) : std::runtime_error(message), code_(std::move(code)) {}
    const std::string& code() const { return code_; }

private:
    std::string code_;
};

// One prepared statement on one connection; implemented by each backend.
class StatementImpl {
public:
    virtual ~StatementImpl() = default;

    virtual void bind_null(int index) = 0;
    virtual void bind_integer(int index, std::int64_t value) = 0;
    virtual void bind_real(int index, double value) = 0;
    // `copy` false: the text outlives the statement's next execution, so it need not be copied.
    virtual void bind_text(int index, std::string_view value, bool copy) = 0;
    // The index of a `:name` parameter, 0 when the statement has none of that name.
    virtual int parameter_index(const char* name) const = 0;

    // Runs the statement the first time, then moves to the next row; false when there is none.
    virtual bool step() = 0;
    // Runs a statement that returns no rows; returns the number of rows it changed.
    virtual int run() = 0;
    // Ready to run again; the bindings stay.
    virtual void rewind() = 0;

    virtual bool is_null(int column) const = 0;
    // Valid until the next step: the column as text (numbers as their decimal text).
    virtual std::string_view text(int column) const = 0;
    virtual std::int64_t integer(int column) const = 0;
    virtual double real(int column) const = 0;
};

class Connection;

// One value of the current row; SQLiteCpp's Column.
class Column {
public:
    Column(const StatementImpl& statement, int index) : statement_(statement), index_(index) {}
    bool isNull() const { return statement_.is_null(index_); }
    std::string getString() const { return std::string(statement_.text(index_)); }
    std::string_view getView() const { return statement_.text(index_); }
    const char* getText() const { return statement_.text(index_).data(); }
    int getBytes() const { return static_cast<int>(statement_.text(index_).size()); }
    std::int64_t getInt64() const { return statement_.integer(index_); }
    int getInt() const { return static_cast<int>(statement_.integer(index_)); }
    double getDouble() const { return statement_.real(index_); }

private:
    const StatementImpl& statement_;
    int index_;
};

// A prepared statement; SQLiteCpp's Statement. Parameters count from 1, columns from 0.
class Statement {
public:
    Statement(Connection& connection, const std::string& sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    void bind(int index) { impl_->bind_null(index); }
    void bind(int index, int value) { impl_->bind_integer(index, value); }
    void bind(int index, std::int64_t value) { impl_->bind_integer(index, value); }
    void bind(int index, long long value) { impl_->bind_integer(index, static_cast<std::int64_t>(value)); }
    void bind(int index, double value) { impl_->bind_real(index, value); }
    void bind(int index, const std::string& value) { impl_->bind_text(index, value, true); }
    void bind(int index, std::string_view value) { impl_->bind_text(index, value, true); }
    void bind(int index, const char* value) { impl_->bind_text(index, value, true); }
    void bindNoCopy(int index, const std::string& value) { impl_->bind_text(index, value, false); }
    template <typename Value>
    void bind(const char* name, const Value& value) {
        bind(getIndex(name), value);
    }
    int getIndex(const char* name) const { return impl_->parameter_index(name); }

    bool executeStep() { return impl_->step(); }
    int exec() { return impl_->run(); }
    void reset() { impl_->rewind(); }
    Column getColumn(int index) const { return Column(*impl_, index); }

private:
    std::unique_ptr<StatementImpl> impl_;
};

enum class TransactionKind {
    // Sees the store as it was at its first read, whatever commits meanwhile (temporary tables may be written).
    read_snapshot,
    // Writes; SQLite takes the write lock at once (BEGIN IMMEDIATE), so that two writers queue
    // rather than fail; PostgreSQL begins, and writers serialise where they must with locks.
    write,
};

// Writes many rows into one table at once: PostgreSQL's COPY, SQLite's prepared INSERT.
class BulkWriter {
public:
    virtual ~BulkWriter() = default;
    virtual void write(const SqlRow& row) = 0;
    // Ends the load; rows written are in the table once this returns.
    virtual void finish() = 0;
};

class Connection {
public:
    virtual ~Connection() = default;

    virtual SqlDialect dialect() const = 0;
    // What error messages call the database: a path, or a URI without its password.
    virtual const std::string& name() const = 0;

    virtual std::unique_ptr<StatementImpl> prepare(const std::string& sql) = 0;
    // Runs statements that return no rows; several may be separated by semicolons.
    virtual void exec(const std::string& sql) = 0;
    virtual bool in_transaction() const = 0;
    virtual void begin(TransactionKind kind) = 0;

    // Rows into `table`, in the order of `columns`.
    virtual std::unique_ptr<BulkWriter> bulk_writer(const std::string& table, const std::vector<std::string>& columns) = 0;

    // The first column of the first row of a query: SQLiteCpp's execAndGet, for counts and settings.
    class Value;
    Value execAndGet(const std::string& sql);
};

// A value kept as text, as PostgreSQL sends it; numbers are parsed when asked for.
class Connection::Value {
public:
    Value(std::string text, bool null) : text_(std::move(text)), null_(null) {}
    bool isNull() const { return null_; }
    const std::string& getString() const { return text_; }
    std::int64_t getInt64() const { return null_ ? 0 : std::stoll(text_); }
    int getInt() const { return static_cast<int>(getInt64()); }
    double getDouble() const { return null_ ? 0.0 : std::stod(text_); }

private:
    std::string text_;
    bool null_;
};

// A transaction that rolls back unless committed; SQLiteCpp's Transaction.
class Transaction {
public:
    Transaction(Connection& connection, TransactionKind kind);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Connection& connection_;
    bool open_ = true;
};

// Whether `--db` names a PostgreSQL database (a postgresql:// or postgres:// URI) rather than a
// SQLite file.
bool is_postgres_uri(std::string_view db);

// Opens the database: a PostgreSQL URI (the PG* environment variables fill what it leaves out), or
// a SQLite file, created when missing.
std::unique_ptr<Connection> open_connection(const std::string& db);
std::unique_ptr<Connection> open_sqlite(const std::string& path, bool create);
std::unique_ptr<Connection> open_postgres(const std::string& uri);

}  // namespace stancegraph::sql
