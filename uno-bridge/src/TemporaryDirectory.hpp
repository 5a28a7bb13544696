// A private folder under the system's temporary directory, removed with everything in it.
#pragma once

#include "eqplan/bridge/Error.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>

namespace eqplan::bridge
{
class TemporaryDirectory
{
public:
    TemporaryDirectory()
    {
        std::string pattern = (std::filesystem::temp_directory_path() / "eqplan-XXXXXX").string();
        // An error of the disk: in English only, as the CLI says it (TMPDIR).
        if (!::mkdtemp(pattern.data()))
            throw Error(Error::Kind::NotWritable,
                        "Cannot create a temporary folder in " +
                            std::filesystem::temp_directory_path().string() + ": " +
                            std::strerror(errno) +
                            ". Free some space there, or set TMPDIR to a "
                            "folder with room.");
        m_path = pattern;
    }
    ~TemporaryDirectory()
    {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    TemporaryDirectory(const TemporaryDirectory&) = delete;
    TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;

    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};
} // namespace eqplan::bridge
