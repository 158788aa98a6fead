// Parsing event windows and stepping back from a day by one.
#include "time_window.hpp"

#include <algorithm>
#include <cctype>

namespace stancegraph {

std::optional<TimeWindow> TimeWindow::parse(std::string_view text) {
    TimeWindow window;
    bool any = false;
    char last_unit = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        long value = 0;
        const std::size_t digits_start = i;
        while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) {
            value = value * 10 + (text[i] - '0');
            if (value > 100000) return std::nullopt;
            ++i;
        }
        if (i == digits_start || i == text.size()) return std::nullopt;
        const char unit = static_cast<char>(std::tolower(static_cast<unsigned char>(text[i++])));
        // Units in falling order, each once: "1y6m" but not "6m1y" or "1y1y".
        const std::string_view order = "ymd";
        const auto rank = order.find(unit);
        if (rank == std::string_view::npos || (last_unit && rank <= order.find(last_unit))) return std::nullopt;
        last_unit = unit;
        if (unit == 'y') window.years = static_cast<int>(value);
        if (unit == 'm') window.months = static_cast<int>(value);
        if (unit == 'd') window.days = static_cast<int>(value);
        any = true;
    }
    if (!any) return std::nullopt;
    return window;
}

DayNumber TimeWindow::horizon(DayNumber day) const {
    if (years == 0 && months == 0) return day - days;
    const PartialDate date = PartialDate::from_day_number(day);
    int month_index = date.year() * 12 + (date.month() - 1) - years * 12 - months;
    const int year = month_index / 12;
    const int month = month_index % 12 + 1;
    if (year < 1) return days_from_civil(1, 1, 1);
    const int d = std::min(date.day(), days_in_month(year, month));
    return days_from_civil(year, month, d) - days;
}

std::string TimeWindow::to_string() const {
    std::string out;
    if (years) out += std::to_string(years) + "y";
    if (months) out += std::to_string(months) + "m";
    if (days || out.empty()) out += std::to_string(days) + "d";
    return out;
}

}  // namespace stancegraph
