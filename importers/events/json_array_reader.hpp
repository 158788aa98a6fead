// Reading a JSON array of records one element at a time, so that a file of any length streams:
// the array is split at its top-level commas by a small scanner that knows strings and escapes,
// and each element is handed out as text, with the line it starts on, for the JSON parser.
#pragma once

#include "line_reader.hpp"

#include <memory>
#include <string>

namespace stancegraph {

class JsonArrayReader {
public:
    JsonArrayReader(std::unique_ptr<ByteSource> source, std::string file);

    // The next element's text; false after the last. Throws InputError when the text is not an array.
    bool next(std::string& element);
    // The line where the element returned last starts.
    std::size_t element_line() const { return element_line_; }

private:
    int get();   // the next byte, or -1 at the end
    int peek_non_space();
    [[noreturn]] void fail(const std::string& message) const;

    std::unique_ptr<ByteSource> source_;
    std::string file_;
    std::string buffer_;
    std::size_t pos_ = 0;
    std::size_t line_ = 1, column_ = 0;
    std::size_t element_line_ = 0;
    bool started_ = false, finished_ = false;
};

}  // namespace stancegraph
