// The order names are listed in for people: by their folded form, so that case and accents do not
// decide ("Åland" among the A's, "côte d'Ivoire" beside "Costa Rica"), then by bytes so that the
// order is total and stable.
#pragma once

#include <string_view>

namespace stancegraph {

bool folded_name_less(std::string_view a, std::string_view b);

}  // namespace stancegraph
