// A bounded queue of row batches between a reading thread and the writing caller.
#include "background_rows.hpp"

#include <array>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace stancegraph {

namespace {

// Rows whose text lives in one buffer: views are kept as offsets, since the buffer grows.
class RowBatch {
public:
    static constexpr std::size_t kRows = 2048;

    void add(const FactRow& row) {
        Stored stored{row, {}};
        const std::string_view texts[kTexts] = {row.source, row.target, row.valid_from, row.valid_to, row.until, row.evidence_text, row.evidence_url};
        for (std::size_t i = 0; i < kTexts; ++i) {
            stored.spans[i] = {bytes_.size(), texts[i].size()};
            bytes_.append(texts[i]);
        }
        rows_.push_back(stored);
    }
    bool full() const { return rows_.size() >= kRows; }
    bool empty() const { return rows_.empty(); }

    void each(const std::function<void(const FactRow&)>& visit) const {
        for (const Stored& stored : rows_) {
            FactRow row = stored.row;
            std::string_view* texts[kTexts] = {&row.source, &row.target, &row.valid_from, &row.valid_to, &row.until, &row.evidence_text, &row.evidence_url};
            for (std::size_t i = 0; i < kTexts; ++i) *texts[i] = std::string_view(bytes_).substr(stored.spans[i].first, stored.spans[i].second);
            visit(row);
        }
    }

private:
    static constexpr std::size_t kTexts = 7;
    struct Stored {
        FactRow row;  // its views are stale; spans say where the text is
        std::array<std::pair<std::size_t, std::size_t>, kTexts> spans;
    };
    std::vector<Stored> rows_;
    std::string bytes_;
};

class BatchQueue {
public:
    static constexpr std::size_t kDepth = 4;  // batches in flight: enough to smooth, little memory

    // Producer side. Returns false when the consumer gave up.
    bool push(RowBatch batch) {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return batches_.size() < kDepth || cancelled_; });
        if (cancelled_) return false;
        batches_.push_back(std::move(batch));
        changed_.notify_all();
        return true;
    }
    void finish(std::exception_ptr error) {
        std::lock_guard lock(mutex_);
        finished_ = true;
        error_ = error;
        changed_.notify_all();
    }
    // Consumer side. False when no batch will come; rethrows the producer's exception.
    bool pop(RowBatch& batch) {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return !batches_.empty() || finished_; });
        if (batches_.empty()) {
            if (error_) std::rethrow_exception(error_);
            return false;
        }
        batch = std::move(batches_.front());
        batches_.pop_front();
        changed_.notify_all();
        return true;
    }
    void cancel() {
        std::lock_guard lock(mutex_);
        cancelled_ = true;
        changed_.notify_all();
    }

private:
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<RowBatch> batches_;
    bool finished_ = false;
    bool cancelled_ = false;
    std::exception_ptr error_;
};

struct Cancelled {};  // unwinds the reader when the writer gave up

}  // namespace

void each_fact_in_background(const FactRowSource& rows, const std::function<void(const FactRow&)>& visit) {
    BatchQueue queue;
    std::thread reader([&] {
        std::exception_ptr error;
        try {
            RowBatch batch;
            rows.each_fact(
                [&](const FactRow& row) {
                    batch.add(row);
                    if (!batch.full()) return;
                    if (!queue.push(std::move(batch))) throw Cancelled{};
                    batch = RowBatch();
                },
                RowDetail::brief);
            if (!batch.empty()) queue.push(std::move(batch));
        } catch (const Cancelled&) {
        } catch (...) {
            error = std::current_exception();
        }
        queue.finish(error);
    });
    try {
        RowBatch batch;
        while (queue.pop(batch)) batch.each(visit);
    } catch (...) {
        queue.cancel();
        reader.join();
        throw;
    }
    reader.join();
}

}  // namespace stancegraph
