// The bridge's errors and the checks' findings in Welsh: LibreOffice started in Welsh
// (libreoffice-l10n-cy) with the built extension installed, the deck's catalogue loaded from it as
// a panel loads it (ui::loadCatalogue, by the office's UI language), operations that really fail
// in that office and the checks of a plan read from it. Each error or finding is said through the
// catalogue as every panel says one (ui::said) — in Welsh, with its arguments — while what() and
// Finding::message keep the British English the CLI prints, word for word. So are the words of the
// schemas (aims, characteristics, fields, ratings), the pictures the deck draws (ui::wording),
// the reasons inside read errors, the reader's "no plan" and academic years.
#include "Catalogue.hpp"

#include "eqplan/Coverage.hpp"
#include "eqplan/Dates.hpp"
#include "eqplan/Owners.hpp"
#include "eqplan/Pictures.hpp"
#include "eqplan/PlanReader.hpp"
#include "eqplan/Report.hpp"
#include "eqplan/Schema.hpp"
#include "eqplan/Checks.hpp"
#include "eqplan/bridge/DocumentFacts.hpp"
#include "eqplan/bridge/Error.hpp"
#include "eqplan/bridge/GridReader.hpp"
#include "eqplan/bridge/Metadata.hpp"
#include "eqplan/bridge/Office.hpp"
#include "eqplan/bridge/Operations.hpp"
#include "eqplan/bridge/Publish.hpp"
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

#include "CliRun.hpp"

#include <algorithm>
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
// The Checks panel and the Publish panel on the seed plan: a finding, the words inside it ("Amcan
// 3"), its fix and its rule's heading in Welsh, and a publishing problem in Welsh, each from the
// checks run as the deck runs them (with the document's facts); `eqplan check` says the same
// findings in English, word for word.
TEST_F(WelshOffice, FindingsAndPublishingProblemsAreInWelshWhileTheCliSaysThemInEnglish)
{
    bridge::OpenDocument document(*s_office, m_folder / seed, bridge::OpenMode::ReadOnly);
    DocumentGrid grid;
    const ReadResult plan = read(document.component(), grid);
    ASSERT_TRUE(plan) << plan.message;
    const DocumentFacts facts = bridge::documentFacts(document.component(), plan.plan);
    const std::vector<Finding> findings = runChecks(CheckInput{
        grid, plan.plan, m_schemas, std::chrono::year{2026} / 11 / 23, nullptr, nullptr, &facts});
    const auto first = [&](std::string_view rule) -> const Finding*
    {
        const auto found = std::find_if(findings.begin(), findings.end(),
                                        [&](const Finding& f) { return f.rule == rule; });
        return found == findings.end() ? nullptr : &*found;
    };

    const Finding* split = first("table.continuation-row");
    ASSERT_NE(split, nullptr) << "the seed's split row was not found";
    EXPECT_EQ(split->message, "Row 5 of Table1 only continues Objective 3 from the row above it (a "
                              "row split over a page). Joining it to the objective's row keeps "
                              "the objective in one row.");
    EXPECT_EQ(ui::said(split->words),
              "Dim ond parhad o amcan 3 o'r rhes uwch ei phen yw rhes 5 yn Table1 (rhes wedi'i "
              "hollti dros dudalen). Mae ei huno â rhes yr amcan yn cadw'r amcan mewn un rhes.");
    ASSERT_TRUE(split->fix);
    EXPECT_EQ(split->fix->description, "Join row 5 to the row above it");
    EXPECT_EQ(ui::said(split->fix->words), "Uno rhes 5 â'r rhes uwch ei phen");
    EXPECT_EQ(ui::said(ruleTitleWords(split->rule)), "Rhesi wedi'u hollti dros dudalen");

    // Words inside words: who writes the term is said in Welsh too.
    const Finding* term = first("terms.inconsistent");
    ASSERT_NE(term, nullptr) << "the seed's “on-going” was not found";
    EXPECT_EQ(term->message, "Objective 3 writes “on-going”; the plan mostly writes “On-going”.");
    EXPECT_EQ(ui::said(term->words), "Amcan 3: mae'n ysgrifennu “on-going”; mae'r cynllun gan "
                                     "amlaf yn ysgrifennu “On-going”.");

    // The Publish panel lists what stands in the way, as the deck does.
    const std::vector<bridge::PublishProblem> problems = bridge::publishingProblems(findings);
    const auto age = std::find_if(problems.begin(), problems.end(),
                                  [](const bridge::PublishProblem& p)
                                  { return p.kind == "calendar.objectives-age"; });
    ASSERT_NE(age, problems.end()) << "the seed's objectives of 2017 did not stop publishing";
    EXPECT_EQ(age->message, "The plan's objectives date from 2017, more than 4 years ago. Schools "
                            "must publish equality objectives at least every 4 years: set new "
                            "objectives.");
    EXPECT_EQ(ui::said(age->words),
              "Mae amcanion y cynllun yn dyddio o 2017, mwy na 4 mlynedd yn ôl. Rhaid i ysgolion "
              "gyhoeddi amcanion cydraddoldeb o leiaf bob 4 blynedd: gosodwch amcanion newydd.");

    // The CLI, in English, says each of those words as they are.
    const test::CliRun run = test::runCli({"check", (m_folder / seed).string()});
    test::expectClean(run, "eqplan check");
    for (const Finding* finding : {split, term, first("calendar.objectives-age")})
        EXPECT_NE(run.out.find(finding->message), std::string::npos)
            << finding->message << "\nnot in:\n"
            << run.out;
}

// The words of the schemas by their ids, as the Objective, Plan and Coverage panels say them: an
// aim, a characteristic, a field's label and a rating in Welsh, and a finding that names a field
// in Welsh; the schema's English (what the CLI prints) as it is.
TEST_F(WelshOffice, TheSchemasWordsAreInWelshInTheDeckAndInEnglishInTheCli)
{
    const Layout& layout = m_schemas.layout;
    const auto list = [](const std::vector<WordList>& lists, std::string_view id)
    {
        const auto found =
            std::find_if(lists.begin(), lists.end(), [&](const WordList& l) { return l.id == id; });
        return found == lists.end() ? WordList{} : *found;
    };
    EXPECT_EQ(ui::said(aimWords(list(layout.aims, "foster"))), "Meithrin cysylltiadau da");
    EXPECT_EQ(aimWords(list(layout.aims, "foster")).english, "Foster good relations");
    EXPECT_EQ(ui::said(characteristicWords(list(layout.characteristics, "sexual-orientation"))),
              "Cyfeiriadedd rhywiol");
    ASSERT_NE(layout.field("owners"), nullptr);
    EXPECT_EQ(ui::said(fieldWords(*layout.field("owners"))), "Cyfrifoldeb");
    EXPECT_EQ(fieldWords(*layout.field("owners")).english, "Responsibility");
    ASSERT_NE(layout.rating("amber"), nullptr);
    EXPECT_EQ(ui::said(ratingWords(*layout.rating("amber"))), "Ambr");

    // The seed plan has no column for success criteria: the Checks panel names the field in
    // Welsh inside the Welsh finding.
    bridge::OpenDocument document(*s_office, m_folder / seed, bridge::OpenMode::ReadOnly);
    DocumentGrid grid;
    const ReadResult plan = read(document.component(), grid);
    ASSERT_TRUE(plan) << plan.message;
    const std::vector<Finding> findings = runChecks(CheckInput{
        grid, plan.plan, m_schemas, std::chrono::year{2026} / 11 / 23, nullptr, nullptr, nullptr});
    const auto missing =
        std::find_if(findings.begin(), findings.end(),
                     [](const Finding& f) { return f.words.key == "findingNoColumnFor"; });
    ASSERT_NE(missing, findings.end()) << "the seed's missing column was not found";
    ASSERT_EQ(missing->words.parts.size(), 3U);
    EXPECT_EQ(missing->words.parts[1].key, "field.successCriteria");
    EXPECT_EQ(ui::said(missing->words.parts[1]), "Meini prawf llwyddiant");
    EXPECT_TRUE(
        ui::said(missing->words)
            .starts_with("Does dim colofn ar gyfer Meini prawf llwyddiant yn Table1, felly "))
        << ui::said(missing->words);
    EXPECT_TRUE(missing->message.starts_with("Table1 has no column for Success criteria, so "))
        << missing->message;

    const test::CliRun run = test::runCli({"check", (m_folder / seed).string()});
    test::expectClean(run, "eqplan check");
    EXPECT_NE(run.out.find(missing->message), std::string::npos) << run.out;
}

// The coverage matrix and the review timeline as the deck draws them (ui::wording): their title,
// words and alternative text in Welsh; drawn for the published PDF, in English (the document's
// language) whatever the UI's.
TEST_F(WelshOffice, ThePicturesAreDrawnInWelshInTheDeckAndInEnglishForTheDocument)
{
    bridge::OpenDocument document(*s_office, m_folder / seed, bridge::OpenMode::ReadOnly);
    DocumentGrid grid;
    const ReadResult plan = read(document.component(), grid);
    ASSERT_TRUE(plan) << plan.message;
    const Coverage coverage = coverageOf(plan.plan, m_schemas.checks);
    const bool recorded = recordsCharacteristics(plan.plan);
    const std::chrono::year_month_day today = std::chrono::year{2026} / 11 / 23;

    const DeckMatrix matrix = coverageMatrixAt(coverage, recorded, 400, 11, {}, ui::wording());
    EXPECT_EQ(matrix.picture.title, "Cwmpas y ddyletswydd cydraddoldeb");
    EXPECT_TRUE(matrix.picture.altText.starts_with("Tabl o faint o amcanion sy'n mynd i'r afael "
                                                   "â phob un o 3 nod y ddyletswydd"))
        << matrix.picture.altText;
    EXPECT_NE(matrix.picture.svg.find(">Hil</text>"), std::string::npos) << matrix.picture.svg;
    EXPECT_NE(matrix.picture.svg.find(">Meithrin</text>"), std::string::npos) << matrix.picture.svg;
    EXPECT_EQ(matrix.picture.svg.find(">Race</text>"), std::string::npos);

    const Picture timeline = reviewTimelineAt(plan.plan, today, 400, 11, {}, ui::wording());
    EXPECT_EQ(timeline.title, "Llinell amser yr adolygiadau");
    EXPECT_NE(timeline.svg.find(">y 12 mis diwethaf</text>"), std::string::npos) << timeline.svg;
    EXPECT_NE(timeline.altText.find("Tachwedd 2026"), std::string::npos) << timeline.altText;
    EXPECT_NE(timeline.altText.find("Does gan yr un amcan ddiweddariad o'r 12 mis diwethaf."),
              std::string::npos)
        << timeline.altText;

    // For the document ("At a glance", the report): English.
    const Picture printed = coverageMatrix(coverage, recorded);
    EXPECT_EQ(printed.title, "Coverage of the equality duty");
    EXPECT_NE(printed.svg.find(">Race</text>"), std::string::npos);
    EXPECT_TRUE(reviewTimeline(plan.plan, today)
                    .altText.starts_with("A timeline of the dated progress entries of "))
        << reviewTimeline(plan.plan, today).altText;
}

// Why a document could not be read, in Welsh: the reader's "no plan" (the Publish panel says it),
// and the reason inside a read error (column assignments that cannot be read) keyed too, so that
// the whole sentence is Welsh; the CLI says both in English.
TEST_F(WelshOffice, WhyADocumentCannotBeReadIsInWelsh)
{
    const char* const noPlan = "bad-no-plan.docx";
    fs::copy_file(fixtures / noPlan, m_folder / noPlan);
    {
        bridge::OpenDocument document(*s_office, m_folder / noPlan, bridge::OpenMode::ReadOnly);
        DocumentGrid grid;
        const ReadResult plan = read(document.component(), grid);
        ASSERT_EQ(plan.status, ReadStatus::NoPlanTable);
        EXPECT_EQ(plan.words.key, "readNoTableIsPlan");
        EXPECT_TRUE(plan.message.starts_with(
            "None of the document's 2 tables looks like an equality plan: a plan table's header "
            "row names at least 3 of the plan's columns, for example "))
            << plan.message;
        EXPECT_TRUE(
            ui::said(plan.words)
                .starts_with("Nid yw'r un o 2 tabl y ddogfen yn edrych fel cynllun cydraddoldeb: "
                             "mae rhes pennawd "
                             "tabl cynllun yn enwi o leiaf 3 o golofnau'r cynllun, er enghraifft "))
            << ui::said(plan.words);
        const test::CliRun run = test::runCli({"inspect", (m_folder / noPlan).string()});
        EXPECT_NE(run.err.find(plan.message), std::string::npos) << run.err;
    }

    bridge::OpenDocument document(*s_office, m_folder / seed, bridge::OpenMode::Editable);
    bridge::writeDocumentData(document.component(), bridge::columnsProperty, R"({"columns": 7})");
    DocumentGrid grid;
    ASSERT_TRUE(read(document.component(), grid));
    const Said refused = failure(
        [&]
        {
            bridge::changeColumns(document.component(), grid,
                                  bridge::ColumnChanges{{{"Lead", "owners"}}, {}, false}, m_schemas,
                                  bridge::Author{"A Tester", std::chrono::year{2026} / 11 / 23});
        });
    ASSERT_TRUE(refused.thrown) << "unreadable column assignments were changed";
    EXPECT_EQ(refused.key, "errorColumnsUnreadable");
    EXPECT_EQ(refused.english, "The columns assigned in this document cannot be read (column "
                               "assignments: /columns: expected an array); nothing was changed.");
    EXPECT_EQ(refused.deck, "Does dim modd darllen y colofnau a neilltuwyd yn y ddogfen hon "
                            "(aseiniadau'r colofnau: /columns: disgwylid arae); ni newidiwyd dim.");
}

// Academic years in Welsh: one named in a finding's words, and the Publish panel's "nothing to
// report this academic year"; `eqplan report` says the latter in English.
TEST_F(WelshOffice, AcademicYearsAreInWelsh)
{
    EXPECT_EQ(dateWords(academicYear(2023)).english, "2023-24");
    EXPECT_EQ(ui::said(dateWords(academicYear(2023))), "blwyddyn academaidd 2023–24");

    bridge::OpenDocument document(*s_office, m_folder / seed, bridge::OpenMode::ReadOnly);
    DocumentGrid grid;
    const ReadResult plan = read(document.component(), grid);
    ASSERT_TRUE(plan) << plan.message;
    const std::chrono::year_month_day today = std::chrono::year{2026} / 11 / 23;
    const PeriodChoice year = thisAcademicYear(today);
    ASSERT_TRUE(year);
    EXPECT_EQ(ui::said(year.labelWords), "y flwyddyn academaidd hon (2026–27)");
    const Report report =
        buildReport(plan.plan, nullptr, m_schemas, year.period, year.label, today);
    ASSERT_EQ(report.entries, 0) << "the seed of 2017-2021 has progress dated 2026-27";
    const std::string objectives = std::to_string(plan.plan.objectives.size());
    EXPECT_EQ(ui::said(noProgressWords(report, year.labelWords)),
              "Does dim cynnydd wedi'i ddyddio ar gyfer yr un o " + objectives +
                  " amcan y cynllun yn y cyfnod hwn: y flwyddyn academaidd hon (2026–27) (o 1 "
                  "Medi 2026 hyd at 31 Awst 2027). Does dim i'w adrodd.");

    const test::CliRun run =
        test::runCli({"report", (m_folder / seed).string(), "--since", "academic-year", "--today",
                      "2026-11-23", "-o", (m_folder / "report.odt").string()});
    EXPECT_NE(run.err.find("No progress is dated this academic year (2026–27) (from 1 September "
                           "2026 to 31 August 2027) for any of the plan's " +
                           objectives + " objectives: there is nothing to report."),
              std::string::npos)
        << run.err;
}
} // namespace
