// Half-open validity intervals over partial dates.
#include "interval.hpp"

#include <limits>

namespace stancegraph {

DayNumber Interval::start() const {
    if (valid_from) return valid_from->first_day();
    return known_from.value_or(std::numeric_limits<DayNumber>::min());
}

DayNumber Interval::period_end() const {
    if (valid_to) return valid_to->first_day();
    if (valid_from) return valid_from->end_day();
    if (known_from) return *known_from + 1;
    return std::numeric_limits<DayNumber>::min();
}

DayNumber Interval::end() const {
    return valid_to ? valid_to->first_day() : std::numeric_limits<DayNumber>::max();
}

bool Interval::holds_on(DayNumber day) const { return start() <= day && day < end(); }

bool Interval::overlaps(const Interval& other) const { return start() < other.end() && other.start() < end(); }

std::string to_string(const std::optional<PartialDate>& date) { return date ? date->to_string() : std::string(); }

}  // namespace stancegraph
