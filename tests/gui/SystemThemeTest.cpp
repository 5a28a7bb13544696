// Issue 17, item 7, in a real system theme given at start: Writer with LibreOffice's GTK 3 plugin,
// which takes its colours from the GTK theme GTK_THEME names (Adwaita:dark, GNOME's dark style;
// HighContrastInverse, GNOME's high-contrast theme of light words on black), under Xvfb with a
// small window manager (without one GTK 3 maps Writer's window 24 x 26 pixels). The seed plan is
// opened with the deck, and each panel is looked at in a screenshot's pixels as a person would:
// the panel is drawn in the theme's dark background; the coverage matrix and the review timeline
// are drawn on it (no box of another colour), their words in the theme's text colour at 4.5:1 or
// more (WCAG's contrast for text); every label, button, text field, list and grid with words shows
// lines of them at 4.5:1 or more on the theme's background. Screenshots in the build tree
// (SystemTheme-THEME-PANEL.png); look at them.
//
// Where a panel is on the screen: under GTK 3 a panel's accessible objects know their place in the
// panel but not the panel's on the screen (the panel's reads -1,-1: its parents end at VCL's
// default window, not at Writer's). The test takes the deck's column from the accessible tree of
// Writer's window (placed below GTK's menu bar, which VCL does not count), and the panel's top
// from the pixels: the first run of rows, from the top, of the column's left margin in the panel's
// background as tall as the panel (the deck's title and the panels' title bars above it are drawn
// otherwise). A wrong place shows: the words and pictures looked at would not be there.
//
// GTK 3.24's HighContrastInverse gives panels #303030 and words #f3f3f1, little darker than
// Adwaita's dark (#353535, #eeeeec), and LibreOffice does not turn its own high-contrast mode on
// for it: the test asks of both what it asks of a dark theme.
//
// A hang of the office's own, not the product's: under GTK 3 a document loaded on the UNO thread
// hung one start in three to nine (WriterDriver's openVisible says why). The driver now loads on
// the office's main thread, and stops an office whose load takes over 30 s and starts another,
// three at most.
//
// It skips (and ctest shows it skipped) where LibreOffice's GTK 3 plugin (Debian:
// libreoffice-gtk3) or matchbox-window-manager is not installed, as on CI: ./dev does not install
// them. What it does not prove: a change of the theme with Writer open (ThemeTest's
// PicturesAreDrawnAgainWhenTheThemeChangesWithTheDeckOpen does that under gen), or any desktop
// but GTK's.
#include "ScreenPixels.hpp"
#include "WriterDriver.hpp"

#include "eqplan/bridge/Strings.hpp"

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleComponent.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XStyleSettings.hpp>
#include <com/sun/star/awt/XStyleSettingsSupplier.hpp>
#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/awt/grid/XGridControl.hpp>
#include <com/sun/star/awt/grid/XGridDataModel.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/ui/XPanel.hpp>
#include <com/sun/star/ui/XPanels.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <optional>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

using namespace css;
using namespace eqplan;
using driver::Area;

namespace
{
const std::filesystem::path fixtures = EQPLAN_FIXTURE_DIR;
const std::filesystem::path artefacts = EQPLAN_GUI_ARTEFACT_DIR;
constexpr const char* windowManager = "matchbox-window-manager";

using driver::eventually;

// Whether a program is on the PATH.
bool onPath(const std::string& program)
{
    const char* path = std::getenv("PATH");
    std::string folders = path ? path : "";
    for (std::size_t start = 0; start <= folders.size();)
    {
        const std::size_t end = std::min(folders.find(':', start), folders.size());
        const std::filesystem::path candidate =
            std::filesystem::path(folders.substr(start, end - start)) / program;
        if (::access(candidate.c_str(), X_OK) == 0)
            return true;
        start = end + 1;
    }
    return false;
}

// Why the test cannot run here, or nothing.
std::optional<std::string> missing()
{
    if (!std::filesystem::exists(std::filesystem::path(EQPLAN_LO_PROGRAM_DIR) /
                                 "libvclplug_gtk3lo.so"))
        return "LibreOffice's GTK 3 plugin is not installed (Debian: libreoffice-gtk3)";
    if (!onPath(windowManager))
        return std::string(windowManager) + " is not installed (Debian: " + windowManager + ")";
    return std::nullopt;
}

// A small window manager on the test's display, for as long as the suite runs.
class WindowManager
{
public:
    WindowManager()
    {
        std::string program = windowManager;
        char titles[] = "-use_titlebar";
        char no[] = "no";
        char* argv[] = {program.data(), titles, no, nullptr};
        if (::posix_spawnp(&m_pid, program.c_str(), nullptr, nullptr, argv, environ) != 0)
            m_pid = -1;
        // It takes over the display's root window before the office maps any window.
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
    }
    ~WindowManager()
    {
        if (m_pid <= 0)
            return;
        ::kill(m_pid, SIGTERM);
        int status = 0;
        ::waitpid(m_pid, &status, 0);
    }
    WindowManager(const WindowManager&) = delete;
    WindowManager& operator=(const WindowManager&) = delete;

    bool running() const
    {
        int status = 0;
        return m_pid > 0 && ::waitpid(m_pid, &status, WNOHANG) == 0;
    }

private:
    pid_t m_pid = -1;
};

// A theme as GTK_THEME names it, and what the test calls it.
struct ThemeCase
{
    const char* name;
    const char* gtkTheme;
};

// Whether a list or a grid has rows to show.
bool hasRows(const uno::Reference<awt::XControl>& control)
{
    if (uno::Reference<awt::XListBox> list{control, uno::UNO_QUERY}; list.is())
        return list->getItemCount() > 0;
    if (uno::Reference<awt::grid::XGridControl> grid{control, uno::UNO_QUERY}; grid.is())
        return uno::Reference<awt::grid::XGridDataModel>(
                   uno::Reference<beans::XPropertySet>(control->getModel(), uno::UNO_QUERY_THROW)
                       ->getPropertyValue("GridDataModel"),
                   uno::UNO_QUERY_THROW)
                   ->getRowCount() > 0;
    return false;
}

// The accessible object of Writer's window holding the deck's panels: the first with no children
// as wide as a panel, in VCL's coordinates (which under GTK 3 start below the menu bar).
std::optional<Area> deckColumn(const uno::Reference<accessibility::XAccessibleContext>& context,
                               int panelWidth, int depth = 0)
{
    if (!context.is() || depth > 12)
        return std::nullopt;
    const uno::Reference<accessibility::XAccessibleComponent> component(context, uno::UNO_QUERY);
    const sal_Int32 children = context->getAccessibleChildCount();
    if (component.is() && children == 0)
    {
        const awt::Size size = component->getSize();
        const awt::Point at = component->getLocationOnScreen();
        if (size.Width == panelWidth && size.Height >= 200)
            return Area{at.X, at.Y, size.Width, size.Height};
    }
    // A document's paragraphs and a toolbar's buttons hold no sidebar.
    if (children > 40)
        return std::nullopt;
    for (sal_Int32 i = 0; i < children; ++i)
        if (const uno::Reference<accessibility::XAccessible> child = context->getAccessibleChild(i);
            child.is())
            if (std::optional<Area> found =
                    deckColumn(child->getAccessibleContext(), panelWidth, depth + 1))
                return found;
    return std::nullopt;
}

class SystemTheme : public testing::TestWithParam<ThemeCase>
{
protected:
    static void SetUpTestSuite()
    {
        if (missing())
            return;
        std::filesystem::create_directories(artefacts);
        s_windowManager = std::make_unique<WindowManager>();
    }

    static void TearDownTestSuite() { s_windowManager.reset(); }

    void TearDown() override
    {
        if (m_opened.model.is())
            try
            {
                uno::Reference<util::XCloseable>(m_opened.model, uno::UNO_QUERY_THROW)->close(true);
            }
            catch (const uno::Exception&)
            {
            }
        if (m_opened.office)
            if (const std::string gone = driver::whyGone(*m_opened.office); !gone.empty())
                ADD_FAILURE() << gone;
        m_opened.office.reset();
    }

    uno::Reference<awt::XControl> dialogOf(const char* panel)
    {
        return driver::panelDialog(m_deck, panel);
    }

    uno::Reference<awt::XControl> control(const char* panel, const char* name)
    {
        return driver::panelControl(m_deck, panel, name);
    }

    // Where the panel `panel` (shown alone) is on the screen, and the part of the screen the deck
    // shows it in. See the header comment.
    std::pair<Area, Area> placeOf(const char* panel, const driver::Screen& screen)
    {
        const awt::Rectangle dialog =
            uno::Reference<awt::XWindow>(dialogOf(panel), uno::UNO_QUERY_THROW)->getPosSize();
        const awt::Rectangle window =
            driver::frameOf(m_opened.model)->getContainerWindow()->getPosSize();
        // The window manager gives Writer the whole screen; GTK's menu bar is above VCL's part.
        EXPECT_EQ(window.Width, screen.width) << "Writer's window does not fill the screen";
        const int menuBar = screen.height - window.Height;
        const std::optional<Area> column = deckColumn(
            uno::Reference<accessibility::XAccessible>(
                driver::frameOf(m_opened.model)->getContainerWindow(), uno::UNO_QUERY_THROW)
                ->getAccessibleContext(),
            dialog.Width);
        if (!column)
        {
            ADD_FAILURE() << "no part of Writer's window is as wide as the panels (" << dialog.Width
                          << ")";
            return {};
        }
        const Area deck = Area{window.X + column->x, window.Y + menuBar + column->y, column->width,
                               column->height}
                              .intersected({0, 0, screen.width, screen.height});
        const auto background = static_cast<std::uint32_t>(styleOf(panel)->getDialogColor());
        // The panel's top: the first run of rows whose left margin is the panel's background as
        // tall as the panel (or as the deck below it). Above it, the deck's title and the panels'
        // title bars; below it, those of the panels after it, and the deck's empty background.
        int top = -1;
        for (int y = deck.y, run = 0; y <= deck.y + deck.height && top < 0; ++y)
        {
            bool margin = y < deck.y + deck.height;
            for (int x = deck.x + 1; margin && x < deck.x + 5; ++x)
                margin = driver::distance(screen.at(x, y), background) <= 6;
            if (margin)
            {
                ++run;
                continue;
            }
            const int start = y - run;
            if (run > 0 && run >= std::min(dialog.Height, deck.y + deck.height - start) - 2)
                top = start;
            run = 0;
        }
        if (top < 0)
        {
            ADD_FAILURE() << panel << " is nowhere in the deck's column at " << deck.x << ","
                          << deck.y << " in its background " << driver::hex(background);
            return {};
        }
        const Area place{deck.x, top, dialog.Width, dialog.Height};
        std::cout << "[ PLACE    ] " << panel << ": deck at " << deck.x << "," << deck.y << " "
                  << deck.width << "x" << deck.height << " (menu bar " << menuBar
                  << "), panel from " << place.y << "\n";
        return {place, place.intersected(deck)};
    }

    uno::Reference<awt::XStyleSettings> styleOf(const char* panel)
    {
        return uno::Reference<awt::XStyleSettingsSupplier>(dialogOf(panel)->getPeer(),
                                                           uno::UNO_QUERY_THROW)
            ->getStyleSettings();
    }

    // A picture of the panel (the coverage matrix, the timeline) in the screenshot: drawn on the
    // panel's background with words in the theme's text colour (`inWords` pixels of it or
    // more), readable against it.
    void lookAtPicture(const char* panel, const char* picture, const driver::Screen& screen,
                       const std::pair<Area, Area>& place, std::uint32_t background,
                       std::uint32_t words, int inWords)
    {
        const awt::Rectangle at =
            uno::Reference<awt::XWindow>(control(panel, picture), uno::UNO_QUERY_THROW)
                ->getPosSize();
        const Area area =
            Area{place.first.x + at.X, place.first.y + at.Y, at.Width, at.Height}.intersected(
                place.second);
        ASSERT_GT(area.height, 40) << panel << "'s " << picture << " is not on the screen";
        const driver::Look seen = driver::look(screen, area, words);
        const std::uint32_t drawnOn = driver::edgeColour(screen, area);
        const std::uint32_t beside = screen.at(area.x - 3, area.y + area.height / 2);
        std::cout << "[ PICTURE  ] " << GetParam().name << " " << picture << " at " << area.x << ","
                  << area.y << " " << area.width << "x" << area.height << ": drawn on "
                  << driver::hex(drawnOn) << ", panel " << driver::hex(beside) << ", words "
                  << driver::hex(words) << " in " << seen.inInk << " pixels, " << seen.lines
                  << " rows of readable words\n";
        EXPECT_LE(driver::distance(drawnOn, background), 6)
            << picture << " is drawn on " << driver::hex(drawnOn) << ", the theme's background is "
            << driver::hex(background);
        EXPECT_LE(driver::distance(drawnOn, beside), 6)
            << picture << " is drawn on " << driver::hex(drawnOn) << ", the panel beside it is "
            << driver::hex(beside) << " (a box in the panel)";
        EXPECT_GE(seen.inInk, inWords)
            << picture << ": its words are not in the theme's colour " << driver::hex(words);
        EXPECT_GE(seen.lines, 10) << picture << ": no words readable on it";
        EXPECT_GE(driver::contrast(words, drawnOn), 4.5);
    }

    // Every label, button and text field with words shows them readably on the theme's
    // background.
    void lookAtWords(const char* panel, const driver::Screen& screen,
                     const std::pair<Area, Area>& place, std::uint32_t background)
    {
        const auto field = static_cast<std::uint32_t>(styleOf(panel)->getFieldColor());
        int looked = 0;
        for (const uno::Reference<awt::XControl>& child :
             uno::Reference<awt::XControlContainer>(dialogOf(panel), uno::UNO_QUERY_THROW)
                 ->getControls())
        {
            const uno::Reference<awt::XWindow2> window(child, uno::UNO_QUERY);
            // Under a system theme lists and grids draw their rows in it too (under gen at run
            // time they cannot: ThemeTest leaves them out).
            if (!window.is() || !window->isVisible() || !window->isEnabled() ||
                !(driver::showsWords(child) || hasRows(child)))
                continue;
            const awt::Rectangle at = window->getPosSize();
            // Inside its border: a frame line is no word.
            const Area area = Area{place.first.x + at.X + 3, place.first.y + at.Y + 3, at.Width - 6,
                                   at.Height - 6}
                                  .intersected(place.second);
            if (area.height < 8 || area.width < 8)
                continue; // scrolled out of the deck's view
            ++looked;
            const driver::Look seen = driver::look(screen, area, 0);
            EXPECT_GE(seen.lines, 3)
                << panel << "." << driver::controlName(child)
                << ": no line of words at 4.5:1 on what they are drawn on ("
                << driver::hex(seen.background) << ", " << area.width << "x" << area.height
                << " pixels at " << area.x << "," << area.y << ")";
            EXPECT_TRUE(driver::distance(seen.background, background) <= 24 ||
                        driver::distance(seen.background, field) <= 24)
                << panel << "." << driver::controlName(child) << " is drawn on "
                << driver::hex(seen.background) << ", not on the theme's "
                << driver::hex(background) << " or " << driver::hex(field);
        }
        std::cout << "[ WORDS    ] " << panel << ": " << looked << " controls with words\n";
        EXPECT_GT(looked, 0) << panel << ": no words seen";
    }

    inline static std::unique_ptr<WindowManager> s_windowManager;
    driver::OpenedOffice m_opened;
    uno::Reference<ui::XDeck> m_deck;
};

// The short name of a panel: "Plan" for EqplanPlanPanel.
std::string shortName(const std::string& panel)
{
    return panel.substr(6, panel.size() - 11);
}

TEST_P(SystemTheme, EveryPanelIsInTheThemeWithItsWordsAndPicturesReadable)
{
    if (const std::optional<std::string> why = missing())
        GTEST_SKIP() << *why;
    ASSERT_TRUE(s_windowManager && s_windowManager->running()) << windowManager << " did not start";
    m_opened = driver::startAndOpen(
        artefacts / (std::string("profile-system-theme-") + GetParam().name), EQPLAN_OXT,
        {"SAL_USE_VCLPLUGIN=gtk3", std::string("GTK_THEME=") + GetParam().gtkTheme},
        fixtures / "seed-objectives-2017-2021.docx", std::chrono::seconds(30));
    std::cout << "[ OFFICE   ] the document opened in office " << m_opened.starts << "\n";
    driver::setWindowSize(m_opened.model, 1400, 900);
    m_deck = driver::openDeck(m_opened.model, driver::deckId, driver::panelIds);

    // The theme reached the deck: its panels have a dark background and light words.
    const uno::Reference<awt::XStyleSettings> style = styleOf("EqplanCoveragePanel");
    const auto background = static_cast<std::uint32_t>(style->getDialogColor());
    const auto words = static_cast<std::uint32_t>(style->getLabelTextColor());
    std::cout << "[ THEME    ] " << GetParam().gtkTheme << ": background "
              << driver::hex(background) << ", words " << driver::hex(words)
              << ", LibreOffice's high-contrast mode "
              << (style->getHighContrastMode() ? "on" : "off") << "\n";
    EXPECT_LT(driver::luminance(background), 0.05)
        << "not a dark theme: " << driver::hex(background);
    EXPECT_GE(driver::contrast(words, background), 7.0)
        << driver::hex(words) << " on " << driver::hex(background);

    for (const std::string& id : driver::panelIds)
    {
        const char* panel = id.c_str();
        SCOPED_TRACE(shortName(id));
        driver::showOnly(m_deck, id);
        if (id == "EqplanPlanPanel" || id == "EqplanCoveragePanel")
        {
            const char* picture = id == "EqplanPlanPanel" ? "timeline" : "matrix";
            ASSERT_TRUE(eventually(
                [&]
                {
                    return uno::Reference<awt::XWindow>(control(panel, picture),
                                                        uno::UNO_QUERY_THROW)
                               ->getPosSize()
                               .Height > 60;
                }))
                << panel << "'s " << picture << " was never drawn";
        }
        driver::settle(*m_opened.office);
        const driver::Screen screen =
            driver::screenshotPixels(artefacts / ("SystemTheme-" + std::string(GetParam().name) +
                                                  "-" + shortName(id) + ".png"));
        const std::pair<Area, Area> place = placeOf(panel, screen);
        // The timeline's words are its year, its range and its legend; the matrix's, a name and
        // a number a row.
        if (id == "EqplanPlanPanel")
            lookAtPicture(panel, "timeline", screen, place, background, words, 100);
        if (id == "EqplanCoveragePanel")
            lookAtPicture(panel, "matrix", screen, place, background, words, 500);
        lookAtWords(panel, screen, place, background);
    }
}

INSTANTIATE_TEST_SUITE_P(Gtk3, SystemTheme,
                         testing::Values(ThemeCase{"Dark", "Adwaita:dark"},
                                         ThemeCase{"HighContrast", "HighContrastInverse"}),
                         [](const testing::TestParamInfo<ThemeCase>& theme)
                         { return std::string(theme.param.name); });
} // namespace
