#include "WriterDriver.hpp"

#include "eqplan/Text.hpp"

#include "eqplan/bridge/Strings.hpp"

#include "eqplan/bridge/Document.hpp"
#include "eqplan/bridge/Error.hpp"

#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XToolkitExperimental.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/UpdateDocMode.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/frame/XFrames.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/task/XInteractionAbort.hpp>
#include <com/sun/star/task/XInteractionHandler.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XPanel.hpp>
#include <com/sun/star/ui/XPanels.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>
#include <cppuhelper/implbase1.hxx>
#include <osl/file.hxx>
#include <rtl/ustring.hxx>

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <fstream>
#include <iostream>
#include <iterator>
#include <mutex>
#include <spawn.h>
#include <sstream>
#include <sys/wait.h>
#include <thread>

extern char** environ;

using namespace css;
using rtl::OUString;

namespace eqplan::driver
{
namespace
{
constexpr auto pollInterval = std::chrono::milliseconds(100);
// How many polls in a row must see the same layout (with the poll interval: half a second, longer
// than the panels' own 300 ms wait for a quiet document).
constexpr int stableChecks = 5;

// The profile's record of which package the driver installed in it.
std::filesystem::path stampOf(const std::filesystem::path& profile)
{
    return profile / "eqplan-driver-installed.txt";
}

OUString ascii(const std::string& s)
{
    return OUString::createFromAscii(s.c_str());
}

OUString fileUrl(const std::filesystem::path& path)
{
    const std::string system = std::filesystem::absolute(path).string();
    OUString url;
    if (osl::FileBase::getFileURLFromSystemPath(bridge::fromUtf8(system), url) !=
        osl::FileBase::E_None)
        throw DriverError("The path " + system + " cannot be used.");
    return url;
}

// A fingerprint of a file's content (64-bit FNV-1a): a rebuilt package differs even when its
// version number does not.
std::string fingerprint(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw DriverError("Cannot read " + file.string() + ".");
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (std::istreambuf_iterator<char> it(in), end; it != end; ++it)
    {
        hash ^= static_cast<unsigned char>(*it);
        hash *= 0x100000001b3ULL;
    }
    std::ostringstream out;
    out << std::hex << hash;
    return out.str();
}

std::string readStamp(const std::filesystem::path& profile)
{
    std::ifstream in(stampOf(profile));
    std::string line;
    std::getline(in, line);
    return line;
}

// Makes the profile fit for being driven: no tip of the day over the first document, which would
// hide the window being looked at, and no lock files, whose stale copy (left by an office that was
// killed) would stop the next load with a question.
void prepareProfile(bridge::Office& office)
{
    uno::Reference<lang::XMultiServiceFactory> provider =
        configuration::theDefaultProvider::get(office.context());
    const uno::Any path(
        beans::NamedValue("nodepath", uno::Any(OUString("/org.openoffice.Office.Common/Misc"))));
    uno::Reference<beans::XPropertySet> misc(
        provider->createInstanceWithArguments(
            "com.sun.star.configuration.ConfigurationUpdateAccess",
            uno::Sequence<uno::Any>(&path, 1)),
        uno::UNO_QUERY_THROW);
    misc->setPropertyValue("ShowTipOfTheDay", uno::Any(false));
    misc->setPropertyValue("UseLocking", uno::Any(false));
    uno::Reference<util::XChangesBatch>(misc, uno::UNO_QUERY_THROW)->commitChanges();
}

// Answers every question the office asks while loading with "abort": a load that needs an answer
// (a damaged file, a password) fails with an exception instead of waiting for a click forever.
class RefusingHandler : public cppu::WeakImplHelper1<task::XInteractionHandler>
{
public:
    void SAL_CALL handle(const uno::Reference<task::XInteractionRequest>& request) override
    {
        for (const uno::Reference<task::XInteractionContinuation>& continuation :
             request->getContinuations())
            if (uno::Reference<task::XInteractionAbort>(continuation, uno::UNO_QUERY).is())
            {
                continuation->select();
                return;
            }
    }
};

template <class Condition>
bool waitFor(Condition condition, std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;)
    {
        if (condition())
            return true;
        if (std::chrono::steady_clock::now() > deadline)
            return false;
        std::this_thread::sleep_for(pollInterval);
    }
}

std::string joined(const std::vector<std::string>& values)
{
    return text::join(values, ", ");
}

std::vector<std::string> names(const uno::Sequence<OUString>& sequence)
{
    std::vector<std::string> out;
    for (const OUString& name : sequence)
        out.push_back(bridge::toUtf8(name));
    return out;
}

// Where the panels' windows and their controls are: it stops changing once the sidebar and the
// panels are done laying themselves out.
std::vector<int> layoutOf(const std::vector<uno::Reference<awt::XWindow>>& windows)
{
    std::vector<int> out;
    auto add = [&](const uno::Reference<awt::XWindow>& window)
    {
        const awt::Rectangle r = window->getPosSize();
        out.insert(out.end(), {r.X, r.Y, r.Width, r.Height});
    };
    for (const uno::Reference<awt::XWindow>& window : windows)
    {
        add(window);
        uno::Reference<awt::XControlContainer> controls(window, uno::UNO_QUERY);
        if (controls.is())
            for (const uno::Reference<awt::XControl>& control : controls->getControls())
                if (uno::Reference<awt::XWindow> child{control, uno::UNO_QUERY}; child.is())
                    add(child);
    }
    return out;
}
} // namespace

std::unique_ptr<bridge::Office> startVisibleOffice(const std::filesystem::path& profile,
                                                   const std::vector<std::string>& environment)
{
    const char* display = std::getenv("DISPLAY");
    if (!display || !*display)
        throw DriverError("There is no X display to show Writer on: set DISPLAY, or run under "
                          "xvfb-run -a -s \"-screen 0 1600x1000x24\".");
    std::filesystem::create_directories(profile);
    bridge::OfficeOptions options;
    options.headless = false;
    options.profile = profile;
    // gen draws with plain X11, the same on Xvfb as on a desktop; a caller may choose another.
    const bool pluginChosen = std::any_of(environment.begin(), environment.end(),
                                          [](const std::string& variable)
                                          { return variable.rfind("SAL_USE_VCLPLUGIN=", 0) == 0; });
    if (!std::getenv("SAL_USE_VCLPLUGIN") && !pluginChosen)
        options.environment.push_back("SAL_USE_VCLPLUGIN=gen");
    options.environment.insert(options.environment.end(), environment.begin(), environment.end());
    std::unique_ptr<bridge::Office> office = bridge::Office::start(options);
    prepareProfile(*office);
    return office;
}

bool hasCurrentExtension(bridge::Office& office, const std::filesystem::path& profile,
                         const std::filesystem::path& oxt)
{
    return office.hasExtension(extensionId) && readStamp(profile) == fingerprint(oxt);
}

std::unique_ptr<bridge::Office> startWithExtension(const std::filesystem::path& profile,
                                                   const std::filesystem::path& oxt,
                                                   bool* installed,
                                                   const std::vector<std::string>& environment)
{
    bridge::checkReadable(oxt);
    std::unique_ptr<bridge::Office> office = startVisibleOffice(profile, environment);
    const bool current = hasCurrentExtension(*office, profile, oxt);
    if (installed)
        *installed = !current;
    if (current)
        return office;
    // Same identifier and version: the office would ask whether to replace it. Remove it first.
    office->removeExtension(extensionId);
    try
    {
        office->installExtension(oxt);
    }
    catch (const bridge::Error& e)
    {
        // An office that aborted while using this profile can leave its extension registry
        // naming files that are gone, and every later install then fails. The profile is this
        // driver's own (its stamp is in it): it is made again from nothing, once.
        if (!std::filesystem::exists(stampOf(profile)))
            throw;
        std::cerr << "writer driver: " << e.what() << " Making the profile " << profile.string()
                  << " again.\n";
        office.reset();
        std::filesystem::remove_all(profile);
        office = startVisibleOffice(profile, environment);
        office->installExtension(oxt);
    }
    std::ofstream(stampOf(profile)) << fingerprint(oxt) << '\n';
    // Never two offices on one profile: the first one is gone before the second starts.
    office.reset();
    return startVisibleOffice(profile, environment);
}

uno::Reference<frame::XModel> openVisible(bridge::Office& office, const std::filesystem::path& file)
{
    bridge::checkReadable(file);
    auto property = [](const char* name, const uno::Any& value)
    {
        beans::PropertyValue p;
        p.Name = OUString::createFromAscii(name);
        p.Value = value;
        return p;
    };
    const beans::PropertyValue argumentList[] = {
        property("Hidden", uno::Any(false)),
        property("MacroExecutionMode", uno::Any(document::MacroExecMode::NEVER_EXECUTE)),
        property("UpdateDocMode", uno::Any(document::UpdateDocMode::NO_UPDATE)),
        property("InteractionHandler",
                 uno::Any(uno::Reference<task::XInteractionHandler>(new RefusingHandler))),
        // Loaded on the office's main thread, as a document a person opens is. Loaded on the
        // thread of the UNO call, under the GTK 3 plugin, the new window's menu asks GTK for the
        // clipboard from that thread (SwView::IsPasteAllowed, gtk_clipboard_wait_for_targets), and
        // one start in three to nine waited for it for ever while the main thread waited for
        // GLib's main context (seen in gdb on the hung soffice.bin).
        property("OnMainThread", uno::Any(true)),
    };
    const uno::Sequence<beans::PropertyValue> arguments(argumentList, std::size(argumentList));
    uno::Reference<lang::XComponent> component;
    try
    {
        component = office.desktop()->loadComponentFromURL(fileUrl(file), "_blank", 0, arguments);
    }
    catch (const uno::Exception& e)
    {
        throw bridge::Error(bridge::Error::Kind::NotReadable, file.string() +
                                                                  " could not be opened (" +
                                                                  bridge::toUtf8(e.Message) + ").");
    }
    uno::Reference<lang::XServiceInfo> info(component, uno::UNO_QUERY);
    uno::Reference<frame::XModel> model(component, uno::UNO_QUERY);
    if (!model.is() || !info.is() || !info->supportsService("com.sun.star.text.TextDocument"))
    {
        if (component.is())
            component->dispose();
        throw bridge::Error(bridge::Error::Kind::NotReadable,
                            file.string() + " did not open as a Writer document.");
    }
    return model;
}

OpenedOffice startAndOpen(const std::filesystem::path& profile, const std::filesystem::path& oxt,
                          const std::vector<std::string>& environment,
                          const std::filesystem::path& file, std::chrono::seconds limit,
                          int attempts)
{
    std::string failures;
    for (int start = 1; start <= attempts; ++start)
    {
        OpenedOffice out;
        out.starts = start;
        out.office = startWithExtension(profile, oxt, nullptr, environment);
        // The watchdog: an office that has not loaded the document in time is stopped, and the
        // call waiting on it fails.
        std::mutex mutex;
        std::condition_variable loaded;
        bool done = false, stopped = false;
        std::thread watchdog(
            [&]
            {
                std::unique_lock<std::mutex> lock(mutex);
                if (!loaded.wait_for(lock, limit, [&] { return done; }))
                {
                    stopped = true;
                    out.office->stopNow();
                }
            });
        std::exception_ptr failure;
        try
        {
            out.model = openVisible(*out.office, file);
        }
        catch (...)
        {
            failure = std::current_exception();
        }
        {
            std::lock_guard<std::mutex> lock(mutex);
            done = true;
        }
        loaded.notify_one();
        watchdog.join();
        if (!stopped && !failure)
            return out;
        if (!stopped)
            std::rethrow_exception(failure);
        failures += " Office " + std::to_string(start) + " had not loaded it after " +
                    std::to_string(limit.count()) + " s.";
        out.model.clear();
        out.office.reset();
    }
    throw DriverError(file.string() + " could not be opened in a visible office." + failures);
}

uno::Reference<frame::XFrame> frameOf(const uno::Reference<frame::XModel>& model)
{
    uno::Reference<frame::XController> controller = model->getCurrentController();
    uno::Reference<frame::XFrame> frame = controller.is() ? controller->getFrame() : nullptr;
    if (!frame.is())
        throw DriverError("The document has no window.");
    return frame;
}

void setWindowSize(const uno::Reference<frame::XModel>& model, int width, int height)
{
    uno::Reference<awt::XWindow> window = frameOf(model)->getContainerWindow();
    window->setPosSize(0, 0, width, height, awt::PosSize::POSSIZE);
    window->setVisible(true);
}

uno::Reference<ui::XDeck> openDeck(const uno::Reference<frame::XModel>& model,
                                   const std::string& deck, const std::vector<std::string>& panels,
                                   std::chrono::milliseconds timeout)
{
    uno::Reference<frame::XController2> controller(model->getCurrentController(),
                                                   uno::UNO_QUERY_THROW);
    uno::Reference<ui::XSidebarProvider> sidebar = controller->getSidebar();
    if (!sidebar.is())
        throw DriverError("The document's window has no sidebar.");
    sidebar->setVisible(true);

    // The sidebar lists the decks of the current context once it has seen it.
    uno::Reference<ui::XDecks> decks;
    if (!waitFor(
            [&]
            {
                decks = sidebar->getDecks();
                return decks.is() && decks->hasByName(ascii(deck));
            },
            timeout))
        throw DriverError(
            "The sidebar has no deck " + deck + " (it has: " +
            joined(decks.is() ? names(decks->getElementNames()) : std::vector<std::string>()) +
            "). Is the extension installed in this profile?");
    uno::Reference<ui::XDeck> xDeck(decks->getByName(ascii(deck)), uno::UNO_QUERY_THROW);
    // activate(true) on the deck already open closes it again.
    if (!xDeck->isActive())
        xDeck->activate(true);
    if (!waitFor([&] { return bool(xDeck->isActive()); }, timeout))
        throw DriverError("The deck " + deck + " did not open.");

    std::vector<std::string> missing;
    waitFor(
        [&]
        {
            missing.clear();
            uno::Reference<ui::XPanels> present = xDeck->getPanels();
            for (const std::string& panel : panels)
                if (!present->hasByName(ascii(panel)))
                    missing.push_back(panel);
            return missing.empty();
        },
        timeout);
    if (!missing.empty())
        throw DriverError("The deck " + deck + " has no panel " + joined(missing) + ".");

    // The panels are listed from the configuration; whether their factory made them shows in
    // their windows. (Asking a panel the factory failed to make crashes LibreOffice 7.4.)
    std::vector<uno::Reference<awt::XWindow>> windows;
    for (const std::string& panel : panels)
    {
        uno::Reference<ui::XPanel> xPanel(xDeck->getPanels()->getByName(ascii(panel)),
                                          uno::UNO_QUERY_THROW);
        uno::Reference<awt::XWindow> window;
        try
        {
            // The profile remembers panels collapsed in an earlier run: open every one.
            if (!xPanel->isExpanded())
                xPanel->expand(false);
            if (!waitFor(
                    [&]
                    {
                        window = xPanel->getDialog();
                        return window.is() && window->getPosSize().Width > 1;
                    },
                    timeout))
                throw DriverError("The panel " + panel + " of the deck " + deck +
                                  (window.is() ? " has no width." : " has no window."));
        }
        catch (const lang::DisposedException&)
        {
            throw DriverError("LibreOffice stopped when asked for the panel " + panel +
                              ": its factory probably failed to make it.");
        }
        windows.push_back(window);
    }

    // A panel is first made at its dialog's size and then fitted to the sidebar, in steps.
    std::vector<int> last;
    int unchanged = 0;
    const bool stable = waitFor(
        [&]
        {
            std::vector<int> now = layoutOf(windows);
            unchanged = now == last ? unchanged + 1 : 0;
            last = std::move(now);
            return unchanged >= stableChecks;
        },
        timeout);
    if (!stable)
        throw DriverError("The panels of the deck " + deck + " kept changing their layout for " +
                          std::to_string(timeout.count()) + " ms.");
    return xDeck;
}

void putCursorInCell(const uno::Reference<frame::XModel>& model, const std::string& table,
                     const std::string& cell)
{
    if (!bridge::showCell(model->getCurrentController(), table, cell))
        throw DriverError("The document has no cell " + cell + " in a table " + table + ".");
}

void rememberDeckWidth(bridge::Office& office, sal_Int32 width)
{
    uno::Reference<lang::XMultiServiceFactory> provider =
        configuration::theDefaultProvider::get(office.context());
    beans::NamedValue path;
    path.Name = "nodepath";
    path.Value <<= OUString("/org.openoffice.Office.Views/Windows");
    const uno::Any argument(path);
    uno::Reference<container::XNameAccess> windows(
        provider->createInstanceWithArguments(
            "com.sun.star.configuration.ConfigurationUpdateAccess",
            uno::Sequence<uno::Any>(&argument, 1)),
        uno::UNO_QUERY_THROW);
    if (!windows->hasByName("swriter/10336"))
        return;
    uno::Reference<container::XNameAccess> window(windows->getByName("swriter/10336"),
                                                  uno::UNO_QUERY_THROW);
    uno::Reference<container::XNameContainer> data(window->getByName("UserData"),
                                                   uno::UNO_QUERY_THROW);
    // The sidebar is its panels, their border and the tab bar: 51 pixels more.
    const OUString total = OUString::number(width + 51);
    const uno::Any value(
        OUString(width == 0 ? OUString("V2,V,0,AL:(5,16,0/0/315/450,315;900)")
                            : "V2,V,0,AL:(5,16,0/0/" + total + "/450," + total + ";900)"));
    if (data->hasByName("Data"))
        data->replaceByName("Data", value);
    else
        data->insertByName("Data", value);
    uno::Reference<util::XChangesBatch>(windows, uno::UNO_QUERY_THROW)->commitChanges();
}

void showOnly(const uno::Reference<ui::XDeck>& deck, const std::string& panel)
{
    const uno::Reference<ui::XPanels> panels = deck->getPanels();
    if (!panels->hasByName(ascii(panel)))
        throw DriverError("The deck has no panel " + panel + ".");
    uno::Reference<ui::XPanel>(panels->getByName(ascii(panel)), uno::UNO_QUERY_THROW)->expand(true);
}

uno::Reference<awt::XControl> panelDialog(const uno::Reference<ui::XDeck>& deck, const char* panel)
{
    return uno::Reference<awt::XControl>(
        uno::Reference<ui::XPanel>(deck->getPanels()->getByName(OUString::createFromAscii(panel)),
                                   uno::UNO_QUERY_THROW)
            ->getDialog(),
        uno::UNO_QUERY_THROW);
}

uno::Reference<awt::XControl> panelControl(const uno::Reference<ui::XDeck>& deck, const char* panel,
                                           const char* name)
{
    return uno::Reference<awt::XControlContainer>(panelDialog(deck, panel), uno::UNO_QUERY_THROW)
        ->getControl(OUString::createFromAscii(name));
}

std::string controlName(const uno::Reference<awt::XControl>& control)
{
    return bridge::toUtf8(
        uno::Reference<beans::XPropertySet>(control->getModel(), uno::UNO_QUERY_THROW)
            ->getPropertyValue("Name")
            .get<OUString>());
}

bool showsWords(const uno::Reference<awt::XControl>& control)
{
    if (uno::Reference<awt::XFixedText> label{control, uno::UNO_QUERY}; label.is())
        return !label->getText().isEmpty();
    if (uno::Reference<awt::XTextComponent> field{control, uno::UNO_QUERY}; field.is())
        return !field->getText().isEmpty();
    return uno::Reference<awt::XButton>(control, uno::UNO_QUERY).is() ||
           uno::Reference<awt::XCheckBox>(control, uno::UNO_QUERY).is();
}

std::string whyGone(bridge::Office& office)
{
    try
    {
        office.desktop()->getFrames();
        return {};
    }
    catch (const uno::RuntimeException& e)
    {
        const std::string output = office.outputTail();
        return "LibreOffice has gone (" + bridge::toUtf8(e.Message) + ")" +
               (output.empty() ? std::string(", saying nothing.")
                               : ". The end of its output:\n" + output);
    }
}

std::string restartIfGone(std::unique_ptr<bridge::Office>& office,
                          const std::filesystem::path& profile, const std::filesystem::path& oxt)
{
    const std::string gone = office ? whyGone(*office) : std::string();
    if (!gone.empty())
        try
        {
            office = startWithExtension(profile, oxt);
        }
        catch (const std::exception& e)
        {
            throw DriverError(gone + "\nAnother office did not start: " + e.what());
        }
    return gone;
}

void settle(bridge::Office& office)
{
    uno::Reference<awt::XToolkitExperimental> toolkit(awt::Toolkit::create(office.context()),
                                                      uno::UNO_QUERY_THROW);
    toolkit->processEventsToIdle();
}

bool eventually(const std::function<bool()>& done, std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    const auto holds = [&]
    {
        try
        {
            return done();
        }
        catch (const uno::RuntimeException&)
        {
            return false;
        }
    };
    while (!holds())
    {
        if (std::chrono::steady_clock::now() > deadline)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return true;
}

namespace
{
// Runs tools/screenshot.py: the PNG, and the PPM where `ppm` is not empty.
void takeScreenshot(const std::filesystem::path& png, const std::filesystem::path& ppm)
{
    if (!png.parent_path().empty())
        std::filesystem::create_directories(png.parent_path());
    std::string python = EQPLAN_PYTHON;
    std::string script = EQPLAN_SCREENSHOT_SCRIPT;
    std::string out = png.string();
    std::string pixels = ppm.string();
    char* argv[] = {python.data(), script.data(), out.data(), ppm.empty() ? nullptr : pixels.data(),
                    nullptr};
    pid_t pid = -1;
    if (const int error = ::posix_spawn(&pid, argv[0], nullptr, nullptr, argv, environ); error != 0)
        throw DriverError("Cannot run " + python + ": " + std::strerror(error));
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR)
    {
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        throw DriverError("The screenshot " + out + " could not be taken (see above).");
}
} // namespace

void screenshot(const std::filesystem::path& png)
{
    takeScreenshot(png, {});
}

Screen screenshotPixels(const std::filesystem::path& png)
{
    std::filesystem::path ppm = png;
    ppm.replace_extension(".ppm");
    takeScreenshot(png, ppm);
    std::ifstream in(ppm, std::ios::binary);
    std::string magic;
    int maximum = 0;
    Screen screen;
    in >> magic >> screen.width >> screen.height >> maximum;
    in.get(); // the one white space before the pixels
    if (!in || magic != "P6" || maximum != 255 || screen.width <= 0 || screen.height <= 0)
        throw DriverError("The screenshot's pixels in " + ppm.string() + " cannot be read.");
    const std::size_t count = std::size_t(screen.width) * std::size_t(screen.height);
    std::vector<unsigned char> bytes(count * 3);
    in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    if (!in)
        throw DriverError("The screenshot's pixels in " + ppm.string() + " are cut short.");
    screen.pixels.resize(count);
    for (std::size_t i = 0; i < count; ++i)
        screen.pixels[i] = (std::uint32_t(bytes[3 * i]) << 16) |
                           (std::uint32_t(bytes[3 * i + 1]) << 8) | bytes[3 * i + 2];
    in.close();
    std::filesystem::remove(ppm); // 4.8 MB a screen: the PNG is what a person looks at
    return screen;
}

void waitUntilClosed(const uno::Reference<frame::XModel>& model)
{
    for (;;)
    {
        try
        {
            // A closed document has no controller any more, or throws: it is disposed.
            if (!model->getCurrentController().is())
                return;
        }
        catch (const uno::RuntimeException&)
        {
            return; // closed, or the office has gone (File ▸ Exit)
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
    }
}
} // namespace eqplan::driver
