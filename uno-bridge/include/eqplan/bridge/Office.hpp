// A LibreOffice to read documents with: a private headless soffice started for this process
// (terminated on every path), or one already running that we connect to.
#pragma once

#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/task/XJob.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace eqplan::bridge
{
// How to start an office.
struct OfficeOptions
{
    bool headless = true;                 // no windows at all; false needs a display
    std::filesystem::path profile;        // a kept profile folder; empty: a temporary one
    std::vector<std::string> environment; // "NAME=value" entries added to soffice's own
};

class Office
{
public:
    // Starts a private soffice with its own profile (by default headless, in a temporary
    // folder). Throws Error.
    static std::unique_ptr<Office> start(const OfficeOptions& options = {});

    // Connects to a running office, e.g. "pipe,name=eqplan" or "socket,host=127.0.0.1,port=2002".
    static std::unique_ptr<Office> connect(const std::string& connection);

    ~Office(); // terminates and cleans up an office this process started; never throws

    Office(const Office&) = delete;
    Office& operator=(const Office&) = delete;

    const css::uno::Reference<css::uno::XComponentContext>& context() const { return m_xContext; }
    const css::uno::Reference<css::frame::XDesktop2>& desktop() const { return m_xDesktop; }

    // Installs (or updates) an extension for the profile's user through the office's own
    // ExtensionManager; it takes effect when the office is started again. Throws Error.
    void installExtension(const std::filesystem::path& oxt);

    // Removes an installed extension by its identifier; nothing happens if it is not installed.
    void removeExtension(const std::string& identifier);

    // Whether an extension with this identifier is installed for the user.
    bool hasExtension(const std::string& identifier);

    // eqplan's office reader (org.eqplan.OfficeReader, uno-bridge/office/) running inside this
    // office: officeReaderLibrary() loaded there through the office's own shared-library loader
    // on the first call, nothing installed. Empty if it cannot be (no library, an office that
    // cannot reach the file or refuses it); officeReaderProblem() then says why. Tried once per
    // office; never throws.
    const css::uno::Reference<css::task::XJob>& officeReader();
    const std::string& officeReaderProblem() const { return m_officeReaderProblem; }

    // Whether this process started this office (else it connected to the user's).
    bool startedHere() const { return m_pid > 0; }

    // "the temporary folder X is full (...)" when the private office's temporary folder has no
    // room left for it, else empty.
    std::string fullTemporaryFolder() const;

    // The last `bytes` of what an office this process started wrote to its standard output and
    // error (LibreOffice's own messages: why it aborted, when it did); empty for a connected
    // office. Never throws.
    std::string outputTail(std::size_t bytes = 2000) const;

    // Stops an office this process started at once, as an interrupt does (a load that ran past
    // its time limit); the call waiting on it then fails. Never throws.
    void stopNow() noexcept;

private:
    friend class OpenDocument;
    friend class InterruptWatcher;

    Office() = default;
    void resolve(const std::string& connection, bool wait);
    // Connects to a running office, the first call limited in time. Throws Error.
    void handshake(const std::string& connection);
    void shutDown() noexcept;
    // The documents open in this office, so that an interrupt can close them all.
    void opened(const css::uno::Reference<css::lang::XComponent>& document);
    void closing(const css::uno::Reference<css::lang::XComponent>& document);
    // Closes every open document, then the connection to a connected office; never throws.
    void closeAll() noexcept;

    css::uno::Reference<css::uno::XComponentContext> m_xContext;
    css::uno::Reference<css::frame::XDesktop2> m_xDesktop;
    css::uno::Reference<css::task::XJob> m_xOfficeReader;
    bool m_officeReaderTried = false;
    std::string m_officeReaderProblem;
    css::uno::Reference<css::lang::XComponent> m_xBridge; // to a connected office
    std::unique_ptr<class InterruptWatcher> m_watcher;    // closes all on Ctrl+C (connected)
    std::mutex m_openMutex;
    std::vector<css::uno::Reference<css::lang::XComponent>> m_open;
    long m_pid = -1;                                       // the soffice we started, or -1
    std::vector<std::string> m_pipes; // the pipes it listens on (its sockets are removed)
    int m_watchdog = -1; // the pipe to the watchdog that stops it if we die (startWatchdog)
    std::unique_ptr<class TemporaryDirectory> m_directory; // its profile's temporary folder
};

// How to open a document: to read it, or to change it (and store it with storeDocument).
enum class OpenMode
{
    ReadOnly,
    Editable
};

// A document opened hidden, read-only unless asked, macros off; closed when this goes away.
// Read-only, a Word, Writer or RTF document is loaded without a view, so Writer does not lay it
// out: it can be read (every reader gives the same grid) but not shown, edited or exported as
// PDF; OpenMode::Editable loads it with a hidden view.
class OpenDocument
{
public:
    // Opens `file` (.docx, .doc, .odt, .fodt, .rtf...) as a text document. Throws Error
    // (Kind::NotReadable) with a message saying what was found and what to do.
    OpenDocument(Office& office, const std::filesystem::path& file,
                 OpenMode mode = OpenMode::ReadOnly);
    ~OpenDocument();

    OpenDocument(const OpenDocument&) = delete;
    OpenDocument& operator=(const OpenDocument&) = delete;

    const css::uno::Reference<css::lang::XComponent>& component() const { return m_xComponent; }

private:
    Office* m_office = nullptr;                 // the office it is open in, once it is
    std::unique_ptr<class DocumentLock> m_lock; // eqplan's lock while it changes the file
    css::uno::Reference<css::lang::XComponent> m_xComponent;
    std::filesystem::path m_lockFile; // the lock file a connected office made, if editable
};

// How this process opens documents: set once by the CLI from its options.
struct OpeningRules
{
    bool breakLock = false; // --break-lock: remove a lock that is not a live eqplan run's
    std::uint64_t maxUnpackedBytes = 200'000'000;  // --max-size: a package unpacking to more
    std::chrono::seconds maxLoadTime{120};         // --max-load-time: a private office's load
};

// Sets the rules every later OpenDocument follows.
void setOpeningRules(const OpeningRules& rules);

// The rules set, or the defaults.
const OpeningRules& openingRules();

// Throws Error (Kind::NotReadable) when `file` is missing, not a regular file or not readable.
void checkReadable(const std::filesystem::path& file);

// The signal (SIGINT, SIGTERM...) that interrupted this process while it had an office
// running, or 0. The office was stopped at once; the program should exit with 128 + signal.
int interruptedBy();

// Whether that interrupt stopped a private office (else it closed what eqplan had opened in the
// office the user runs, which goes on running).
bool interruptStoppedTheOffice();

// The files this process has put in place in full (stored, exported), in order: once one is
// there, an interrupt no longer undoes it, and the program must say it was written.
std::vector<std::filesystem::path> writtenFiles();

// Where the office reader's library is: $EQPLAN_OFFICE_READER if set, else
// lib/eqplan/eqplan_office.so next to the running program's bin/ folder, else the build tree's.
std::filesystem::path officeReaderLibrary();

// The file format LibreOffice detected for a file, by the file name's extension ("docx").
std::string formatOf(const std::filesystem::path& file);
} // namespace eqplan::bridge
