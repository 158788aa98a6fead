// The forms of words (morphology.hpp), computed once per distinct word and kept across articles:
// news repeats its vocabulary, so most words cost a lookup instead of clitic stripping and
// allocations.
#pragma once

#include "morphology.hpp"

#include <string>
#include <unordered_map>
#include <vector>

namespace stancegraph {

class FormCache {
public:
    explicit FormCache(const Morphology& morphology) : morphology_(morphology) {}

    // The forms of a folded word (a punctuation mark is its own only form). The reference stays
    // valid until trim().
    const std::vector<std::string>& forms_of(const std::string& folded, bool is_word);
    // Forgets everything when the cache grew beyond its bound; call between articles only.
    void trim();

private:
    static constexpr std::size_t kMaxWords = 400000;  // keeps memory flat on any corpus
    const Morphology& morphology_;
    std::unordered_map<std::string, std::vector<std::string>> forms_;  // node-based: stable references
};

}  // namespace stancegraph
