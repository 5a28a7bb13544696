// The lock a document is changed under: LibreOffice's own ".~lock.NAME#" beside it, so that Writer
// users see who has it, taken by eqplan itself before the document is opened to be changed.
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eqplan::bridge
{
// One entry of a LibreOffice lock file: "name,user,host,since,profile;" with ',', ';' and '\'
// escaped by '\' (svl/source/misc/lockfilecommon.cxx).
struct LockHolder
{
    std::string name;    // the office user's name ("D Sydes"); eqplan writes "eqplan (process N)"
    std::string user;    // the system user
    std::string host;    // the computer
    std::string since;   // "DD.MM.YYYY HH:MM", local time
    std::string profile; // the office's user installation URL; eqplan's own: "eqplan:process=N"
};

// The first entry of a lock file's bytes, or nothing when they are not one (empty, cut short).
std::optional<LockHolder> parseLockFile(std::string_view bytes);

// The bytes of a lock file naming `holder`.
std::string lockFileEntry(const LockHolder& holder);

// The lock file LibreOffice uses for `document`: ".~lock.NAME#" beside the file its symlinks
// lead to.
std::filesystem::path lockFileOf(const std::filesystem::path& document);

// The process an eqplan lock names, or nothing when `holder` is not eqplan's.
std::optional<long> eqplanProcess(const LockHolder& holder);

// Whether a lock file names this computer (its host name, with or without the domain).
bool onThisHost(const LockHolder& holder);

// Whether an office on this computer that runs with the lock's user installation is alive
// (a soffice.bin started with it, or with the default one of the lock's user). Unsure counts as
// alive.
bool officeAliveFor(const LockHolder& holder);

// The lock eqplan holds on a document while it changes it; removed when this goes away. Where no
// lock file can exist (a name too long for one, a folder this user cannot write), none is taken:
// LibreOffice cannot lock such a file either.
class DocumentLock
{
public:
    // Takes the lock on `document`. An existing lock of a live eqplan run is waited for up to
    // `wait`; any other existing lock is refused, unless `breakLock` and it is not a live eqplan
    // run's, when it is removed (noteBrokenLock says so). `write`: false only checks (an office
    // the user runs takes its own lock). Throws Error (Kind::InUse) naming who holds it, since
    // when, and what to do.
    DocumentLock(const std::filesystem::path& document, bool breakLock, bool write = true,
                 std::chrono::milliseconds wait = std::chrono::seconds(10));
    ~DocumentLock();

    DocumentLock(const DocumentLock&) = delete;
    DocumentLock& operator=(const DocumentLock&) = delete;

    // The lock file this holds, empty when it holds none.
    const std::filesystem::path& file() const { return m_file; }

private:
    std::filesystem::path m_file;
};

// What eqplan removed with --break-lock, in plain words, for the CLI to say: in order.
const std::vector<std::string>& brokenLocks();
} // namespace eqplan::bridge
