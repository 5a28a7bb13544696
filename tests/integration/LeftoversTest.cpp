// Every run removes what it created in the temporary folders, also when eqplan itself is killed
// with SIGKILL: a watchdog then stops its private LibreOffice. Issue 18, item 10: interrupted runs
// left OSL_PIPE_* sockets and lu*.tmp folders behind (59 after 25 runs), and kill -9 of eqplan
// left soffice running as an orphan.
#include "WriteHelpers.hpp"

#include <gtest/gtest.h>

#include <csignal>
#include <fcntl.h>
#include <fstream>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace
{
using namespace eqplan::test;
using namespace std::chrono_literals;

// The command lines of running processes that name `text`.
std::vector<std::string> processesNaming(const std::string& text)
{
    std::vector<std::string> found;
    // Processes come and go while /proc is listed (other tests run beside this one).
    std::error_code ec;
    for (fs::directory_iterator it("/proc", ec), end; !ec && it != end; it.increment(ec))
    {
        const fs::directory_entry& entry = *it;
        const std::string pid = entry.path().filename().string();
        if (pid.find_first_not_of("0123456789") != std::string::npos)
            continue;
        std::string line = readFile(entry.path() / "cmdline");
        std::replace(line.begin(), line.end(), '\0', ' ');
        if (line.find(text) != std::string::npos)
            found.push_back(pid + ": " + line);
    }
    return found;
}

// The socket LibreOffice's osl layer makes for a pipe of that name (always in /tmp).
fs::path pipeSocket(const std::string& name)
{
    return "/tmp/OSL_PIPE_" + std::to_string(::getuid()) + "_" + name;
}

// The SingleOfficeIPC pipe of an office with this user installation URL, computed the way
// desktop/source/app/officeipcthread.cxx does (MD5 of the UTF-16, bytes in hex unpadded).
std::string singleOfficePipe(const std::string& profileUrl)
{
    const fs::path out = makeTempFolder("eqplan-md5-") / "name";
    const std::string command =
        "python3 -c \"import hashlib,sys; print('SingleOfficeIPC_' + ''.join('%x' % b for b in "
        "hashlib.md5(sys.argv[1].encode('utf-16-le')).digest()), end='')\" '" +
        profileUrl + "' > '" + out.string() + "'";
    EXPECT_EQ(std::system(command.c_str()), 0);
    const std::string name = readFile(out);
    fs::remove_all(out.parent_path());
    return name;
}

TEST(Leftovers, KillNineOfEqplanStopsItsOfficeAndEmptiesTheTemporaryFolder)
{
    const fs::path file = copyOf("seed-action-plan-2018-2021.docx");
    const fs::path tmp = makeTempFolder("eqplan-kill-test-");
    std::vector<std::string> arguments{EQPLAN_CLI, "update",  file.string(), "--objective", "1",
                                       "--date",   "2026-11", "--item",      "Killed"};
    std::vector<char*> argv;
    for (std::string& argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    std::vector<std::string> environment{"TMPDIR=" + tmp.string()};
    for (char** variable = environ; *variable; ++variable)
        if (std::string_view(*variable).rfind("TMPDIR=", 0) != 0)
            environment.emplace_back(*variable);
    std::vector<char*> envp;
    for (std::string& variable : environment)
        envp.push_back(variable.data());
    envp.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    pid_t eqplan = -1;
    ASSERT_EQ(::posix_spawn(&eqplan, argv[0], &actions, nullptr, argv.data(), envp.data()), 0);
    posix_spawn_file_actions_destroy(&actions);

    // Killed once its office is up: soffice.bin runs with a profile in its TMPDIR.
    std::string profileUrl;
    for (auto waited = 0ms; profileUrl.empty() && waited < 30s; waited += 100ms)
    {
        std::this_thread::sleep_for(100ms);
        for (const std::string& line : processesNaming(tmp.string()))
            if (line.find("soffice.bin") != std::string::npos)
            {
                const std::size_t at = line.find("-env:UserInstallation=");
                profileUrl = line.substr(at + 22, line.find(' ', at) - at - 22);
            }
    }
    ASSERT_FALSE(profileUrl.empty()) << "no soffice.bin started";
    ASSERT_EQ(::kill(eqplan, SIGKILL), 0);
    ::waitpid(eqplan, nullptr, 0);

    const auto killed = std::chrono::steady_clock::now();
    while ((!processesNaming(tmp.string()).empty() || !namesIn(tmp).empty()) &&
           std::chrono::steady_clock::now() - killed < 10s)
        std::this_thread::sleep_for(100ms);
    const auto took = std::chrono::steady_clock::now() - killed;
    EXPECT_TRUE(processesNaming(tmp.string()).empty())
        << "LibreOffice still runs: " << processesNaming(tmp.string()).front();
    EXPECT_TRUE(namesIn(tmp).empty()) << namesIn(tmp).front() << " left in TMPDIR";
    EXPECT_LT(took, 5s);
    EXPECT_FALSE(fs::exists(pipeSocket(singleOfficePipe(profileUrl))));
    for (const fs::directory_entry& entry : fs::directory_iterator("/tmp"))
        EXPECT_EQ(entry.path().filename().string().rfind(
                      pipeSocket("eqplan-" + std::to_string(eqplan) + "-").filename().string(), 0),
                  std::string::npos)
            << entry.path() << " left";
    fs::remove_all(tmp);
    fs::remove_all(file.parent_path());
}

TEST(Leftovers, InterruptedRunLeavesNoSocketsInTmp)
{
    const fs::path file = copyOf("seed-action-plan-2018-2021.docx");
    const fs::path pidFile = file.parent_path() / "pid";
    CliOptions options;
    options.environment.push_back("EQPLAN_TEST_SIGNAL_BEFORE_WRITE=" + std::to_string(SIGINT));
    // The shell says its process number and becomes eqplan: the run's pipes are named for it.
    options.wrapper = {"/bin/sh", "-c", "echo $$ > '" + pidFile.string() + "'; exec \"$@\"",
                       "sh"};
    const CliRun result = runCli({"update", file.string(), "--objective", "1", "--date",
                                  "2026-11", "--item", "Interrupted"},
                                 options);
    expectClean(result, "an interrupted update");
    EXPECT_EQ(result.exitCode, 130) << result.err;
    std::string pid = readFile(pidFile);
    pid.erase(pid.find_last_not_of("\n") + 1);
    ASSERT_FALSE(pid.empty());
    const std::string ours = pipeSocket("eqplan-" + pid + "-").filename().string();
    for (const std::string& name : namesIn("/tmp"))
        EXPECT_NE(name.rfind(ours, 0), 0u) << name << " left in /tmp";
    fs::remove_all(file.parent_path());
}
} // namespace
