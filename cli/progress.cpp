// Drawing progress with carriage returns.
#include "progress.hpp"

#include "message_budget.hpp"

#include <cstdio>
#include <iostream>

#include <unistd.h>

namespace stancegraph {

namespace {

std::string mebibytes(std::uint64_t bytes) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f MiB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    return text;
}

std::string amount(std::uint64_t n, ProgressUnit unit) { return unit == ProgressUnit::bytes ? mebibytes(n) : std::to_string(n); }

std::string duration(double seconds) {
    const auto s = static_cast<long>(seconds + 0.5);
    if (s < 60) return std::to_string(s) + " s";
    if (s < 3600) return std::to_string(s / 60) + " min " + std::to_string(s % 60) + " s";
    return std::to_string(s / 3600) + " h " + std::to_string(s % 3600 / 60) + " min";
}

}  // namespace

Progress::Progress(std::string what, std::uint64_t total, ProgressUnit unit)
    : what_(std::move(what)),
      total_(total),
      unit_(unit),
      shown_(wanted()),
      start_(Clock::now()),
      last_draw_(start_) {}

Progress::~Progress() { finish(); }

bool Progress::wanted() { return ::isatty(STDERR_FILENO) == 1 && message_budget().verbosity() != Verbosity::quiet; }

std::string Progress::describe(std::uint64_t done, std::uint64_t total, double seconds, ProgressUnit unit) {
    if (total > 0 && done > total) done = total;  // a file read twice (--strict) counts once
    const std::string rows = unit == ProgressUnit::rows ? " rows" : "";
    std::string text = amount(done, unit);
    if (total > 0) text += " of " + amount(total, unit) + rows + " (" + std::to_string(done * 100 / total) + "%)";
    else text += rows;
    if (seconds > 0.0 && done > 0) {
        const double rate = static_cast<double>(done) / seconds;
        text += ", " + amount(static_cast<std::uint64_t>(rate), unit) + (unit == ProgressUnit::rows ? " rows" : "") + "/s";
        if (total > done) text += ", " + duration(static_cast<double>(total - done) / rate) + " left";
    }
    return text;
}

void Progress::add(std::uint64_t bytes) {
    done_ += bytes;
    draw(false);
}

void Progress::draw(bool force) {
    if (!shown_) return;
    const auto now = Clock::now();
    // At most four times a second: a terminal redrawn faster only flickers.
    if (!force && drawn_ && now - last_draw_ < std::chrono::milliseconds(250)) return;
    last_draw_ = now;
    drawn_ = true;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    std::cerr << "\r\033[K" << what_ << ": " << describe(done_, total_, seconds, unit_)
              << (files_ > 1 ? ", file " + std::to_string(files_) : std::string()) << std::flush;
}

void Progress::finish() {
    if (!drawn_) return;
    std::cerr << "\r\033[K" << std::flush;
    drawn_ = false;
}

CountingStreamBuf::int_type CountingStreamBuf::underflow() {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    const std::streamsize n = inner_.sgetn(buffer_, sizeof buffer_);
    if (n <= 0) return traits_type::eof();
    setg(buffer_, buffer_, buffer_ + n);
    bytes_ += static_cast<std::uint64_t>(n);
    progress_.add(static_cast<std::uint64_t>(n));
    return traits_type::to_int_type(*gptr());
}

CountingStreamBuf::pos_type CountingStreamBuf::seekoff(off_type offset, std::ios_base::seekdir direction,
                                                     std::ios_base::openmode which) {
    // The inner buffer is ahead by what was read into ours and not yet taken.
    if (direction == std::ios_base::cur) offset -= egptr() - gptr();
    setg(buffer_, buffer_, buffer_);
    return inner_.pubseekoff(offset, direction, which);
}

CountingStreamBuf::pos_type CountingStreamBuf::seekpos(pos_type position, std::ios_base::openmode which) {
    setg(buffer_, buffer_, buffer_);
    return inner_.pubseekpos(position, which);
}

}  // namespace stancegraph
