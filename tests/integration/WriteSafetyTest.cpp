// Writing a plan keeps what the file is, and what eqplan says is what is on disk. Issue 18,
// items 2 and 3: an update used to replace the file (new owner, mode kept but links broken, a
// symlink replaced by a copy), and a signal after the rename used to print "nothing was changed".
#include "WriteHelpers.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <csignal>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace
{
using namespace eqplan::test;

struct stat statOf(const fs::path& path)
{
    struct stat s
    {
    };
    EXPECT_EQ(::lstat(path.c_str(), &s), 0) << path;
    return s;
}

// Adds one point to objective 1 of `file` (through `through`, the path given to eqplan).
CliRun addPoint(const fs::path& through, std::vector<std::string> more = {})
{
    std::vector<std::string> arguments{"--objective", "1",      "--date",
                                       "2026-11",     "--item", "Kept as it was"};
    arguments.insert(arguments.end(), more.begin(), more.end());
    return run("update", through, arguments);
}

// The plan in `file` has the point addPoint adds.
void expectPointAdded(const fs::path& file)
{
    const json::value plan = inspectJson(file);
    const json::array* progress = at(plan, "/objectives/0/progress").if_array();
    ASSERT_TRUE(progress && !progress->empty());
    EXPECT_EQ(itemTexts(progress->back()), Texts{"Kept as it was"});
}

TEST(WriteSafety, InPlaceUpdateKeepsTheMode)
{
    const fs::path input = copyOf("seed-action-plan-2018-2021.docx");
    ASSERT_EQ(::chmod(input.c_str(), 0640), 0);
    const std::string before = readFile(input);
    const CliRun result = addPoint(input);
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_FALSE(readFile(input) == before);
    EXPECT_EQ(statOf(input).st_mode & 07777, 0640u);
    EXPECT_EQ(namesIn(input.parent_path()), Texts{input.filename().string()});
    fs::remove_all(input.parent_path());
}

TEST(WriteSafety, OutputOverAnExistingFileKeepsItsMode)
{
    const fs::path input = copyOf("seed-action-plan-2018-2021.odt");
    const fs::path output = input.parent_path() / "out.odt";
    fs::copy_file(input, output);
    ASSERT_EQ(::chmod(output.c_str(), 0600), 0);
    // --timings, listed as global, is taken by update too (issue 18, item 11): the whole run.
    const CliRun result = addPoint(input, {"-o", output.string(), "--timings"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(result.err.rfind("eqplan update: ", 0), 0u) << result.err;
    EXPECT_EQ(result.err.substr(result.err.size() - 4), " ms\n") << result.err;
    EXPECT_EQ(statOf(output).st_mode & 07777, 0600u);
    expectPointAdded(output);
    fs::remove_all(input.parent_path());
}

TEST(WriteSafety, OwnerAndGroupAreKeptWhenRunAsRoot)
{
    if (::geteuid() != 0)
        GTEST_SKIP() << "needs root, to give the plan to another user first (a colleague's plan "
                        "updated by root used to become root:root)";
    const fs::path input = copyOf("seed-action-plan-2018-2021.docx");
    // nobody:nogroup, as a school's shared plan owned by someone else.
    constexpr uid_t user = 65534;
    constexpr gid_t group = 65534;
    ASSERT_EQ(::chown(input.c_str(), user, group), 0);
    ASSERT_EQ(::chmod(input.c_str(), 0660), 0);
    const CliRun result = addPoint(input);
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const struct stat after = statOf(input);
    EXPECT_EQ(after.st_uid, user);
    EXPECT_EQ(after.st_gid, group);
    EXPECT_EQ(after.st_mode & 07777, 0660u);
    expectPointAdded(input);
    fs::remove_all(input.parent_path());
}

TEST(WriteSafety, ColleagueUpdatingASharedPlanKeepsItsOwner)
{
    if (::geteuid() != 0 || ::access("/usr/bin/setpriv", X_OK) != 0)
        GTEST_SKIP() << "needs root and setpriv, to run eqplan as a colleague (a shared plan "
                        "updated by a colleague used to become the colleague's, and its owner got "
                        "\"Permission denied\")";
    const fs::path input = copyOf("seed-action-plan-2018-2021.docx");
    const fs::path folder = input.parent_path();
    // The owner (daemon, uid 1) and the colleague (nobody) share the group "users" (100).
    constexpr gid_t staff = 100;
    ASSERT_EQ(::chown(folder.c_str(), 0, staff), 0);
    ASSERT_EQ(::chmod(folder.c_str(), 0775), 0);
    ASSERT_EQ(::chown(input.c_str(), 1, staff), 0);
    ASSERT_EQ(::chmod(input.c_str(), 0660), 0);
    const std::string before = readFile(input);
    CliOptions options;
    options.wrapper = {"setpriv", "--reuid=65534", "--regid=65534", "--groups=100"};
    const CliRun result = runCli({"update", input.string(), "--objective", "1", "--date",
                                  "2026-11", "--item", "Kept as it was", "--by", "A Colleague"},
                                 options);
    expectClean(result, "eqplan update as a colleague");
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const struct stat after = statOf(input);
    EXPECT_EQ(after.st_uid, 1u);
    EXPECT_EQ(after.st_gid, staff);
    EXPECT_EQ(after.st_mode & 07777, 0660u);
    EXPECT_FALSE(readFile(input) == before);
    EXPECT_EQ(namesIn(folder), Texts{input.filename().string()});
    expectPointAdded(input);
    fs::remove_all(folder);
}

TEST(WriteSafety, SymlinkStaysALinkAndItsTargetIsUpdated)
{
    const fs::path input = copyOf("seed-action-plan-2018-2021.docx");
    const fs::path folder = input.parent_path();
    fs::create_directory(folder / "shared");
    const fs::path target = folder / "shared" / "plan-2026.docx";
    fs::rename(input, target);
    const fs::path link = folder / "plan.docx";
    fs::create_symlink("shared/plan-2026.docx", link);
    ASSERT_EQ(::chmod(target.c_str(), 0664), 0);

    const CliRun result = addPoint(link);
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_TRUE(fs::is_symlink(link));
    EXPECT_EQ(fs::read_symlink(link), fs::path("shared/plan-2026.docx"));
    EXPECT_EQ(statOf(target).st_mode & 07777, 0664u);
    EXPECT_EQ(namesIn(folder), (Texts{"plan.docx", "shared"}));
    EXPECT_EQ(namesIn(folder / "shared"), Texts{"plan-2026.docx"});
    expectPointAdded(target);
    fs::remove_all(folder);
}

TEST(WriteSafety, HardLinksStayOneFile)
{
    const fs::path input = copyOf("seed-action-plan-2018-2021.odt");
    const fs::path other = input.parent_path() / "also-the-plan.odt";
    fs::create_hard_link(input, other);
    const ino_t inode = statOf(input).st_ino;
    const std::string before = readFile(input);

    const CliRun result = addPoint(input);
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(statOf(input).st_ino, inode);
    EXPECT_EQ(statOf(other).st_ino, inode);
    EXPECT_EQ(statOf(input).st_nlink, 2u);
    EXPECT_FALSE(readFile(input) == before);
    EXPECT_TRUE(readFile(other) == readFile(input));
    EXPECT_EQ(namesIn(input.parent_path()),
              (Texts{"also-the-plan.odt", input.filename().string()}));
    expectPointAdded(other);
    fs::remove_all(input.parent_path());
}

TEST(WriteSafety, InterruptAfterTheRenameReportsTheWriteAsDone)
{
    const fs::path input = copyOf("seed-action-plan-2018-2021.docx");
    const std::string before = readFile(input);
    CliOptions options;
    options.environment = {"EQPLAN_TEST_SIGNAL_AFTER_WRITE=" + std::to_string(SIGINT)};
    const CliRun result = runCli({"update", input.string(), "--objective", "1", "--date", "2026-11",
                                  "--item", "Kept as it was"},
                                 options);
    expectClean(result, "eqplan update interrupted after the rename");
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_EQ(result.err, "eqplan update: interrupted after writing " + input.string() +
                              " in full; LibreOffice was stopped.\n");
    EXPECT_NE(result.out.find("; wrote " + input.string() + "\n"), std::string::npos) << result.out;
    EXPECT_FALSE(readFile(input) == before);
    expectPointAdded(input);
    fs::remove_all(input.parent_path());
}

TEST(WriteSafety, InterruptAfterWritingIntoAHardLinkedFileReportsTheWriteAsDone)
{
    const fs::path input = copyOf("seed-action-plan-2018-2021.odt");
    const fs::path other = input.parent_path() / "also-the-plan.odt";
    fs::create_hard_link(input, other);
    CliOptions options;
    options.environment = {"EQPLAN_TEST_SIGNAL_AFTER_WRITE=" + std::to_string(SIGTERM)};
    const CliRun written = runCli({"update", input.string(), "--objective", "1", "--date",
                                   "2026-11", "--item", "Kept as it was"},
                                  options);
    expectClean(written, "eqplan update of a hard-linked plan interrupted after the write");
    EXPECT_EQ(written.exitCode, 0);
    EXPECT_EQ(written.err, "eqplan update: interrupted after writing " + input.string() +
                               " in full; LibreOffice was stopped.\n");
    EXPECT_EQ(statOf(input).st_ino, statOf(other).st_ino);
    EXPECT_EQ(namesIn(input.parent_path()),
              (Texts{"also-the-plan.odt", input.filename().string()}));
    expectPointAdded(other);
    fs::remove_all(input.parent_path());
}

TEST(WriteSafety, InterruptBeforeTheWriteSaysNothingWasChanged)
{
    const fs::path input = copyOf("seed-action-plan-2018-2021.docx");
    const std::string before = readFile(input);
    CliOptions options;
    options.environment = {"EQPLAN_TEST_SIGNAL_BEFORE_WRITE=" + std::to_string(SIGINT)};
    const CliRun result = runCli({"update", input.string(), "--objective", "1", "--date", "2026-11",
                                  "--item", "Not written"},
                                 options);
    expectClean(result, "eqplan update interrupted before the write");
    EXPECT_EQ(result.exitCode, 128 + SIGINT);
    EXPECT_EQ(result.err,
              "eqplan update: interrupted; LibreOffice was stopped and nothing was changed.\n");
    EXPECT_EQ(result.out, "");
    EXPECT_TRUE(readFile(input) == before);
    EXPECT_EQ(namesIn(input.parent_path()), Texts{input.filename().string()});
    fs::remove_all(input.parent_path());
}
} // namespace
