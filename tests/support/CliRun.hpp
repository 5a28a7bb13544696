// Running the eqplan CLI as a child process, and what it left behind; the folders and files a test
// of a run looks at. Compiled once in eqplan_test_cli (tests/support/CMakeLists.txt), which runs
// the eqplan built beside it.
#pragma once

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace eqplan::test
{
// One run of the CLI.
struct CliRun
{
    bool exited = false;     // it ended by itself (not by a signal, not by the time limit)
    int exitCode = -1;       // its exit code, when it exited
    int signal = 0;          // the signal that ended it, if one did
    bool timedOut = false;   // it was still running at the time limit and was stopped
    std::string out;         // standard output
    std::string err;         // standard error
    bool sawProfile = false; // an eqplan-* folder appeared in its TMPDIR
    std::vector<std::string> leftoverFolders; // eqplan-* entries still in its TMPDIR afterwards
    std::vector<std::string> leftoverOffices; // "pid: command line" of its soffice still running
    std::string spawnError;                   // why it could not be started, if it could not
};

// The time one CLI run may take before it is stopped.
inline constexpr std::chrono::seconds cliTimeLimit{45};

// What a run gets besides its arguments.
struct CliOptions
{
    std::chrono::seconds timeLimit = cliTimeLimit;
    std::vector<std::string> environment; // "NAME=value" added to (or replacing) the test's own
    std::string stdoutPath;               // where standard output goes (default: read into `out`)
    // A command that runs EQPLAN_CLI, e.g. {"setpriv", "--reuid=65534", ...}; its TMPDIR is then
    // open to every user.
    std::vector<std::string> wrapper;
};

// Runs `EQPLAN_CLI arguments...` with stdin from /dev/null, its own empty TMPDIR (so that what
// it leaves there is its own even when other tests run in parallel) and a time limit.
CliRun runCli(const std::vector<std::string>& arguments,
              std::chrono::seconds timeLimit = cliTimeLimit);

// The same, with the options given.
CliRun runCli(const std::vector<std::string>& arguments, const CliOptions& options);

// The whole content of a file, or an empty string when it cannot be read.
std::string readFile(const std::filesystem::path& path);

// The names in `folder`, sorted: what a test compares with what it put there.
std::vector<std::string> namesIn(const std::filesystem::path& folder);

// A fresh folder under the temporary directory, named `prefix` + random characters.
std::filesystem::path makeTempFolder(const std::string& prefix);

// The run started, ended by itself in time, and left no soffice and no profile folder behind;
// `what` names the run in the failure messages. The one check every test of a CLI run makes.
inline void expectClean(const CliRun& run, const std::string& what = "eqplan")
{
    const auto joined = [](const std::vector<std::string>& lines)
    {
        std::string out;
        for (const std::string& line : lines)
            out += "\n  " + line;
        return out;
    };
    EXPECT_EQ(run.spawnError, "") << what << " could not be started";
    EXPECT_FALSE(run.timedOut) << what << " was still running after " << cliTimeLimit.count()
                               << " s and was stopped";
    EXPECT_EQ(run.signal, 0) << what << " was ended by signal " << run.signal << "; stderr:\n"
                             << run.err;
    EXPECT_TRUE(run.leftoverOffices.empty())
        << what << " left LibreOffice running:" << joined(run.leftoverOffices);
    EXPECT_TRUE(run.leftoverFolders.empty())
        << what << " left in its TMPDIR:" << joined(run.leftoverFolders);
}
} // namespace eqplan::test
