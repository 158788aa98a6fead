// The time during which a fact holds: from valid_from (inclusive) to valid_to (exclusive).
// An unknown valid_from means "since before anything we know"; no valid_to means "still holds".
#pragma once

#include "partial_date.hpp"

#include <optional>
#include <string>

namespace stancegraph {

struct Interval {
    std::optional<PartialDate> valid_from;
    std::optional<PartialDate> valid_to;

    // True when the fact holds on that day: valid_from's period has begun and valid_to's has not.
    bool holds_on(DayNumber day) const;
    // True when [valid_from, valid_to) and [other.valid_from, other.valid_to) share at least a day.
    bool overlaps(const Interval& other) const;
    // The first day the fact holds, or the smallest DayNumber when it is unknown.
    DayNumber start() const;
    // The first day it no longer holds, or the largest DayNumber when it is open.
    DayNumber end() const;

    bool operator==(const Interval& other) const = default;
};

std::string to_string(const std::optional<PartialDate>& date);  // "" when unknown

}  // namespace stancegraph
