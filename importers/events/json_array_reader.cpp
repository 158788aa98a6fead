// Splitting a JSON array into its elements.
#include "json_array_reader.hpp"

#include "core/error.hpp"

namespace stancegraph {

JsonArrayReader::JsonArrayReader(std::unique_ptr<ByteSource> source, std::string file)
    : source_(std::move(source)), file_(std::move(file)) {}

int JsonArrayReader::get() {
    if (pos_ == buffer_.size()) {
        buffer_.resize(1 << 16);
        buffer_.resize(source_->read(buffer_.data(), buffer_.size()));
        pos_ = 0;
        if (buffer_.empty()) return -1;
    }
    const char c = buffer_[pos_++];
    if (c == '\n') {
        ++line_;
        column_ = 0;
    } else {
        ++column_;
    }
    return static_cast<unsigned char>(c);
}

int JsonArrayReader::peek_non_space() {
    while (true) {
        const int c = get();
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return c;
    }
}

void JsonArrayReader::fail(const std::string& message) const { throw InputError({file_, line_, column_ ? column_ : 1}, message); }

bool JsonArrayReader::next(std::string& element) {
    element.clear();
    if (finished_) return false;
    int c = peek_non_space();
    if (!started_) {
        if (c == 0xEF) {  // byte order mark
            get();
            get();
            c = peek_non_space();
        }
        if (c != '[') fail("expected a JSON array of records (\"[\")");
        started_ = true;
        c = peek_non_space();
        if (c == ']') {
            finished_ = true;
            return false;
        }
    } else {
        if (c == ']') {
            finished_ = true;
            return false;
        }
        if (c != ',') fail("expected \",\" or \"]\" between the records of the array");
        c = peek_non_space();
    }
    if (c == -1) fail("the array never closes");
    element_line_ = line_;
    // Copy one value: up to the comma or bracket that closes it at depth 0.
    int depth = 0;
    bool in_string = false;
    while (true) {
        if (c == -1) fail("the array never closes");
        if (in_string) {
            if (c == '\\') {
                element.push_back(static_cast<char>(c));
                c = get();
                if (c == -1) fail("the array never closes");
            } else if (c == '"') {
                in_string = false;
            }
        } else if (c == '"') {
            in_string = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth == 0) {  // the array's own "]": give it back
                --pos_;
                --column_;
                return true;
            }
            --depth;
        } else if (c == ',' && depth == 0) {
            --pos_;
            --column_;
            return true;
        }
        element.push_back(static_cast<char>(c));
        c = get();
    }
}

}  // namespace stancegraph
