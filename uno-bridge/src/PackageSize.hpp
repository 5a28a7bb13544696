// How big a .docx or .odt is once unpacked, from its zip central directory alone: what eqplan
// checks before LibreOffice is asked to open a file that would unpack to gigabytes.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace eqplan::bridge
{
// The unpacked sizes a zip package declares.
struct PackageSize
{
    std::uint64_t total = 0;   // every member, unpacked
    std::uint64_t largest = 0; // the largest member, unpacked
    std::string largestName;   // its name in the package ("word/document.xml")
};

// The sizes `file` declares, or nothing when it is not a zip package (a .doc, .rtf, .fodt) or its
// central directory cannot be read (LibreOffice then says what is wrong). Never throws.
std::optional<PackageSize> packageSize(const std::filesystem::path& file);

// A size in words: "1.0 GB", "200 MB", "12 KB", "512 bytes".
std::string sizeInWords(std::uint64_t bytes);
} // namespace eqplan::bridge
