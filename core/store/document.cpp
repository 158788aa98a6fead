// Content hashing for change detection of documents.
#include "document.hpp"

#include <cstdio>

namespace stancegraph {

void ContentHasher::update(std::string_view bytes) {
    for (unsigned char c : bytes) {
        state_ ^= c;
        state_ *= 1099511628211ull;
    }
}

std::string ContentHasher::hex() const {
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(state_));
    return buffer;
}

std::string content_hash(std::string_view bytes) {
    ContentHasher hasher;
    hasher.update(bytes);
    return hasher.hex();
}

}  // namespace stancegraph
