// Fuzz target: PartialDate::parse, the date parser of every input format and option. A date it
// accepts must print back as the same text and cover the days it says it does.
#include "core/partial_date.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace stancegraph;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto date = PartialDate::parse(text);
    if (!date) return 0;
    fuzz::check(date->to_string() == text, "a parsed date prints as other text");
    fuzz::check(PartialDate::parse(date->to_string()) == date, "a printed date parses as another date");
    fuzz::check(date->first_day() < date->end_day(), "a date covers no day");
    fuzz::check(date->covers(date->first_day()) && !date->covers(date->end_day()), "a date covers the wrong days");
    const PartialDate first = PartialDate::from_day_number(date->first_day());
    fuzz::check(first.year() == date->year() && first.month() == (date->month() ? date->month() : 1),
                "a date's first day is in another month");
    fuzz::check(day_to_string(date->first_day()).starts_with(date->to_string()), "a date's first day prints as another date");
    return 0;
}
