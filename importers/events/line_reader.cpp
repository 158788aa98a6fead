// Buffered line reading over plain streams and zip members (libzip).
#include "line_reader.hpp"

#include <zip.h>

#include <cstring>

namespace stancegraph {

namespace {

class StreamSource : public ByteSource {
public:
    explicit StreamSource(InputSource& input) : input_(input) {}
    std::size_t read(char* buffer, std::size_t size) override {
        input_.stream.read(buffer, static_cast<std::streamsize>(size));
        if (input_.stream.bad()) throw InputError({input_.name, 0, 0}, "cannot read");
        return static_cast<std::size_t>(input_.stream.gcount());
    }

private:
    InputSource& input_;
};

std::string zip_message(zip_error_t* error) {
    const char* text = zip_error_strerror(error);
    return text ? text : "unknown zip error";
}

// The one data file of an archive. libzip reads from the file by its path, so that only the
// decompression buffer is in memory; standard input (already in memory) is read from a copy.
class ZipMemberSource : public ByteSource {
public:
    explicit ZipMemberSource(InputSource& input) : name_(input.name) {
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t* source = nullptr;
        if (!input.canonical_path.empty()) {
            source = zip_source_file_create(input.canonical_path.c_str(), 0, -1, &error);
        } else {
            bytes_ = input.read_all();
            source = zip_source_buffer_create(bytes_.data(), bytes_.size(), 0, &error);
        }
        if (source) {
            archive_ = zip_open_from_source(source, ZIP_RDONLY, &error);
            if (!archive_) zip_source_free(source);  // zip_open_from_source keeps it only on success
        }
        if (!archive_) {
            const std::string message = zip_message(&error);
            zip_error_fini(&error);
            throw InputError({name_, 0, 0}, "cannot open the zip archive: " + message);
        }
        zip_error_fini(&error);
        const zip_int64_t entries = zip_get_num_entries(archive_, 0);
        std::vector<zip_uint64_t> files;
        for (zip_int64_t i = 0; i < entries; ++i) {
            const char* entry = zip_get_name(archive_, static_cast<zip_uint64_t>(i), 0);
            if (entry && *entry && entry[std::strlen(entry) - 1] != '/') files.push_back(static_cast<zip_uint64_t>(i));
        }
        if (files.size() != 1) {
            zip_discard(archive_);
            throw InputError({name_, 0, 0}, "the zip archive holds " + std::to_string(files.size()) +
                                                " files; event data comes one file per archive");
        }
        member_ = zip_fopen_index(archive_, files.front(), 0);
        if (!member_) {
            const std::string message = zip_message(zip_get_error(archive_));
            zip_discard(archive_);
            throw InputError({name_, 0, 0}, "cannot read the zip archive: " + message);
        }
    }
    ~ZipMemberSource() override {
        zip_fclose(member_);
        zip_discard(archive_);  // read-only: nothing to write back
    }
    ZipMemberSource(const ZipMemberSource&) = delete;
    ZipMemberSource& operator=(const ZipMemberSource&) = delete;

    std::size_t read(char* buffer, std::size_t size) override {
        const zip_int64_t got = zip_fread(member_, buffer, size);
        if (got < 0) throw InputError({name_, 0, 0}, "cannot read the zip archive: " + zip_message(zip_file_get_error(member_)));
        return static_cast<std::size_t>(got);
    }

private:
    std::string name_;
    std::string bytes_;
    zip_t* archive_ = nullptr;
    zip_file_t* member_ = nullptr;
};

constexpr std::size_t kBufferSize = 1 << 20;

}  // namespace

bool is_zip(InputSource& input) {
    char magic[4] = {};
    const auto position = input.stream.tellg();
    input.stream.read(magic, 4);
    const bool zip = input.stream.gcount() == 4 && std::memcmp(magic, "PK\x03\x04", 4) == 0;
    input.stream.clear();
    input.stream.seekg(position);
    return zip;
}

std::unique_ptr<ByteSource> open_bytes(InputSource& input) {
    if (is_zip(input)) return std::make_unique<ZipMemberSource>(input);
    return std::make_unique<StreamSource>(input);
}

LineReader::LineReader(std::unique_ptr<ByteSource> source) : source_(std::move(source)), buffer_(kBufferSize) {}

bool LineReader::fill() {
    if (at_end_) return false;
    if (begin_ > 0) {
        std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
        end_ -= begin_;
        begin_ = 0;
    }
    // A line longer than the buffer: grow it rather than cut the line.
    if (end_ == buffer_.size()) buffer_.resize(buffer_.size() * 2);
    const std::size_t got = source_->read(buffer_.data() + end_, buffer_.size() - end_);
    if (got == 0) at_end_ = true;
    end_ += got;
    return got > 0;
}

bool LineReader::next(std::string_view& line) {
    std::size_t searched = begin_;
    while (true) {
        const void* found = std::memchr(buffer_.data() + searched, '\n', end_ - searched);
        if (found) {
            const std::size_t newline = static_cast<std::size_t>(static_cast<const char*>(found) - buffer_.data());
            std::size_t stop = newline;
            if (stop > begin_ && buffer_[stop - 1] == '\r') --stop;
            line = std::string_view(buffer_.data() + begin_, stop - begin_);
            begin_ = newline + 1;
            break;
        }
        const std::size_t unread = end_ - begin_;
        if (!fill()) {
            if (end_ == begin_) return false;
            // The last line has no line end.
            std::size_t stop = end_;
            if (buffer_[stop - 1] == '\r') --stop;
            line = std::string_view(buffer_.data() + begin_, stop - begin_);
            begin_ = end_;
            break;
        }
        searched = begin_ + unread;
    }
    ++line_number_;
    if (line_number_ == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
    return true;
}

}  // namespace stancegraph
