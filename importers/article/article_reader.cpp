// Article JSON, JSON Lines and text-with-header readers.
#include "article_reader.hpp"

#include "core/json.hpp"
#include "core/store/document.hpp"
#include "core/text_folding.hpp"

#include <filesystem>

namespace stancegraph {

namespace {

// One article object into an Article; InputError at `where` when a field is wrong.
Article article_from(const JsonValue& object, const SourceLocation& where) {
    if (!object.is_object()) throw InputError(where, std::string("an article must be a JSON object, not ") + object.type_name());
    Article a;
    a.where = where;
    try {
        auto text = object.get("text");
        if (!text || text->is_null()) throw InputError(where, "article has no \"text\"");
        if (!text->is_string()) throw InputError(where, std::string("\"text\" must be a string, not ") + text->type_name());
        a.text = std::string(text->as_string());
        if (auto id = object.get("id"); id && id->is_integer()) a.id = std::to_string(id->as_int());
        else a.id = object.get_string("id").value_or("");
        a.url = object.get_string("url").value_or("");
        a.title = object.get_string("title").value_or("");
        a.lang = object.get_string("lang").value_or("");
        if (auto published = object.get_string("published"); published && !published->empty()) {
            a.published = parse_published(*published);
            if (!a.published) throw InputError(where, "\"published\" is not a date: " + *published);
        }
    } catch (const std::invalid_argument& e) {
        throw InputError(where, e.what());
    }
    return a;
}

}  // namespace

void read_article_json(const std::string& content, const std::string& file, ArticleHandler handle, DocumentSink& sink) {
    const JsonDocument document = JsonDocument::parse(content, file);
    const JsonValue root = document.root();
    if (root.is_array()) {
        const std::vector<SourceLocation> starts = array_element_locations(content, file);
        for (std::size_t i = 0; i < root.size(); ++i) {
            const SourceLocation where = i < starts.size() ? starts[i] : SourceLocation{file, 0, 0};
            try {
                Article a = article_from(root.at(i), where);
                if (a.id.empty()) a.id = std::filesystem::path(file).stem().string() + "-" + std::to_string(i + 1);
                handle(std::move(a));
            } catch (const InputError& e) {
                sink.reject(InputError(where, "article " + std::to_string(i + 1) + ": " + e.bare_message()));
            }
        }
        return;
    }
    Article a = article_from(root, {file, 1, 1});
    if (a.id.empty()) a.id = std::filesystem::path(file).stem().string();
    handle(std::move(a));
}

void read_article_jsonl(std::istream& stream, const std::string& file, ArticleHandler handle, DocumentSink& sink) {
    std::size_t line_number = 0;
    std::string line;
    while (std::getline(stream, line)) {
        ++line_number;
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        try {
            const JsonDocument json = JsonDocument::parse(line, file, line_number);
            Article a = article_from(json.root(), {file, line_number, 1});
            if (a.id.empty()) a.id = std::filesystem::path(file).stem().string() + "-" + std::to_string(line_number);
            handle(std::move(a));
        } catch (const InputError& e) {
            sink.reject(e);
        }
    }
    if (stream.bad()) throw InputError({file, line_number, 0}, "read error");
}

void read_article_text(const std::string& content, const std::string& file, const ImportOptions& options,
                       ArticleHandler handle, DocumentSink&) {
    // Checked here, where offsets are still the file's, so that the message points at the byte.
    if (const auto bad = find_invalid_utf8(content); bad != std::string::npos)
        throw InputError(locate_offset(file, content, bad), "not UTF-8 text (save the article as UTF-8)");
    if (const auto nul = content.find('\0'); nul != std::string::npos)
        throw InputError(locate_offset(file, content, nul), "a NUL byte: not a text file");
    Article a;
    a.where = {file, 1, 1};
    std::size_t body = 0;
    // A header: "key: value" lines up to the first blank line, when the first line looks like one.
    auto header_line = [](std::string_view line) {
        const auto colon = line.find(':');
        if (colon == std::string_view::npos || colon == 0 || colon > 20) return false;
        for (char c : line.substr(0, colon))
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_')) return false;
        return true;
    };
    const auto first_end = content.find('\n');
    if (header_line(std::string_view(content).substr(0, first_end))) {
        std::size_t pos = 0, line_number = 0;
        while (pos < content.size()) {
            std::size_t end = content.find('\n', pos);
            if (end == std::string::npos) end = content.size();
            std::string line = content.substr(pos, end - pos);
            ++line_number;
            pos = end + 1;
            if (!line.empty() && line.back() == '\r') line.pop_back();
            if (line.find_first_not_of(" \t") == std::string::npos) break;
            if (!header_line(line)) throw InputError({file, line_number, 1}, "header line without \"key: value\" (end the header with a blank line)");
            const auto colon = line.find(':');
            std::string key = line.substr(0, colon);
            std::string value = line.substr(colon + 1);
            value.erase(0, value.find_first_not_of(" \t"));
            if (key == "id") a.id = value;
            else if (key == "url") a.url = value;
            else if (key == "title") a.title = value;
            else if (key == "lang") a.lang = value;
            else if (key == "published") {
                a.published = parse_published(value);
                if (!a.published) throw InputError({file, line_number, colon + 3}, "published is not a date: " + value);
            }
        }
        body = std::min(pos, content.size());
    }
    a.text = content.substr(body);
    if (!options.id.empty()) a.id = options.id;
    if (!options.lang.empty()) a.lang = options.lang;
    if (!options.published.empty()) {
        a.published = parse_published(options.published);
        if (!a.published) throw InputError({file, 0, 0}, "--published is not a date: " + options.published);
    }
    if (a.id.empty()) a.id = file == "-" ? "stdin-" + content_hash(a.text) : std::filesystem::path(file).stem().string();
    handle(std::move(a));
}

}  // namespace stancegraph
