// Rendering DOT text to SVG, PNG or PDF through Graphviz's C library (libgvc), for `stancegraph
// render`: no `dot` program needed, and the layout engine chosen by the size of the graph.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace stancegraph {

// The layout engines offered; "dot" draws ranks and suits small graphs, "sfdp" scales to large ones.
const std::vector<std::string>& layout_engines();

// Above this many entities or drawn edges, pictures use sfdp. dot's ranking and spline routing grow
// much faster than linearly: the README's as-of export (839 edges) took dot a minute, and a picture of
// more than a few hundred edges is unreadable as ranks anyway; sfdp lays out thousands in seconds.
inline constexpr std::size_t kScalableLayoutAbove = 300;

// dot up to kScalableLayoutAbove entities and edges, sfdp beyond.
std::string layout_for_size(std::size_t entities, std::size_t edges);

// Lays out and renders; `format` is a Graphviz output format ("svg", "png", "pdf"), `dpi` the
// resolution of bitmaps (0: Graphviz's default). Throws Error with Graphviz's complaint when it cannot
// read the DOT, lay it out or render it.
std::string render_dot(std::string_view dot, const std::string& layout, const std::string& format, int dpi = 0);

}  // namespace stancegraph
