// Reading event files line by line whatever their packaging: plain text from the input stream, or
// the one data file inside a zip archive, as GDELT and the Dataverse publish them. Memory stays at
// one buffer whatever the size of the file, so that files of any length stream.
#pragma once

#include "importers/importer.hpp"

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace stancegraph {

// A source of bytes: the input stream itself, or a member of a zip archive.
class ByteSource {
public:
    virtual ~ByteSource() = default;
    // Reads up to `size` bytes; 0 at the end. Throws InputError when the bytes cannot be read.
    virtual std::size_t read(char* buffer, std::size_t size) = 0;
};

// True when the input starts like a zip archive ("PK\3\4"); leaves the stream where it was.
bool is_zip(InputSource& input);

// The input's bytes: the stream, or the single file inside it when it is a zip archive.
std::unique_ptr<ByteSource> open_bytes(InputSource& input);

class LineReader {
public:
    explicit LineReader(std::unique_ptr<ByteSource> source);

    // The next line without its end ("\n" or "\r\n"); false after the last. The view stays valid
    // until the next call. A byte order mark at the start of the first line is dropped.
    bool next(std::string_view& line);
    // The number of the line `next` returned last, from 1.
    std::size_t line_number() const { return line_number_; }

private:
    bool fill();  // moves the unread bytes to the front and reads more; false when nothing came

    std::unique_ptr<ByteSource> source_;
    std::vector<char> buffer_;
    std::size_t begin_ = 0;  // unread bytes are buffer_[begin_, end_)
    std::size_t end_ = 0;
    bool at_end_ = false;
    std::size_t line_number_ = 0;
};

}  // namespace stancegraph
