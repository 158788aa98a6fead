// Reading a zip local file header (PKWARE APPNOTE 4.3.7).
#include "zip_name.hpp"

namespace stancegraph {

std::string_view first_zip_member_name(std::string_view head) {
    if (head.size() < 30 || !head.starts_with("PK\x03\x04")) return {};
    auto u16 = [&](std::size_t at) {
        return static_cast<std::size_t>(static_cast<unsigned char>(head[at])) |
               static_cast<std::size_t>(static_cast<unsigned char>(head[at + 1])) << 8;
    };
    const std::size_t length = u16(26);
    if (30 + length > head.size()) return {};
    return head.substr(30, length);
}

}  // namespace stancegraph
