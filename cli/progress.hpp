// Progress of a long import, extraction, export or rendering on standard error — bytes read or rows
// written of the total, rate, time left — redrawn in place at most four times a second, and only when standard error is a terminal
// (and not --quiet): a log file or a pipe gets no progress lines at all.
#pragma once

#include <chrono>
#include <cstdint>
#include <streambuf>
#include <string>

namespace stancegraph {

enum class ProgressUnit { bytes, rows };

class Progress {
public:
    using Clock = std::chrono::steady_clock;

    // `what` ("reading"), the total to go (0: unknown) in bytes or rows.
    Progress(std::string what, std::uint64_t total, ProgressUnit unit = ProgressUnit::bytes);
    ~Progress();
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    // Whether progress would be drawn: standard error is a terminal and not --quiet. Callers skip
    // counting a total (a COUNT(*) over a large store) when not.
    static bool wanted();

    bool shown() const { return shown_; }
    void add(std::uint64_t bytes);
    void next_file() { ++files_; }
    // Erases the line, so that the messages after it start on a clean line.
    void finish();

    // "12.3 MiB of 45.6 MiB (27%), 8.1 MiB/s, 4 s left" or "1200 of 5000 rows (24%), 600 rows/s, 6 s
    // left": the text for these numbers.
    static std::string describe(std::uint64_t done, std::uint64_t total, double seconds, ProgressUnit unit = ProgressUnit::bytes);

private:
    void draw(bool force);

    std::string what_;
    std::uint64_t total_, done_ = 0;
    ProgressUnit unit_;
    std::size_t files_ = 0;
    bool shown_, drawn_ = false;
    Clock::time_point start_, last_draw_;
};

// A stream buffer that reads through another and tells the progress how many bytes went by.
class CountingStreamBuf : public std::streambuf {
public:
    CountingStreamBuf(std::streambuf& inner, Progress& progress) : inner_(inner), progress_(progress) {}
    std::uint64_t bytes() const { return bytes_; }

protected:
    int_type underflow() override;
    // Importers peek and rewind (a zip's magic, --strict's second pass): seeks go to the inner buffer.
    pos_type seekoff(off_type offset, std::ios_base::seekdir direction, std::ios_base::openmode which) override;
    pos_type seekpos(pos_type position, std::ios_base::openmode which) override;

private:
    std::streambuf& inner_;
    Progress& progress_;
    std::uint64_t bytes_ = 0;
    char buffer_[1 << 16];
};

}  // namespace stancegraph
