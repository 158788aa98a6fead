// Time expressions in a sentence, resolved against the publication date: explicit dates ("21
// February 2022", "21 شباط/فبراير", "24 февраля"), months ("last February", "فبراير الماضي"),
// years ("in 2014", "عام 2014", "в 2014 году"), weekdays ("on Thursday"), "yesterday", "this year".
#pragma once

#include "core/partial_date.hpp"
#include "lexicon.hpp"
#include "pattern.hpp"
#include "tokenizer.hpp"

#include <optional>
#include <vector>

namespace stancegraph {

struct TimeExpression {
    std::size_t first = 0;  // token range
    std::size_t last = 0;
    PartialDate date{1970};
    bool since = false;     // "since 2014": the stance began then and still holds
    bool relative_day = false;  // "today", "yesterday", "on Thursday": the day news happened
};

// Expressions in tokens [first, last). `forms` are the morphological forms of each token.
// Relative expressions need `published`; without it they are left out.
std::vector<TimeExpression> find_time_expressions(const std::vector<Token>& tokens,
                                                  const TextForms& forms,
                                                  std::size_t first, std::size_t last, const TimeLexicon& lexicon,
                                                  const std::optional<PartialDate>& published);

}  // namespace stancegraph
