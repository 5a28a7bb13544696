#include "PackageSize.hpp"

#include <cstdio>
#include <fstream>
#include <vector>

namespace eqplan::bridge
{
namespace
{
std::uint64_t little(const unsigned char* p, int bytes)
{
    std::uint64_t value = 0;
    for (int i = bytes - 1; i >= 0; --i)
        value = (value << 8) | p[i];
    return value;
}

bool readAt(std::ifstream& in, std::uint64_t offset, std::vector<unsigned char>& into)
{
    in.clear();
    in.seekg(static_cast<std::streamoff>(offset));
    in.read(reinterpret_cast<char*>(into.data()), static_cast<std::streamsize>(into.size()));
    return static_cast<std::size_t>(in.gcount()) == into.size();
}
} // namespace

std::optional<PackageSize> packageSize(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::error_code ec;
    const std::uint64_t length = std::filesystem::file_size(file, ec);
    if (!in || ec || length < 22)
        return std::nullopt;
    // The end of central directory record: in the last 22 bytes plus a comment of up to 64 KB.
    const std::uint64_t tail = std::min<std::uint64_t>(length, 22 + 65535);
    std::vector<unsigned char> end(static_cast<std::size_t>(tail));
    if (!readAt(in, length - tail, end))
        return std::nullopt;
    std::size_t at = end.size() - 22 + 1;
    do
        --at;
    while (at > 0 && little(&end[at], 4) != 0x06054b50);
    if (little(&end[at], 4) != 0x06054b50)
        return std::nullopt;
    std::uint64_t count = little(&end[at + 10], 2);
    std::uint64_t size = little(&end[at + 12], 4);
    std::uint64_t offset = little(&end[at + 16], 4);
    // Zip64: the real numbers are in the zip64 end record the locator before it points to.
    if ((count == 0xFFFF || size == 0xFFFFFFFF || offset == 0xFFFFFFFF) && at >= 20 &&
        little(&end[at - 20], 4) == 0x07064b50)
    {
        std::vector<unsigned char> record(56);
        if (!readAt(in, little(&end[at - 20 + 8], 8), record) ||
            little(record.data(), 4) != 0x06064b50)
            return std::nullopt;
        count = little(&record[32], 8);
        size = little(&record[40], 8);
        offset = little(&record[48], 8);
    }
    if (offset + size > length || size > (std::uint64_t{1} << 30))
        return std::nullopt;
    std::vector<unsigned char> directory(static_cast<std::size_t>(size));
    if (!readAt(in, offset, directory))
        return std::nullopt;
    PackageSize result;
    std::size_t p = 0;
    for (std::uint64_t i = 0; i < count; ++i)
    {
        if (p + 46 > directory.size() || little(&directory[p], 4) != 0x02014b50)
            return std::nullopt;
        std::uint64_t unpacked = little(&directory[p + 24], 4);
        const std::size_t nameLength = little(&directory[p + 28], 2);
        const std::size_t extraLength = little(&directory[p + 30], 2);
        const std::size_t commentLength = little(&directory[p + 32], 2);
        if (p + 46 + nameLength + extraLength + commentLength > directory.size())
            return std::nullopt;
        if (unpacked == 0xFFFFFFFF)
        {
            // The zip64 extra field's first number is the unpacked size.
            for (std::size_t e = p + 46 + nameLength; e + 4 <= p + 46 + nameLength + extraLength;)
            {
                const std::size_t fieldLength = little(&directory[e + 2], 2);
                if (little(&directory[e], 2) == 0x0001 && fieldLength >= 8 &&
                    e + 12 <= directory.size())
                {
                    unpacked = little(&directory[e + 4], 8);
                    break;
                }
                e += 4 + fieldLength;
            }
        }
        result.total += unpacked;
        if (unpacked >= result.largest)
        {
            result.largest = unpacked;
            result.largestName.assign(reinterpret_cast<const char*>(&directory[p + 46]),
                                      nameLength);
        }
        p += 46 + nameLength + extraLength + commentLength;
    }
    return result;
}

std::string sizeInWords(std::uint64_t bytes)
{
    char text[32];
    if (bytes >= 1000ULL * 1000 * 1000)
        std::snprintf(text, sizeof text, "%.1f GB", static_cast<double>(bytes) / 1e9);
    else if (bytes >= 1000ULL * 1000)
        std::snprintf(text, sizeof text, "%.0f MB", static_cast<double>(bytes) / 1e6);
    else if (bytes >= 1000)
        std::snprintf(text, sizeof text, "%.0f KB", static_cast<double>(bytes) / 1e3);
    else
        std::snprintf(text, sizeof text, "%llu bytes", static_cast<unsigned long long>(bytes));
    return text;
}
} // namespace eqplan::bridge
