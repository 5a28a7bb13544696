#include "OfficeProcess.hpp"

#include "eqplan/bridge/Error.hpp"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

// Starting an office is the CLI's alone: its errors stay in plain English, without keys.
namespace eqplan::bridge::office_process
{
namespace
{
// Argument or environment strings as the C array posix_spawn takes (pointing into `strings`).
std::vector<char*> cArray(std::vector<std::string>& strings)
{
    std::vector<char*> out;
    for (std::string& s : strings)
        out.push_back(s.data());
    out.push_back(nullptr);
    return out;
}

// This process's environment with `overrides` put in place of the variables they name.
std::vector<std::string> environmentWith(const std::vector<std::string>& overrides)
{
    std::vector<std::string> out = overrides;
    for (char** variable = environ; *variable; ++variable)
    {
        const bool replaced = std::any_of(
            overrides.begin(), overrides.end(), [&](const std::string& override)
            { return std::strncmp(*variable, override.c_str(), override.find('=') + 1) == 0; });
        if (!replaced)
            out.emplace_back(*variable);
    }
    return out;
}
} // namespace

long startInGroup(const std::vector<std::string>& arguments,
                  const std::vector<std::string>& overrides, const std::filesystem::path& log)
{
    std::vector<std::string> argumentStrings = arguments;
    std::vector<std::string> environment = environmentWith(overrides);
    const std::vector<char*> argv = cArray(argumentStrings);
    const std::vector<char*> envp = cArray(environment);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const std::string logFile = log.string();
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, logFile.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    // Its own process group, so that everything it starts is stopped with it.
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attributes, 0);
    pid_t pid = -1;
    const int spawned = ::posix_spawn(&pid, argv[0], &actions, &attributes, argv.data(),
                                      envp.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    if (spawned != 0)
        throw Error(Error::Kind::Office, "LibreOffice could not be started (" +
                                             std::string(std::strerror(spawned)) + ").");
    return pid;
}

// A shell in a process group of its own (so Ctrl+C reaches only eqplan, which stops the office
// itself) that waits on a pipe only eqplan holds. When eqplan ends without writing "done" to it,
// the pipe closes: the shell stops the office's process group and removes the leftovers.
int startWatchdog(long group, const std::vector<std::filesystem::path>& leftovers)
{
    int ends[2];
    if (::pipe2(ends, O_CLOEXEC) != 0)
        return -1;
    const std::string kill = "kill -KILL -" + std::to_string(group) + " 2>/dev/null";
    std::vector<std::string> arguments{
        "/bin/sh", "-c",
        "read done || { " + kill + "; sleep 1; " + kill + "; rm -rf -- \"$@\"; }",
        "eqplan-watchdog"};
    for (const std::filesystem::path& leftover : leftovers)
        arguments.push_back(leftover.string());
    const std::vector<char*> argv = cArray(arguments);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, ends[0], STDIN_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attributes, 0);
    pid_t pid = -1;
    const int spawned = ::posix_spawn(&pid, argv[0], &actions, &attributes, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    ::close(ends[0]);
    if (spawned != 0)
    {
        ::close(ends[1]);
        return -1;
    }
    return ends[1];
}

void release(int& watchdog) noexcept
{
    if (watchdog < 0)
        return;
    [[maybe_unused]] const ssize_t told = ::write(watchdog, "done\n", 5);
    ::close(watchdog);
    watchdog = -1;
}

bool exited(long id) noexcept
{
    int status = 0;
    return ::waitpid(static_cast<pid_t>(id), &status, WNOHANG) == static_cast<pid_t>(id);
}

void waitFor(long id) noexcept
{
    while (::waitpid(static_cast<pid_t>(id), nullptr, 0) < 0 && errno == EINTR)
    {
    }
}

void stopGroup(long group) noexcept
{
    if (group > 0)
        ::kill(-static_cast<pid_t>(group), SIGKILL);
}

WakePipe::WakePipe() noexcept
{
    if (::pipe2(m_ends, O_CLOEXEC) != 0)
        m_ends[0] = m_ends[1] = -1;
}

WakePipe::~WakePipe()
{
    if (m_ends[0] >= 0)
    {
        ::close(m_ends[0]);
        ::close(m_ends[1]);
    }
}

char WakePipe::wait() const noexcept
{
    char what = 0;
    while (::read(m_ends[0], &what, 1) < 0 && errno == EINTR)
    {
    }
    return what;
}

void poke(int writeEnd, char what) noexcept
{
    if (writeEnd >= 0)
        [[maybe_unused]] const ssize_t told = ::write(writeEnd, &what, 1);
}
} // namespace eqplan::bridge::office_process
