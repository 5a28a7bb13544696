// Drives a real, visible Writer with the eqplan extension, the way a person would use it: for
// eqplan-demo and for GUI tests. Needs an X display ($DISPLAY; Xvfb will do). Every function
// throws DriverError (or bridge::Error from the bridge) with a message that says what was
// expected and what happened.
#pragma once

#include "eqplan/bridge/Office.hpp"

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/ui/XDeck.hpp>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace eqplan::driver
{
// The extension's identifier and its deck and panels, as registered by the .oxt.
inline constexpr const char* extensionId = "org.eqplan.extension";
inline constexpr const char* deckId = "EqplanDeck";
inline const std::vector<std::string> panelIds{
    "EqplanPlanPanel",   "EqplanObjectivePanel", "EqplanReviewPanel", "EqplanChecksPanel",
    "EqplanOwnersPanel", "EqplanCoveragePanel",  "EqplanPublishPanel"};

// Something the driver expected did not happen.
class DriverError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Starts a visible office on $DISPLAY that keeps its profile in `profile` (created if missing),
// with the gen VCL plugin unless SAL_USE_VCLPLUGIN or `environment` says otherwise; `environment`
// ("NAME=value": a VCL plugin, a GTK theme) is added to soffice's own. That profile shows no tip
// of the day and uses no lock files.
std::unique_ptr<bridge::Office>
startVisibleOffice(const std::filesystem::path& profile,
                   const std::vector<std::string>& environment = {});

// Whether the profile holds this very package: the extension is installed and the fingerprint
// the driver left in the profile matches `oxt`'s content. An office must be running on it.
bool hasCurrentExtension(bridge::Office& office, const std::filesystem::path& profile,
                         const std::filesystem::path& oxt);

// Starts a visible office whose profile has `oxt` installed. When the profile holds another build
// of it, or none, the package is installed (replacing the old one) through the office and the
// office is started again, since an extension takes effect only then. `installed`, if given,
// says whether that happened. `environment` as for startVisibleOffice.
std::unique_ptr<bridge::Office>
startWithExtension(const std::filesystem::path& profile, const std::filesystem::path& oxt,
                   bool* installed = nullptr, const std::vector<std::string>& environment = {});

// Opens `file` in a new visible Writer window, editable, with macros off. Throws
// bridge::Error when it is not a readable text document, or when loading it would ask a question
// (a damaged file, a password).
css::uno::Reference<css::frame::XModel> openVisible(bridge::Office& office,
                                                    const std::filesystem::path& file);

// An office and the document opened in it.
struct OpenedOffice
{
    std::unique_ptr<bridge::Office> office;
    css::uno::Reference<css::frame::XModel> model;
    int starts = 0; // how many offices it took
};

// Starts an office as startWithExtension does and opens `file` in it as openVisible does. An
// office whose load has not finished after `limit` is stopped and another started, `attempts`
// offices at most; then throws DriverError.
OpenedOffice startAndOpen(const std::filesystem::path& profile, const std::filesystem::path& oxt,
                          const std::vector<std::string>& environment,
                          const std::filesystem::path& file, std::chrono::seconds limit,
                          int attempts = 3);

// The window (frame) a document is shown in.
css::uno::Reference<css::frame::XFrame>
frameOf(const css::uno::Reference<css::frame::XModel>& model);

// Places the document's window at the top left of the screen with this size. Without a window
// manager a window keeps the size it had last time, which can be 1 pixel wide.
void setWindowSize(const css::uno::Reference<css::frame::XModel>& model, int width, int height);

// Shows the sidebar of the document's window with the deck `deck` open, and waits until the deck
// holds every panel of `panels`, each made and with a width, and their layout has stopped
// changing. Returns the deck.
css::uno::Reference<css::ui::XDeck>
openDeck(const css::uno::Reference<css::frame::XModel>& model, const std::string& deck,
         const std::vector<std::string>& panels,
         std::chrono::milliseconds timeout = std::chrono::seconds(30));

// Makes the office remember the sidebar of Writer's windows as if a person had left it with its
// panels `width` pixels wide (Office.Views, the sidebar's child window 10336); the next window
// opened reads it. 0 forgets it: the next window opens at the deck's default.
void rememberDeckWidth(bridge::Office& office, sal_Int32 width);

// Moves the view cursor into a cell of a text table ("Table1", "B2"), as a click there would.
void putCursorInCell(const css::uno::Reference<css::frame::XModel>& model, const std::string& table,
                     const std::string& cell);

// Expands the panel `panel` of an open deck and collapses the others, so that it shows whole.
void showOnly(const css::uno::Reference<css::ui::XDeck>& deck, const std::string& panel);

// The dialog of the panel `panel` of an open deck ("EqplanPlanPanel"), and one of its controls by
// name (empty where it has none of that name).
css::uno::Reference<css::awt::XControl> panelDialog(const css::uno::Reference<css::ui::XDeck>& deck,
                                                    const char* panel);
css::uno::Reference<css::awt::XControl>
panelControl(const css::uno::Reference<css::ui::XDeck>& deck, const char* panel, const char* name);

// The name a control has in its panel's dialog ("matrix", "heading").
std::string controlName(const css::uno::Reference<css::awt::XControl>& control);

// Whether a control shows words of its own: a label, button, check box or text field with some.
bool showsWords(const css::uno::Reference<css::awt::XControl>& control);

// Empty while the office answers; once it has gone (it aborted, or was killed), says so with the
// end of its own output, where LibreOffice writes why it aborted. A test suite sharing one office
// reports that in the test that was running and starts another for the next tests.
std::string whyGone(bridge::Office& office);

// whyGone(*office); when that is not empty, `office` is replaced by a new one on the same profile
// with the extension (startWithExtension), for the next tests.
std::string restartIfGone(std::unique_ptr<bridge::Office>& office,
                          const std::filesystem::path& profile, const std::filesystem::path& oxt);

// Lets the office handle every pending event (layout, painting) before looking at the screen.
void settle(bridge::Office& office);

// Whether `done` comes true within `timeout`, asked every 50 ms; a panel may be replacing what it
// reads (a tree, a grid's rows), so a RuntimeException from it counts as not yet.
bool eventually(const std::function<bool()>& done,
                std::chrono::milliseconds timeout = std::chrono::seconds(15));

// Saves what the X display shows as a PNG file (through tools/screenshot.py).
void screenshot(const std::filesystem::path& png);

// What the X display shows, pixel by pixel.
struct Screen
{
    int width = 0;
    int height = 0;
    std::vector<std::uint32_t> pixels; // 0xRRGGBB, row after row

    std::uint32_t at(int x, int y) const
    {
        return pixels[std::size_t(y) * std::size_t(width) + std::size_t(x)];
    }
};

// Saves what the X display shows as a PNG file, as screenshot() does, and gives its pixels.
Screen screenshotPixels(const std::filesystem::path& png);

// Returns once the document's window is closed, or the office has gone.
void waitUntilClosed(const css::uno::Reference<css::frame::XModel>& model);
} // namespace eqplan::driver
