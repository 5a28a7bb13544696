#include "eqplan/bridge/DocumentLock.hpp"

#include "eqplan/bridge/Error.hpp"
#include "eqplan/bridge/Strings.hpp"
#include "AtomicStore.hpp"

#include <osl/security.hxx>

#include <cerrno>
#include <climits>
#include <csignal>
#include <ctime>
#include <fcntl.h>
#include <fstream>
#include <iterator>
#include <pwd.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <vector>

// File locks are taken by the CLI alone (the deck's office locks its own documents): their errors
// stay in plain English, without keys.
namespace eqplan::bridge
{
namespace
{
namespace fs = std::filesystem;

constexpr std::string_view eqplanProfile = "eqplan:process=";

std::vector<std::string>& broken()
{
    static std::vector<std::string> notes;
    return notes;
}

// One field up to its ',' or ';' (not included), with its escapes undone; nothing when the
// bytes end first or an escape is not one LibreOffice writes.
std::optional<std::string> field(std::string_view bytes, std::size_t& at)
{
    std::string value;
    while (at < bytes.size())
    {
        const char c = bytes[at];
        if (c == ',' || c == ';')
            return value;
        if (c == '\\')
        {
            if (++at >= bytes.size() ||
                (bytes[at] != ',' && bytes[at] != ';' && bytes[at] != '\\'))
                return std::nullopt;
        }
        value += bytes[at++];
    }
    return std::nullopt;
}

std::string escaped(std::string_view text)
{
    std::string out;
    for (const char c : text)
    {
        if (c == ',' || c == ';' || c == '\\')
            out += '\\';
        out += c;
    }
    return out;
}

std::string thisHost()
{
    char name[HOST_NAME_MAX + 1] = {};
    ::gethostname(name, sizeof name - 1);
    return name;
}

// The login name, through the SDK's portable layer (LibreOffice writes its own locks so too).
std::string thisUser()
{
    rtl::OUString name;
    if (osl::Security().getUserName(name) && !name.isEmpty())
        return toUtf8(name);
    return std::to_string(::geteuid());
}

// "DD.MM.YYYY HH:MM" in local time, as LibreOffice writes it.
std::string now()
{
    const std::time_t t = std::time(nullptr);
    std::tm local{};
    ::localtime_r(&t, &local);
    char text[32];
    std::strftime(text, sizeof text, "%d.%m.%Y %H:%M", &local);
    return text;
}

std::string readAll(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::string bytes;
    // A lock file is one short line; a few KB is plenty, more is not a lock file.
    bytes.resize(4096);
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    return bytes;
}

// Whether the eqplan run `pid` is alive: a process of that number that is eqplan (a number
// reused by another program is not it).
bool eqplanAlive(long pid)
{
    if (pid <= 0 || (::kill(static_cast<pid_t>(pid), 0) != 0 && errno != EPERM))
        return false;
    std::ifstream comm("/proc/" + std::to_string(pid) + "/comm");
    std::string name;
    return !std::getline(comm, name) || name.rfind("eqplan", 0) == 0;
}

// "D Sydes (user dsydes on this computer, since 06.12.2026 12:30)".
std::string described(const LockHolder& holder)
{
    const std::string where = onThisHost(holder) ? "on this computer" : "on " + holder.host;
    return (holder.name.empty() ? holder.user : holder.name) + " (user " + holder.user + " " +
           where + ", since " + holder.since + ")";
}

std::string stripTrailingSlash(std::string url)
{
    while (url.size() > 1 && url.back() == '/')
        url.pop_back();
    return url;
}

// The NUL-separated strings of /proc/PID/cmdline or environ.
std::vector<std::string> procStrings(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    const std::string all{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    std::vector<std::string> strings;
    std::size_t start = 0;
    for (std::size_t end; (end = all.find('\0', start)) != std::string::npos; start = end + 1)
        strings.push_back(all.substr(start, end - start));
    return strings;
}
} // namespace

std::optional<LockHolder> parseLockFile(std::string_view bytes)
{
    std::size_t at = 0;
    std::string fields[5];
    for (int i = 0; i < 5; ++i)
    {
        std::optional<std::string> value = field(bytes, at);
        if (!value || at >= bytes.size() || bytes[at] != (i < 4 ? ',' : ';'))
            return std::nullopt;
        ++at;
        fields[i] = std::move(*value);
    }
    return LockHolder{fields[0], fields[1], fields[2], fields[3], fields[4]};
}

std::string lockFileEntry(const LockHolder& holder)
{
    return escaped(holder.name) + ',' + escaped(holder.user) + ',' + escaped(holder.host) + ',' +
           escaped(holder.since) + ',' + escaped(holder.profile) + ';';
}

fs::path lockFileOf(const fs::path& document)
{
    const fs::path file = atomic_store::resolveLinks(document);
    return file.parent_path() / (".~lock." + file.filename().string() + "#");
}

std::optional<long> eqplanProcess(const LockHolder& holder)
{
    if (holder.profile.rfind(eqplanProfile, 0) != 0)
        return std::nullopt;
    try
    {
        return std::stol(holder.profile.substr(eqplanProfile.size()));
    }
    catch (const std::exception&)
    {
        return std::nullopt;
    }
}

bool onThisHost(const LockHolder& holder)
{
    const std::string host = thisHost();
    const auto shortName = [](const std::string& name) { return name.substr(0, name.find('.')); };
    return !holder.host.empty() &&
           (holder.host == host || shortName(holder.host) == shortName(host));
}

bool officeAliveFor(const LockHolder& holder)
{
    const std::string wanted = stripTrailingSlash(holder.profile);
    std::error_code ec;
    for (const fs::directory_entry& entry : fs::directory_iterator("/proc", ec))
    {
        const std::string pid = entry.path().filename().string();
        if (pid.find_first_not_of("0123456789") != std::string::npos)
            continue;
        std::ifstream comm(entry.path() / "comm");
        std::string name;
        std::getline(comm, name);
        if (name != "soffice.bin")
            continue;
        std::string profile;
        for (const std::string& argument : procStrings(entry.path() / "cmdline"))
            if (argument.rfind("-env:UserInstallation=", 0) == 0)
                profile = argument.substr(22);
        if (profile.empty())
        {
            // The default profile: $HOME/.config/libreoffice/4 of that process, if we may see its
            // environment; if not, an office of the lock's user counts as holding it.
            std::string home;
            for (const std::string& variable : procStrings(entry.path() / "environ"))
                if (variable.rfind("HOME=", 0) == 0)
                    home = variable.substr(5);
            if (home.empty())
            {
                struct stat info
                {
                };
                const passwd* owner =
                    ::stat(entry.path().c_str(), &info) == 0 ? ::getpwuid(info.st_uid) : nullptr;
                if (!owner || holder.user == owner->pw_name)
                    return true;
                continue;
            }
            profile = "file://" + home + "/.config/libreoffice/4";
        }
        if (stripTrailingSlash(profile) == wanted)
            return true;
    }
    return false;
}

DocumentLock::DocumentLock(const fs::path& document, bool breakLock, bool write,
                           std::chrono::milliseconds wait)
{
    const fs::path lock = lockFileOf(document);
    const std::string name = document.filename().string();
    const std::string notChanged = "; it was not changed.";
    const auto deadline = std::chrono::steady_clock::now() + wait;
    for (;;)
    {
        int fd = -1;
        if (write)
        {
            fd = ::open(lock.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
            if (fd >= 0)
            {
                const std::string pid = std::to_string(::getpid());
                const std::string entry = lockFileEntry(
                    {"eqplan (process " + pid + ")", thisUser(), thisHost(), now(),
                     std::string(eqplanProfile) + pid});
                const bool whole = ::write(fd, entry.data(), entry.size()) ==
                                   static_cast<ssize_t>(entry.size());
                ::close(fd);
                m_file = lock;
                if (!whole)
                    throw Error(Error::Kind::NotWritable,
                                "Cannot write the lock file " + lock.string() + " beside " + name +
                                    " (" + std::strerror(errno) + ")" + notChanged);
                return;
            }
            // No lock file can be made here (a name too long for one, a folder we may not
            // write): LibreOffice cannot make one either, and whether the plan can be written is
            // for the write to say.
            if (errno != EEXIST)
                return;
        }
        else if (std::error_code ec; !fs::exists(lock, ec))
            return;

        const std::optional<LockHolder> holder = parseLockFile(readAll(lock));
        const bool waiting = std::chrono::steady_clock::now() < deadline;
        std::string message;
        bool mayBreak = true;
        if (!holder)
        {
            // Being written by a run that has just made it: wait for it to be whole.
            if (waiting)
            {
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
                continue;
            }
            message = name + " has a lock file eqplan cannot read (" + lock.filename().string() +
                      ")" + notChanged + " If nobody has the file open, run again with " +
                      "--break-lock to remove it.";
        }
        else if (const std::optional<long> pid = eqplanProcess(*holder))
        {
            const std::string run = "process " + std::to_string(*pid) + ", since " + holder->since;
            if (onThisHost(*holder) && !eqplanAlive(*pid))
                message = name + " has a lock file left by an eqplan run that is no longer "
                                 "running (" +
                          run + ")" + notChanged + " Run again with --break-lock to remove it.";
            else
            {
                if (waiting)
                {
                    std::this_thread::sleep_for(std::chrono::milliseconds(100));
                    continue;
                }
                mayBreak = false;
                message = name + " is in use by another eqplan run (" + run +
                          (onThisHost(*holder) ? "" : " on " + holder->host) + ")" + notChanged +
                          " Try again when it has finished.";
            }
        }
        else if (!onThisHost(*holder))
            message = name + " is locked by " + described(*holder) +
                      ": it may be open there" + notChanged +
                      " Close it there, or if it is open nowhere, run again with --break-lock.";
        else if (officeAliveFor(*holder))
        {
            mayBreak = false;
            message = name + " is open in LibreOffice by " + described(*holder) + notChanged +
                      " Close it there and try again.";
        }
        else
            message = name + " has a lock file left by LibreOffice, which no longer has it open: " +
                      described(*holder) + notChanged +
                      " Run again with --break-lock to remove it.";
        if (!(breakLock && mayBreak))
            throw Error(Error::Kind::InUse, message);
        std::error_code ec;
        fs::remove(lock, ec);
        broken().push_back("removed the lock file " + lock.string() +
                           (holder ? " of " + described(*holder) : std::string()));
        breakLock = false; // one lock broken; a new one appearing now is someone else's
        if (!write)
            return;
    }
}

DocumentLock::~DocumentLock()
{
    std::error_code ec;
    if (!m_file.empty())
        fs::remove(m_file, ec);
}

const std::vector<std::string>& brokenLocks()
{
    return broken();
}
} // namespace eqplan::bridge
