// Fixes and eqplan's document data applied in a real LibreOffice: each fix does what it says,
// is one undo step, and changes nothing when the document is not as read; the data survives
// .odt and .docx.
#include "eqplan/Checks.hpp"
#include "eqplan/PlanReader.hpp"
#include "eqplan/Schema.hpp"
#include "eqplan/bridge/Error.hpp"
#include "eqplan/bridge/FlatOdfExport.hpp"
#include "eqplan/bridge/GridReader.hpp"
#include "eqplan/bridge/Metadata.hpp"
#include "eqplan/bridge/Office.hpp"
#include "eqplan/bridge/Operations.hpp"
#include "eqplan/bridge/PlanWriter.hpp"
#include "eqplan/bridge/Strings.hpp"
#include "InOffice.hpp"
#include "OdfBody.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

using eqplan::test::InOffice;

namespace
{
namespace fs = std::filesystem;
using namespace eqplan;
using namespace css;
using eqplan::test::body;

// Who applies the fixes, as the Checks panel or `eqplan check --fix` would name them.
const bridge::Author tester{"A Tester", std::chrono::year{2026} / 11 / 23};

class FixInOffice : public InOffice<>
{
protected:
    void SetUp() override
    {
        InOffice::SetUp();
        if (HasFatalFailure())
            return;
        Loaded<Schemas> schemas = loadSchemas();
        ASSERT_TRUE(schemas) << schemas.error;
        m_schemas = *schemas.value;
    }

    fs::path copy(const std::string& fixture)
    {
        const fs::path to = m_folder / fixture;
        fs::copy_file(fs::path(EQPLAN_FIXTURE_DIR) / fixture, to);
        return to;
    }

    std::string snapshot(const uno::Reference<lang::XComponent>& document, const std::string& name)
    {
        bridge::exportFlatOdf(document, m_folder / (name + ".fodt"));
        return body(m_folder / (name + ".fodt"));
    }

    static uno::Reference<document::XUndoManager>
    undoManager(const uno::Reference<lang::XComponent>& document)
    {
        return uno::Reference<document::XUndoManagerSupplier>(document, uno::UNO_QUERY_THROW)
            ->getUndoManager();
    }

    Schemas m_schemas;
};

// Every paragraph of the grid's tables that reads exactly `text`, as edits replacing it.
std::vector<Edit> replaceEverywhere(const DocumentGrid& grid, const std::string& text,
                                    const std::string& by)
{
    std::vector<Edit> edits;
    for (std::size_t t = 0; t < grid.tables.size(); ++t)
        for (const Cell& cell : grid.tables[t].cells)
            for (std::size_t p = 0; p < cell.paragraphs.size(); ++p)
                if (cell.paragraphs[p].text == text)
                    edits.push_back(ReplaceText{
                        Location{static_cast<int>(t), cell.row, cell.column, cell.name,
                                 static_cast<int>(p)},
                        text, by, 0});
    return edits;
}

int countParagraphs(const DocumentGrid& grid, const std::string& text)
{
    int count = 0;
    for (const Table& table : grid.tables)
        for (const Cell& cell : table.cells)
            for (const Paragraph& paragraph : cell.paragraphs)
                count += paragraph.text == text;
    return count;
}

TEST_F(FixInOffice, ReplacingATermEverywhereIsOneUndoStep)
{
    bridge::OpenDocument document(*s_office, copy("seed-objectives-2017-2021.odt"),
                                  bridge::OpenMode::Editable);
    const std::string before = snapshot(document.component(), "before");
    const DocumentGrid grid = bridge::readGrid(document.component());
    const int lower = countParagraphs(grid, "on-going");
    const int upper = countParagraphs(grid, "On-going");
    ASSERT_GE(lower, 2);
    const sal_Int32 steps = undoManager(document.component())->getAllUndoActionTitles().getLength();

    bridge::fixFinding(document.component(), grid,
                     Fix{"Write “On-going” everywhere", true,
                         replaceEverywhere(grid, "on-going", "On-going")}, std::nullopt, tester);

    const DocumentGrid fixed = bridge::readGrid(document.component());
    EXPECT_EQ(countParagraphs(fixed, "on-going"), 0);
    EXPECT_EQ(countParagraphs(fixed, "On-going"), upper + lower);
    const auto titles = undoManager(document.component())->getAllUndoActionTitles();
    ASSERT_EQ(titles.getLength(), steps + 1);
    EXPECT_EQ(bridge::toUtf8(titles[0]), "Write “On-going” everywhere");
    undoManager(document.component())->undo();
    EXPECT_EQ(snapshot(document.component(), "after"), before);
}

TEST_F(FixInOffice, TwoReplacementsInOneParagraphBothLand)
{
    bridge::OpenDocument document(*s_office, copy("seed-objectives-2017-2021.odt"),
                                  bridge::OpenMode::Editable);
    const DocumentGrid grid = bridge::readGrid(document.component());
    // "students/students" is written twice in the first objective's Aim cell.
    const Table& table = grid.tables.at(0);
    const Cell* aim = table.at(1, 3);
    ASSERT_NE(aim, nullptr);
    ASSERT_EQ(aim->paragraphs.at(0).text,
              "Increase the diversity of students/students involved in the decision-making "
              "processes of the school");
    const Location where{0, aim->row, aim->column, aim->name, 0};
    bridge::fixFinding(document.component(), grid,
                     Fix{"Remove copying leftovers", true,
                         {ReplaceText{where, "students", "pupils", 0},
                          ReplaceText{where, "students", "learners", 1},
                          ReplaceText{where, "school", "academy", 0}}}, std::nullopt, tester);
    const DocumentGrid fixed = bridge::readGrid(document.component());
    EXPECT_EQ(fixed.tables.at(0).at(1, 3)->paragraphs.at(0).text,
              "Increase the diversity of pupils/learners involved in the decision-making "
              "processes of the academy");
}

TEST_F(FixInOffice, FoldingAContinuationRowJoinsItsTextAndRemovesIt)
{
    bridge::OpenDocument document(*s_office, copy("seed-objectives-2017-2021.docx"),
                                  bridge::OpenMode::Editable);
    const std::string before = snapshot(document.component(), "before");
    const DocumentGrid grid = bridge::readGrid(document.component());
    const ReadResult read = readPlan(grid, m_schemas);
    ASSERT_TRUE(read) << read.message;
    ASSERT_EQ(read.plan.objectives.size(), 7u);
    ASSERT_EQ(read.plan.objectives[2].rows, (std::vector<int>{3, 4}));

    bridge::fixFinding(document.component(), grid, Fix{"Join row 5 to the row above", true,
                                                      {FoldRow{0, 4}}}, std::nullopt, tester);

    const DocumentGrid fixed = bridge::readGrid(document.component());
    EXPECT_EQ(fixed.tables.at(0).rows, grid.tables.at(0).rows - 1);
    const ReadResult reread = readPlan(fixed, m_schemas);
    ASSERT_TRUE(reread) << reread.message;
    ASSERT_EQ(reread.plan.objectives.size(), 7u);
    EXPECT_EQ(reread.plan.objectives[2].rows, (std::vector<int>{3}));
    EXPECT_EQ(reread.plan.objectives[2].aim.text(),
              "To increase social and emotional skills for students/students with BESD "
              "(Behavioural, emotional and social difficulties)");
    EXPECT_EQ(reread.plan.objectives[2].objectiveText,
              "Improved ability by students/students to handle difficult situations and a "
              "reduction in classroom disruption");
    EXPECT_EQ(reread.plan.objectives[3].objectiveText,
              read.plan.objectives[3].objectiveText);
    undoManager(document.component())->undo();
    EXPECT_EQ(snapshot(document.component(), "after"), before);
}

TEST_F(FixInOffice, RepeatingTheHeaderRowSetsItOnTheTable)
{
    bridge::OpenDocument document(*s_office, copy("layout-no-owner.odt"),
                                  bridge::OpenMode::Editable);
    uno::Reference<container::XNameAccess> tables(
        uno::Reference<text::XTextTablesSupplier>(document.component(), uno::UNO_QUERY_THROW)
            ->getTextTables());
    uno::Reference<beans::XPropertySet> table(tables->getByName("Table1"), uno::UNO_QUERY_THROW);
    table->setPropertyValue("RepeatHeadline", uno::Any(false));
    const DocumentGrid grid = bridge::readGrid(document.component());
    ASSERT_EQ(grid.tables.at(0).repeatedHeaderRows, 0);
    bridge::fixFinding(document.component(), grid,
                     Fix{"Repeat the header row on every page", true, {RepeatHeader{0, 1}}}, std::nullopt, tester);
    EXPECT_EQ(bridge::readGrid(document.component()).tables.at(0).repeatedHeaderRows, 1);
    undoManager(document.component())->undo();
    EXPECT_EQ(bridge::readGrid(document.component()).tables.at(0).repeatedHeaderRows, 0);
}

TEST_F(FixInOffice, AddingAColumnGivesThePlanThatField)
{
    bridge::OpenDocument document(*s_office, copy("layout-no-owner.docx"),
                                  bridge::OpenMode::Editable);
    const std::string before = snapshot(document.component(), "before");
    const DocumentGrid grid = bridge::readGrid(document.component());
    const ReadResult read = readPlan(grid, m_schemas);
    ASSERT_TRUE(read) << read.message;
    for (const Column& column : read.plan.tables.at(0).columns)
        ASSERT_NE(column.field, "owners");

    bridge::fixFinding(document.component(), grid,
                     Fix{"Add a column for owners", false, {AddColumn{0, "owners", "Lead", 0}}}, std::nullopt, tester);

    const ReadResult reread = readPlan(bridge::readGrid(document.component()), m_schemas);
    ASSERT_TRUE(reread) << reread.message;
    ASSERT_EQ(reread.plan.tables.at(0).columns.size(), read.plan.tables.at(0).columns.size() + 1);
    EXPECT_EQ(reread.plan.tables.at(0).columns.back().header, "Lead");
    EXPECT_EQ(reread.plan.tables.at(0).columns.back().field, "owners");
    EXPECT_EQ(reread.plan.objectives.size(), read.plan.objectives.size());
    undoManager(document.component())->undo();
    EXPECT_EQ(snapshot(document.component(), "after"), before);
}

// issue 15: a labels-down-the-left plan whose second objective table has lost its "Progress"
// row: the check says so, and its fix adds the row like the first table's, in one undo step.
TEST_F(FixInOffice, AddingALabelRowGivesALabelsLeftTableTheRowTheOthersHave)
{
    for (const char* format : {"docx", "odt"})
    {
        bridge::OpenDocument document(
            *s_office, copy(std::string("corpus-labels-left-per-objective.") + format),
            bridge::OpenMode::Editable);
        const ReadResult read = readPlan(bridge::readGrid(document.component()), m_schemas);
        ASSERT_TRUE(read) << read.message;
        ASSERT_EQ(read.plan.tables.size(), 2u);
        const PlanTable& second = read.plan.tables[1];
        int progressRow = -1;
        for (const Column& column : second.columns)
            if (column.field == "progress")
                progressRow = column.column;
        ASSERT_GT(progressRow, 0) << format;
        uno::Reference<container::XNameAccess> tables(
            uno::Reference<text::XTextTablesSupplier>(document.component(), uno::UNO_QUERY_THROW)
                ->getTextTables());
        uno::Reference<text::XTextTable>(tables->getByName(bridge::fromUtf8(second.name)),
                                         uno::UNO_QUERY_THROW)
            ->getRows()
            ->removeByIndex(progressRow, 1);
        const std::string before = snapshot(document.component(), "before");

        const DocumentGrid grid = bridge::readGrid(document.component());
        const ReadResult lost = readPlan(grid, m_schemas);
        ASSERT_TRUE(lost) << lost.message;
        const std::vector<Finding> findings =
            runChecks(CheckInput{grid, lost.plan, m_schemas, std::chrono::year{2026} / 12 / 6});
        const auto finding =
            std::find_if(findings.begin(), findings.end(),
                         [](const Finding& f)
                         { return f.fix && f.message.find("row, which") != std::string::npos; });
        ASSERT_NE(finding, findings.end()) << format;
        EXPECT_EQ(finding->message, second.name + " has no \u201CProgress\u201D row, which the "
                                                  "plan's other tables have.");
        EXPECT_EQ(finding->objective, 2);

        bridge::fixFinding(document.component(), grid, *finding->fix, std::nullopt, tester);

        const DocumentGrid fixed = bridge::readGrid(document.component());
        const ReadResult reread = readPlan(fixed, m_schemas);
        ASSERT_TRUE(reread) << reread.message;
        const Table& table = fixed.tables.at(static_cast<std::size_t>(second.index));
        ASSERT_EQ(table.rows, grid.tables.at(static_cast<std::size_t>(second.index)).rows + 1);
        ASSERT_NE(table.at(progressRow, 0), nullptr);
        EXPECT_EQ(table.at(progressRow, 0)->text(), "Progress");
        // Laid out like the first table's label: the same weight.
        const Table& first = fixed.tables.at(static_cast<std::size_t>(read.plan.tables[0].index));
        EXPECT_EQ(table.at(progressRow, 0)->paragraphs.at(0).bold,
                  first.at(0, 0)->paragraphs.at(0).bold);
        const std::vector<Column>& rows = reread.plan.tables.at(1).columns;
        EXPECT_TRUE(std::any_of(rows.begin(), rows.end(),
                                [](const Column& c) { return c.field == "progress"; }))
            << format;
        undoManager(document.component())->undo();
        EXPECT_EQ(snapshot(document.component(), "after"), before) << format;
    }
}

TEST_F(FixInOffice, AFixForTextNoLongerThereChangesNothing)
{
    bridge::OpenDocument document(*s_office, copy("seed-objectives-2017-2021.odt"),
                                  bridge::OpenMode::Editable);
    const std::string before = snapshot(document.component(), "before");
    const DocumentGrid grid = bridge::readGrid(document.component());
    std::vector<Edit> edits = replaceEverywhere(grid, "on-going", "On-going");
    ASSERT_FALSE(edits.empty());
    edits.push_back(ReplaceText{Location{0, 1, 0, "A2", 0}, "no such words", "x", 0});
    const sal_Int32 steps = undoManager(document.component())->getAllUndoActionTitles().getLength();
    try
    {
        bridge::fixFinding(document.component(), grid, Fix{"Tidy", true, edits}, std::nullopt, tester);
        ADD_FAILURE() << "a fix for text that is not there was applied";
    }
    catch (const bridge::Error& e)
    {
        EXPECT_EQ(std::string(e.what()), "Cell A2 is not as eqplan read it (was it changed "
                                         "meanwhile?); nothing was changed.");
    }
    EXPECT_EQ(undoManager(document.component())->getAllUndoActionTitles().getLength(), steps);
    EXPECT_EQ(snapshot(document.component(), "after"), before);
}

TEST_F(FixInOffice, AFoldOfAMergedRowChangesNothing)
{
    bridge::OpenDocument document(*s_office, copy("seed-action-plan-2018-2021.odt"),
                                  bridge::OpenMode::Editable);
    const std::string before = snapshot(document.component(), "before");
    const DocumentGrid grid = bridge::readGrid(document.component());
    const Table& table = grid.tables.at(0);
    // A row whose first cell runs down beside the commentary row below it.
    int merged = -1;
    for (const Cell& cell : table.cells)
        if (cell.rowSpan > 1 && cell.row > 0)
        {
            merged = cell.row;
            break;
        }
    ASSERT_GT(merged, 0);
    std::vector<Edit> edits = replaceEverywhere(grid, table.at(merged, 0)->paragraphs.at(0).text,
                                                "Changed");
    ASSERT_FALSE(edits.empty());
    edits.push_back(FoldRow{0, merged});
    EXPECT_THROW(bridge::fixFinding(document.component(), grid, Fix{"Tidy", true, edits}, std::nullopt, tester),
                 bridge::Error);
    EXPECT_EQ(snapshot(document.component(), "after"), before);
}

TEST_F(FixInOffice, AReadOnlyDocumentIsRefused)
{
    bridge::OpenDocument document(*s_office, copy("seed-objectives-2017-2021.odt"));
    const DocumentGrid grid = bridge::readGrid(document.component());
    try
    {
        bridge::fixFinding(document.component(), grid,
                         Fix{"Tidy", true, replaceEverywhere(grid, "on-going", "On-going")}, std::nullopt, tester);
        ADD_FAILURE() << "a read-only document was changed";
    }
    catch (const bridge::Error& e)
    {
        EXPECT_EQ(std::string(e.what()),
                  "The document is open read-only: eqplan cannot fix it. Use Edit ▸ Edit Mode, "
                  "or save a copy, and try again.");
    }
}

TEST_F(FixInOffice, DocumentDataIsOneUndoStep)
{
    bridge::OpenDocument document(*s_office, copy("seed-objectives-2017-2021.odt"),
                                  bridge::OpenMode::Editable);
    EXPECT_EQ(bridge::readDocumentData(document.component(), bridge::ownersProperty),
              std::nullopt);
    const sal_Int32 steps = undoManager(document.component())->getAllUndoActionTitles().getLength();
    bridge::writeDocumentData(document.component(), bridge::ownersProperty, R"({"EWA":"Ms Ward"})");
    EXPECT_EQ(bridge::readDocumentData(document.component(), bridge::ownersProperty),
              R"({"EWA":"Ms Ward"})");
    EXPECT_EQ(undoManager(document.component())->getAllUndoActionTitles().getLength(), steps + 1);
    undoManager(document.component())->undo();
    EXPECT_EQ(bridge::readDocumentData(document.component(), bridge::ownersProperty),
              std::nullopt);
    undoManager(document.component())->redo();
    EXPECT_EQ(bridge::readDocumentData(document.component(), bridge::ownersProperty),
              R"({"EWA":"Ms Ward"})");
}

class DocumentDataSurvives : public FixInOffice, public ::testing::WithParamInterface<const char*>
{
};

TEST_P(DocumentDataSurvives, SaveAndReload)
{
    const std::string value = R"({"owners":[{"code":"EWA","name":"Ms É Ward – Attendance"}]})";
    const fs::path saved = m_folder / (std::string("saved.") + GetParam());
    {
        bridge::OpenDocument document(*s_office, copy("seed-objectives-2017-2021.docx"),
                                      bridge::OpenMode::Editable);
        bridge::writeDocumentData(document.component(), bridge::historyProperty, value);
        bridge::storeDocument(document.component(), saved);
    }
    bridge::OpenDocument reloaded(*s_office, saved);
    EXPECT_EQ(bridge::readDocumentData(reloaded.component(), bridge::historyProperty), value);
}

INSTANTIATE_TEST_SUITE_P(Formats, DocumentDataSurvives, ::testing::Values("odt", "docx"));
} // namespace
