// Drawing the line chart.
#include "svg_chart.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace stancegraph {

std::string xml_escape(const std::string& text) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default:
                if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n') out.push_back(c);
        }
    }
    return out;
}

namespace {

std::string number(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", v);
    return buffer;
}

// A tick step of 1, 2 or 5 times a power of ten giving about five ticks.
double tick_step(double max) {
    if (max <= 5) return 1;
    const double raw = max / 5;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (raw <= m * power) return m * power;
    return 10 * power;
}

}  // namespace

void write_line_chart(std::ostream& out, const std::string& title, const std::string& y_label,
                      const std::vector<ChartPoint>& points) {
    const double width = 900, height = 440, left = 70, right = 30, top = 50, bottom = 80;
    const double plot_w = width - left - right, plot_h = height - top - bottom;
    double max = 0;
    for (const auto& p : points) max = std::max(max, p.value);
    const double step = tick_step(max);
    const double y_max = std::max(step, std::ceil(max / step) * step);
    auto x_of = [&](std::size_t i) { return points.size() <= 1 ? left + plot_w / 2 : left + plot_w * double(i) / double(points.size() - 1); };
    auto y_of = [&](double v) { return top + plot_h - plot_h * v / y_max; };

    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << width << "\" height=\"" << height << "\" viewBox=\"0 0 "
        << width << ' ' << height << "\" font-family=\"Noto Sans, DejaVu Sans, sans-serif\" font-size=\"12\">\n";
    out << "  <rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
    out << "  <text x=\"" << width / 2 << "\" y=\"28\" text-anchor=\"middle\" font-size=\"17\">" << xml_escape(title) << "</text>\n";
    // Axes and grid.
    out << "  <g id=\"y-axis\" stroke=\"#999\">\n";
    for (double v = 0; v <= y_max + 1e-9; v += step) {
        out << "    <line x1=\"" << left << "\" x2=\"" << left + plot_w << "\" y1=\"" << number(y_of(v)) << "\" y2=\"" << number(y_of(v))
            << "\" stroke=\"#e5e5e5\"/>\n";
        out << "    <text x=\"" << left - 8 << "\" y=\"" << number(y_of(v) + 4) << "\" text-anchor=\"end\" stroke=\"none\" fill=\"#333\">"
            << number(v).substr(0, number(v).find('.')) << "</text>\n";
    }
    out << "    <line x1=\"" << left << "\" x2=\"" << left << "\" y1=\"" << top << "\" y2=\"" << top + plot_h << "\"/>\n";
    out << "    <text transform=\"translate(18," << top + plot_h / 2 << ") rotate(-90)\" text-anchor=\"middle\" stroke=\"none\" fill=\"#333\">"
        << xml_escape(y_label) << "</text>\n  </g>\n";
    out << "  <g id=\"x-axis\" stroke=\"#999\">\n";
    out << "    <line x1=\"" << left << "\" x2=\"" << left + plot_w << "\" y1=\"" << top + plot_h << "\" y2=\"" << top + plot_h << "\"/>\n";
    const std::size_t every = std::max<std::size_t>(1, (points.size() + 19) / 20);  // at most about 20 labels
    for (std::size_t i = 0; i < points.size(); i += every)
        out << "    <text x=\"" << number(x_of(i)) << "\" y=\"" << top + plot_h + 16 << "\" text-anchor=\"end\" stroke=\"none\" fill=\"#333\" "
            << "transform=\"rotate(-40 " << number(x_of(i)) << ' ' << top + plot_h + 16 << ")\">" << xml_escape(points[i].label)
            << "</text>\n";
    out << "  </g>\n";
    // The line and its points.
    out << "  <polyline id=\"line\" fill=\"none\" stroke=\"#2166ac\" stroke-width=\"2\" points=\"";
    for (std::size_t i = 0; i < points.size(); ++i) out << (i ? " " : "") << number(x_of(i)) << ',' << number(y_of(points[i].value));
    out << "\"/>\n  <g id=\"points\" fill=\"#2166ac\">\n";
    for (std::size_t i = 0; i < points.size(); ++i)
        out << "    <circle cx=\"" << number(x_of(i)) << "\" cy=\"" << number(y_of(points[i].value)) << "\" r=\"3.5\" data-label=\""
            << xml_escape(points[i].label) << "\" data-value=\"" << points[i].value << "\"><title>" << xml_escape(points[i].label) << ": "
            << points[i].value << "</title></circle>\n";
    out << "  </g>\n</svg>\n";
}

}  // namespace stancegraph
