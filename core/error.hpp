// Errors as exceptions that carry where they happened; main() is the one place that catches them
// and turns them into messages and exit codes (usage 2, bad input data 65, an input that cannot be
// opened 66, anything else 1).
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace stancegraph {

// Where in an input a problem was found. Line and column count from 1; 0 means "not known".
struct SourceLocation {
    std::string file;
    std::size_t line = 0;
    std::size_t column = 0;

    std::string to_string() const;
};

// Something went wrong that is neither the user's command line nor their data (I/O, database).
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The command line is wrong: unknown option, missing argument, unknown format name.
class UsageError : public Error {
public:
    using Error::Error;
};

// The input data is wrong: malformed JSON, an unknown entity, an impossible date.
class InputError : public Error {
public:
    InputError(SourceLocation location, const std::string& message);

    const SourceLocation& location() const { return location_; }
    const std::string& bare_message() const { return bare_message_; }

private:
    SourceLocation location_;
    std::string bare_message_;
};

// An input named on the command line cannot be opened (missing, unreadable): nothing is done, so
// that a typo in a file name does not leave a new empty store behind. Exit 66 (EX_NOINPUT).
class NoInputError : public Error {
public:
    NoInputError(const std::string& file, const std::string& reason) : Error(file + ": " + reason), file_(file) {}
    const std::string& file() const { return file_; }

private:
    std::string file_;
};

// Converts a byte offset into a text into the 1-based line and column (columns count code points).
SourceLocation locate_offset(const std::string& file, std::string_view text, std::size_t offset,
                             std::size_t first_line = 1);

// A message as a terminal may show it: control characters (newlines, escapes), bidi controls and
// bytes that are not UTF-8 written as \n, \x1b, \u202e, \xff. Messages quote hostile input; printed
// raw, it could end the line, recolour it, or turn "error" around.
std::string printable(std::string_view message);

}  // namespace stancegraph
