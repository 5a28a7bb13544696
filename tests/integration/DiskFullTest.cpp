// A full temporary folder is said in words: which folder, how much is free and needed. Issue 18,
// item 9: with TMPDIR full, eqplan said the plan "may be damaged" or to install LibreOffice.
#include "WriteHelpers.hpp"

#include <gtest/gtest.h>

#include <cstring>
#include <regex>
#include <sys/mount.h>

namespace
{
using namespace eqplan::test;

TEST(DiskFull, FullTemporaryFolderIsNamedNotBlamedOnThePlan)
{
    const fs::path file = copyOf("seed-action-plan-2018-2021.docx");
    const fs::path tmp = makeTempFolder("eqplan-full-tmp-");
    // 256 KB: less than a private LibreOffice's profile needs.
    if (::mount("tmpfs", tmp.c_str(), "tmpfs", 0, "size=256k") != 0)
    {
        const std::string why = std::strerror(errno);
        fs::remove_all(tmp);
        fs::remove_all(file.parent_path());
        GTEST_SKIP() << "cannot mount a small tmpfs here (" << why
                     << "): a full temporary folder needs root and a mount";
    }
    const std::string before = readFile(file);
    CliOptions options;
    // The run's own TMPDIR (CliRun sets one) is replaced by the full one.
    options.wrapper = {"env", "TMPDIR=" + tmp.string()};
    const CliRun result = runCli({"update", file.string(), "--objective", "1", "--date",
                                  "2026-11", "--item", "No room"},
                                 options);
    EXPECT_EQ(result.exitCode, 3);
    // Where it fails depends on how far the office got (opening, or writing the plan), and what
    // is free on how much it wrote first.
    const std::regex said("eqplan update: LibreOffice could not (open|write) "
                          "seed-action-plan-2018-2021\\.docx: the temporary folder " +
                          tmp.string() +
                          " is full \\([0-9]+ (bytes|KB) free; LibreOffice needs about "
                          "(2 MB|100 KB) there\\)\\. Free some space there, or set TMPDIR to a "
                          "folder with room; it was not changed\\.\n");
    EXPECT_TRUE(std::regex_match(result.err, said)) << result.err;
    EXPECT_TRUE(readFile(file) == before);
    EXPECT_TRUE(fs::is_empty(tmp)) << "left in the full temporary folder";
    EXPECT_TRUE(fs::is_empty(file.parent_path()) || fs::directory_iterator(file.parent_path())
                                                            ->path()
                                                            .filename() == file.filename());
    ::umount(tmp.c_str());
    fs::remove_all(tmp);
    fs::remove_all(file.parent_path());
}
} // namespace
