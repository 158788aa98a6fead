// Parsing TABARI/PETRARCH actor dictionaries.
#include "actor_dictionary.hpp"

#include "core/text_folding.hpp"

#include <cctype>

namespace stancegraph {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

// Drops a trailing comment: ";" or "#" outside brackets ("[###]" is a code, not a comment).
std::string_view strip_comment(std::string_view line) {
    bool in_block = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '[') in_block = true;
        else if (line[i] == ']') in_block = false;
        else if (!in_block && (line[i] == ';' || line[i] == '#')) return line.substr(0, i);
    }
    return line;
}

std::optional<DayNumber> dictionary_date(std::string_view text) {
    for (char c : text)
        if (c < '0' || c > '9') return std::nullopt;
    int year, month, day;
    if (text.size() == 8) {
        year = std::stoi(std::string(text.substr(0, 4)));
        month = std::stoi(std::string(text.substr(4, 2)));
        day = std::stoi(std::string(text.substr(6, 2)));
    } else if (text.size() == 6) {
        // TABARI's two-digit years: 30–99 are 1930–1999, 00–29 are 2000–2029.
        const int yy = std::stoi(std::string(text.substr(0, 2)));
        year = yy >= 30 ? 1900 + yy : 2000 + yy;
        month = std::stoi(std::string(text.substr(2, 2)));
        day = std::stoi(std::string(text.substr(4, 2)));
    } else {
        return std::nullopt;
    }
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) return std::nullopt;
    return days_from_civil(year, month, day);
}

// "USAGOV 991201-010114", "HOB < 950601", "HOBELI >20130119", "GON".
std::optional<CodeBlock> parse_block(std::string_view inside, std::string& problem) {
    CodeBlock block;
    inside = trim(inside);
    std::size_t end = 0;
    while (end < inside.size() && !std::isspace(static_cast<unsigned char>(inside[end])) && inside[end] != '<' &&
           inside[end] != '>' && !std::isdigit(static_cast<unsigned char>(inside[end])))
        ++end;
    // Codes may hold digits after letters ("AR1"); a block starting with a digit has no code.
    while (end < inside.size() && end > 0 && std::isalnum(static_cast<unsigned char>(inside[end]))) ++end;
    block.code = std::string(inside.substr(0, end));
    std::string_view rest = trim(inside.substr(end));
    if (block.code.empty()) {
        problem = "code block \"[" + std::string(inside) + "]\" has no actor code";
        return std::nullopt;
    }
    if (rest.empty()) return block;
    auto date = [&](std::string_view text) {
        auto d = dictionary_date(trim(text));
        if (!d) problem = "\"" + std::string(trim(text)) + "\" in \"[" + std::string(inside) + "]\" is not a date (YYYYMMDD or YYMMDD)";
        return d;
    };
    if (rest.front() == '<') {
        block.to = date(rest.substr(1));
        if (!block.to) return std::nullopt;
    } else if (rest.front() == '>') {
        block.from = date(rest.substr(1));
        if (!block.from) return std::nullopt;
    } else {
        const std::size_t dash = rest.find('-');
        if (dash == std::string_view::npos) {
            problem = "\"[" + std::string(inside) + "]\": expected <DATE, >DATE or DATE-DATE after the code";
            return std::nullopt;
        }
        block.from = date(rest.substr(0, dash));
        if (!block.from) return std::nullopt;
        block.to = date(rest.substr(dash + 1));
        if (!block.to) return std::nullopt;
        if (*block.to <= *block.from) {
            block.to.reset();
            block.open_end = true;
        }
    }
    return block;
}

}  // namespace

std::string phrase_to_name(std::string_view phrase) {
    std::string name;
    bool space = false;
    for (char c : phrase) {
        if (c == '_' || c == ' ' || c == '\t') {
            space = true;
            continue;
        }
        if (c == '=') continue;
        if (space && !name.empty()) name.push_back(' ');
        space = false;
        name.push_back(c);
    }
    // Dictionaries write Latin names in capitals; a name reads better in title case.
    bool all_upper = true;
    for (char c : name)
        if (std::islower(static_cast<unsigned char>(c))) all_upper = false;
    if (all_upper) {
        bool word_start = true;
        for (char& c : name) {
            const auto u = static_cast<unsigned char>(c);
            if (std::isalpha(u)) {
                c = static_cast<char>(word_start ? c : std::tolower(u));
                word_start = false;
            } else {
                word_start = c == ' ' || c == '-' || c == '.';
            }
        }
    }
    return name;
}

std::vector<DictionaryEntry> read_actor_dictionary(std::string_view text, const std::string& file) {
    std::vector<DictionaryEntry> entries;
    std::size_t line_number = 0;
    bool in_comment = false;
    std::string section_end;  // "</NOUN>" while inside a section of other words
    std::size_t pos = 0;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
    while (pos < text.size()) {
        // TABARI's files end lines with a lone "\r"; the others with "\n" or "\r\n".
        std::size_t end = text.find_first_of("\r\n", pos);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view raw = text.substr(pos, end - pos);
        pos = end == text.size() ? end : end + 1;
        if (end < text.size() && text[end] == '\r' && pos < text.size() && text[pos] == '\n') ++pos;
        ++line_number;

        std::string_view line = trim(raw);
        if (in_comment) {
            if (line.find("-->") != std::string_view::npos) in_comment = false;
            continue;
        }
        if (line.starts_with("<!")) {
            in_comment = line.find("-->") == std::string_view::npos;
            continue;
        }
        if (!section_end.empty()) {
            if (line == section_end) section_end.clear();
            continue;
        }
        if (line.starts_with("<") && line.ends_with(">")) {
            if (line.size() > 2 && line[1] != '/') section_end = "</" + std::string(line.substr(1));
            continue;
        }
        if (line.starts_with("~~")) break;  // ~~FINISH
        if (line.starts_with("#") || line.starts_with(";")) continue;
        line = trim(strip_comment(line));
        if (line.empty()) continue;

        const bool continuation = line.front() == '[' || line.front() == '+';
        if (!continuation) {
            DictionaryEntry entry;
            entry.line = line_number;
            entry.phrase = std::string(trim(line.substr(0, line.find('['))));
            entries.push_back(std::move(entry));
        } else if (entries.empty()) {
            continue;  // a stray continuation before any entry
        } else if (line.front() == '+') {
            entries.back().synonyms.emplace_back(trim(line.substr(1, line.find('[') - 1)));
        }
        DictionaryEntry& entry = entries.back();
        // The phrase becomes a person's name; a line in another encoding (Latin-1) makes the entry bad.
        if (const auto bad = find_invalid_utf8(line); bad != std::string_view::npos) {
            const auto offset = static_cast<std::size_t>(line.data() - raw.data()) + bad;
            entry.problems.emplace_back(locate_offset(file, raw, offset, line_number), "not UTF-8 text");
            continue;
        }
        // Every bracketed block on the line belongs to the entry.
        const auto column = [&](std::size_t offset) { return static_cast<std::size_t>(line.data() - raw.data()) + offset + 1; };
        for (std::size_t open = line.find('['); open != std::string_view::npos; open = line.find('[', open + 1)) {
            const std::size_t close = line.find(']', open);
            if (close == std::string_view::npos) {
                entry.problems.emplace_back(SourceLocation{file, line_number, column(open)},
                                            "code block \"" + std::string(line.substr(open)) + "\" never closes");
                break;
            }
            std::string problem;
            auto block = parse_block(line.substr(open + 1, close - open - 1), problem);
            if (!block) {
                entry.problems.emplace_back(SourceLocation{file, line_number, column(open)}, problem);
                continue;
            }
            block->text = std::string(line.substr(open, close - open + 1));
            block->line = line_number;
            entry.blocks.push_back(std::move(*block));
        }
    }
    return entries;
}

}  // namespace stancegraph
