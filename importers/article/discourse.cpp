// Looking back in an article's discourse memory.
#include "discourse.hpp"

namespace stancegraph {

const DiscourseEvent* Discourse::last_event(const std::string& family, std::size_t sentence, std::size_t max_age) const {
    for (auto it = events.rbegin(); it != events.rend(); ++it) {
        if (it->sentence + max_age < sentence) return nullptr;
        if (family.empty() || it->family == family) return &*it;
    }
    return nullptr;
}

}  // namespace stancegraph
