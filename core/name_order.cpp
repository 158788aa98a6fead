// Comparing names by their folded form.
#include "name_order.hpp"

#include "text_folding.hpp"

namespace stancegraph {

bool folded_name_less(std::string_view a, std::string_view b) {
    const std::string fa = fold(a), fb = fold(b);
    if (fa != fb) return fa < fb;
    return a < b;
}

}  // namespace stancegraph
