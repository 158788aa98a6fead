// A line chart as SVG, drawn by stancegraph itself: a title, labelled axes with ticks, the line, and
// a marker per point carrying its label and value (data-label, data-value) so programs can read it.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace stancegraph {

struct ChartPoint {
    std::string label;  // the x value as text (a date)
    double value = 0;
};

void write_line_chart(std::ostream& out, const std::string& title, const std::string& y_label,
                      const std::vector<ChartPoint>& points);

std::string xml_escape(const std::string& text);

}  // namespace stancegraph
