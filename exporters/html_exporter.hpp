// One self-contained interactive HTML page: the graph library, the page's script and style and the
// selected rows as JSON, all inline, so that it opens from disk with no request to anywhere.
#pragma once

#include "exporter.hpp"

namespace stancegraph {

// Above these the page shows no graph but says how to cut the export down (the browser would not
// keep up); facts past the limit are counted, not written.
inline constexpr std::size_t kHtmlMaxEntities = 5000;
inline constexpr std::size_t kHtmlMaxFacts = 50000;

ExporterInfo html_exporter_info();

}  // namespace stancegraph
