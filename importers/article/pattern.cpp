// Matching word patterns with prefixes, alternatives and bounded gaps.
#include "pattern.hpp"

#include "core/text_folding.hpp"

#include <sstream>
#include <stdexcept>

namespace stancegraph {

bool word_matches(const std::string& alternative, const std::string& form) {
    if (!alternative.empty() && alternative.back() == '*')
        return form.size() + 1 >= alternative.size() && form.compare(0, alternative.size() - 1, alternative, 0, alternative.size() - 1) == 0;
    return alternative == form;
}

Pattern Pattern::parse(std::string_view text) {
    Pattern pattern;
    pattern.text_ = std::string(text);
    std::istringstream stream{std::string(text)};
    std::string item;
    while (stream >> item) {
        PatternWord word;
        if (item.size() > 1 && item[0] == '~') {
            word.gap = std::stoi(item.substr(1));
            if (word.gap <= 0) throw std::invalid_argument("bad gap in pattern: " + std::string(text));
        } else {
            std::size_t from = 0;
            while (from <= item.size()) {
                const auto bar = item.find('|', from);
                std::string alternative = item.substr(from, bar == std::string::npos ? std::string::npos : bar - from);
                const bool prefix = !alternative.empty() && alternative.back() == '*';
                if (prefix) alternative.pop_back();
                alternative = fold(alternative);
                if (prefix) alternative.push_back('*');
                if (!alternative.empty()) word.alternatives.push_back(alternative);
                if (bar == std::string::npos) break;
                from = bar + 1;
            }
            if (word.alternatives.empty()) throw std::invalid_argument("empty word in pattern: " + std::string(text));
        }
        pattern.words_.push_back(std::move(word));
    }
    if (pattern.words_.empty() || pattern.words_.front().gap || pattern.words_.back().gap)
        throw std::invalid_argument("a pattern needs words and cannot start or end with a gap: " + std::string(text));
    return pattern;
}

std::size_t Pattern::word_count() const {
    std::size_t n = 0;
    for (const auto& w : words_)
        if (!w.gap) ++n;
    return n;
}

std::optional<std::size_t> Pattern::match(const std::vector<std::vector<std::string>>& forms, std::size_t start,
                                          std::size_t limit) const {
    return match_from(forms, 0, start, limit);
}

std::optional<std::size_t> Pattern::match_from(const std::vector<std::vector<std::string>>& forms, std::size_t element,
                                               std::size_t position, std::size_t limit) const {
    if (element == words_.size()) return position;
    const PatternWord& word = words_[element];
    if (word.gap) {
        // Shortest gap first, so that "sever ~2 relations" binds to the nearest "relations".
        for (int skip = 0; skip <= word.gap && position + static_cast<std::size_t>(skip) <= limit; ++skip)
            if (auto end = match_from(forms, element + 1, position + static_cast<std::size_t>(skip), limit)) return end;
        return std::nullopt;
    }
    if (position >= limit) return std::nullopt;
    for (const auto& form : forms[position])
        for (const auto& alternative : word.alternatives)
            if (word_matches(alternative, form)) return match_from(forms, element + 1, position + 1, limit);
    return std::nullopt;
}

}  // namespace stancegraph
