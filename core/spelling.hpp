// Nearest spellings for "did you mean": a mistyped command, option, relation or entity name is
// answered with the known names closest to it, so that a typo costs one glance and not a search.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace stancegraph {

// Edits (insert, delete, substitute, swap two neighbours) between two texts, counted in code points.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The most edits still taken for a typo of a word this long: one for short words, up to three.
std::size_t typo_allowance(std::string_view wanted);

// Collects candidates and keeps those nearest to the wanted text. Candidates are compared by a key
// (a folded name, an option name) and shown by their own text; one shown text counts once.
class Suggestions {
public:
    explicit Suggestions(std::string wanted_key);

    void consider(std::string_view key, const std::string& shown);
    // The nearest shown texts within the allowance, nearest first, at most `limit`.
    std::vector<std::string> best(std::size_t limit = 3) const;
    // "; did you mean 'a', 'b' or 'c'?" with each quoted, or "" when nothing is near.
    std::string did_you_mean(std::size_t limit = 3) const;

private:
    struct Candidate {
        std::size_t distance;
        std::string shown;
    };
    std::string wanted_;
    std::size_t allowance_;
    std::vector<Candidate> candidates_;
};

}  // namespace stancegraph
