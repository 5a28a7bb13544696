// Issue 17, item 7: the deck in a dark theme and in a high-contrast one, looked at in the pixels of
// a screenshot as a person would look at it, at the deck's narrowest (280 pixels) and 500 wide;
// and the pictures drawn again when the theme changes with the deck open.
//
// What it does: a real Writer under Xvfb with the gen plugin, as every GUI test. Under gen
// LibreOffice 7.4 takes no theme from the system (X11SalFrame::UpdateSettings sets no colour), so
// the test gives every panel's window and each of its controls the colours a dark or a
// high-contrast (black, white and yellow) theme gives, through toolkit's XStyleSettings setters on
// their peers (the windows' own VCL settings), and the panel's window the theme's background, as
// VCL does for a window a new system theme reaches (Window::UpdateSettings). Those setters tell no
// one (WindowOutputDevice::SetSettings calls the window's DataChanged and sends no event), so the
// pictures are drawn again by the next change of the plan, as after any edit. Then, in a
// screenshot of each panel: the coverage matrix and the review timeline are on the theme's
// background (they were on the light one before), their words in the theme's text colour at
// 4.5:1 or more (WCAG's contrast for text); every label, button and text field with words shows
// lines of them at 4.5:1 or more against what they are drawn on, on the theme's background; no
// control ends past the panel's right edge. Screenshots of every panel in both themes at both
// widths in the build tree (Theme-THEME-PANEL-WIDTH.png); look at them.
//
// The change with the deck open (PicturesAreDrawnAgainWhenTheThemeChangesWithTheDeckOpen) goes the
// way a change of the system's theme goes: Application::SetSettings, here from another icon theme
// in the configuration, which gives every window the office's settings and tells each its style
// changed. LibreOffice's sidebar then makes its panels again (SidebarController on the data
// change); the test looks at the pictures the panels drew themselves before that.
//
// What it does not prove: that LibreOffice takes a dark system theme at start (SystemThemeTest.cpp
// does, under GTK 3, where that is installed), or a change of it from the desktop (only a run
// under a real desktop theme shows that). Lists and grids draw their
// rows in a window inside them, which a window's own settings do not reach, and a tree's entries
// mix the office's settings with its window's: here they show the office's light rows, a tree
// white words in white boxes, which a system theme (every window's settings and the office's at
// once) does not give. Their words are not looked at, only their place. The
// sidebar's own parts (the deck's title, the panels' title bars, the tab bar) keep their light
// colours too, since only the panels are given the theme.
#include "ScreenPixels.hpp"
#include "WriterDriver.hpp"

#include "eqplan/bridge/Strings.hpp"

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleComponent.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XStyleSettings.hpp>
#include <com/sun/star/awt/XStyleSettingsSupplier.hpp>
#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/awt/grid/XGridControl.hpp>
#include <com/sun/star/awt/tree/XTreeControl.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNameReplace.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/ui/XPanel.hpp>
#include <com/sun/star/ui/XPanels.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <iostream>
#include <map>
#include <thread>

using namespace css;
using namespace eqplan;
using driver::Area;
using driver::contrast;
using driver::distance;
using driver::edgeColour;
using driver::hex;
using driver::look;
using driver::Look;

namespace
{
const std::filesystem::path fixtures = EQPLAN_FIXTURE_DIR;
const std::filesystem::path artefacts = EQPLAN_GUI_ARTEFACT_DIR;

const char* const panels[] = {"EqplanPlanPanel",   "EqplanObjectivePanel", "EqplanReviewPanel",
                              "EqplanChecksPanel", "EqplanOwnersPanel",    "EqplanCoveragePanel",
                              "EqplanPublishPanel"};

using driver::eventually;

// A theme's colours, as a desktop's theme gives them to LibreOffice.
struct ThemeCase
{
    const char* name;
    std::uint32_t face;      // dialogs, panels, buttons
    std::uint32_t field;     // text fields, lists, grids
    std::uint32_t text;      // words on any of them
    std::uint32_t highlight; // a selected row
    std::uint32_t highlightText;
    std::uint32_t shadow; // lines and borders
    bool highContrast;
};

// A dark theme with the panel and word colours LibreOffice's GTK 3 plugin took from Adwaita's
// dark variant (#353535, #eeeeec); a high-contrast theme of white words on black with yellow for
// the selection, like Windows' "High Contrast Black".
const ThemeCase dark{"Dark", 0x353535, 0x2d2d2d, 0xeeeeec, 0x15539e, 0xffffff, 0x1b1b1b, false};
const ThemeCase highContrast{"HighContrast", 0x000000, 0x000000, 0xffffff,
                             0xffff00,       0x000000, 0xffffff, true};

// Gives a window the theme's colours through its peer's style settings.
void giveTheme(const uno::Reference<uno::XInterface>& peer, const ThemeCase& theme)
{
    uno::Reference<awt::XStyleSettingsSupplier> supplier(peer, uno::UNO_QUERY);
    if (!supplier.is())
        return;
    const uno::Reference<awt::XStyleSettings> style = supplier->getStyleSettings();
    const auto colour = [](std::uint32_t c) { return static_cast<sal_Int32>(c); };
    style->setHighContrastMode(theme.highContrast);
    for (auto set : {&awt::XStyleSettings::setFaceColor, &awt::XStyleSettings::setDialogColor,
                     &awt::XStyleSettings::setWorkspaceColor, &awt::XStyleSettings::setLightColor,
                     &awt::XStyleSettings::setCheckedColor})
        (style.get()->*set)(colour(theme.face));
    for (auto set : {&awt::XStyleSettings::setFieldColor, &awt::XStyleSettings::setWindowColor})
        (style.get()->*set)(colour(theme.field));
    for (auto set :
         {&awt::XStyleSettings::setLabelTextColor, &awt::XStyleSettings::setFieldTextColor,
          &awt::XStyleSettings::setButtonTextColor, &awt::XStyleSettings::setWindowTextColor,
          &awt::XStyleSettings::setDialogTextColor, &awt::XStyleSettings::setRadioCheckTextColor,
          &awt::XStyleSettings::setGroupTextColor})
        (style.get()->*set)(colour(theme.text));
    style->setShadowColor(colour(theme.shadow));
    style->setDarkShadowColor(colour(theme.shadow));
    style->setHighlightColor(colour(theme.highlight));
    style->setHighlightTextColor(colour(theme.highlightText));
}

// Where an accessible object is on the screen (under gen, its own location on screen is).
Area onScreen(const uno::Reference<accessibility::XAccessibleContext>& context)
{
    const uno::Reference<accessibility::XAccessibleComponent> component(context, uno::UNO_QUERY);
    if (!component.is())
        return {};
    const awt::Point at = component->getLocationOnScreen();
    const awt::Size size = component->getSize();
    return {at.X, at.Y, size.Width, size.Height};
}

uno::Reference<accessibility::XAccessibleContext>
contextOf(const uno::Reference<uno::XInterface>& peer)
{
    const uno::Reference<accessibility::XAccessible> accessible(peer, uno::UNO_QUERY);
    return accessible.is() ? accessible->getAccessibleContext() : nullptr;
}

// The part of a window a person can see: where it is on the screen, cut by each window holding it
// (the deck scrolls a panel taller than itself inside a window of its own).
Area seen(const uno::Reference<uno::XInterface>& peer, const Area& screen)
{
    Area out = screen;
    int depth = 0;
    for (uno::Reference<accessibility::XAccessibleContext> context = contextOf(peer);
         context.is() && depth < 16; ++depth)
    {
        const Area area = onScreen(context);
        if (area.width > 0 && area.height > 0)
            out = out.intersected(area);
        const uno::Reference<accessibility::XAccessible> parent = context->getAccessibleParent();
        context = parent.is() ? parent->getAccessibleContext() : nullptr;
    }
    return out;
}

// Whether a control draws its rows in the office's settings rather than only its window's: a
// list's rows and a grid's cells are in a window inside it, which a window's own settings do not
// reach; a tree's entries mix the two.
bool drawsWithTheOfficesSettings(const uno::Reference<awt::XControl>& control)
{
    return uno::Reference<awt::XListBox>(control, uno::UNO_QUERY).is() ||
           uno::Reference<awt::grid::XGridControl>(control, uno::UNO_QUERY).is() ||
           uno::Reference<awt::tree::XTreeControl>(control, uno::UNO_QUERY).is();
}

struct Case
{
    const ThemeCase* theme;
    int width; // the deck's, remembered before the document opens; 0: its opening width
};

// The deck in a visible Writer: one office for the suite, on a profile of its own.
class Deck : public testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        std::filesystem::create_directories(artefacts);
        s_office = driver::startWithExtension(artefacts / "profile-theme", EQPLAN_OXT);
    }

    static void TearDownTestSuite() { s_office.reset(); }

    void TearDown() override
    {
        if (m_model.is())
            try
            {
                uno::Reference<util::XCloseable>(m_model, uno::UNO_QUERY_THROW)->close(true);
            }
            catch (const uno::Exception&)
            {
            }
        // An office that aborted is reported in the test that was running, and the next tests
        // get another one.
        if (const std::string gone =
                driver::restartIfGone(s_office, artefacts / "profile-theme", EQPLAN_OXT);
            !gone.empty())
            ADD_FAILURE() << gone;
        driver::rememberDeckWidth(*s_office, 0);
    }

    // Opens the seed plan with the deck `width` pixels wide (0: the width it opens at), the
    // cursor in objective 1's objective.
    void open(int width)
    {
        driver::rememberDeckWidth(*s_office, width);
        m_model = driver::openVisible(*s_office, fixtures / "seed-objectives-2017-2021.docx");
        driver::setWindowSize(m_model, 1400, 900);
        m_deck = driver::openDeck(m_model, driver::deckId, driver::panelIds);
        driver::putCursorInCell(m_model, "Table1", "D2");
        ASSERT_TRUE(
            eventually([&] { return text("EqplanObjectivePanel", "heading") == "Objective 1"; }))
            << text("EqplanObjectivePanel", "heading");
    }

    uno::Reference<awt::XControl> dialogOf(const char* panel)
    {
        return driver::panelDialog(m_deck, panel);
    }

    uno::Reference<awt::XControl> control(const char* panel, const char* name)
    {
        return driver::panelControl(m_deck, panel, name);
    }

    std::string text(const char* panel, const char* name)
    {
        uno::Reference<awt::XFixedText> label(control(panel, name), uno::UNO_QUERY);
        return label.is() ? bridge::toUtf8(label->getText()) : std::string();
    }

    // The picture an image control shows now.
    uno::Reference<uno::XInterface> graphicOf(const char* panel, const char* picture)
    {
        return uno::Reference<uno::XInterface>(
            uno::Reference<beans::XPropertySet>(control(panel, picture)->getModel(),
                                                uno::UNO_QUERY_THROW)
                ->getPropertyValue("Graphic"),
            uno::UNO_QUERY);
    }

    // Gives a panel's window and every control in it the theme.
    void giveThemeTo(const char* panel, const ThemeCase& theme)
    {
        const uno::Reference<awt::XControl> dialog = dialogOf(panel);
        giveTheme(dialog->getPeer(), theme);
        // What Window::UpdateSettings does for a window whose theme changes: its background.
        uno::Reference<awt::XWindowPeer>(dialog->getPeer(), uno::UNO_QUERY_THROW)
            ->setBackground(static_cast<sal_Int32>(theme.face));
        for (const uno::Reference<awt::XControl>& child :
             uno::Reference<awt::XControlContainer>(dialog, uno::UNO_QUERY_THROW)->getControls())
            giveTheme(child->getPeer(), theme);
        uno::Reference<awt::XWindowPeer>(dialog->getPeer(), uno::UNO_QUERY_THROW)->invalidate(0);
    }

    // Adds words to objective 1's objective, where the cursor is, as typing would: the deck
    // reads the plan again and every panel shows it again, its pictures drawn again in the
    // colours their panel has now. Waits until both pictures are new.
    void editAndWaitForPictures()
    {
        const uno::Reference<uno::XInterface> timeline = graphicOf(plan, "timeline");
        const uno::Reference<uno::XInterface> matrix = graphicOf(coverage, "matrix");
        uno::Reference<text::XTextTablesSupplier> tables(m_model, uno::UNO_QUERY_THROW);
        const uno::Reference<text::XText> cell(
            uno::Reference<text::XTextTable>(tables->getTextTables()->getByName("Table1"),
                                             uno::UNO_QUERY_THROW)
                ->getCellByName("D2"),
            uno::UNO_QUERY_THROW);
        cell->insertString(cell->getEnd(), " (reviewed)", false);
        EXPECT_TRUE(eventually([&] { return graphicOf(plan, "timeline") != timeline; }))
            << "the timeline was not drawn again after the plan changed";
        EXPECT_TRUE(eventually([&] { return graphicOf(coverage, "matrix") != matrix; }))
            << "the matrix was not drawn again after the plan changed";
        driver::settle(*s_office);
    }

    // Where a picture of a panel (an image control) is on the screen, the part a person sees.
    Area pictureArea(const char* panel, const char* picture, const driver::Screen& screen)
    {
        return seen(control(panel, picture)->getPeer(), {0, 0, screen.width, screen.height});
    }

    // What a picture is drawn on, in a screenshot; the panel just left of it.
    struct PictureLook
    {
        Area area;
        Look look;                    // its words
        std::uint32_t background = 0; // what it is drawn on
        std::uint32_t beside = 0;     // the panel just left of it
    };

    PictureLook lookAt(const char* panel, const char* picture, const driver::Screen& screen,
                       std::uint32_t words)
    {
        PictureLook out;
        out.area = pictureArea(panel, picture, screen);
        if (out.area.height <= 40 || out.area.x <= 3)
        {
            ADD_FAILURE() << panel << "'s " << picture << " is not on the screen";
            return out;
        }
        out.look = look(screen, out.area, words);
        out.background = edgeColour(screen, out.area);
        // Inside the panel's margin.
        out.beside = screen.at(out.area.x - 3, out.area.y + out.area.height / 2);
        return out;
    }

    // Looks at a picture (the coverage matrix, the timeline) in the screenshot: drawn on the
    // theme's background, the panel's own beside it, with the theme's words readable on it.
    // `before` is what it was drawn on before the theme.
    void lookAtPicture(const char* panel, const char* picture, const driver::Screen& screen,
                       const ThemeCase& theme, std::uint32_t before)
    {
        const PictureLook seen = lookAt(panel, picture, screen, theme.text);
        std::cout << "[ PICTURE  ] " << theme.name << " " << picture << " at " << seen.area.x << ","
                  << seen.area.y << " " << seen.area.width << "x" << seen.area.height
                  << ": drawn on " << hex(seen.background) << " (before: " << hex(before)
                  << "), panel " << hex(seen.beside) << ", words " << hex(theme.text) << " in "
                  << seen.look.inInk << " pixels\n";
        EXPECT_GT(distance(before, seen.background), 40)
            << picture << " is still drawn on " << hex(before);
        EXPECT_LE(distance(seen.background, theme.face), 6)
            << picture << " is drawn on " << hex(seen.background) << ", the theme's background is "
            << hex(theme.face);
        EXPECT_LE(distance(seen.background, seen.beside), 6)
            << picture << " is drawn on " << hex(seen.background) << ", the panel beside it is "
            << hex(seen.beside) << " (a box in the panel)";
        EXPECT_GE(seen.look.inInk, 150)
            << picture << ": its words are not in the theme's colour " << hex(theme.text);
        EXPECT_GE(contrast(theme.text, seen.background), 4.5);
    }

    // Every control of the panel ends inside the panel; every label, button and text field with
    // words shows them readably on the theme's background. Lists, grids and trees draw their
    // rows in the office's settings, which the test cannot give the theme: not looked at.
    void lookAtWords(const char* panel, const driver::Screen& screen, const ThemeCase& theme)
    {
        const uno::Reference<awt::XControl> dialog = dialogOf(panel);
        const sal_Int32 inside =
            uno::Reference<awt::XWindow>(dialog, uno::UNO_QUERY_THROW)->getPosSize().Width;
        int looked = 0;
        for (const uno::Reference<awt::XControl>& child :
             uno::Reference<awt::XControlContainer>(dialog, uno::UNO_QUERY_THROW)->getControls())
        {
            const uno::Reference<awt::XWindow2> window(child, uno::UNO_QUERY);
            if (!window.is() || !window->isVisible())
                continue;
            const std::string name = driver::controlName(child);
            const awt::Rectangle placed = window->getPosSize();
            EXPECT_LE(placed.X + placed.Width, inside)
                << panel << "." << name << " ends at " << placed.X + placed.Width << " in a panel "
                << inside << " wide";
            // Pictures are looked at on their own; words greyed out on a disabled control need
            // not be read (WCAG asks no contrast of them).
            if (name == "matrix" || name == "timeline" || !window->isEnabled() ||
                drawsWithTheOfficesSettings(child) || !driver::showsWords(child))
                continue;
            Area area = seen(child->getPeer(), {0, 0, screen.width, screen.height});
            // Inside its border: a frame line is no word.
            area = area.intersected({area.x + 3, area.y + 3, area.width - 6, area.height - 6});
            if (area.height < 8 || area.width < 8)
                continue; // scrolled out of the deck's view
            ++looked;
            const Look seen = look(screen, area, theme.text);
            EXPECT_GE(seen.lines, 3)
                << panel << "." << name << ": no line of words at 4.5:1 on what they are drawn on ("
                << hex(seen.background) << ", " << area.width << "x" << area.height
                << " pixels looked at)";
            EXPECT_TRUE(distance(seen.background, theme.face) <= 24 ||
                        distance(seen.background, theme.field) <= 24)
                << panel << "." << name << " is drawn on " << hex(seen.background)
                << ", not on the theme's " << hex(theme.face) << " or " << hex(theme.field);
        }
        EXPECT_GT(looked, 0) << panel << ": no words seen";
    }

    static constexpr const char* plan = "EqplanPlanPanel";
    static constexpr const char* coverage = "EqplanCoveragePanel";
    inline static std::unique_ptr<bridge::Office> s_office;
    uno::Reference<frame::XModel> m_model;
    uno::Reference<ui::XDeck> m_deck;
};

class Theme : public Deck, public testing::WithParamInterface<Case>
{
};

// The short name of a panel: "Plan" for EqplanPlanPanel.
std::string shortName(const char* panel)
{
    const std::string id = panel;
    return id.substr(6, id.size() - 11);
}

TEST_P(Theme, EveryPanelTakesTheThemeWithItsWordsReadableAndItsPicturesInIt)
{
    const ThemeCase& theme = *GetParam().theme;
    const std::string width = GetParam().width == 0 ? "280" : std::to_string(GetParam().width);
    open(GetParam().width);
    const sal_Int32 opened =
        uno::Reference<awt::XWindow>(dialogOf(plan), uno::UNO_QUERY_THROW)->getPosSize().Width;
    if (GetParam().width == 0)
    {
        ASSERT_LE(opened, 290) << "the deck did not open at its narrowest";
    }
    else
    {
        ASSERT_GE(opened, GetParam().width - 20) << "the deck opened " << opened << " wide";
    }

    // What the pictures are drawn on before: the office's own light colours.
    std::map<std::string, std::uint32_t> before;
    for (const auto& [panel, picture] :
         {std::pair(plan, "timeline"), std::pair(coverage, "matrix")})
    {
        driver::showOnly(m_deck, panel);
        driver::settle(*s_office);
        const driver::Screen light = driver::screenshotPixels(
            artefacts / ("Theme-before-" + shortName(panel) + "-" + width + ".png"));
        before[picture] = edgeColour(light, pictureArea(panel, picture, light));
    }

    // The theme, to every panel; the pictures are drawn again as the plan changes.
    for (const char* panel : panels)
        giveThemeTo(panel, theme);
    editAndWaitForPictures();

    for (const char* panel : panels)
    {
        SCOPED_TRACE(shortName(panel) + " at " + width);
        driver::showOnly(m_deck, panel);
        driver::settle(*s_office);
        const driver::Screen screen =
            driver::screenshotPixels(artefacts / ("Theme-" + std::string(theme.name) + "-" +
                                                  shortName(panel) + "-" + width + ".png"));
        if (panel == std::string(plan))
            lookAtPicture(panel, "timeline", screen, theme, before["timeline"]);
        if (panel == std::string(coverage))
            lookAtPicture(panel, "matrix", screen, theme, before["matrix"]);
        lookAtWords(panel, screen, theme);
    }
}

INSTANTIATE_TEST_SUITE_P(Deck, Theme,
                         testing::Values(Case{&dark, 0}, Case{&dark, 500}, Case{&highContrast, 0},
                                         Case{&highContrast, 500}),
                         [](const testing::TestParamInfo<Case>& run)
                         {
                             return std::string(run.param.theme->name) + "At" +
                                    (run.param.width == 0 ? "280"
                                                          : std::to_string(run.param.width));
                         });

// One value of the office's configuration.
uno::Any configurationValue(bridge::Office& office, const char* node, const char* name)
{
    const uno::Reference<lang::XMultiServiceFactory> provider =
        configuration::theDefaultProvider::get(office.context());
    const uno::Any argument(
        beans::NamedValue("nodepath", uno::Any(rtl::OUString::createFromAscii(node))));
    return uno::Reference<container::XNameAccess>(
               provider->createInstanceWithArguments(
                   "com.sun.star.configuration.ConfigurationAccess",
                   uno::Sequence<uno::Any>(&argument, 1)),
               uno::UNO_QUERY_THROW)
        ->getByName(rtl::OUString::createFromAscii(name));
}

// Sets one value of the office's configuration.
void setConfiguration(bridge::Office& office, const char* node, const char* name,
                      const uno::Any& value)
{
    const uno::Reference<lang::XMultiServiceFactory> provider =
        configuration::theDefaultProvider::get(office.context());
    const uno::Any argument(
        beans::NamedValue("nodepath", uno::Any(rtl::OUString::createFromAscii(node))));
    const uno::Reference<container::XNameReplace> access(
        provider->createInstanceWithArguments(
            "com.sun.star.configuration.ConfigurationUpdateAccess",
            uno::Sequence<uno::Any>(&argument, 1)),
        uno::UNO_QUERY_THROW);
    access->replaceByName(rtl::OUString::createFromAscii(name), value);
    uno::Reference<util::XChangesBatch>(access, uno::UNO_QUERY_THROW)->commitChanges();
}

// Item 1 of the issue: the pictures follow a change of theme made while the deck is open. The
// panels' windows have the dark theme and the pictures are drawn in it; then the office's own
// settings change for every window (another icon theme: Application::SetSettings, which gives
// each window the office's settings, its light colours with them, and tells it its style changed,
// the path a change of the system's theme takes). The panels that heard of it drew their pictures
// again before the configuration call returned (with the panels' listener left out, they keep the
// dark ones: seen failing). The sidebar makes its panels again after that, and the screen shows
// the pictures on the panels' light background, whichever panels drew them.
TEST_F(Deck, PicturesAreDrawnAgainWhenTheThemeChangesWithTheDeckOpen)
{
    open(0);
    for (const char* panel : panels)
        giveThemeTo(panel, dark);
    editAndWaitForPictures();
    const uno::Reference<awt::XControl> dialog = dialogOf(coverage);
    std::map<std::string, std::uint32_t> drawnDark;
    for (const auto& [panel, picture] :
         {std::pair(plan, "timeline"), std::pair(coverage, "matrix")})
    {
        driver::showOnly(m_deck, panel);
        driver::settle(*s_office);
        const driver::Screen screen =
            driver::screenshotPixels(artefacts / ("Theme-changing-" + shortName(panel) + ".png"));
        drawnDark[picture] = lookAt(panel, picture, screen, dark.text).background;
        ASSERT_LE(distance(drawnDark[picture], dark.face), 6)
            << picture << " is drawn on " << hex(drawnDark[picture]) << " in the dark theme";
    }

    // The pictures the panels show now, in the dark theme.
    std::map<std::string, uno::Reference<beans::XPropertySet>> models;
    std::map<std::string, uno::Reference<uno::XInterface>> drawn;
    for (const auto& [panel, picture] :
         {std::pair(plan, "timeline"), std::pair(coverage, "matrix")})
    {
        models[picture].set(control(panel, picture)->getModel(), uno::UNO_QUERY_THROW);
        drawn[picture] = graphicOf(panel, picture);
    }

    const char* const misc = "/org.openoffice.Office.Common/Misc";
    struct Restore
    {
        bridge::Office& office;
        const char* node;
        uno::Any symbols;
        ~Restore()
        {
            try
            {
                setConfiguration(office, node, "SymbolStyle", symbols);
            }
            catch (const uno::Exception& e)
            {
                // Never thrown from a destructor: that would end the whole run.
                ADD_FAILURE() << "the icon theme could not be restored: "
                              << bridge::toUtf8(e.Message);
            }
        }
    } restore{*s_office, misc, configurationValue(*s_office, misc, "SymbolStyle")};
    setConfiguration(*s_office, misc, "SymbolStyle", uno::Any(rtl::OUString("sifr")));
    // The office told every window of the change before the configuration call returned; the
    // sidebar makes its panels again afterwards (it does on any change of the settings), and
    // until then the panels that heard of it have drawn their pictures again themselves.
    for (const auto& [picture, model] : models)
        try
        {
            EXPECT_NE(
                uno::Reference<uno::XInterface>(model->getPropertyValue("Graphic"), uno::UNO_QUERY),
                drawn[picture])
                << "the panel's " << picture << " was not drawn again when its colours changed";
        }
        catch (const lang::DisposedException&)
        {
            ADD_FAILURE() << "the panel of the " << picture << " was gone before it was looked at";
        }
    driver::settle(*s_office);
    std::cout << "[ PANELS   ] the same after the change: "
              << (dialogOf(coverage) == dialog ? "yes" : "no (the sidebar made them again)")
              << "\n";
    for (const auto& [panel, picture] :
         {std::pair(plan, "timeline"), std::pair(coverage, "matrix")})
    {
        const sal_Int32 background = uno::Reference<awt::XStyleSettingsSupplier>(
                                         dialogOf(panel)->getPeer(), uno::UNO_QUERY_THROW)
                                         ->getStyleSettings()
                                         ->getDialogColor();
        ASSERT_GT(distance(static_cast<std::uint32_t>(background), dark.face), 40)
            << "the office's settings did not reach the panel: still " << hex(background);
        driver::showOnly(m_deck, panel);
        driver::settle(*s_office);
        const driver::Screen screen =
            driver::screenshotPixels(artefacts / ("Theme-changed-" + shortName(panel) + ".png"));
        const PictureLook seen = lookAt(panel, picture, screen, 0);
        std::cout << "[ PICTURE  ] " << picture << ": drawn on " << hex(drawnDark[picture])
                  << " in the dark theme, on " << hex(seen.background) << " after, panel "
                  << hex(seen.beside) << "\n";
        EXPECT_LE(distance(seen.background, seen.beside), 6)
            << picture << " is drawn on " << hex(seen.background) << ", the panel beside it is "
            << hex(seen.beside);
        EXPECT_LE(distance(seen.background, static_cast<std::uint32_t>(background)), 6)
            << picture << " is drawn on " << hex(seen.background) << ", the panel's background is "
            << hex(background);
    }
}
} // namespace
