// The private office as an operating-system process: started in a process group of its own,
// watched by a watchdog that outlives eqplan, stopped with everything it started.
//
// This is the one file of the bridge that calls the system directly, because the SDK's portable
// layer cannot do this part: osl_executeProcess starts a program but has no process groups, and
// soffice is a launcher (oosplash) whose soffice.bin must be stopped with it. Everything else —
// files, temporary folders' space, the environment, the CLI's own parts of a --jobs run — goes
// through osl or the standard library; a Windows or macOS build replaces OfficeProcess.cpp (a job
// object, or a process group again) and changes nothing above it.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace eqplan::bridge::office_process
{
// Starts `arguments` (the first one the program) in a process group of its own, with this
// process's environment changed by `overrides` ("NAME=value" each), standard input from nothing
// and both outputs into `log`. Returns the process's id, also its group's; throws Error.
long startInGroup(const std::vector<std::string>& arguments,
                  const std::vector<std::string>& overrides, const std::filesystem::path& log);

// Starts a watchdog that outlives eqplan: when eqplan ends without `release` (kill -9), it stops
// `group` and removes `leftovers`. Returns its handle, or -1 when none could be started (the
// office still runs, as before).
int startWatchdog(long group, const std::vector<std::filesystem::path>& leftovers);

// Tells the watchdog that eqplan stopped the office itself, and lets it go; sets it to -1.
void release(int& watchdog) noexcept;

// Whether the process `id` started here has ended (reaped; does not wait).
bool exited(long id) noexcept;

// Waits until the process `id` started here has ended.
void waitFor(long id) noexcept;

// Stops every process of `group` at once. Safe in a signal handler.
void stopGroup(long group) noexcept;

// A pipe a signal handler writes one byte to, to wake a thread that waits on it (a condition
// variable cannot be signalled from a handler).
class WakePipe
{
public:
    WakePipe() noexcept;
    ~WakePipe();
    WakePipe(const WakePipe&) = delete;
    WakePipe& operator=(const WakePipe&) = delete;

    bool ready() const noexcept { return m_ends[0] >= 0; }
    // The end to write to, for a signal handler's `poke`.
    int writeEnd() const noexcept { return m_ends[1]; }
    // Waits for one byte and returns it (0 when the pipe broke).
    char wait() const noexcept;

private:
    int m_ends[2] = {-1, -1};
};

// Writes `what` to a WakePipe's write end. Safe in a signal handler.
void poke(int writeEnd, char what) noexcept;
} // namespace eqplan::bridge::office_process
