// Reading fact rows on a second thread while the caller writes them: on two cores an export of a
// million facts then takes the time of the slower half (SQLite, or formatting and writing) rather
// than of both. Rows travel in batches that own their text.
#pragma once

#include "core/fact_rows.hpp"

namespace stancegraph {

// Calls `visit` on this thread for each fact of `rows` (brief rows), in order, while another thread
// reads them.
// An exception on either side stops both and reaches the caller.
void each_fact_in_background(const FactRowSource& rows, const std::function<void(const FactRow&)>& visit);

}  // namespace stancegraph
