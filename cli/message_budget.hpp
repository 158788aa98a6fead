// Messages about one input on standard error, at most ten of them, then one line with how many more
// were held back: a file with a million bad rows must not bury the summary. --quiet keeps only
// errors, --verbose lifts the limit.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

namespace stancegraph {

enum class Verbosity { quiet, normal, verbose };

class MessageBudget {
public:
    static constexpr std::size_t kPerFile = 10;

    void set_verbosity(Verbosity verbosity) { verbosity_ = verbosity; }
    Verbosity verbosity() const { return verbosity_; }

    // Called before a line is printed: a progress line drawn in place is erased first.
    void set_line_clearer(std::function<void()> clear) { clear_line_ = std::move(clear); }

    // Messages from here on are about this input.
    void begin_file(std::string name);
    // Prints the line (an error, or a warning unless quiet). A message that points into the current
    // input ("FILE:LINE:COLUMN: …") counts toward its ten and beyond them is held back; one about the
    // input as a whole (a summary, "empty file") is always printed.
    void print(const std::string& line, bool error);
    // The same for a message of a sink: "stancegraph: error: " or "stancegraph: warning: " + message.
    void print_message(const char* prefix, const std::string& message, bool error);
    // "stancegraph: NAME: … and N more messages" when some were held back.
    void end_file();

private:
    Verbosity verbosity_ = Verbosity::normal;
    std::function<void()> clear_line_;
    std::string file_;
    std::size_t printed_ = 0, held_back_ = 0;
};

// The one budget of the process: the sinks print through it and read_inputs says which file it reads.
MessageBudget& message_budget();

}  // namespace stancegraph
