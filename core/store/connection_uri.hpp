// Error messages name the database they are about, but must not print its password.
#pragma once

#include <string>
#include <string_view>

namespace stancegraph::sql {

// The connection string with any password replaced by `***`: the one in a URI's user part
// (postgresql://user:secret@host/db), a `password=` URI parameter, or a `password=` keyword.
std::string masked_connection_string(std::string_view connection);

}  // namespace stancegraph::sql
