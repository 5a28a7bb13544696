#include "eqplan/bridge/Office.hpp"

#include "eqplan/Text.hpp"

#include "eqplan/bridge/DocumentLock.hpp"
#include "eqplan/bridge/Error.hpp"
#include "eqplan/bridge/Strings.hpp"
#include "AtomicStore.hpp"
#include "OfficeProcess.hpp"
#include "PackageSize.hpp"
#include "TemporaryDirectory.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/bridge/BridgeFactory.hpp>
#include <com/sun/star/bridge/XBridge.hpp>
#include <com/sun/star/bridge/UnoUrlResolver.hpp>
#include <com/sun/star/connection/Connector.hpp>
#include <com/sun/star/connection/XConnection.hpp>
#include <com/sun/star/bridge/XUnoUrlResolver.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>
#include <com/sun/star/deployment/ExtensionManager.hpp>
#include <com/sun/star/deployment/InstallException.hpp>
#include <com/sun/star/deployment/LicenseException.hpp>
#include <com/sun/star/deployment/VersionException.hpp>
#include <com/sun/star/task/XInteractionAbort.hpp>
#include <com/sun/star/task/XInteractionApprove.hpp>
#include <com/sun/star/task/XInteractionHandler.hpp>
#include <com/sun/star/deployment/XPackage.hpp>
#include <com/sun/star/task/XAbortChannel.hpp>
#include <com/sun/star/ucb/XCommandEnvironment.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/UpdateDocMode.hpp>
#include <com/sun/star/document/XTypeDetection.hpp>
#include <com/sun/star/frame/XLoadable.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/io/XInputStream.hpp>
#include <com/sun/star/packages/zip/ZipFileAccess.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <cppuhelper/bootstrap.hxx>
#include <cppuhelper/implbase2.hxx>
#include <rtl/digest.h>
#include <rtl/uri.hxx>
#include <osl/file.hxx>
#include <osl/process.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <mutex>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <thread>
#include <unistd.h>
#include <utility>
#include <vector>

using namespace css;
using rtl::OUString;

// The errors here are met only by the CLI, which starts, connects to and installs into an office
// and opens files by name (the deck works in the office it runs in, on the open document): their
// words stay in plain English, without keys.
namespace eqplan::bridge
{
namespace
{
// The process group of the soffice this process started, for the signal handler.
std::atomic<long> g_officeGroup{-1};

// The signal that interrupted this process, or 0.
std::atomic<int> g_interrupted{0};

// What writtenFiles() returns; only ever touched from the thread that stores.
std::vector<std::filesystem::path>& written()
{
    static std::vector<std::filesystem::path> files;
    return files;
}

// The pipe to a connected office's InterruptWatcher, or -1.
std::atomic<int> g_wakeWatcher{-1};

// Whether the interrupted office was one this process started (and stopped), else the user's.
std::atomic<bool> g_stoppedPrivateOffice{false};

// Stops the office at once; the call waiting on it then fails, and the program unwinds normally,
// removing its temporary folders, instead of dying with them left behind. In an office the user
// runs (--connect), the watcher closes what eqplan opened there instead, then the connection.
extern "C" void stopOffice(int signal)
{
    g_interrupted = signal;
    const long group = g_officeGroup.load();
    const int watcher = g_wakeWatcher.load();
    if (group > 0)
    {
        g_stoppedPrivateOffice = true;
        office_process::stopGroup(group);
    }
    else if (watcher >= 0)
    {
        office_process::poke(watcher, 'i');
    }
    else
    {
        std::signal(signal, SIG_DFL);
        std::raise(signal);
    }
}

void installSignalHandlers()
{
    for (int signal : {SIGINT, SIGTERM, SIGHUP, SIGQUIT})
        std::signal(signal, stopOffice);
    // A closed pipe on standard output must not kill us before soffice is stopped.
    std::signal(SIGPIPE, SIG_IGN);
}

const char* installHint = "Install it with: apt-get install libreoffice-writer";

// soffice: $EQPLAN_SOFFICE, else the LibreOffice the build found.
std::filesystem::path sofficePath()
{
    if (const char* path = std::getenv("EQPLAN_SOFFICE"); path && *path)
        return path;
    return std::filesystem::path(EQPLAN_LO_PROGRAM_DIR) / "soffice";
}

// The local UNO environment must be LibreOffice's own: point it at its fundamentalrc.
void bootstrapEnvironment(const std::filesystem::path& soffice)
{
    std::error_code ec;
    std::filesystem::path program = std::filesystem::canonical(soffice, ec).parent_path();
    if (ec || !std::filesystem::exists(program / "fundamentalrc"))
        program = EQPLAN_LO_PROGRAM_DIR;
    const std::string value = "vnd.sun.star.pathname:" + (program / "fundamentalrc").string();
    const OUString name("URE_BOOTSTRAP");
    OUString set;
    if (osl_getEnvironment(name.pData, &set.pData) != osl_Process_E_None)
        osl_setEnvironment(name.pData, fromUtf8(value).pData);
}

std::string fileUrl(const std::filesystem::path& path)
{
    OUString url;
    if (osl::FileBase::getFileURLFromSystemPath(fromUtf8(path.string()), url) !=
        osl::FileBase::E_None)
        throw Error(Error::Kind::NotReadable, "The path " + path.string() + " cannot be used.");
    return toUtf8(url);
}

beans::PropertyValue property(const char* name, const uno::Any& value)
{
    beans::PropertyValue p;
    p.Name = OUString::createFromAscii(name);
    p.Value = value;
    return p;
}

// Closes a document without saving it; never throws.
void closeDocument(uno::Reference<lang::XComponent>& component) noexcept
{
    if (!component.is())
        return;
    try
    {
        uno::Reference<util::XCloseable> closeable(component, uno::UNO_QUERY);
        if (closeable.is())
            closeable->close(true);
        else
            component->dispose();
    }
    catch (...)
    {
        // Closing a document of an office that is going away may fail; nothing is lost.
    }
    component.clear();
}

// Answers the Extension Manager the way "unopkg add --suppress-license" does: yes to installing,
// to replacing an installed version and to a licence; no to anything else (unmet dependencies,
// another platform). Without one it refuses every installation, and a removal crashes the office.
class ApprovingEnvironment
    : public cppu::WeakImplHelper2<ucb::XCommandEnvironment, task::XInteractionHandler>
{
public:
    uno::Reference<task::XInteractionHandler> SAL_CALL getInteractionHandler() override
    {
        return this;
    }
    uno::Reference<ucb::XProgressHandler> SAL_CALL getProgressHandler() override { return {}; }
    void SAL_CALL handle(const uno::Reference<task::XInteractionRequest>& request) override
    {
        const uno::Any what = request->getRequest();
        const bool approve =
            what.isExtractableTo(cppu::UnoType<deployment::InstallException>::get()) ||
            what.isExtractableTo(cppu::UnoType<deployment::LicenseException>::get()) ||
            what.isExtractableTo(cppu::UnoType<deployment::VersionException>::get());
        const uno::Type answer = approve ? cppu::UnoType<task::XInteractionApprove>::get()
                                         : cppu::UnoType<task::XInteractionAbort>::get();
        for (const uno::Reference<task::XInteractionContinuation>& continuation :
             request->getContinuations())
            if (continuation->queryInterface(answer).hasValue())
            {
                continuation->select();
                return;
            }
    }
};

// Whether a file LibreOffice would not open is a password-protected document: an ODF package
// whose manifest has encryption data, or an OOXML file encrypted by Word or LibreOffice (a
// compound file with an EncryptionInfo stream). Never throws.
bool passwordProtected(const uno::Reference<uno::XComponentContext>& context,
                       const std::filesystem::path& file, const std::string& url) noexcept
{
    std::ifstream in(file, std::ios::binary);
    std::string start(8, '\0');
    in.read(start.data(), 8);
    if (start == "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")
    {
        const std::string content{std::istreambuf_iterator<char>(in),
                                  std::istreambuf_iterator<char>()};
        const std::string name("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0", 28);
        return content.find(name) != std::string::npos;
    }
    if (start.compare(0, 2, "PK") != 0)
        return false;
    try
    {
        const uno::Reference<packages::zip::XZipFileAccess2> zip =
            packages::zip::ZipFileAccess::createWithURL(context, fromUtf8(url));
        if (!zip->hasByName("META-INF/manifest.xml"))
            return false;
        uno::Reference<io::XInputStream> stream(zip->getByName("META-INF/manifest.xml"),
                                                uno::UNO_QUERY_THROW);
        std::string manifest;
        uno::Sequence<sal_Int8> bytes;
        while (manifest.size() < (1 << 22) && stream->readBytes(bytes, 65536) > 0)
            manifest.append(reinterpret_cast<const char*>(bytes.getConstArray()),
                            static_cast<std::size_t>(bytes.getLength()));
        stream->closeInput();
        return manifest.find("encryption-data") != std::string::npos;
    }
    catch (const uno::Exception&)
    {
        return false;
    }
}

// The Writer filters a document is read without a view through: the formats eqplan reads, whose
// detection is certain. Anything else (plain text, a file of unknown bytes) is loaded the usual
// way, which also says what it is when it is not a text document.
constexpr const char* viewlessFilters[] = {
    "MS Word 2007 XML",           "Office Open XML Text", "writer8",
    "OpenDocument Text Flat XML", "MS Word 97",           "Rich Text Format",
};

// A text document loaded as a model alone, without a frame or a view, hence without Writer's
// layout: all that reading it needs. A 200-objective plan loaded in 0.3 s (.odt) and 1.0 s
// (.docx) so, 1.3-1.7 s and 1.6-2.3 s with a hidden view; and with a view the office went on
// laying a .docx out after loading it, which the first read then waited for (about 1 s). Null
// when that cannot be (another format, or LibreOffice would not load it so); never throws.
uno::Reference<lang::XComponent>
loadWithoutView(const uno::Reference<uno::XComponentContext>& context, const std::string& url,
                const uno::Sequence<beans::PropertyValue>& arguments) noexcept
{
    uno::Reference<lang::XComponent> component;
    try
    {
        const uno::Reference<lang::XMultiComponentFactory> factory = context->getServiceManager();
        const uno::Reference<document::XTypeDetection> detection(
            factory->createInstanceWithContext("com.sun.star.document.TypeDetection", context),
            uno::UNO_QUERY_THROW);
        const beans::PropertyValue location = property("URL", uno::Any(fromUtf8(url)));
        uno::Sequence<beans::PropertyValue> descriptor(&location, 1);
        detection->queryTypeByDescriptor(descriptor, true);
        rtl::OUString filter;
        for (const beans::PropertyValue& value : std::as_const(descriptor))
            if (value.Name == "FilterName")
                value.Value >>= filter;
        if (std::none_of(std::begin(viewlessFilters), std::end(viewlessFilters),
                         [&](const char* known) { return filter.equalsAscii(known); }))
            return {};
        component.set(factory->createInstanceWithContext("com.sun.star.text.TextDocument", context),
                      uno::UNO_QUERY_THROW);
        uno::Sequence<beans::PropertyValue> media(arguments.getLength() + 2);
        std::copy(arguments.begin(), arguments.end(), media.getArray());
        media.getArray()[arguments.getLength()] = location;
        media.getArray()[arguments.getLength() + 1] = property("FilterName", uno::Any(filter));
        uno::Reference<frame::XLoadable>(component, uno::UNO_QUERY_THROW)->load(media);
        return component;
    }
    catch (...)
    {
        closeDocument(component);
        return {};
    }
}

// What a private office needs in the temporary folder: its profile (about 600 KB) and its own
// temporary files, with room to spare.
constexpr std::uint64_t officeNeeds = 2'000'000;

// "the temporary folder /tmp is full (12 KB free; ...)" when `folder` has less room than a
// private office needs, else empty: a full TMPDIR makes LibreOffice fail in ways that blame the
// document or the installation.
std::string fullFolder(const std::filesystem::path& folder)
{
    const std::optional<std::uint64_t> free = atomic_store::freeSpace(folder);
    if (!free || *free >= officeNeeds)
        return {};
    return "the temporary folder " + folder.parent_path().string() + " is full (" +
           sizeInWords(*free) + " free; LibreOffice needs about " + sizeInWords(officeNeeds) +
           " there). Free some space there, or set TMPDIR to a folder with room";
}

// The rules documents are opened by, as the CLI set them.
OpeningRules& rules()
{
    static OpeningRules current;
    return current;
}

// A private office takes no lock files of its own: eqplan takes the document's lock itself
// (DocumentLock) before asking the office, and names who holds an existing one; the office, asked
// to lock a file that eqplan has locked, would open it read-only.
void disableDocumentLocking(const uno::Reference<uno::XComponentContext>& context)
{
    const uno::Reference<lang::XMultiServiceFactory> provider =
        configuration::theDefaultProvider::get(context);
    const beans::NamedValue path("nodepath",
                                 uno::Any(OUString("/org.openoffice.Office.Common/Misc")));
    const uno::Any argument(path);
    const uno::Reference<beans::XPropertySet> misc(
        provider->createInstanceWithArguments(
            "com.sun.star.configuration.ConfigurationUpdateAccess",
            uno::Sequence<uno::Any>(&argument, 1)),
        uno::UNO_QUERY_THROW);
    misc->setPropertyValue("UseLocking", uno::Any(false));
    uno::Reference<util::XChangesBatch>(misc, uno::UNO_QUERY_THROW)->commitChanges();
}

// Where LibreOffice's osl layer puts the socket of a named pipe (sal/osl/unx/pipe.cxx: /tmp,
// whatever TMPDIR says).
std::filesystem::path pipeSocket(const std::string& name)
{
    return "/tmp/OSL_PIPE_" + std::to_string(::getuid()) + "_" + name;
}

// The pipe a soffice with this user installation listens on for other soffice processes:
// "SingleOfficeIPC_" and the MD5 of the URL's UTF-16, each byte in hex without a leading zero
// (desktop/source/app/officeipcthread.cxx). A hard-stopped office leaves its socket behind.
std::string singleOfficePipe(const std::string& profileUrl)
{
    const OUString url = fromUtf8(profileUrl);
    sal_uInt8 digest[RTL_DIGEST_LENGTH_MD5];
    rtl_digest_MD5(url.getStr(), static_cast<sal_uInt32>(url.getLength() * sizeof(sal_Unicode)),
                   digest, RTL_DIGEST_LENGTH_MD5);
    std::string name = "SingleOfficeIPC_";
    char hex[3];
    for (const sal_uInt8 byte : digest)
    {
        std::snprintf(hex, sizeof hex, "%x", byte);
        name += hex;
    }
    return name;
}


// The office turns a document's URL into a file name in its locale's characters: under LC_ALL=C
// (cron, CI, a bare ssh) it cannot open "Ysgol y Dôl.docx". eqplan's names are UTF-8, so the
// office gets a UTF-8 character set where the locale has none: the variable to add
// ("LC_ALL=C.UTF-8" or "LC_CTYPE=C.UTF-8"), or "" when the locale already is UTF-8.
std::string utf8Characters()
{
    const auto value = [](const char* name)
    {
        const char* set = std::getenv(name);
        return std::string(set ? set : "");
    };
    const auto isUtf8 = [](const std::string& locale)
    {
        const std::string lowered = text::lower(locale);
        return lowered.find("utf-8") != std::string::npos ||
               lowered.find("utf8") != std::string::npos;
    };
    if (const std::string all = value("LC_ALL"); !all.empty())
        return isUtf8(all) ? "" : "LC_ALL=C.UTF-8";
    const std::string ctype = value("LC_CTYPE");
    return isUtf8(ctype.empty() ? value("LANG") : ctype) ? "" : "LC_CTYPE=C.UTF-8";
}

// How long an office the user runs may take to answer the first call: a listener that accepts
// and says nothing (not an office, or a hung one) made eqplan wait forever.
constexpr std::chrono::seconds handshakeLimit{10};

// The local UNO context, from LibreOffice's own runtime. Throws Error.
uno::Reference<uno::XComponentContext> localContext()
{
    try
    {
        return cppu::defaultBootstrap_InitialComponentContext();
    }
    catch (const uno::Exception& e)
    {
        throw Error(Error::Kind::Office, "The LibreOffice runtime could not be loaded (" +
                                             toUtf8(e.Message) + "). " + installHint);
    }
}
} // namespace

// Waits, in a thread of its own, for the signal handler's word that a connected run was
// interrupted; then closes every document eqplan opened in the user's office and the connection,
// so that the call the program waits on fails and it unwinds, leaving nothing open there.
class InterruptWatcher
{
public:
    explicit InterruptWatcher(Office& office) : m_office(office)
    {
        if (!m_pipe.ready())
            return;
        g_wakeWatcher = m_pipe.writeEnd();
        m_thread = std::thread([this] { watch(); });
    }
    ~InterruptWatcher()
    {
        if (!m_thread.joinable())
            return;
        g_wakeWatcher = -1;
        office_process::poke(m_pipe.writeEnd(), 'q');
        m_thread.join();
    }
    InterruptWatcher(const InterruptWatcher&) = delete;
    InterruptWatcher& operator=(const InterruptWatcher&) = delete;

private:
    void watch()
    {
        if (m_pipe.wait() == 'i')
            m_office.closeAll();
    }

    Office& m_office;
    office_process::WakePipe m_pipe;
    std::thread m_thread;
};

std::unique_ptr<Office> Office::start(const OfficeOptions& options)
{
    const std::filesystem::path soffice = sofficePath();
    if (::access(soffice.c_str(), X_OK) != 0)
        throw Error(Error::Kind::Office,
                    "LibreOffice was not found (" + soffice.string() + "). " + installHint);
    bootstrapEnvironment(soffice);

    std::unique_ptr<Office> office(new Office);
    office->m_directory = std::make_unique<TemporaryDirectory>();
    const std::filesystem::path& directory = office->m_directory->path();

    const std::string pipe =
        "eqplan-" + std::to_string(::getpid()) + "-" + directory.filename().string().substr(7);
    const std::filesystem::path profile = options.profile.empty()
                                              ? directory / "profile"
                                              : std::filesystem::absolute(options.profile);
    std::vector<std::string> arguments{soffice.string()};
    if (options.headless)
        arguments.insert(arguments.end(), {"--headless", "--invisible"});
    arguments.insert(arguments.end(),
                     {
                         "--nocrashreport",
                         "--nodefault",
                         "--nologo",
                         "--nolockcheck",
                         "--norestore",
                         "-env:UserInstallation=" + fileUrl(profile),
                         "--accept=pipe,name=" + pipe + ";urp;StarOffice.ComponentContext",
                     });
    // LibreOffice's own temporary files (lu*.tmp) go into the private folder, and go with it.
    std::vector<std::string> overrides{"TMPDIR=" + directory.string()};
    overrides.insert(overrides.end(), options.environment.begin(), options.environment.end());
    if (const std::string characters = utf8Characters(); !characters.empty())
        overrides.push_back(characters);
    long pid = -1;
    try
    {
        pid = office_process::startInGroup(arguments, overrides, directory / "soffice.log");
    }
    catch (const Error& e)
    {
        throw Error(e.kind(), std::string(e.what()) + " " + installHint);
    }
    office->m_pid = pid;
    office->m_pipes = {pipe, singleOfficePipe(fileUrl(profile))};
    office->m_watchdog = office_process::startWatchdog(
        pid, {directory, pipeSocket(pipe), pipeSocket(singleOfficePipe(fileUrl(profile)))});
    g_officeGroup = pid;
    installSignalHandlers();

    office->resolve("pipe,name=" + pipe, true);
    try
    {
        disableDocumentLocking(office->m_xContext);
    }
    catch (const uno::Exception& e)
    {
        throw Error(Error::Kind::Office,
                    "LibreOffice could not be set up (" + toUtf8(e.Message) + ").");
    }
    return office;
}

std::unique_ptr<Office> Office::connect(const std::string& connection)
{
    bootstrapEnvironment(sofficePath());
    std::unique_ptr<Office> office(new Office);
    office->handshake(connection);
    office->m_watcher = std::make_unique<InterruptWatcher>(*office);
    installSignalHandlers();
    return office;
}

void Office::handshake(const std::string& connection)
{
    const uno::Reference<uno::XComponentContext> local = localContext();
    uno::Reference<css::connection::XConnection> link;
    uno::Reference<css::bridge::XBridge> bridge;
    try
    {
        link = css::connection::Connector::create(local)->connect(fromUtf8(connection));
        bridge = css::bridge::BridgeFactory::create(local)->createBridge(
            "", "urp", link, uno::Reference<css::bridge::XInstanceProvider>());
    }
    catch (const uno::Exception& e)
    {
        throw Error(Error::Kind::Office, "Cannot reach LibreOffice at \"" + connection + "\" (" +
                                             toUtf8(e.Message) + ").");
    }
    // The first call, in a thread of its own: when it does not return in time, closing the
    // connection makes it fail, and the thread ends.
    struct Call
    {
        std::mutex mutex;
        std::condition_variable done;
        bool finished = false;
        uno::Reference<uno::XInterface> context;
        std::string error;
    };
    const auto call = std::make_shared<Call>();
    std::thread thread(
        [call, bridge]
        {
            uno::Reference<uno::XInterface> context;
            std::string error;
            try
            {
                context = bridge->getInstance("StarOffice.ComponentContext");
            }
            catch (const uno::Exception& e)
            {
                error = toUtf8(e.Message);
            }
            std::lock_guard lock(call->mutex);
            call->context = context;
            call->error = error;
            call->finished = true;
            call->done.notify_all();
        });
    bool answered = false;
    {
        std::unique_lock lock(call->mutex);
        answered = call->done.wait_for(lock, handshakeLimit, [&] { return call->finished; });
    }
    if (!answered)
    {
        try
        {
            link->close();
        }
        catch (const uno::Exception&)
        {
            // Closed already: the call is failing anyway.
        }
        std::unique_lock lock(call->mutex);
        if (call->done.wait_for(lock, std::chrono::seconds(5), [&] { return call->finished; }))
        {
            lock.unlock();
            thread.join();
        }
        else
            thread.detach();
        throw Error(Error::Kind::Office,
                    "LibreOffice at \"" + connection + "\" accepted the connection but did not " +
                        "answer within " + std::to_string(handshakeLimit.count()) +
                        " seconds: is it a LibreOffice started with --accept=\"" + connection +
                        ";urp;\"? Nothing was changed.");
    }
    thread.join();
    m_xContext.set(call->context, uno::UNO_QUERY);
    if (!m_xContext.is())
        throw Error(Error::Kind::Office, "Cannot reach LibreOffice at \"" + connection + "\" (" +
                                             (call->error.empty() ? std::string("no answer")
                                                                  : call->error) +
                                             ").");
    m_xBridge.set(bridge, uno::UNO_QUERY);
    m_xDesktop = frame::Desktop::create(m_xContext);
}

void Office::opened(const uno::Reference<lang::XComponent>& document)
{
    std::lock_guard lock(m_openMutex);
    m_open.push_back(document);
}

void Office::closing(const uno::Reference<lang::XComponent>& document)
{
    std::lock_guard lock(m_openMutex);
    m_open.erase(std::remove(m_open.begin(), m_open.end(), document), m_open.end());
}

void Office::closeAll() noexcept
{
    std::vector<uno::Reference<lang::XComponent>> open;
    {
        std::lock_guard lock(m_openMutex);
        open.swap(m_open);
    }
    for (uno::Reference<lang::XComponent>& document : open)
        closeDocument(document);
    try
    {
        if (m_xBridge.is())
            m_xBridge->dispose();
    }
    catch (...)
    {
        // A bridge that is going down already: the waiting call fails either way.
    }
}

void Office::resolve(const std::string& connection, bool wait)
{
    const uno::Reference<uno::XComponentContext> local = localContext();
    uno::Reference<css::bridge::XUnoUrlResolver> resolver =
        css::bridge::UnoUrlResolver::create(local);
    const OUString url = fromUtf8("uno:" + connection + ";urp;StarOffice.ComponentContext");
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(90);
    for (;;)
    {
        try
        {
            m_xContext.set(resolver->resolve(url), uno::UNO_QUERY_THROW);
            break;
        }
        catch (const uno::Exception& e)
        {
            const bool gone = m_pid > 0 && office_process::exited(m_pid);
            if (gone)
                m_pid = -1;
            if (gone && m_directory)
                if (const std::string full = fullFolder(m_directory->path()); !full.empty())
                    throw Error(Error::Kind::NotWritable,
                                "LibreOffice could not start: " + full + ".");
            if (!wait || gone || std::chrono::steady_clock::now() > deadline)
                throw Error(Error::Kind::Office,
                            gone ? std::string("LibreOffice stopped while starting.")
                                 : "Cannot reach LibreOffice at \"" + connection + "\" (" +
                                       toUtf8(e.Message) + ").");
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    }
    m_xDesktop = frame::Desktop::create(m_xContext);
}

std::string Office::outputTail(std::size_t bytes) const
{
    if (!m_directory)
        return {};
    try
    {
        std::ifstream log(m_directory->path() / "soffice.log", std::ios::binary);
        if (!log)
            return {};
        log.seekg(0, std::ios::end);
        const std::streamoff size = log.tellg();
        const std::streamoff start = size > static_cast<std::streamoff>(bytes)
                                         ? size - static_cast<std::streamoff>(bytes)
                                         : 0;
        log.seekg(start);
        return std::string(std::istreambuf_iterator<char>(log), std::istreambuf_iterator<char>());
    }
    catch (const std::exception&)
    {
        return {};
    }
}

void Office::shutDown() noexcept
{
    try
    {
        // Released while the office is there to hear it (in a connected office, it stays).
        m_xOfficeReader.clear();
    }
    catch (...)
    {
        // A release to an office that has gone fails; there is nothing left to release.
    }
    if (m_pid > 0)
    {
        try
        {
            if (m_xDesktop.is())
                m_xDesktop->terminate();
        }
        catch (...)
        {
            // The bridge goes down with the office; whatever it says, the process is waited for.
        }
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        bool gone = office_process::exited(m_pid);
        while (!gone && std::chrono::steady_clock::now() < deadline)
        {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            gone = office_process::exited(m_pid);
        }
        // Anything left in its group (a hung office, oosplash's children) is stopped hard.
        office_process::stopGroup(m_pid);
        if (!gone)
            office_process::waitFor(m_pid);
        g_officeGroup = -1;
        m_pid = -1;
    }
    m_watcher.reset();
    m_xDesktop.clear();
    m_xContext.clear();
    try
    {
        if (m_xBridge.is())
            m_xBridge->dispose();
    }
    catch (...)
    {
        // Gone with the office already.
    }
    m_xBridge.clear();
    m_directory.reset();
    // An office stopped hard (an interrupt, a load past its limit) leaves its pipes' sockets.
    for (const std::string& pipe : m_pipes)
    {
        std::error_code ec;
        std::filesystem::remove(pipeSocket(pipe), ec);
    }
    office_process::release(m_watchdog);
}

std::string Office::fullTemporaryFolder() const
{
    return m_directory ? fullFolder(m_directory->path()) : std::string();
}

void Office::stopNow() noexcept
{
    office_process::stopGroup(m_pid);
}

Office::~Office()
{
    shutDown();
}

void Office::installExtension(const std::filesystem::path& oxt)
{
    checkReadable(oxt);
    try
    {
        uno::Reference<deployment::XExtensionManager> manager =
            deployment::ExtensionManager::get(m_xContext);
        const beans::NamedValue suppressLicense("SUPPRESS_LICENSE", uno::Any(OUString("1")));
        const uno::Reference<deployment::XPackage> added =
            manager->addExtension(fromUtf8(fileUrl(std::filesystem::absolute(oxt))),
                                  uno::Sequence<beans::NamedValue>(&suppressLicense, 1), "user",
                                  uno::Reference<task::XAbortChannel>(), new ApprovingEnvironment);
        // Unmet prerequisites (dependencies, platform) are declined without an exception.
        if (!added.is())
            throw Error(Error::Kind::Office,
                        "The extension " + oxt.filename().string() +
                            " could not be installed: this LibreOffice does not meet its "
                            "requirements (version or platform).");
    }
    catch (const uno::Exception& e)
    {
        throw Error(Error::Kind::Office, "The extension " + oxt.filename().string() +
                                             " could not be installed (" + toUtf8(e.Message) +
                                             ").");
    }
}

bool Office::hasExtension(const std::string& identifier)
{
    uno::Reference<deployment::XExtensionManager> manager =
        deployment::ExtensionManager::get(m_xContext);
    const uno::Sequence<uno::Reference<deployment::XPackage>> packages =
        manager->getDeployedExtensions("user", uno::Reference<task::XAbortChannel>(),
                                       uno::Reference<ucb::XCommandEnvironment>());
    for (const uno::Reference<deployment::XPackage>& package : packages)
        if (package.is() && toUtf8(package->getIdentifier().Value) == identifier)
            return true;
    return false;
}

void Office::removeExtension(const std::string& identifier)
{
    if (!hasExtension(identifier))
        return;
    try
    {
        deployment::ExtensionManager::get(m_xContext)
            ->removeExtension(fromUtf8(identifier), rtl::OUString(), "user",
                              uno::Reference<task::XAbortChannel>(), new ApprovingEnvironment);
    }
    catch (const uno::Exception& e)
    {
        throw Error(Error::Kind::Office, "The extension " + identifier + " could not be removed (" +
                                             toUtf8(e.Message) + ").");
    }
}

OpenDocument::OpenDocument(Office& office, const std::filesystem::path& file, OpenMode mode)
{
    checkReadable(file);
    const std::filesystem::path absolute = std::filesystem::absolute(file);
    const beans::PropertyValue argumentList[] = {
        property("Hidden", uno::Any(true)),
        property("ReadOnly", uno::Any(mode == OpenMode::ReadOnly)),
        property("MacroExecutionMode", uno::Any(document::MacroExecMode::NEVER_EXECUTE)),
        property("UpdateDocMode", uno::Any(document::UpdateDocMode::NO_UPDATE)),
    };
    const uno::Sequence<beans::PropertyValue> arguments(argumentList, 4);
    const std::string format = formatOf(file);
    const bool spreadsheet = format == "ods" || format == "xlsx" || format == "xls" ||
                             format == "csv" || format == "fods";
    const std::string notADocument =
        spreadsheet ? file.filename().string() +
                          " is a spreadsheet, not a text document. An equality plan is kept in "
                          "a Word or Writer document (.docx, .odt); copy the table into one."
                    : file.filename().string() + " could not be opened: LibreOffice does not read "
                                                 "it as a document (it may be damaged, "
                                                 "password-protected, or not a document at all). "
                                                 "Open it in Word or Writer, save it as "
                                                 ".docx or .odt, and try again.";
    const std::string url = fileUrl(absolute);
    // A package that unpacks to more than the limit is not handed to LibreOffice at all: a 1 MB
    // .docx holding a 1 GB document.xml took it to 7 GB of memory.
    if (const std::optional<PackageSize> size = packageSize(absolute);
        size && size->total > rules().maxUnpackedBytes)
        throw Error(Error::Kind::NotReadable,
                    file.filename().string() + " unpacks to " + sizeInWords(size->total) + " (" +
                        size->largestName + " alone is " + sizeInWords(size->largest) +
                        "), over eqplan's limit of " + sizeInWords(rules().maxUnpackedBytes) +
                        "; it was not opened. If it is a real plan, run again with --max-size " +
                        std::to_string(size->total / 1'000'000 + 1) + " (MB).");
    // Changed, it is locked first; a private office takes no lock itself, an office the user
    // runs (--connect) takes its own, which is only checked for here.
    if (mode == OpenMode::Editable)
        m_lock = std::make_unique<DocumentLock>(file, rules().breakLock, office.startedHere());
    // Opened to be changed, LibreOffice locks the file with ".~lock.NAME#" beside it; if the
    // office dies before closing the document, the lock is ours to remove.
    std::error_code ec;
    const std::filesystem::path lockFile =
        absolute.parent_path() / (".~lock." + absolute.filename().string() + "#");
    if (mode == OpenMode::Editable && !office.startedHere() &&
        !std::filesystem::exists(lockFile, ec))
        m_lockFile = lockFile;
    // Without an interaction handler LibreOffice asks for no password: it fails to load, and the
    // file itself says whether a password was the reason.
    const auto unreadable = [&]
    {
        if (const std::string full = office.fullTemporaryFolder(); !full.empty())
            return Error(Error::Kind::NotWritable, "LibreOffice could not open " +
                                                       file.filename().string() + ": " + full +
                                                       "; it was not changed.");
        if (passwordProtected(office.context(), absolute, url))
            return Error(Error::Kind::NotReadable,
                         file.filename().string() +
                             " is password-protected: eqplan cannot read it. Open it in Word or "
                             "Writer, save a copy without the password, and try again.");
        return Error(Error::Kind::NotReadable, notADocument);
    };
    // A private office still loading past the time limit is stopped, and the load fails.
    struct LoadTimer
    {
        std::mutex mutex;
        std::condition_variable done;
        bool finished = false;
        bool expired = false;
        std::thread thread;
        ~LoadTimer()
        {
            {
                std::lock_guard lock(mutex);
                finished = true;
            }
            done.notify_all();
            if (thread.joinable())
                thread.join();
        }
    } timer;
    if (office.startedHere())
        timer.thread = std::thread(
            [&timer, &office, limit = rules().maxLoadTime]
            {
                std::unique_lock lock(timer.mutex);
                if (!timer.done.wait_for(lock, limit, [&] { return timer.finished; }))
                {
                    timer.expired = true;
                    office.stopNow();
                }
            });
    const auto tooSlow = [&]
    {
        return Error(Error::Kind::NotReadable,
                     "LibreOffice took over " + std::to_string(rules().maxLoadTime.count()) +
                         (rules().maxLoadTime.count() == 1 ? " second" : " seconds") + " to open " + file.filename().string() +
                         " and was stopped; it was not changed. If it is a real plan, run again "
                         "with --max-load-time " +
                         std::to_string(rules().maxLoadTime.count() * 5) + " (seconds).");
    };
    const auto stopTimer = [&]
    {
        {
            std::lock_guard lock(timer.mutex);
            timer.finished = true;
        }
        timer.done.notify_all();
        if (timer.thread.joinable())
            timer.thread.join();
        return timer.expired;
    };
    try
    {
        // Read-only, the document is only read: no view, no layout. Where that cannot be, and to
        // change it (editing, storing and the PDF export work on a document with its hidden view, as
        // they always have), it is loaded the usual way.
        if (mode == OpenMode::ReadOnly)
            m_xComponent = loadWithoutView(office.context(), url, arguments);
        if (!m_xComponent.is())
            m_xComponent =
                office.desktop()->loadComponentFromURL(fromUtf8(url), "_blank", 0, arguments);
        if (stopTimer())
            throw tooSlow();
    }
    catch (const uno::RuntimeException&)
    {
        if (stopTimer())
            throw tooSlow();
        if (!m_lockFile.empty())
            std::filesystem::remove(m_lockFile, ec);
        throw Error(Error::Kind::Office, "LibreOffice failed while opening " + file.string() + ".");
    }
    catch (const uno::Exception&)
    {
        if (stopTimer())
            throw tooSlow();
        throw unreadable();
    }
    if (!m_xComponent.is())
        throw unreadable();
    m_office = &office;
    office.opened(m_xComponent);

    uno::Reference<lang::XServiceInfo> info(m_xComponent, uno::UNO_QUERY);
    if (info.is() && !info->supportsService("com.sun.star.text.TextDocument"))
    {
        std::string kind = "not a text document";
        if (info->supportsService("com.sun.star.sheet.SpreadsheetDocument"))
            kind = "a spreadsheet";
        else if (info->supportsService("com.sun.star.presentation.PresentationDocument"))
            kind = "a presentation";
        else if (info->supportsService("com.sun.star.drawing.DrawingDocument"))
            kind = "a drawing";
        const std::string message = file.filename().string() + " is " + kind +
                                    ", not a text document. An equality plan is kept in a Word "
                                    "or Writer document (.docx, .odt).";
        office.closing(m_xComponent);
        closeDocument(m_xComponent);
        throw Error(Error::Kind::NotReadable, message);
    }
    // An office that opened it read-only (a lock it found, a file it may not write) would refuse
    // the change later in the sidebar's words; say it here in the CLI's.
    uno::Reference<frame::XStorable> storable(m_xComponent, uno::UNO_QUERY);
    if (mode == OpenMode::Editable && storable.is() && storable->isReadonly())
    {
        office.closing(m_xComponent);
        closeDocument(m_xComponent);
        throw Error(Error::Kind::InUse,
                    "LibreOffice opened " + file.filename().string() +
                        " read-only (it is open or locked there, or it may not be written); it "
                        "was not changed. Close it there, or write a copy with -o, and try "
                        "again.");
    }
}

OpenDocument::~OpenDocument()
{
    if (m_office)
        m_office->closing(m_xComponent);
    closeDocument(m_xComponent);
    std::error_code ec;
    if (!m_lockFile.empty())
        std::filesystem::remove(m_lockFile, ec);
}

void checkReadable(const std::filesystem::path& file)
{
    std::error_code ec;
    if (!std::filesystem::exists(file, ec))
        throw Error(Error::Kind::NotReadable,
                    "There is no file " + file.string() + ". Check the name and the folder.");
    if (!std::filesystem::is_regular_file(file, ec))
        throw Error(Error::Kind::NotReadable,
                    file.string() + " is not a file. Give the path of a Word or Writer document.");
    if (::access(file.c_str(), R_OK) != 0)
        throw Error(Error::Kind::NotReadable,
                    file.string() + " cannot be read: " + std::strerror(errno) + ".");
}

void setOpeningRules(const OpeningRules& opening)
{
    rules() = opening;
}

const OpeningRules& openingRules()
{
    return rules();
}

bool interruptStoppedTheOffice()
{
    return g_stoppedPrivateOffice.load();
}

int interruptedBy()
{
    return g_interrupted.load();
}

void noteWritten(const std::filesystem::path& file)
{
    written().push_back(file);
}

std::vector<std::filesystem::path> writtenFiles()
{
    return written();
}

std::string formatOf(const std::filesystem::path& file)
{
    std::string extension = file.extension().string();
    if (!extension.empty())
        extension.erase(0, 1);
    for (char& c : extension)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return extension;
}
} // namespace eqplan::bridge
