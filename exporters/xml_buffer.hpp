// A buffer for XML written by hand (GEXF, GraphML): text escaped on the way in, handed to the stream in large
// pieces, so that a million rows cost a few large writes instead of millions of small ones.
#pragma once

#include "escaping.hpp"

#include <charconv>
#include <ostream>
#include <string>
#include <string_view>

namespace stancegraph {

class XmlBuffer {
public:
    explicit XmlBuffer(std::ostream& out) : out_(out) {}
    XmlBuffer(const XmlBuffer&) = delete;
    XmlBuffer& operator=(const XmlBuffer&) = delete;

    // Markup, taken as it is.
    XmlBuffer& raw(std::string_view text) {
        buffer_ += text;
        return *this;
    }
    // Text inside an attribute value ("…") or an element.
    XmlBuffer& attribute_value(std::string_view text) {
        append_xml_escaped(buffer_, text, true);
        return *this;
    }
    XmlBuffer& text(std::string_view text) {
        append_xml_escaped(buffer_, text, false);
        return *this;
    }
    template <typename Number>
    XmlBuffer& number(Number value) {
        char digits[32];
        const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, value);
        buffer_.append(digits, end);
        return *this;
    }
    // ` name="value"`, escaped.
    XmlBuffer& attribute(std::string_view name, std::string_view value) {
        buffer_ += ' ';
        buffer_ += name;
        buffer_ += "=\"";
        attribute_value(value);
        buffer_ += '"';
        return *this;
    }

    void maybe_flush() {
        if (buffer_.size() > (1u << 20)) flush();
    }
    void flush() {
        out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
        buffer_.clear();
    }

private:
    std::ostream& out_;
    std::string buffer_;
};

}  // namespace stancegraph
