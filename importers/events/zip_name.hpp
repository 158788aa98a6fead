// The name of the first file in a zip archive, read from the bytes of its start, so that
// identify() can tell a zipped GDELT file from a zipped ICEWS file without decompressing.
#pragma once

#include <string_view>

namespace stancegraph {

// Empty when `head` does not start with a zip local file header.
std::string_view first_zip_member_name(std::string_view head);

}  // namespace stancegraph
