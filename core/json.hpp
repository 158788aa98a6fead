// The project's one door to RapidJSON: parsing with located errors, a read-only value view, and a
// writer for JSON Lines. Nothing else includes RapidJSON headers.
#pragma once

#include "error.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rapidjson {
template <typename Encoding, typename Allocator> class GenericValue;
template <typename CharType> struct UTF8;
template <typename BaseAllocator> class MemoryPoolAllocator;
class CrtAllocator;
}  // namespace rapidjson

namespace stancegraph {

using RapidValue = rapidjson::GenericValue<rapidjson::UTF8<char>, rapidjson::MemoryPoolAllocator<rapidjson::CrtAllocator>>;

// A read-only view of a value inside a JsonDocument; valid while the document lives.
class JsonValue {
public:
    explicit JsonValue(const RapidValue* value) : value_(value) {}

    bool is_null() const;
    bool is_string() const;
    bool is_number() const;
    bool is_integer() const;
    bool is_bool() const;
    bool is_object() const;
    bool is_array() const;
    const char* type_name() const;

    std::string_view as_string() const;  // precondition: is_string()
    double as_double() const;
    std::int64_t as_int() const;
    bool as_bool() const;

    // A member of an object; nullopt when absent or when this is not an object.
    std::optional<JsonValue> get(std::string_view key) const;
    // The member as a string when it is one; nullopt when absent or null; throws when of another type.
    std::optional<std::string> get_string(std::string_view key) const;

    std::size_t size() const;                 // elements of an array, members of an object
    JsonValue at(std::size_t index) const;    // precondition: is_array()
    std::vector<std::pair<std::string_view, JsonValue>> members() const;

private:
    const RapidValue* value_;
};

// A parsed JSON text. Parse errors are InputErrors at the file, line and column where they occur.
class JsonDocument {
public:
    // `first_line` is the line of the file where `text` starts (JSON Lines parse one line at a time).
    static JsonDocument parse(std::string_view text, const std::string& file, std::size_t first_line = 1);
    static JsonDocument parse_file(const std::string& path);

    JsonDocument(JsonDocument&&) noexcept;
    JsonDocument& operator=(JsonDocument&&) noexcept;
    ~JsonDocument();

    JsonValue root() const;

private:
    JsonDocument();
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// The 1-based column of `"key"` in a line of JSON, for pointing at a bad member (0 when not found).
std::size_t column_of_key(std::string_view line, std::string_view key);

// Where each element of the top-level array of a JSON text starts, in one pass, so that an error
// about the 900th article of a list points at it. Empty when the text is not an array.
std::vector<SourceLocation> array_element_locations(std::string_view text, const std::string& file);

// Builds compact JSON text (one object per line for JSON Lines). Strings must be valid UTF-8.
class JsonWriter {
public:
    JsonWriter();
    ~JsonWriter();
    JsonWriter(const JsonWriter&) = delete;
    JsonWriter& operator=(const JsonWriter&) = delete;

    JsonWriter& begin_object();
    JsonWriter& end_object();
    JsonWriter& begin_array();
    JsonWriter& end_array();
    JsonWriter& key(std::string_view name);
    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
    JsonWriter& value(std::int64_t number);
    JsonWriter& value(int number) { return value(static_cast<std::int64_t>(number)); }
    JsonWriter& value(std::size_t number) { return value(static_cast<std::int64_t>(number)); }
    JsonWriter& value(double number);
    JsonWriter& value(bool flag);
    JsonWriter& null();
    // A string member, or null when the text is empty.
    JsonWriter& optional_value(std::string_view text);

    // The text written so far; clear() starts a new value.
    std::string_view text() const;
    void clear();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Escapes a string as a JSON string literal (with quotes).
std::string json_quote(std::string_view text);

}  // namespace stancegraph
