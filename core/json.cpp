// RapidJSON behind the project's own small interface (see json.hpp for why).
#include "json.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <fstream>
#include <sstream>

namespace stancegraph {

namespace {
// Iterative parsing so that hostile, deeply nested input cannot exhaust the stack; encoding is
// validated so that invalid UTF-8 is reported where it is, not passed on. Not kParseFullPrecisionFlag:
// in RapidJSON 1.1.0 its path calls __builtin_clzll(0), undefined behaviour, for a zero with an
// exponent such as 0e61 (found by fuzzing); the normal path is within 3 ULP, plenty for confidences.
constexpr unsigned kParseFlags = rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag;
}  // namespace

bool JsonValue::is_null() const { return value_->IsNull(); }
bool JsonValue::is_string() const { return value_->IsString(); }
bool JsonValue::is_number() const { return value_->IsNumber(); }
bool JsonValue::is_integer() const { return value_->IsInt64(); }
bool JsonValue::is_bool() const { return value_->IsBool(); }
bool JsonValue::is_object() const { return value_->IsObject(); }
bool JsonValue::is_array() const { return value_->IsArray(); }

const char* JsonValue::type_name() const {
    switch (value_->GetType()) {
        case rapidjson::kNullType: return "null";
        case rapidjson::kFalseType:
        case rapidjson::kTrueType: return "boolean";
        case rapidjson::kObjectType: return "object";
        case rapidjson::kArrayType: return "array";
        case rapidjson::kStringType: return "string";
        case rapidjson::kNumberType: return "number";
    }
    return "value";
}

std::string_view JsonValue::as_string() const { return {value_->GetString(), value_->GetStringLength()}; }
double JsonValue::as_double() const { return value_->GetDouble(); }
std::int64_t JsonValue::as_int() const { return value_->GetInt64(); }
bool JsonValue::as_bool() const { return value_->GetBool(); }

std::optional<JsonValue> JsonValue::get(std::string_view key) const {
    if (!value_->IsObject()) return std::nullopt;
    const auto it = value_->FindMember(rapidjson::StringRef(key.data(), key.size()));
    if (it == value_->MemberEnd()) return std::nullopt;
    return JsonValue(&it->value);
}

std::optional<std::string> JsonValue::get_string(std::string_view key) const {
    auto member = get(key);
    if (!member || member->is_null()) return std::nullopt;
    if (!member->is_string())
        throw std::invalid_argument("\"" + std::string(key) + "\" must be a string, not " + member->type_name());
    return std::string(member->as_string());
}

std::size_t JsonValue::size() const {
    if (value_->IsArray()) return value_->Size();
    if (value_->IsObject()) return value_->MemberCount();
    return 0;
}

JsonValue JsonValue::at(std::size_t index) const { return JsonValue(&(*value_)[static_cast<rapidjson::SizeType>(index)]); }

std::vector<std::pair<std::string_view, JsonValue>> JsonValue::members() const {
    std::vector<std::pair<std::string_view, JsonValue>> out;
    if (!value_->IsObject()) return out;
    for (const auto& m : value_->GetObject())
        out.emplace_back(std::string_view(m.name.GetString(), m.name.GetStringLength()), JsonValue(&m.value));
    return out;
}

struct JsonDocument::Impl {
    rapidjson::Document document;
};

JsonDocument::JsonDocument() : impl_(std::make_unique<Impl>()) {}
JsonDocument::JsonDocument(JsonDocument&&) noexcept = default;
JsonDocument& JsonDocument::operator=(JsonDocument&&) noexcept = default;
JsonDocument::~JsonDocument() = default;

JsonValue JsonDocument::root() const { return JsonValue(&impl_->document); }

JsonDocument JsonDocument::parse(std::string_view text, const std::string& file, std::size_t first_line) {
    JsonDocument doc;
    doc.impl_->document.Parse<kParseFlags>(text.data(), text.size());
    if (doc.impl_->document.HasParseError()) {
        const auto offset = doc.impl_->document.GetErrorOffset();
        throw InputError(locate_offset(file, text, offset, first_line),
                         std::string("invalid JSON: ") + rapidjson::GetParseError_En(doc.impl_->document.GetParseError()));
    }
    return doc;
}

JsonDocument JsonDocument::parse_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error("cannot open " + path);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    return parse(text, path);
}

std::size_t column_of_key(std::string_view line, std::string_view key) {
    std::string quoted;  // built by appending: GCC 12 warns (-Wrestrict, wrongly) on "\"" + std::string
    quoted.reserve(key.size() + 2);
    quoted += '"';
    quoted += key;
    quoted += '"';
    const auto pos = line.find(quoted);
    if (pos == std::string_view::npos) return 0;
    return locate_offset("", line, pos).column;
}

std::vector<SourceLocation> array_element_locations(std::string_view text, const std::string& file) {
    std::vector<SourceLocation> starts;
    SourceLocation at{file, 1, 1};
    int depth = 0;
    bool in_string = false, escaped = false, expect_element = false;
    for (const char c : text) {
        const bool space = c == ' ' || c == '\t' || c == '\r' || c == '\n';
        if (expect_element && !space && c != ']') {
            starts.push_back(at);
            expect_element = false;
        }
        if (in_string) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth == 1 && c == '[') expect_element = true;
            if (depth == 1 && c == '{') return {};
        } else if (c == ']' || c == '}') {
            --depth;
        } else if (c == ',' && depth == 1) {
            expect_element = true;
        }
        if (c == '\n') {
            ++at.line;
            at.column = 1;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++at.column;
        }
    }
    return starts;
}

struct JsonWriter::Impl {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer{buffer};
};

JsonWriter::JsonWriter() : impl_(std::make_unique<Impl>()) {}
JsonWriter::~JsonWriter() = default;

JsonWriter& JsonWriter::begin_object() { impl_->writer.StartObject(); return *this; }
JsonWriter& JsonWriter::end_object() { impl_->writer.EndObject(); return *this; }
JsonWriter& JsonWriter::begin_array() { impl_->writer.StartArray(); return *this; }
JsonWriter& JsonWriter::end_array() { impl_->writer.EndArray(); return *this; }
JsonWriter& JsonWriter::key(std::string_view name) {
    impl_->writer.Key(name.data(), static_cast<rapidjson::SizeType>(name.size()), true);
    return *this;
}
JsonWriter& JsonWriter::value(std::string_view text) {
    impl_->writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()), true);
    return *this;
}
JsonWriter& JsonWriter::value(std::int64_t number) { impl_->writer.Int64(number); return *this; }
JsonWriter& JsonWriter::value(double number) { impl_->writer.Double(number); return *this; }
JsonWriter& JsonWriter::value(bool flag) { impl_->writer.Bool(flag); return *this; }
JsonWriter& JsonWriter::null() { impl_->writer.Null(); return *this; }
JsonWriter& JsonWriter::optional_value(std::string_view text) { return text.empty() ? null() : value(text); }

std::string_view JsonWriter::text() const { return {impl_->buffer.GetString(), impl_->buffer.GetSize()}; }

void JsonWriter::clear() {
    impl_->buffer.Clear();
    impl_->writer.Reset(impl_->buffer);
}

std::string json_quote(std::string_view text) {
    JsonWriter writer;
    writer.value(text);
    return std::string(writer.text());
}

}  // namespace stancegraph
