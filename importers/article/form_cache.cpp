// Caching word forms.
#include "form_cache.hpp"

namespace stancegraph {

const std::vector<std::string>& FormCache::forms_of(const std::string& folded, bool is_word) {
    auto [it, added] = forms_.try_emplace(folded);
    if (added) {
        if (is_word) morphology_.forms(folded, it->second);
        else it->second = {folded};
    }
    return it->second;
}

void FormCache::trim() {
    if (forms_.size() > kMaxWords) forms_.clear();
}

}  // namespace stancegraph
