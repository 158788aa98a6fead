// Counting messages per input.
#include "message_budget.hpp"

#include "core/error.hpp"

#include <iostream>

namespace stancegraph {

void MessageBudget::begin_file(std::string name) {
    end_file();
    file_ = std::move(name);
    printed_ = held_back_ = 0;
}

void MessageBudget::print_message(const char* prefix, const std::string& message, bool error) {
    if (!error && verbosity_ == Verbosity::quiet) return;
    const bool located = !file_.empty() && message.size() > file_.size() + 1 && message.compare(0, file_.size(), file_) == 0 &&
                         message[file_.size()] == ':' && message[file_.size() + 1] >= '1' && message[file_.size() + 1] <= '9';
    if (located && verbosity_ != Verbosity::verbose && printed_ >= kPerFile) {
        ++held_back_;
        return;
    }
    if (located) ++printed_;
    if (clear_line_) clear_line_();
    std::cerr << prefix << printable(message) << '\n';
}

void MessageBudget::print(const std::string& line, bool error) {
    if (!error && verbosity_ == Verbosity::quiet) return;
    if (clear_line_) clear_line_();
    std::cerr << line << '\n';
}

void MessageBudget::end_file() {
    if (held_back_ > 0 && clear_line_) clear_line_();
    if (held_back_ > 0)
        std::cerr << "stancegraph: " << printable(file_) << ": … and " << held_back_ << (held_back_ == 1 ? " more message" : " more messages")
                  << " (--verbose shows all)\n";
    file_.clear();
    printed_ = held_back_ = 0;
}

MessageBudget& message_budget() {
    static MessageBudget budget;
    return budget;
}

}  // namespace stancegraph
