// The bridge's errors in Welsh: LibreOffice started in Welsh (libreoffice-l10n-cy) with the built
// extension installed, the deck's catalogue loaded from it as a panel loads it (ui::loadCatalogue,
// by the office's UI language), and operations that really fail in that office. Each error is
// said through the catalogue as every panel says one (ui::said) — in Welsh, with its arguments —
// while what() keeps the British English the CLI prints, word for word.
#include "Catalogue.hpp"

#include "eqplan/Owners.hpp"
#include "eqplan/PlanReader.hpp"
#include "eqplan/Report.hpp"
#include "eqplan/Schema.hpp"
#include "eqplan/bridge/Error.hpp"
#include "eqplan/bridge/GridReader.hpp"
#include "eqplan/bridge/Office.hpp"
#include "eqplan/bridge/Operations.hpp"
#include "eqplan/bridge/Report.hpp"
#include "eqplan/bridge/Strings.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <system_error>

namespace
{
namespace fs = std::filesystem;
using namespace eqplan;
using namespace css;

const fs::path fixtures = EQPLAN_FIXTURE_DIR;
const char* const seed = "seed-objectives-2017-2021.odt";

// A configuration node of the office, to read or to change.
uno::Reference<beans::XPropertySet> configuration(bridge::Office& office, const char* path,
                                                  bool update)
{
    const uno::Reference<lang::XMultiServiceFactory> provider =
        configuration::theDefaultProvider::get(office.context());
    const uno::Any argument(
        beans::NamedValue("nodepath", uno::Any(rtl::OUString::createFromAscii(path))));
    return uno::Reference<beans::XPropertySet>(
        provider->createInstanceWithArguments(
            rtl::OUString::createFromAscii(
                update ? "com.sun.star.configuration.ConfigurationUpdateAccess"
                       : "com.sun.star.configuration.ConfigurationAccess"),
            uno::Sequence<uno::Any>(&argument, 1)),
        uno::UNO_QUERY_THROW);
}

// What a call that should fail threw: its key, its English (what() — the CLI's words) and its
// words in the deck (ui::said).
struct Said
{
    bool thrown = false;
    std::string key;
    std::string english;
    std::string deck;
};

Said failure(const std::function<void()>& call)
{
    try
    {
        call();
    }
    catch (const bridge::Error& e)
    {
        return {true, e.message().key, e.what(), ui::said(e)};
    }
    return {};
}

class WelshOffice : public testing::Test
{
protected:
    // One office for the suite: started once to install the extension and switch the UI to
    // Welsh (a profile of its own), then again, in Welsh, as a user would restart it.
    static void SetUpTestSuite()
    {
        std::string pattern = (fs::temp_directory_path() / "eqplan-welsh-XXXXXX").string();
        if (!::mkdtemp(pattern.data()))
            return;
        s_root = pattern;
        bridge::OfficeOptions options;
        options.profile = s_root / "profile";
        fs::create_directories(options.profile);
        {
            std::unique_ptr<bridge::Office> office = bridge::Office::start(options);
            office->installExtension(EQPLAN_OXT);
            const uno::Reference<beans::XPropertySet> general =
                configuration(*office, "/org.openoffice.Office.Linguistic/General", true);
            general->setPropertyValue("UILocale", uno::Any(rtl::OUString("cy")));
            uno::Reference<util::XChangesBatch>(general, uno::UNO_QUERY_THROW)->commitChanges();
        }
        s_office = bridge::Office::start(options);
        ui::loadCatalogue(s_office->context());
    }
    static void TearDownTestSuite()
    {
        s_office.reset();
        std::error_code ec;
        fs::remove_all(s_root, ec);
    }

    void SetUp() override
    {
        ASSERT_TRUE(s_office) << "no office started";
        rtl::OUString language;
        configuration(*s_office, "/org.openoffice.Setup/L10N", false)
            ->getPropertyValue("ooLocale") >>= language;
        ASSERT_EQ(bridge::toUtf8(language), "cy")
            << "LibreOffice did not start in Welsh: is libreoffice-l10n-cy installed? (./dev "
               "installs it)";
        ASSERT_EQ(ui::catalogueLanguage(), "cy") << "the deck's catalogue was not read in Welsh";
        m_folder = s_root / testing::UnitTest::GetInstance()->current_test_info()->name();
        fs::create_directories(m_folder);
        fs::copy_file(fixtures / seed, m_folder / seed);
        Loaded<Schemas> schemas = loadSchemas();
        ASSERT_TRUE(schemas) << schemas.error;
        m_schemas = std::move(*schemas.value);
    }

    // The plan as the deck reads it from the open document.
    ReadResult read(const uno::Reference<lang::XComponent>& document, DocumentGrid& grid)
    {
        grid = bridge::readGrid(document);
        return readPlan(grid, m_schemas);
    }

    static inline std::unique_ptr<bridge::Office> s_office;
    static inline fs::path s_root;
    fs::path m_folder;
    Schemas m_schemas;
};

// The Owners panel renaming an owner the plan does not name: refused, in Welsh. A rename it does
// name is one undo step, titled in Welsh (the Author's wording is the catalogue's, as the deck's).
TEST_F(WelshOffice, ARefusedRenameAndItsUndoStepAreInWelsh)
{
    bridge::OpenDocument document(*s_office, m_folder / seed, bridge::OpenMode::Editable);
    DocumentGrid grid;
    const ReadResult plan = read(document.component(), grid);
    ASSERT_TRUE(plan) << plan.message;
    ASSERT_FALSE(plan.plan.owners.empty());
    const bridge::Author author{"A Tester", std::chrono::year{2026} / 11 / 23,
                                [](const bridge::Message& title) { return ui::said(title); }};

    const Said refused = failure(
        [&]
        {
            bridge::changeOwners(
                document.component(), plan.plan, grid, OwnerRegister{},
                bridge::OwnerChanges{
                    std::pair<std::string, std::string>{"Nobody", "Somebody"}, {}, {}},
                author);
        });
    ASSERT_TRUE(refused.thrown) << "renaming an owner the plan does not name was not refused";
    EXPECT_EQ(refused.key, "errorNoSuchOwner");
    EXPECT_EQ(refused.english, "The plan names no owner \"Nobody\"; nothing was renamed.");
    EXPECT_EQ(refused.deck, "Nid yw'r cynllun yn enwi perchennog “Nobody”; ni ailenwyd dim.");

    const std::string owner = plan.plan.owners.front().name;
    bridge::changeOwners(
        document.component(), plan.plan, grid, OwnerRegister{},
        bridge::OwnerChanges{std::pair<std::string, std::string>{owner, "Ms Ward"}, {}, {}},
        author);
    const uno::Sequence<rtl::OUString> titles =
        uno::Reference<document::XUndoManagerSupplier>(document.component(), uno::UNO_QUERY_THROW)
            ->getUndoManager()
            ->getAllUndoActionTitles();
    ASSERT_GT(titles.getLength(), 0);
    EXPECT_EQ(bridge::toUtf8(titles[0]), "Ailenwi " + owner + " yn Ms Ward");
}

// A fix asked of a document open read-only: the Checks panel says why in Welsh, the CLI in
// English, and the document is not changed.
TEST_F(WelshOffice, AFixOfAReadOnlyDocumentIsRefusedInWelsh)
{
    bridge::OpenDocument document(*s_office, m_folder / seed, bridge::OpenMode::ReadOnly);
    DocumentGrid grid;
    ASSERT_TRUE(read(document.component(), grid));
    const Cell* first = nullptr;
    for (const Cell& cell : grid.tables.at(0).cells)
        if (!first && !cell.paragraphs.empty() && !cell.paragraphs[0].text.empty())
            first = &cell;
    ASSERT_NE(first, nullptr);
    const Edit edit = ReplaceText{Location{0, first->row, first->column, first->name, 0},
                                  first->paragraphs[0].text, "Changed", 0};

    const Said refused = failure(
        [&]
        {
            bridge::fixFinding(document.component(), grid, Fix{"Tidy", true, {edit}}, std::nullopt,
                               bridge::Author{"A Tester", std::chrono::year{2026} / 11 / 23});
        });
    ASSERT_TRUE(refused.thrown) << "a read-only document was changed";
    EXPECT_EQ(refused.key, "errorReadOnlyFix");
    EXPECT_EQ(refused.english, "The document is open read-only: eqplan cannot fix it. Use Edit ▸ "
                               "Edit Mode, or save a copy, and try again.");
    EXPECT_EQ(refused.deck, "Mae'r ddogfen ar agor i'w darllen yn unig: ni all eqplan ei thrwsio. "
                            "Dewiswch Golygu ▸ Modd Golygu, neu cadwch gopi, a rhowch gynnig arall "
                            "arni.");
}

// A fix of a table deleted since the plan was read: nothing changed, and the table named in
// the Welsh sentence.
TEST_F(WelshOffice, AFixOfATableDeletedMeanwhileIsRefusedInWelsh)
{
    bridge::OpenDocument document(*s_office, m_folder / seed, bridge::OpenMode::Editable);
    DocumentGrid grid;
    ASSERT_TRUE(read(document.component(), grid));
    const Table& table = grid.tables.at(0);
    const Cell& cell = table.cells.at(0);
    const Edit edit =
        ReplaceText{Location{0, cell.row, cell.column, cell.name, 0},
                    cell.paragraphs.empty() ? "" : cell.paragraphs[0].text, "Changed", 0};
    const uno::Reference<container::XNameAccess> tables =
        uno::Reference<text::XTextTablesSupplier>(document.component(), uno::UNO_QUERY_THROW)
            ->getTextTables();
    uno::Reference<lang::XComponent>(tables->getByName(bridge::fromUtf8(table.name)),
                                     uno::UNO_QUERY_THROW)
        ->dispose();
    ASSERT_FALSE(tables->hasByName(bridge::fromUtf8(table.name)));

    const Said refused = failure(
        [&]
        {
            bridge::fixFinding(document.component(), grid, Fix{"Tidy", true, {edit}}, std::nullopt,
                               bridge::Author{"A Tester", std::chrono::year{2026} / 11 / 23});
        });
    ASSERT_TRUE(refused.thrown) << "a fix went ahead on a table that is gone";
    EXPECT_EQ(refused.key, "errorTableChanged");
    EXPECT_EQ(refused.english, "Table \"" + table.name +
                                   "\" is not as eqplan read it (was it changed meanwhile?); "
                                   "nothing was changed.");
    EXPECT_EQ(refused.deck, "Nid yw'r tabl “" + table.name +
                                "” fel y darllenodd eqplan ef (a gafodd ei newid yn y cyfamser?); "
                                "ni newidiwyd dim.");
}

// The Publish panel's report written into a folder that is not there: the folder and the file
// named in the Welsh sentence, nothing written.
TEST_F(WelshOffice, AReportIntoAMissingFolderIsRefusedInWelsh)
{
    const fs::path folder = m_folder / "gone";
    const Said refused =
        failure([&] { bridge::writeReport(s_office->desktop(), Report{}, folder / "report.odt"); });
    ASSERT_TRUE(refused.thrown) << "a report was written into a folder that is not there";
    EXPECT_EQ(refused.key, "errorNoFolder");
    EXPECT_EQ(refused.english,
              "There is no folder " + folder.string() + " to write report.odt into.");
    EXPECT_EQ(refused.deck,
              "Does dim ffolder " + folder.string() + " i ysgrifennu report.odt iddo.");
    EXPECT_FALSE(fs::exists(folder));
}
} // namespace
