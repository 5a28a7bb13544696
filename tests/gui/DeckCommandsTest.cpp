// How a person reaches the deck and its help, and the deck in another language: Tools ▸ Equality
// Plan, its shortcut, each panel's help button, and LibreOffice in Welsh. A real, visible Writer
// under Xvfb with the built extension; screenshots in the build tree.
#include "WriterDriver.hpp"

#include "eqplan/bridge/Strings.hpp"

#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleAction.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/awt/Key.hpp>
#include <com/sun/star/awt/KeyEvent.hpp>
#include <com/sun/star/awt/KeyModifier.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/awt/XToolkitRobot.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XHierarchicalNameAccess.hpp>
#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XPanel.hpp>
#include <com/sun/star/ui/XPanels.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>
#include <com/sun/star/ui/theModuleUIConfigurationManagerSupplier.hpp>
#include <com/sun/star/ui/XAcceleratorConfiguration.hpp>
#include <com/sun/star/ui/XUIConfigurationManager.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <osl/file.hxx>

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <functional>
#include <sstream>
#include <thread>

using namespace css;
using namespace eqplan;

namespace
{
const std::filesystem::path fixtures = EQPLAN_FIXTURE_DIR;
const std::filesystem::path artefacts = EQPLAN_GUI_ARTEFACT_DIR;
const std::filesystem::path seed = fixtures / "seed-action-plan-2018-2021.docx";

using driver::eventually;

std::string testName()
{
    const testing::TestInfo* info = testing::UnitTest::GetInstance()->current_test_info();
    return std::string(info->test_suite_name()) + "." + info->name();
}

// A value of the office's configuration, e.g. ("/org.openoffice.Office.UI.Sidebar",
// "Content/PanelList/EqplanPlanPanel/DefaultMenuCommand").
uno::Any configuration(bridge::Office& office, const char* root, const char* path)
{
    const uno::Reference<lang::XMultiServiceFactory> provider =
        configuration::theDefaultProvider::get(office.context());
    const uno::Any argument(beans::NamedValue("nodepath", uno::Any(rtl::OUString::createFromAscii(root))));
    const uno::Reference<container::XHierarchicalNameAccess> access(
        provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                              uno::Sequence<uno::Any>(&argument, 1)),
        uno::UNO_QUERY_THROW);
    return access->getByHierarchicalName(rtl::OUString::createFromAscii(path));
}

std::string configurationText(bridge::Office& office, const char* root, const char* path)
{
    rtl::OUString value;
    configuration(office, root, path) >>= value;
    return bridge::toUtf8(value);
}

// The accessible object under `context` (depth first) with this role and name.
uno::Reference<accessibility::XAccessibleContext>
findAccessible(const uno::Reference<accessibility::XAccessibleContext>& context, sal_Int16 role,
               const std::string& name, int depth = 0)
{
    if (!context.is() || depth > 8)
        return {};
    if (context->getAccessibleRole() == role && bridge::toUtf8(context->getAccessibleName()) == name)
        return context;
    const sal_Int32 count = std::min<sal_Int32>(context->getAccessibleChildCount(), 200);
    for (sal_Int32 i = 0; i < count; ++i)
    {
        const uno::Reference<accessibility::XAccessible> child = context->getAccessibleChild(i);
        if (!child.is())
            continue;
        if (auto found = findAccessible(child->getAccessibleContext(), role, name, depth + 1);
            found.is())
            return found;
    }
    return {};
}

class DeckCommands : public testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        std::filesystem::create_directories(artefacts);
        s_office = driver::startWithExtension(artefacts / "profile-commands", EQPLAN_OXT);
    }

    static void TearDownTestSuite() { s_office.reset(); }

    void TearDown() override
    {
        closeDocument();
        // An office that aborted is reported in the test that was running, and the next tests
        // get another one.
        if (const std::string gone =
                driver::restartIfGone(s_office, artefacts / "profile-commands", EQPLAN_OXT);
            !gone.empty())
            ADD_FAILURE() << gone;
    }

    void closeDocument()
    {
        if (!m_model.is())
            return;
        try
        {
            driver::settle(*s_office);
            driver::screenshot(artefacts / (testName() + ".png"));
        }
        catch (const std::exception& e)
        {
            ADD_FAILURE() << "no screenshot: " << e.what();
        }
        try
        {
            uno::Reference<util::XCloseable>(m_model, uno::UNO_QUERY_THROW)->close(true);
        }
        catch (const uno::Exception&)
        {
        }
        m_model.clear();
    }

    // Opens the seed with the sidebar showing LibreOffice's own Properties deck, not ours.
    void openWithOtherDeck()
    {
        m_model = driver::openVisible(*s_office, seed);
        driver::setWindowSize(m_model, 1400, 900);
        const uno::Reference<css::ui::XSidebarProvider> sidebar = this->sidebar();
        sidebar->setVisible(true);
        ASSERT_TRUE(eventually([&] { return sidebar->getDecks()->hasByName("PropertyDeck"); }));
        const uno::Reference<css::ui::XDeck> properties(
            sidebar->getDecks()->getByName("PropertyDeck"), uno::UNO_QUERY_THROW);
        if (!properties->isActive())
            properties->activate(true);
        ASSERT_TRUE(eventually([&] { return !ourDeckIsOpen(); }));
    }

    uno::Reference<css::ui::XSidebarProvider> sidebar()
    {
        return uno::Reference<frame::XController2>(m_model->getCurrentController(),
                                                   uno::UNO_QUERY_THROW)
            ->getSidebar();
    }

    bool ourDeckIsOpen()
    {
        const uno::Reference<css::ui::XDecks> decks = sidebar()->getDecks();
        if (!decks.is() || !decks->hasByName(rtl::OUString::createFromAscii(driver::deckId)))
            return false;
        return uno::Reference<css::ui::XDeck>(decks->getByName(rtl::OUString::createFromAscii(driver::deckId)),
                                              uno::UNO_QUERY_THROW)
            ->isActive();
    }

    static inline std::unique_ptr<bridge::Office> s_office;
    uno::Reference<frame::XModel> m_model;
};

TEST_F(DeckCommands, ToolsMenuHasEqualityPlanAndItOpensTheDeck)
{
    openWithOtherDeck();
    const uno::Reference<accessibility::XAccessible> window(
        driver::frameOf(m_model)->getContainerWindow(), uno::UNO_QUERY_THROW);
    const auto tools = findAccessible(window->getAccessibleContext(),
                                      accessibility::AccessibleRole::MENU, "Tools");
    ASSERT_TRUE(tools.is()) << "Writer's menu bar has no Tools menu";
    const auto item =
        findAccessible(tools, accessibility::AccessibleRole::MENU_ITEM, "Equality Plan");
    ASSERT_TRUE(item.is()) << "the Tools menu has no Equality Plan entry";
    uno::Reference<accessibility::XAccessibleAction>(item, uno::UNO_QUERY_THROW)
        ->doAccessibleAction(0);
    EXPECT_TRUE(eventually([&] { return ourDeckIsOpen(); })) << "the deck did not open";
}

TEST_F(DeckCommands, ShortcutCtrlAltShiftEOpensTheDeck)
{
    const uno::Reference<css::ui::XUIConfigurationManager> writer =
        css::ui::theModuleUIConfigurationManagerSupplier::get(s_office->context())
            ->getUIConfigurationManager("com.sun.star.text.TextDocument");
    awt::KeyEvent key;
    key.KeyCode = awt::Key::E;
    key.Modifiers = awt::KeyModifier::SHIFT | awt::KeyModifier::MOD1 | awt::KeyModifier::MOD2;
    EXPECT_EQ(bridge::toUtf8(writer->getShortCutManager()->getCommandByKeyEvent(key)),
              "org.eqplan:OpenDeck");

    openWithOtherDeck();
    const uno::Reference<awt::XWindow> window = driver::frameOf(m_model)->getComponentWindow();
    window->setFocus();
    driver::settle(*s_office);
    const uno::Reference<awt::XToolkitRobot> robot(awt::Toolkit::create(s_office->context()),
                                                   uno::UNO_QUERY_THROW);
    key.Source = window;
    key.KeyChar = 'E';
    robot->keyPress(key);
    robot->keyRelease(key);
    EXPECT_TRUE(eventually([&] { return ourDeckIsOpen(); })) << "the shortcut did not open the deck";
}

TEST_F(DeckCommands, EveryPanelHasAHelpButtonWithItsOwnPage)
{
    const rtl::OUString root = deployment::PackageInformationProvider::get(s_office->context())
                                   ->getPackageLocation(rtl::OUString::createFromAscii(driver::extensionId));
    ASSERT_FALSE(root.isEmpty());
    for (const std::string& panel : driver::panelIds)
    {
        const std::string node = "Content/PanelList/" + panel;
        const std::string command = configurationText(
            *s_office, "/org.openoffice.Office.UI.Sidebar", (node + "/DefaultMenuCommand").c_str());
        // "EqplanPlanPanel" → "org.eqplan:Help?Plan" → help/en-GB/plan.html
        const std::string name = panel.substr(6, panel.size() - 6 - 5);
        EXPECT_EQ(command, "org.eqplan:Help?" + name) << panel;
        std::string page = name;
        for (char& c : page)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        rtl::OUString path;
        ASSERT_EQ(osl::FileBase::getSystemPathFromFileURL(
                      root + "/help/en-GB/" + bridge::fromUtf8(page) + ".html", path),
                  osl::FileBase::E_None);
        std::ifstream file(bridge::toUtf8(path));
        ASSERT_TRUE(file) << "no help page for " << panel << " at " << bridge::toUtf8(path);
        std::stringstream html;
        html << file.rdbuf();
        // The page is about this panel: its heading is the panel's title.
        const std::string shown = configurationText(*s_office, "/org.openoffice.Office.UI.Sidebar",
                                                    (node + "/Title").c_str());
        EXPECT_NE(html.str().find("<h1>" + shown + "</h1>"), std::string::npos)
            << panel << "'s help page is not headed \"" << shown << "\"";
        EXPECT_NE(html.str().find("<html lang=\"en-GB\">"), std::string::npos);
    }
}

// A control of a panel of the deck open in `model`, by its name in the panel's dialog.
uno::Reference<awt::XControl> panelControl(const uno::Reference<css::ui::XDeck>& deck,
                                           const char* panel, const char* name)
{
    const uno::Reference<css::ui::XPanel> xPanel(
        deck->getPanels()->getByName(rtl::OUString::createFromAscii(panel)), uno::UNO_QUERY_THROW);
    const uno::Reference<awt::XControlContainer> controls(xPanel->getDialog(), uno::UNO_QUERY_THROW);
    return controls->getControl(rtl::OUString::createFromAscii(name));
}

// Presses a button of a panel the way assistive technology does.
void pressIn(const uno::Reference<css::ui::XDeck>& deck, const char* panel, const char* name)
{
    const uno::Reference<accessibility::XAccessible> accessible(
        panelControl(deck, panel, name)->getPeer(), uno::UNO_QUERY_THROW);
    uno::Reference<accessibility::XAccessibleAction>(accessible->getAccessibleContext(),
                                                     uno::UNO_QUERY_THROW)
        ->doAccessibleAction(0);
}

std::string labelText(const uno::Reference<awt::XControl>& control)
{
    if (uno::Reference<awt::XTextComponent> edit{control, uno::UNO_QUERY}; edit.is())
        return bridge::toUtf8(edit->getText());
    if (uno::Reference<awt::XFixedText> label{control, uno::UNO_QUERY}; label.is())
        return bridge::toUtf8(label->getText());
    return {};
}

// The Coverage panel draws the coverage matrix (a picture with its alternative text as the
// control's help text); the Publish panel writes the progress report as a
// new document beside the plan for this academic year and opens it, with the point added this
// month in it and none of the plan's older entries.
TEST_F(DeckCommands, CoverageIsAPictureAndReportWritesANewDocumentWithThisMonthsPoint)
{
    const std::filesystem::path folder = artefacts / "report-test";
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    std::filesystem::copy_file(seed, folder / "plan.docx");
    m_model = driver::openVisible(*s_office, folder / "plan.docx");
    driver::setWindowSize(m_model, 1400, 900);
    const uno::Reference<css::ui::XDeck> deck =
        driver::openDeck(m_model, driver::deckId, driver::panelIds);

    // The coverage matrix, as a picture with words for those who cannot see it.
    const uno::Reference<beans::XPropertySet> matrix(
        panelControl(deck, "EqplanCoveragePanel", "matrix")->getModel(), uno::UNO_QUERY_THROW);
    ASSERT_TRUE(eventually([&] { return matrix->getPropertyValue("Graphic").hasValue() &&
                                        uno::Reference<uno::XInterface>(
                                            matrix->getPropertyValue("Graphic"), uno::UNO_QUERY)
                                            .is(); }))
        << "the Coverage panel shows no picture";
    rtl::OUString alt;
    matrix->getPropertyValue("HelpText") >>= alt;
    EXPECT_NE(bridge::toUtf8(alt).find("objective"), std::string::npos) << bridge::toUtf8(alt);
    driver::showOnly(deck, "EqplanCoveragePanel");
    driver::settle(*s_office);
    driver::screenshot(artefacts / "DeckCommands.CoverageMatrix.png");

    // A point this month on objective 1, through the Objective panel.
    driver::putCursorInCell(m_model, "Table1", "B2");
    ASSERT_TRUE(eventually(
        [&] { return labelText(panelControl(deck, "EqplanObjectivePanel", "heading")) == "Objective 1"; }));
    uno::Reference<awt::XTextComponent>(panelControl(deck, "EqplanObjectivePanel", "newPoint"),
                                        uno::UNO_QUERY_THROW)
        ->setText("Governors briefed on the reading gap");
    pressIn(deck, "EqplanObjectivePanel", "addPoint");
    driver::settle(*s_office);

    // The report for this academic year (the point just added is the latest review itself, so
    // "since the last review" has nothing yet).
    driver::showOnly(deck, "EqplanPublishPanel");
    uno::Reference<awt::XListBox>(panelControl(deck, "EqplanPublishPanel", "reportPeriod"),
                                  uno::UNO_QUERY_THROW)
        ->selectItemPos(1, true);
    pressIn(deck, "EqplanPublishPanel", "report");
    const std::filesystem::path report = folder / "plan progress report.odt";
    ASSERT_TRUE(eventually([&] { return std::filesystem::exists(report); },
                           std::chrono::seconds(30)))
        << labelText(panelControl(deck, "EqplanPublishPanel", "reportStatus"));
    // The panel says so once the report is also open.
    EXPECT_TRUE(eventually(
        [&]
        {
            return labelText(panelControl(deck, "EqplanPublishPanel", "reportStatus"))
                       .rfind("Wrote ", 0) == 0;
        }))
        << labelText(panelControl(deck, "EqplanPublishPanel", "reportStatus"));

    // It is open in a window of its own, and holds the point of this month.
    uno::Reference<text::XTextDocument> opened;
    ASSERT_TRUE(eventually(
        [&]
        {
            const uno::Reference<container::XEnumeration> components =
                s_office->desktop()->getComponents()->createEnumeration();
            while (components->hasMoreElements())
            {
                uno::Reference<frame::XModel> model(components->nextElement(), uno::UNO_QUERY);
                if (model.is() && bridge::toUtf8(model->getURL()).find("progress%20report.odt") !=
                                      std::string::npos)
                    opened.set(model, uno::UNO_QUERY);
            }
            return opened.is();
        },
        std::chrono::seconds(30)))
        << "the report did not open";
    const std::string body = bridge::toUtf8(opened->getText()->getString());
    EXPECT_NE(body.find("Governors briefed on the reading gap"), std::string::npos) << body;
    // The plan's older entries are not in the period.
    EXPECT_EQ(body.find("Digital signage reinforces message"), std::string::npos) << body;
    driver::settle(*s_office);
    driver::screenshot(artefacts / "DeckCommands.Report.png");
    uno::Reference<util::XCloseable>(opened, uno::UNO_QUERY_THROW)->close(true);
}

// LibreOffice in Welsh (libreoffice-l10n-cy): the deck's titles, labels and texts come from the
// Welsh catalogue.
TEST_F(DeckCommands, InWelshTheDeckSpeaksWelsh)
{
    const auto setUiLanguage = [](bridge::Office& office, const char* tag)
    {
        const uno::Reference<lang::XMultiServiceFactory> provider =
            configuration::theDefaultProvider::get(office.context());
        const uno::Any argument(beans::NamedValue(
            "nodepath", uno::Any(rtl::OUString("/org.openoffice.Office.Linguistic/General"))));
        const uno::Reference<beans::XPropertySet> general(
            provider->createInstanceWithArguments(
                "com.sun.star.configuration.ConfigurationUpdateAccess",
                uno::Sequence<uno::Any>(&argument, 1)),
            uno::UNO_QUERY_THROW);
        general->setPropertyValue("UILocale", uno::Any(rtl::OUString::createFromAscii(tag)));
        uno::Reference<util::XChangesBatch>(general, uno::UNO_QUERY_THROW)->commitChanges();
    };
    const std::filesystem::path profile = artefacts / "profile-cy";
    {
        std::unique_ptr<bridge::Office> office = driver::startWithExtension(profile, EQPLAN_OXT);
        setUiLanguage(*office, "cy");
    }
    std::unique_ptr<bridge::Office> welsh = driver::startWithExtension(profile, EQPLAN_OXT);
    const std::string language =
        configurationText(*welsh, "/org.openoffice.Setup/L10N", "ooLocale");
    ASSERT_EQ(language, "cy") << "LibreOffice did not start in Welsh: is libreoffice-l10n-cy "
                                 "installed? (./dev installs it)";

    uno::Reference<frame::XModel> model = driver::openVisible(*welsh, seed);
    driver::setWindowSize(model, 1400, 900);
    const uno::Reference<css::ui::XDeck> deck =
        driver::openDeck(model, driver::deckId, driver::panelIds);
    EXPECT_EQ(bridge::toUtf8(deck->getTitle()), "Cynllun Cydraddoldeb");
    const uno::Reference<css::ui::XPanel> plan(deck->getPanels()->getByName("EqplanPlanPanel"),
                                               uno::UNO_QUERY_THROW);
    EXPECT_EQ(bridge::toUtf8(plan->getTitle()), "Cynllun");
    const uno::Reference<awt::XControlContainer> controls(plan->getDialog(), uno::UNO_QUERY_THROW);
    const uno::Reference<awt::XFixedText> label(controls->getControl("objectivesLabel"),
                                                uno::UNO_QUERY_THROW);
    EXPECT_EQ(bridge::toUtf8(label->getText()), "~Amcanion");
    // The Welsh catalogue is complete (ExtensionCatalogues): a panel's long words are Welsh too.
    const uno::Reference<css::ui::XPanel> publish(
        deck->getPanels()->getByName("EqplanPublishPanel"), uno::UNO_QUERY_THROW);
    const uno::Reference<awt::XControlContainer> publishControls(publish->getDialog(),
                                                                 uno::UNO_QUERY_THROW);
    const std::string intro = bridge::toUtf8(
        uno::Reference<awt::XFixedText>(publishControls->getControl("intro"), uno::UNO_QUERY_THROW)
            ->getText());
    EXPECT_EQ(intro.rfind("Cyhoeddwch y cynllun ar gyfer gwefan yr ysgol", 0), 0u) << intro;
    // So are the words of the schemas and of the pictures: the ratings the Objective panel offers
    // (status.<id>), the Coverage panel's list (characteristic.<id>) and its matrix's alternative
    // text.
    const uno::Reference<awt::XListBox> ratings(
        panelControl(deck, "EqplanObjectivePanel", "rating"), uno::UNO_QUERY_THROW);
    ASSERT_TRUE(eventually([&] { return ratings->getItemCount() == 3; }));
    EXPECT_EQ(bridge::toUtf8(ratings->getItem(1)), "Ambr");
    const uno::Reference<awt::XListBox> coverage(
        panelControl(deck, "EqplanCoveragePanel", "coverage"), uno::UNO_QUERY_THROW);
    const auto listed = [&](const std::string& words)
    {
        for (const rtl::OUString& item : coverage->getItems())
            if (bridge::toUtf8(item).find(words) != std::string::npos)
                return true;
        return false;
    };
    EXPECT_TRUE(eventually([&] { return listed("Hil: "); })) << "no “Hil” in the Coverage panel";
    EXPECT_FALSE(listed("Race: "));
    const uno::Reference<beans::XPropertySet> matrix(
        panelControl(deck, "EqplanCoveragePanel", "matrix")->getModel(), uno::UNO_QUERY_THROW);
    std::string alt;
    EXPECT_TRUE(eventually(
        [&]
        {
            rtl::OUString help;
            matrix->getPropertyValue("HelpText") >>= help;
            alt = bridge::toUtf8(help);
            // The seed records no characteristics: the matrix says so.
            return alt.starts_with("Tabl o 3 nod y ddyletswydd cydraddoldeb yn ôl y 9 nodwedd "
                                   "warchodedig, heb ei lenwi");
        }))
        << alt;
    driver::settle(*welsh);
    driver::screenshot(artefacts / "DeckCommands.InWelsh.png");
    driver::showOnly(deck, "EqplanCoveragePanel");
    driver::settle(*welsh);
    driver::screenshot(artefacts / "DeckCommands.InWelsh.Coverage.png");
    uno::Reference<util::XCloseable>(model, uno::UNO_QUERY_THROW)->close(true);
}
} // namespace
