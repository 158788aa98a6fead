// Optimal string alignment distance over code points, and the choice of the nearest candidates.
#include "spelling.hpp"

#include "text_folding.hpp"

#include <algorithm>

namespace stancegraph {

namespace {

std::u32string code_points(std::string_view text) {
    std::u32string out;
    for (std::size_t pos = 0; pos < text.size();) out.push_back(next_code_point(text, pos));
    return out;
}

}  // namespace

std::size_t edit_distance(std::string_view a_text, std::string_view b_text) {
    const std::u32string a = code_points(a_text), b = code_points(b_text);
    // Three rows suffice: a swap of neighbours looks two rows back.
    std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) current[j] = std::min(current[j], before[j - 2] + 1);
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[b.size()];
}

std::size_t typo_allowance(std::string_view wanted) {
    const std::size_t length = code_point_count(wanted);
    if (length <= 4) return 1;
    if (length <= 8) return 2;
    return 3;
}

Suggestions::Suggestions(std::string wanted_key) : wanted_(std::move(wanted_key)), allowance_(typo_allowance(wanted_)) {}

void Suggestions::consider(std::string_view key, const std::string& shown) {
    if (key.empty() || wanted_.empty()) return;
    // Lengths alone rule out most of a large gazetteer before any table is filled.
    const std::size_t a = code_point_count(key), b = code_point_count(wanted_);
    if ((a > b ? a - b : b - a) > allowance_) return;
    const std::size_t distance = edit_distance(wanted_, key);
    if (distance > allowance_) return;
    auto same = std::find_if(candidates_.begin(), candidates_.end(), [&](const Candidate& c) { return c.shown == shown; });
    if (same == candidates_.end()) candidates_.push_back({distance, shown});
    else same->distance = std::min(same->distance, distance);
}

std::vector<std::string> Suggestions::best(std::size_t limit) const {
    std::vector<Candidate> sorted = candidates_;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Candidate& x, const Candidate& y) {
        return x.distance != y.distance ? x.distance < y.distance : x.shown < y.shown;
    });
    std::vector<std::string> out;
    // Only the nearest: one exact-but-for-a-letter match hides the further guesses.
    for (const auto& c : sorted) {
        if (out.size() == limit || c.distance > sorted.front().distance + 1) break;
        out.push_back(c.shown);
    }
    return out;
}

std::string Suggestions::did_you_mean(std::size_t limit) const {
    const auto names = best(limit);
    if (names.empty()) return "";
    std::string text = "; did you mean ";
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) text += i + 1 == names.size() ? " or " : ", ";
        text += "'" + names[i] + "'";
    }
    return text + "?";
}

}  // namespace stancegraph
