#include "CliRun.hpp"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <iterator>
#include <spawn.h>
#include <sstream>
#include <sys/wait.h>
#include <system_error>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace eqplan::test
{
namespace
{
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// The names in `folder` that start with "eqplan-": what `eqplan` calls its profile folders.
std::vector<std::string> eqplanEntries(const fs::path& folder)
{
    std::vector<std::string> names;
    std::error_code ec;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder, ec))
    {
        std::string name = entry.path().filename().string();
        if (name.rfind("eqplan-", 0) == 0)
            names.push_back(std::move(name));
    }
    return names;
}

// Running soffice processes started for one CLI run: their command line names the run's TMPDIR
// (the profile) or the pipe "eqplan-<CLI pid>-…".
std::vector<std::pair<pid_t, std::string>> officesOf(pid_t cli, const fs::path& runFolder)
{
    const std::string pipe = "eqplan-" + std::to_string(cli) + "-";
    std::vector<std::pair<pid_t, std::string>> offices;
    std::error_code ec;
    for (const fs::directory_entry& entry : fs::directory_iterator("/proc", ec))
    {
        const std::string name = entry.path().filename().string();
        if (name.empty() || name.find_first_not_of("0123456789") != std::string::npos)
            continue;
        // A process may end while we read it; then it is no office of ours any more.
        std::string commandLine;
        try
        {
            commandLine = readFile(entry.path() / "cmdline");
        }
        catch (const std::exception&)
        {
            continue;
        }
        for (char& c : commandLine)
            if (c == '\0')
                c = ' ';
        if (commandLine.find("soffice") != std::string::npos &&
            (commandLine.find(runFolder.string()) != std::string::npos ||
             commandLine.find(pipe) != std::string::npos))
            offices.emplace_back(static_cast<pid_t>(std::stol(name)), commandLine);
    }
    return offices;
}

// Waits for `pid` until `deadline`; true when it ended, with its status.
bool waitUntil(pid_t pid, Clock::time_point deadline, int& status)
{
    for (;;)
    {
        const pid_t result = ::waitpid(pid, &status, WNOHANG);
        if (result == pid)
            return true;
        if (result < 0 && errno != EINTR)
            throw std::system_error(errno, std::generic_category(), "waitpid");
        if (Clock::now() >= deadline)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}
} // namespace

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::vector<std::string> namesIn(const std::filesystem::path& folder)
{
    std::vector<std::string> names;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

std::filesystem::path makeTempFolder(const std::string& prefix)
{
    std::string pattern = (fs::temp_directory_path() / (prefix + "XXXXXX")).string();
    if (!::mkdtemp(pattern.data()))
        throw std::system_error(errno, std::generic_category(), "mkdtemp " + pattern);
    return pattern;
}

CliRun runCli(const std::vector<std::string>& arguments, std::chrono::seconds timeLimit)
{
    CliOptions options;
    options.timeLimit = timeLimit;
    return runCli(arguments, options);
}

CliRun runCli(const std::vector<std::string>& arguments, const CliOptions& options)
{
    const std::chrono::seconds timeLimit = options.timeLimit;
    CliRun run;
    // Not "eqplan-…": that is the CLI's own prefix, which the checks below look for.
    const fs::path runFolder = makeTempFolder("inspect-test-");
    const fs::path tmp = runFolder / "tmp";
    fs::create_directory(tmp);
    const std::string outPath =
        options.stdoutPath.empty() ? (runFolder / "stdout").string() : options.stdoutPath;
    const std::string errPath = (runFolder / "stderr").string();

    if (!options.wrapper.empty())
    {
        fs::permissions(runFolder,
                        fs::perms::owner_all | fs::perms::group_exec | fs::perms::others_exec);
        fs::permissions(tmp, fs::perms::all | fs::perms::sticky_bit);
    }
    std::vector<std::string> argv = options.wrapper;
    argv.push_back(EQPLAN_CLI);
    argv.insert(argv.end(), arguments.begin(), arguments.end());
    std::vector<std::string> environment;
    std::vector<std::string> replaced{"TMPDIR="};
    for (const std::string& variable : options.environment)
        replaced.push_back(variable.substr(0, variable.find('=') + 1));
    for (char** variable = environ; *variable; ++variable)
        if (std::none_of(replaced.begin(), replaced.end(),
                         [&](const std::string& name)
                         { return std::strncmp(*variable, name.c_str(), name.size()) == 0; }))
            environment.emplace_back(*variable);
    environment.push_back("TMPDIR=" + tmp.string());
    environment.insert(environment.end(), options.environment.begin(), options.environment.end());
    const auto pointers = [](std::vector<std::string>& strings)
    {
        std::vector<char*> result;
        for (std::string& s : strings)
            result.push_back(s.data());
        result.push_back(nullptr);
        return result;
    };
    std::vector<char*> argvPointers = pointers(argv);
    std::vector<char*> environmentPointers = pointers(environment);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, outPath.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errPath.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    pid_t pid = -1;
    const int spawned = ::posix_spawnp(&pid, argvPointers[0], &actions, nullptr,
                                       argvPointers.data(), environmentPointers.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
    {
        run.spawnError = std::string(EQPLAN_CLI) + ": " + std::strerror(spawned);
        fs::remove_all(runFolder);
        return run;
    }

    int status = 0;
    const Clock::time_point deadline = Clock::now() + timeLimit;
    for (;;)
    {
        // Short steps, so that the profile folder is seen while it exists (for a second or more).
        if (waitUntil(pid, std::min(deadline, Clock::now() + std::chrono::milliseconds(20)),
                      status))
            break;
        run.sawProfile = run.sawProfile || !eqplanEntries(tmp).empty();
        if (Clock::now() >= deadline)
        {
            // SIGTERM lets the CLI stop its soffice; SIGKILL if it does not end after that.
            run.timedOut = true;
            ::kill(pid, SIGTERM);
            if (!waitUntil(pid, Clock::now() + std::chrono::seconds(10), status))
            {
                ::kill(pid, SIGKILL);
                ::waitpid(pid, &status, 0);
            }
            break;
        }
    }
    if (!run.timedOut && WIFEXITED(status))
    {
        run.exited = true;
        run.exitCode = WEXITSTATUS(status);
    }
    else if (WIFSIGNALED(status))
        run.signal = WTERMSIG(status);

    run.out = options.stdoutPath.empty() ? readFile(outPath) : std::string();
    run.err = readFile(errPath);

    // A soffice the CLI killed may take a moment to disappear from /proc.
    std::vector<std::pair<pid_t, std::string>> offices = officesOf(pid, runFolder);
    for (const Clock::time_point grace = Clock::now() + std::chrono::seconds(2);
         !offices.empty() && Clock::now() < grace; offices = officesOf(pid, runFolder))
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    for (const auto& [officePid, commandLine] : offices)
    {
        run.leftoverOffices.push_back(std::to_string(officePid) + ": " + commandLine);
        ::kill(officePid, SIGKILL); // reported above; not left running for the next test
    }
    run.leftoverFolders = eqplanEntries(tmp);

    std::error_code ec;
    fs::remove_all(runFolder, ec);
    return run;
}
} // namespace eqplan::test
