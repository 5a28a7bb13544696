// Locks: a document eqplan changes is locked with LibreOffice's own ".~lock.NAME#", and an existing
// lock is named, told stale or live, and broken only when asked. Issue 18, item 4: two updates a
// moment apart, a stale lock, a colleague's lock and a long file name were all blamed on the
// document ("may be damaged", exit 3) or told in the sidebar's words.
#include "WriteHelpers.hpp"

#include <gtest/gtest.h>

#include <climits>
#include <fstream>
#include <future>
#include <sys/wait.h>
#include <unistd.h>

namespace
{
using namespace eqplan::test;

std::string thisHost()
{
    char name[HOST_NAME_MAX + 1] = {};
    ::gethostname(name, sizeof name - 1);
    return name;
}

fs::path lockOf(const fs::path& file)
{
    return file.parent_path() / (".~lock." + file.filename().string() + "#");
}

void writeLock(const fs::path& file, const std::string& entry)
{
    std::ofstream(lockOf(file), std::ios::binary) << entry;
}

// The number of a process that has just ended: no process has it now.
pid_t goneProcess()
{
    const pid_t child = ::fork();
    if (child == 0)
        ::_exit(0);
    ::waitpid(child, nullptr, 0);
    return child;
}

std::vector<std::string> addPointArguments(const std::string& item)
{
    return {"--objective", "1", "--date", "2026-11", "--item", item};
}

// The items of objective 1's latest progress entry.
Texts latestItems(const fs::path& file)
{
    const json::value plan = inspectJson(file);
    const json::array* progress = at(plan, "/objectives/0/progress").if_array();
    if (!progress || progress->empty())
        return {};
    return itemTexts(progress->back());
}

TEST(Locks, UpdateTakesTheLockAndRemovesIt)
{
    const fs::path file = copyOf("seed-action-plan-2018-2021.docx");
    const CliRun result = run("update", file, addPointArguments("Locked while written"));
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_FALSE(fs::exists(lockOf(file)));
    EXPECT_EQ(latestItems(file), Texts{"Locked while written"});
    fs::remove_all(file.parent_path());
}

TEST(Locks, StaleEqplanLockIsNamedAndBrokenOnlyWithBreakLock)
{
    const fs::path file = copyOf("seed-action-plan-2018-2021.docx");
    const std::string pid = std::to_string(goneProcess());
    const std::string entry =
        "eqplan (process " + pid + "),root," + thisHost() + ",06.12.2026 09:15,eqplan:process=" +
        pid + ";";
    writeLock(file, entry);
    const std::string before = readFile(file);
    const CliRun refused = run("update", file, addPointArguments("After a stale lock"));
    EXPECT_EQ(refused.exitCode, 7);
    EXPECT_EQ(refused.err,
              "eqplan update: seed-action-plan-2018-2021.docx has a lock file left by an "
              "eqplan run that is no longer running (process " +
                  pid +
                  ", since 06.12.2026 09:15); it was not changed. Run again with "
                  "--break-lock to remove it.\n");
    EXPECT_TRUE(readFile(file) == before);
    EXPECT_EQ(readFile(lockOf(file)), entry);

    const CliRun broken =
        run("update", file, {"--objective", "1", "--date", "2026-11", "--item",
                             "After a stale lock", "--break-lock"});
    ASSERT_EQ(broken.exitCode, 0) << broken.err;
    EXPECT_NE(broken.err.find("eqplan update: removed the lock file " + lockOf(file).string() +
                              " of eqplan (process " + pid +
                              ") (user root on this computer, "
                              "since 06.12.2026 09:15).\n"),
              std::string::npos)
        << broken.err;
    EXPECT_FALSE(fs::exists(lockOf(file)));
    EXPECT_EQ(latestItems(file), Texts{"After a stale lock"});
    fs::remove_all(file.parent_path());
}

TEST(Locks, LiveEqplanRunIsWaitedForThenNamed)
{
    const fs::path file = copyOf("seed-action-plan-2018-2021.odt");
    // This test's own process stands for a live eqplan run (its name starts with "eqplan").
    const std::string pid = std::to_string(::getpid());
    const std::string entry = "eqplan (process " + pid + "),root," + thisHost() +
                              ",06.12.2026 09:15,eqplan:process=" + pid + ";";
    writeLock(file, entry);
    const auto started = std::chrono::steady_clock::now();
    // --break-lock never breaks a live run's lock.
    const CliRun result = run("update", file,
                              {"--objective", "1", "--date", "2026-11", "--item", "Waited",
                               "--break-lock"});
    const auto waited = std::chrono::steady_clock::now() - started;
    EXPECT_EQ(result.exitCode, 7);
    EXPECT_EQ(result.err,
              "eqplan update: seed-action-plan-2018-2021.odt is in use by another eqplan "
              "run (process " +
                  pid +
                  ", since 06.12.2026 09:15); it was not changed. Try again when it "
                  "has finished.\n");
    EXPECT_GE(waited, std::chrono::seconds(10));
    EXPECT_EQ(readFile(lockOf(file)), entry);
    fs::remove_all(file.parent_path());
}

TEST(Locks, ConcurrentUpdatesNeverSayDamaged)
{
    const fs::path file = copyOf("seed-action-plan-2018-2021.docx");
    auto first = std::async(std::launch::async, [&]
                            { return runCli({"update", file.string(), "--objective", "1",
                                             "--date", "2026-11", "--item", "First run"}); });
    auto second = std::async(std::launch::async, [&]
                             { return runCli({"update", file.string(), "--objective", "1",
                                              "--date", "2026-11", "--item", "Second run"}); });
    const CliRun one = first.get();
    const CliRun two = second.get();
    Texts written;
    for (const CliRun* result : {&one, &two})
    {
        expectClean(*result, "a concurrent update");
        // The loser waits for the winner; only if that takes over ten seconds does it give up,
        // and then it says why.
        if (result->exitCode == 7)
        {
            EXPECT_NE(result->err.find("is in use by another eqplan run"), std::string::npos)
                << result->err;
        }
        else
        {
            EXPECT_EQ(result->exitCode, 0) << result->err;
            written.push_back(result == &one ? "First run" : "Second run");
        }
    }
    ASSERT_FALSE(written.empty());
    Texts items = latestItems(file);
    std::sort(items.begin(), items.end());
    EXPECT_EQ(items, written);
    EXPECT_FALSE(fs::exists(lockOf(file)));
    fs::remove_all(file.parent_path());
}

TEST(Locks, ColleaguesStaleLibreOfficeLockIsToldApart)
{
    const fs::path file = copyOf("seed-action-plan-2018-2021.docx");
    // No office runs with that profile on this computer: the lock was left behind.
    const std::string entry = "D Sydes,dsydes," + thisHost() +
                              ",01.12.2026 16:40,file:///home/dsydes/.config/libreoffice/4;";
    writeLock(file, entry);
    const CliRun refused = run("update", file, addPointArguments("Colleague gone"));
    EXPECT_EQ(refused.exitCode, 7);
    EXPECT_EQ(refused.err, "eqplan update: seed-action-plan-2018-2021.docx has a lock file left by "
                           "LibreOffice, which no longer has it open: D Sydes (user dsydes on "
                           "this computer, since 01.12.2026 16:40); it was not changed. Run again "
                           "with --break-lock to remove it.\n");
    EXPECT_EQ(readFile(lockOf(file)), entry);
    fs::remove_all(file.parent_path());
}

TEST(Locks, LockFromAnotherComputerNamesWhoAndWhere)
{
    const fs::path file = copyOf("seed-action-plan-2018-2021.docx");
    writeLock(file, "Mrs E\\, Walker,ewalker,staffroom-pc,02.12.2026 08:05,file:///C:/Users/"
                    "ewalker/AppData/Roaming/LibreOffice/4;");
    const CliRun refused = run("update", file, addPointArguments("Elsewhere"));
    EXPECT_EQ(refused.exitCode, 7);
    EXPECT_EQ(refused.err,
              "eqplan update: seed-action-plan-2018-2021.docx is locked by Mrs E, Walker "
              "(user ewalker on staffroom-pc, since 02.12.2026 08:05): it may be "
              "open there; it was not changed. Close it there, or if it is open "
              "nowhere, run again with --break-lock.\n");
    const CliRun broken = run("update", file,
                              {"--break-lock", "--objective", "1", "--date", "2026-11", "--item",
                               "Elsewhere"});
    ASSERT_EQ(broken.exitCode, 0) << broken.err;
    EXPECT_FALSE(fs::exists(lockOf(file)));
    fs::remove_all(file.parent_path());
}

TEST(Locks, ReadingIgnoresALock)
{
    const fs::path file = copyOf("seed-action-plan-2018-2021.docx");
    writeLock(file, "D Sydes,dsydes,staffroom-pc,01.12.2026 16:40,file:///x;");
    const CliRun result = runCli({"inspect", file.string()});
    expectClean(result, "inspect of a locked plan");
    EXPECT_EQ(result.exitCode, 0) << result.err;
    fs::remove_all(file.parent_path());
}

TEST(Locks, FileNamesOf248To255BytesAreUpdated)
{
    // From 248 bytes on, a lock file beside the plan (".~lock." and "#" make 8 more) cannot be
    // made, by eqplan or any office; eqplan's private folder beside it is named shorter.
    for (const std::size_t length : {248u, 255u})
    {
        const fs::path seed = copyOf("seed-action-plan-2018-2021.docx");
        const fs::path file = seed.parent_path() / (std::string(length - 5, 'p') + ".docx");
        fs::rename(seed, file);
        const CliRun result = run("update", file, addPointArguments("Long name"));
        ASSERT_EQ(result.exitCode, 0) << length << ": " << result.err;
        EXPECT_EQ(latestItems(file), Texts{"Long name"}) << length;
        std::vector<std::string> names;
        for (const fs::directory_entry& entry : fs::directory_iterator(file.parent_path()))
            names.push_back(entry.path().filename().string());
        EXPECT_EQ(names, Texts{file.filename().string()}) << length;
        fs::remove_all(file.parent_path());
    }
}
} // namespace
