// Half-open validity intervals over partial dates.
#include "interval.hpp"

#include <limits>

namespace stancegraph {

DayNumber Interval::start() const {
    return valid_from ? valid_from->first_day() : std::numeric_limits<DayNumber>::min();
}

DayNumber Interval::end() const {
    return valid_to ? valid_to->first_day() : std::numeric_limits<DayNumber>::max();
}

bool Interval::holds_on(DayNumber day) const { return start() <= day && day < end(); }

bool Interval::overlaps(const Interval& other) const { return start() < other.end() && other.start() < end(); }

std::string to_string(const std::optional<PartialDate>& date) { return date ? date->to_string() : std::string(); }

}  // namespace stancegraph
