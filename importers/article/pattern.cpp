// Matching word patterns with prefixes, alternatives and bounded gaps.
#include "pattern.hpp"

#include "core/text_folding.hpp"

#include <algorithm>
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

const PatternWord* Pattern::second_word(int& gap) const {
    gap = 0;
    for (std::size_t i = 1; i < words_.size(); ++i) {
        if (words_[i].gap) {
            gap += words_[i].gap;
            continue;
        }
        return &words_[i];
    }
    return nullptr;
}

std::optional<std::size_t> Pattern::match(const TextForms& forms, std::size_t start,
                                          std::size_t limit) const {
    return match_from(forms, 0, start, limit);
}

std::optional<std::size_t> Pattern::match_from(const TextForms& forms, std::size_t element,
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
    for (const auto& form : *forms[position])
        for (const auto& alternative : word.alternatives)
            if (word_matches(alternative, form)) return match_from(forms, element + 1, position + 1, limit);
    return std::nullopt;
}

namespace {
// The byte length of the first `n` letters of a word (all of it when shorter), from UTF-8 lead bytes.
std::size_t prefix_bytes(std::string_view word, std::size_t n) {
    std::size_t pos = 0;
    for (std::size_t i = 0; i < n && pos < word.size(); ++i) {
        const auto lead = static_cast<unsigned char>(word[pos]);
        pos += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    }
    return std::min(pos, word.size());
}
constexpr std::size_t kPrefixKey = 3;  // prefix patterns are filed under their first three letters
}  // namespace

PatternSet::Leads PatternSet::leads(std::string_view word) {
    // Hashes of the first one, two and three letters (not bytes: in Arabic and Cyrillic two bytes
    // are one letter; and in Arabic two letters are often the article).
    Leads out;
    std::uint64_t packed = 0;
    std::size_t pos = 0;
    for (int letter = 0; letter < 3; ++letter) {
        if (pos < word.size()) {
            const auto lead = static_cast<unsigned char>(word[pos]);
            const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
            for (std::size_t i = 0; i < length && pos < word.size(); ++i, ++pos) packed = packed << 8 | static_cast<unsigned char>(word[pos]);
        }
        out.key[letter] = static_cast<std::uint16_t>((packed * 0x9E3779B97F4A7C15ull) >> 48);
    }
    return out;
}


PatternSet::PatternSet(std::vector<Pattern> patterns) {
    for (auto& p : patterns) add(std::move(p));
}

namespace {
constexpr std::size_t kFilterBits = std::size_t{1} << 20;
constexpr std::size_t kFilterFrom = 4096;  // exact first words before a set gets a word filter

// FNV-1a: short words, cheap.
std::uint64_t fnv1a(std::string_view bytes) {
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : bytes) h = (h ^ c) * 1099511628211ull;
    return h;
}
}  // namespace

std::size_t PatternSet::word_hash(std::string_view word) {
    const std::uint64_t h = fnv1a(word);
    return static_cast<std::size_t>(h ^ (h >> 29)) & (kFilterBits - 1);
}

void PatternSet::mark_word(std::string_view word) {
    const std::size_t bit = word_hash(word);
    word_filter_[bit / 64] |= std::uint64_t{1} << (bit % 64);
}

bool PatternSet::may_be_word(std::string_view word) const {
    if (word_filter_.empty()) return true;
    const std::size_t bit = word_hash(word);
    return (word_filter_[bit / 64] >> (bit % 64)) & 1;
}

namespace {
constexpr int kMaskWindow = 5;  // words after the first that the second word is looked for in
}  // namespace

std::uint64_t PatternSet::lead_bit(std::string_view word) {
    const std::uint64_t h = fnv1a(word.substr(0, prefix_bytes(word, 3)));
    return std::uint64_t{1} << ((h ^ (h >> 32)) & 63);
}

void PatternSet::add(Pattern pattern, std::uint32_t tag) {
    const auto index = static_cast<std::uint32_t>(patterns_.size());
    std::uint64_t mask = ~std::uint64_t{0};
    int gap = 0;
    if (const PatternWord* second = pattern.second_word(gap); second && gap < kMaskWindow) {
        mask = 0;
        for (const auto& alternative : second->alternatives) {
            const std::string_view stem(alternative.data(), alternative.back() == '*' ? alternative.size() - 1 : alternative.size());
            // A stem under three letters leads with letters we cannot hash alone: no filter.
            if (alternative.back() == '*' && code_point_count(stem) < 3) mask = ~std::uint64_t{0};
            else mask |= lead_bit(stem);
        }
    }
    next_masks_.push_back(mask);
    for (const auto& alternative : pattern.first_alternatives()) {
        // A one-letter prefix ("a*", "م*") may be followed by any letter; so may a one-letter word.
        const std::string_view stem(alternative.data(), alternative.back() == '*' ? alternative.size() - 1 : alternative.size());
        const std::size_t n = std::min<std::size_t>(code_point_count(stem), 3);
        if (n > 0) leads_[n - 1].set(leads(stem).key[n - 1]);
        if (n > 0 && alternative.back() == '*') prefix_leads_[n - 1].set(leads(stem).key[n - 1]);
        if (alternative.back() != '*') {
            if (!word_filter_.empty()) {
                mark_word(alternative);
            } else if (exact_.size() >= kFilterFrom) {
                word_filter_.assign(kFilterBits / 64, 0);
                for (const auto& [word, list] : exact_) mark_word(word);
                mark_word(alternative);
            }
        }
        // (Once per list: two alternatives may share a key, "attack*" and "attach*".)
        auto& list = alternative.back() == '*' ? by_prefix_[std::string(stem.substr(0, prefix_bytes(stem, kPrefixKey)))]
                                               : exact_[alternative];
        if (list.empty() || list.back() != index) list.push_back(index);
    }
    patterns_.push_back(std::move(pattern));
    tags_.push_back(tag);
}

void PatternSet::matches_at(const TextForms& forms, std::size_t start, std::size_t limit,
                            std::vector<std::pair<std::size_t, std::size_t>>& out) const {
    out.clear();
    if (start >= limit) return;
    // One buffer per thread: this runs for every word against every pattern set.
    thread_local std::vector<std::uint32_t> candidates;
    candidates.clear();
    std::size_t lists = 0;
    for (const auto& form : *forms[start]) {
        if (form.empty()) continue;
        const Leads keys = leads(form);
        if (!leads_[2].test(keys.key[2]) && !leads_[1].test(keys.key[1]) && !leads_[0].test(keys.key[0])) continue;
        if (may_be_word(form))
            if (auto it = exact_.find(std::string_view(form)); it != exact_.end()) {
                candidates.insert(candidates.end(), it->second.begin(), it->second.end());
                ++lists;
            }
        if (!prefix_leads_[2].test(keys.key[2]) && !prefix_leads_[1].test(keys.key[1]) && !prefix_leads_[0].test(keys.key[0])) continue;
        std::size_t previous = 0;
        for (std::size_t n = 1; n <= kPrefixKey; ++n) {
            const std::size_t bytes = prefix_bytes(form, n);
            if (bytes == previous) break;  // the word is shorter than n letters
            previous = bytes;
            if (auto it = by_prefix_.find(std::string_view(form).substr(0, bytes)); it != by_prefix_.end()) {
                candidates.insert(candidates.end(), it->second.begin(), it->second.end());
                ++lists;
            }
        }
    }
    if (candidates.empty()) return;
    // (Each list is sorted and has no repeats; only several lists need merging.)
    if (lists > 1) {
        std::sort(candidates.begin(), candidates.end());
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    }
    // The leads of the next few words, for the second-word filter (only when there are enough
    // candidates to make it worth it).
    std::uint64_t window = ~std::uint64_t{0};
    if (candidates.size() > 4) {
        window = 0;
        for (std::size_t k = start + 1; k < limit && k <= start + kMaskWindow; ++k)
            for (const auto& form : *forms[k])
                if (!form.empty()) window |= lead_bit(form);
    }
    for (std::uint32_t c : candidates)
        if (next_masks_[c] == ~std::uint64_t{0} || (next_masks_[c] & window))
            if (auto end = patterns_[c].match(forms, start, limit)) out.emplace_back(c, *end);
}

std::optional<std::size_t> PatternSet::longest_at(const TextForms& forms, std::size_t start,
                                                  std::size_t limit) const {
    std::vector<std::pair<std::size_t, std::size_t>> found;
    matches_at(forms, start, limit, found);
    std::optional<std::size_t> best;
    for (const auto& [index, end] : found)
        if (!best || end > *best) best = end;
    return best;
}

}  // namespace stancegraph
