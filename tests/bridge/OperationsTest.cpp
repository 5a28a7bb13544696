// The CLI and the sidebar make the same change the same way: each operation of
// bridge/Operations.hpp applied as the sidebar applies it (PlanSession: the plan read in-process
// with readGrid, planned, the operation called, signed by the user, dated today) and as the CLI
// does (`eqplan update`, `eqplan edit` as a child process), each then stored in the document's
// format and compared as the flat ODF body LibreOffice exports of it, and as its history.
#include "eqplan/FieldWriter.hpp"
#include "eqplan/PlanReader.hpp"
#include "eqplan/ProgressWriter.hpp"
#include "eqplan/Schema.hpp"
#include "eqplan/StatusWriter.hpp"
#include "eqplan/bridge/FlatOdfExport.hpp"
#include "eqplan/bridge/GridReader.hpp"
#include "eqplan/bridge/Metadata.hpp"
#include "eqplan/bridge/Office.hpp"
#include "eqplan/bridge/Operations.hpp"
#include "eqplan/bridge/PlanWriter.hpp"
#include "eqplan/bridge/Strings.hpp"
#include "CliRun.hpp"
#include "InOffice.hpp"
#include "OdfBody.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

using eqplan::test::InOffice;

namespace
{
namespace fs = std::filesystem;
using namespace eqplan;
using namespace css;
using Document = uno::Reference<lang::XComponent>;

const Schemas& schemas()
{
    static const Schemas loaded = []
    {
        Loaded<Schemas> l = loadSchemas();
        if (!l)
            throw std::runtime_error(l.error);
        return std::move(*l.value);
    }();
    return loaded;
}

// One change, as the sidebar makes it (on the open document) and as the CLI is asked for it.
struct Change
{
    const char* name;
    const char* fixture; // without its extension
    std::function<bridge::Written(const Document&, const Plan&, const bridge::Author&)> sidebar;
    std::vector<std::string> cli; // the arguments after FILE; "{date}": the sidebar's entry date
};

const Objective& objective(const Plan& plan, int number)
{
    for (const Objective& o : plan.objectives)
        if (o.number == number)
            return o;
    throw std::runtime_error("no objective " + std::to_string(number));
}

// PlanSession::addProgress: one point, dated as the plan dates its entries.
bridge::Written addProgress(const Document& document, const Plan& plan, const bridge::Author& by)
{
    const Objective& target = objective(plan, 2);
    const Result<ProgressWrite> planned =
        planProgressUpdate(plan, target, progressEntryDate(plan, by.day),
                           {"Attendance up 2% this term"}, schemas().grammar);
    if (!planned)
        throw std::runtime_error(planned.error);
    return bridge::addProgress(document, plan, target, *planned, 1, by);
}

// PlanSession::editField.
bridge::Written editActions(const Document& document, const Plan& plan, const bridge::Author& by)
{
    const Objective& target = objective(plan, 3);
    const Result<FieldWrite> planned = planFieldEdit(
        plan, target, "actions", {"Assemblies on Eid and Diwali", "Signage in Urdu"}, schemas());
    if (!planned)
        throw std::runtime_error(planned.error);
    return bridge::editField(document, plan, target, *planned, by);
}

// PlanSession::setStatus.
bridge::Written setAmber(const Document& document, const Plan& plan, const bridge::Author& by)
{
    const Objective& target = objective(plan, 4);
    const Result<StatusWrite> planned = planStatus(plan, target, "amber", schemas().layout);
    if (!planned)
        throw std::runtime_error(planned.error);
    return bridge::setStatus(document, plan, target, *planned, by);
}

class OperationParity : public InOffice<testing::TestWithParam<std::tuple<Change, std::string>>>
{
protected:

    // The flat ODF body and the history of a stored file, opened afresh.
    std::pair<std::string, std::vector<HistoryEntry>> contentOf(const fs::path& file)
    {
        bridge::OpenDocument document(*s_office, file, bridge::OpenMode::ReadOnly);
        const fs::path flat = m_folder / (file.stem().string() + ".fodt");
        bridge::exportFlatOdf(document.component(), flat);
        return {eqplan::test::body(flat), bridge::readHistory(document.component())};
    }

};


TEST_P(OperationParity, CliAndSidebarGiveTheSameDocument)
{
    const auto& [change, format] = GetParam();
    const std::string fixture = std::string(change.fixture) + "." + format;
    const fs::path bySidebar = m_folder / ("sidebar." + format);
    const fs::path byCli = m_folder / ("cli." + format);
    std::string entryDate;
    fs::copy_file(fs::path(EQPLAN_FIXTURE_DIR) / fixture, bySidebar);
    fs::copy_file(fs::path(EQPLAN_FIXTURE_DIR) / fixture, byCli);

    {
        bridge::OpenDocument document(*s_office, bySidebar, bridge::OpenMode::Editable);
        const Document component = document.component();
        const ReadResult read = readPlan(bridge::readGrid(component), schemas());
        ASSERT_TRUE(read) << read.message;
        entryDate = progressEntryDate(read.plan, eqplan::today()).iso();
        uno::Reference<document::XUndoManagerSupplier> undo(component, uno::UNO_QUERY_THROW);
        const sal_Int32 steps = undo->getUndoManager()->getAllUndoActionTitles().getLength();
        const bridge::Written written =
            change.sidebar(component, read.plan, bridge::Author{"A Tester", eqplan::today()});
        // One undo step; what it wrote is handed back as the document now holds it.
        EXPECT_EQ(undo->getUndoManager()->getAllUndoActionTitles().getLength(), steps + 1);
        EXPECT_EQ(written.history, bridge::readHistory(component));
        EXPECT_EQ(written.entry.who, "A Tester");
        EXPECT_TRUE(written.dated.rewrite || written.dated.insert);
        bridge::storeDocument(component, bySidebar);
    }

    std::vector<std::string> arguments = {
        change.name == std::string("edit") ? "edit" : "update", byCli.string()};
    for (const std::string& argument : change.cli)
        arguments.push_back(argument == "{date}" ? entryDate : argument);
    arguments.insert(arguments.end(), {"--by", "A Tester"});
    const eqplan::test::CliRun run = eqplan::test::runCli(arguments);
    ASSERT_EQ(run.exitCode, 0) << run.err;

    const auto [sidebarBody, sidebarHistory] = contentOf(bySidebar);
    const auto [cliBody, cliHistory] = contentOf(byCli);
    ASSERT_FALSE(sidebarBody.empty());
    EXPECT_EQ(cliHistory, sidebarHistory);
    ASSERT_EQ(cliHistory.size(), 1u);
    EXPECT_EQ(cliHistory.front().who, "A Tester");
    // Where they part, rather than two whole documents.
    const auto parting =
        std::mismatch(cliBody.begin(), cliBody.end(), sidebarBody.begin(), sidebarBody.end());
    EXPECT_TRUE(cliBody == sidebarBody)
        << "from the CLI: ..."
        << cliBody.substr(static_cast<std::size_t>(parting.first - cliBody.begin()), 300)
        << "\nfrom the sidebar: ..."
        << sidebarBody.substr(static_cast<std::size_t>(parting.second - sidebarBody.begin()), 300);
    // Something was written, and it is in the body.
    const fs::path original = m_folder / ("original." + format);
    fs::copy_file(fs::path(EQPLAN_FIXTURE_DIR) / fixture, original);
    EXPECT_NE(contentOf(original).first, cliBody);
}

const Change changes[] = {
    {"progress", "seed-action-plan-2018-2021", addProgress,
     {"--objective", "2", "--item", "Attendance up 2% this term", "--date", "{date}"}},
    {"edit", "seed-action-plan-2018-2021", editActions,
     {"--objective", "3", "--field", "actions", "--value", "Assemblies on Eid and Diwali",
      "--value", "Signage in Urdu"}},
    // A plan without an Updated line: both add one under the title.
    {"progress", "layout-inline-dated", addProgress,
     {"--objective", "2", "--item", "Attendance up 2% this term", "--date", "{date}"}},
    {"status", "layout-rag-status", setAmber, {"--objective", "4", "--status", "amber"}},
};

INSTANTIATE_TEST_SUITE_P(
    Operations, OperationParity,
    testing::Combine(testing::ValuesIn(changes), testing::Values("docx", "odt")),
    [](const testing::TestParamInfo<std::tuple<Change, std::string>>& test)
    {
        std::string name = std::string(std::get<0>(test.param).name) + "_" +
                           std::get<0>(test.param).fixture + "_" + std::get<1>(test.param);
        for (char& c : name)
            if (!std::isalnum(static_cast<unsigned char>(c)))
                c = '_';
        return name;
    });
class NewPlan : public InOffice<>
{
};

TEST_F(NewPlan, InsertNewPlanReadsAsAPlanSignedByTheAuthorAndOneUndoTakesItBack)
{
    const fs::path file = m_folder / "empty.odt";
    fs::copy_file(fs::path(EQPLAN_FIXTURE_DIR) / "bad-empty.odt", file);
    bridge::OpenDocument document(*s_office, file, bridge::OpenMode::Editable);
    const Document component = document.component();
    uno::Reference<document::XUndoManagerSupplier> undo(component, uno::UNO_QUERY_THROW);
    const sal_Int32 steps = undo->getUndoManager()->getAllUndoActionTitles().getLength();

    const std::chrono::year_month_day day{std::chrono::year(2026), std::chrono::month(12),
                                          std::chrono::day(6)};
    bridge::insertNewPlan(component, schemas().layout, bridge::Author{"A Tester", day});

    EXPECT_EQ(undo->getUndoManager()->getAllUndoActionTitles().getLength(), steps + 1);
    EXPECT_EQ(undo->getUndoManager()->getCurrentUndoActionTitle(), "Insert equality plan");
    const ReadResult read = readPlan(bridge::readGrid(component), schemas());
    ASSERT_TRUE(read) << read.message;
    EXPECT_EQ(read.plan.title, schemas().layout.canonicalTitle);
    ASSERT_TRUE(read.plan.updated.has_value());
    EXPECT_EQ(read.plan.updated->text, "Updated 6-12-2026 A Tester");
    ASSERT_EQ(read.plan.tables.size(), 1u);
    EXPECT_EQ(read.plan.tables[0].columns.size(), schemas().layout.canonicalColumns.size());
    // A new plan has no history yet.
    EXPECT_TRUE(bridge::readHistory(component).empty());

    undo->getUndoManager()->undo();
    const DocumentGrid after = bridge::readGrid(component);
    EXPECT_TRUE(after.tables.empty());
}

// The document's body as a person reads it: each paragraph's text, a table as "[table]".
std::vector<std::string> outline(const Document& document)
{
    const uno::Reference<container::XEnumerationAccess> body(
        uno::Reference<text::XTextDocument>(document, uno::UNO_QUERY_THROW)->getText(),
        uno::UNO_QUERY_THROW);
    std::vector<std::string> out;
    for (const uno::Reference<container::XEnumeration> elements = body->createEnumeration();
         elements->hasMoreElements();)
    {
        const uno::Any element = elements->nextElement();
        const uno::Reference<text::XTextTable> table(element, uno::UNO_QUERY);
        out.push_back(table.is() ? "[table]"
                                 : bridge::toUtf8(uno::Reference<text::XTextRange>(
                                                      element, uno::UNO_QUERY_THROW)
                                                      ->getString()));
    }
    return out;
}

// The body paragraph whose text is `text`.
uno::Reference<text::XTextRange> paragraph(const Document& document, const std::string& text)
{
    const uno::Reference<container::XEnumerationAccess> body(
        uno::Reference<text::XTextDocument>(document, uno::UNO_QUERY_THROW)->getText(),
        uno::UNO_QUERY_THROW);
    for (const uno::Reference<container::XEnumeration> elements = body->createEnumeration();
         elements->hasMoreElements();)
    {
        const uno::Reference<text::XTextRange> range(elements->nextElement(), uno::UNO_QUERY);
        const uno::Reference<text::XTextTable> table(range, uno::UNO_QUERY);
        if (range.is() && !table.is() && bridge::toUtf8(range->getString()) == text)
            return range;
    }
    throw std::runtime_error("the document has no paragraph \"" + text + "\"");
}

std::string property(const uno::Reference<text::XTextRange>& range, const char* name)
{
    rtl::OUString value;
    uno::Reference<beans::XPropertySet>(range, uno::UNO_QUERY_THROW)
            ->getPropertyValue(rtl::OUString::createFromAscii(name)) >>=
        value;
    return bridge::toUtf8(value);
}

// Where the cursor is when a new plan is inserted, where the plan goes and the body after it.
struct PlanPlace
{
    const char* name;
    std::function<uno::Reference<text::XTextRange>(const Document&)> cursor;
    bridge::NewPlanPlace place;
    std::vector<std::string> after;
};

const std::string policy = "Our equality policy";
const std::string welcome = "Riverside Primary School welcomes every pupil.";
const std::string publish = "We publish our equality objectives every four years.";
const std::string governors = "Governors review them each summer.";
const std::string parents = "Parents read them in the newsletter.";
const std::string signedBy = "Signed by the chair of governors.";
const std::string title = "Equality Action Plan";
const std::string updated = "Updated 6-12-2026 A Tester";

const PlanPlace planPlaces[] = {
    {"EndOfAParagraph",
     [](const Document& d) { return paragraph(d, publish)->getEnd(); },
     bridge::NewPlanPlace::AtPlace,
     {policy, welcome, publish, title, updated, "[table]", "", governors, parents, "[table]",
      signedBy}},
    // Split off a bullet: the plan's paragraphs are in no list.
    {"StartOfAListItem",
     [](const Document& d) { return paragraph(d, governors)->getStart(); },
     bridge::NewPlanPlace::AtPlace,
     {policy, welcome, publish, title, updated, "[table]", governors, parents, "[table]",
      signedBy}},
    {"InsideAWord",
     [](const Document& d)
     {
         const uno::Reference<text::XTextRange> at = paragraph(d, welcome);
         const uno::Reference<text::XTextCursor> cursor =
             at->getText()->createTextCursorByRange(at->getStart());
         cursor->goRight(4, false); // "Rive|rside"
         return uno::Reference<text::XTextRange>(cursor, uno::UNO_QUERY_THROW);
     },
     bridge::NewPlanPlace::AtPlace,
     {policy, welcome, title, updated, "[table]", "", publish, governors, parents, "[table]",
      signedBy}},
    {"ASelection",
     [](const Document& d)
     {
         const uno::Reference<text::XTextRange> at = paragraph(d, welcome);
         const uno::Reference<text::XTextCursor> cursor =
             at->getText()->createTextCursorByRange(at->getStart());
         cursor->gotoEnd(true); // from "Riverside" to the end of the document
         return uno::Reference<text::XTextRange>(cursor, uno::UNO_QUERY_THROW);
     },
     bridge::NewPlanPlace::AfterSelection,
     {policy, welcome, publish, governors, parents, "[table]", signedBy, title, updated,
      "[table]", ""}},
    {"InACellOfATable",
     [](const Document& d)
     {
         const uno::Reference<text::XTextTable> table(
             uno::Reference<text::XTextTablesSupplier>(d, uno::UNO_QUERY_THROW)
                 ->getTextTables()
                 ->getByName(uno::Reference<text::XTextTablesSupplier>(d, uno::UNO_QUERY_THROW)
                                 ->getTextTables()
                                 ->getElementNames()[0]),
             uno::UNO_QUERY_THROW);
         return uno::Reference<text::XText>(table->getCellByName("B2"), uno::UNO_QUERY_THROW)
             ->getEnd();
     },
     bridge::NewPlanPlace::AfterTable,
     {policy, welcome, publish, governors, parents, "[table]", title, updated, "[table]",
      signedBy}},
};

class NewPlanAtCursor
    : public InOffice<testing::TestWithParam<std::tuple<PlanPlace, std::string>>>
{
protected:
    std::string bodyOf(const Document& document, const std::string& name)
    {
        const fs::path flat = m_folder / (name + ".fodt");
        bridge::exportFlatOdf(document, flat);
        return eqplan::test::body(flat);
    }
};

// A new plan goes where the cursor is (issue 17: it went to the end of the document), the text
// around it as it was and in order; its first objective fills its empty row (issue 17: "no
// objective yet to model a new one on"); one undo takes back each.
TEST_P(NewPlanAtCursor, GoesWhereTheCursorIsTakesItsFirstObjectiveAndUndoes)
{
    const auto& [where, format] = GetParam();
    const fs::path file = m_folder / ("policy." + format);
    fs::copy_file(fs::path(EQPLAN_FIXTURE_DIR) / ("newplan-mid-document." + format), file);
    bridge::OpenDocument document(*s_office, file, bridge::OpenMode::Editable);
    const Document component = document.component();
    ASSERT_EQ(outline(component), (std::vector<std::string>{policy, welcome, publish, governors,
                                                             parents, "[table]", signedBy}));
    const std::string before = bodyOf(component, "before");
    const std::string listStyle = property(paragraph(component, governors), "NumberingStyleName");
    ASSERT_FALSE(listStyle.empty()) << "the fixture's bullets are not a list";
    const uno::Reference<document::XUndoManager> undo =
        uno::Reference<document::XUndoManagerSupplier>(component, uno::UNO_QUERY_THROW)
            ->getUndoManager();
    const sal_Int32 steps = undo->getAllUndoActionTitles().getLength();
    const bridge::Author author{"A Tester", std::chrono::year{2026} / 12 / 6};

    bridge::NewPlan inserted;
    try
    {
        inserted =
            bridge::insertNewPlan(component, schemas().layout, author, where.cursor(component));
    }
    catch (const uno::Exception& e)
    {
        FAIL() << "LibreOffice refused: " << bridge::toUtf8(e.Message);
    }

    EXPECT_EQ(inserted.place, where.place);
    EXPECT_EQ(outline(component), where.after);
    EXPECT_EQ(undo->getAllUndoActionTitles().getLength(), steps + 1);
    EXPECT_EQ(property(paragraph(component, title), "ParaStyleName"), "Title");
    EXPECT_EQ(property(paragraph(component, title), "NumberingStyleName"), "");
    EXPECT_EQ(property(paragraph(component, updated), "NumberingStyleName"), "");
    EXPECT_EQ(property(paragraph(component, governors), "NumberingStyleName"), listStyle);
    EXPECT_EQ(property(paragraph(component, policy), "ParaStyleName"), "Heading 1");
    const DocumentGrid grid = bridge::readGrid(component);
    const ReadResult read = readPlan(grid, schemas());
    ASSERT_TRUE(read) << read.message;
    EXPECT_EQ(read.plan.title, title);
    ASSERT_TRUE(read.plan.updated.has_value());
    EXPECT_EQ(read.plan.updated->text, updated);
    EXPECT_TRUE(read.plan.objectives.empty());
    ASSERT_EQ(read.plan.tables.size(), 1u);
    EXPECT_EQ(grid.tables.at(static_cast<std::size_t>(read.plan.tables[0].index)).name,
              inserted.table);

    const Result<ObjectiveInsert> planned = planNewObjective(
        read.plan, grid, "To widen the curriculum", {{"owners", {"EWA"}}}, schemas());
    ASSERT_TRUE(planned) << planned.error;
    const bridge::AddedObjective added =
        bridge::addObjective(component, read.plan, *planned, author,
                             [&] { return readPlan(bridge::readGrid(component), schemas()); });
    ASSERT_TRUE(added.kept) << added.after.message;
    ASSERT_EQ(added.after.plan.objectives.size(), 1u);
    const Objective& first = added.after.plan.objectives.front();
    EXPECT_EQ(first.number, 1);
    EXPECT_EQ(first.objectiveText, "To widen the curriculum");
    EXPECT_EQ(first.ownerNames, (std::vector<std::string>{"EWA"}));
    // In the row the new plan had: the table still has its header and one row.
    EXPECT_EQ(bridge::readGrid(component)
                  .tables.at(static_cast<std::size_t>(read.plan.tables[0].index))
                  .rows,
              2);
    EXPECT_EQ(first.rows, (std::vector<int>{1}));
    EXPECT_EQ(outline(component), where.after);

    undo->undo();
    EXPECT_TRUE(readPlan(bridge::readGrid(component), schemas()).plan.objectives.empty());
    undo->undo();
    EXPECT_EQ(outline(component), (std::vector<std::string>{policy, welcome, publish, governors,
                                                             parents, "[table]", signedBy}));
    EXPECT_EQ(bodyOf(component, "undone"), before);
}

INSTANTIATE_TEST_SUITE_P(
    Operations, NewPlanAtCursor,
    testing::Combine(testing::ValuesIn(planPlaces), testing::Values("docx", "odt")),
    [](const testing::TestParamInfo<std::tuple<PlanPlace, std::string>>& test)
    { return std::string(std::get<0>(test.param).name) + "_" + std::get<1>(test.param); });

} // namespace
