// Field edits and the Updated line applied in a real LibreOffice: one undo restores the document's
// body, and with Track Changes on the edit (and a progress update) is recorded as changes that,
// accepted, give the same document as writing with recording off.
#include "eqplan/FieldWriter.hpp"
#include "eqplan/GridJson.hpp"
#include "eqplan/History.hpp"
#include "eqplan/ObjectiveWriter.hpp"
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
#include "InOffice.hpp"
#include "OdfBody.hpp"

#include <boost/json.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/document/XRedlinesSupplier.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

using eqplan::test::InOffice;

namespace
{
namespace fs = std::filesystem;
using namespace eqplan;
using namespace css;
using eqplan::test::body;
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

// The reader the steps below read the plan with before each change: the flat ODF reader, or
// (as the sidebar and the CLI's office reader do) the UNO one.
bridge::ReadMethod g_reader = bridge::ReadMethod::FlatOdf;

Plan readIn(const Document& document)
{
    const ReadResult read = readPlan(bridge::readDocument(document, g_reader), schemas());
    EXPECT_TRUE(read) << read.message;
    return read.plan;
}

// Plans and applies an edit of `field` of objective `number` through the operation eqplan edit
// and the sidebar call (bridge::editField).
void applyEdit(const Document& document, int number, const std::string& field,
               const std::vector<std::string>& values)
{
    const Plan plan = readIn(document);
    ASSERT_GE(plan.objectives.size(), static_cast<std::size_t>(number));
    const Objective& objective = plan.objectives[static_cast<std::size_t>(number - 1)];
    const Result<FieldWrite> planned = planFieldEdit(plan, objective, field, values, schemas());
    ASSERT_TRUE(planned) << planned.error;
    bridge::editField(document, plan, objective, *planned,
                      bridge::Author{"A Tester", std::chrono::year{2026} / 11 / 23});
}

// Plans and applies a new objective with an owner and two actions, as eqplan add-objective does.
void applyNewObjective(const Document& document)
{
    const DocumentGrid grid = bridge::readDocument(document, bridge::ReadMethod::FlatOdf);
    const ReadResult read = readPlan(grid, schemas());
    ASSERT_TRUE(read) << read.message;
    const Result<ObjectiveInsert> planned = planNewObjective(
        read.plan, grid, "To close the reading gap",
        {{"owners", {"SLT"}}, {"actions", {"Phonics groups", "Reading buddies"}}}, schemas());
    ASSERT_TRUE(planned) << planned.error;
    const bridge::AddedObjective added = bridge::addObjective(
        document, read.plan, *planned,
        bridge::Author{"A Tester", std::chrono::year{2026} / 11 / 23}, [&]
        { return readPlan(bridge::readDocument(document, bridge::ReadMethod::FlatOdf), schemas()); });
    EXPECT_TRUE(added.kept);
}

// Plans and applies "November 2026: First point, Second point" to objective 1.
void applyProgress(const Document& document)
{
    const Plan plan = readIn(document);
    const PlanDate date{std::chrono::year{2026} / 11 / 1, Precision::Month, std::nullopt};
    const Result<ProgressWrite> planned = planProgressUpdate(
        plan, plan.objectives.at(0), date, {"First point", "Second point"}, schemas().grammar);
    ASSERT_TRUE(planned) << planned.error;
    bridge::addProgress(document, plan, plan.objectives.at(0), *planned, 2,
                        bridge::Author{"", std::chrono::year{2026} / 11 / 23});
}

bool hasRedlines(const Document& document)
{
    uno::Reference<document::XRedlinesSupplier> supplier(document, uno::UNO_QUERY_THROW);
    return supplier->getRedlines()->createEnumeration()->hasMoreElements();
}

// An Edit ▸ Track Changes command (".uno:AcceptAllTrackedChanges"), through the document's
// frame as a user would; the dispatch helper waits until it is done (a bare dispatch may run
// later, on the office's main thread).
void dispatch(const uno::Reference<uno::XComponentContext>& context, const Document& document,
              const char* command)
{
    uno::Reference<frame::XModel> model(document, uno::UNO_QUERY_THROW);
    uno::Reference<frame::XController> controller = model->getCurrentController();
    ASSERT_TRUE(controller.is());
    uno::Reference<frame::XDispatchProvider> provider(controller->getFrame(), uno::UNO_QUERY_THROW);
    frame::DispatchHelper::create(context)->executeDispatch(
        provider, rtl::OUString::createFromAscii(command), "", 0, {});
}

void acceptAll(const uno::Reference<uno::XComponentContext>& context, const Document& document)
{
    dispatch(context, document, ".uno:AcceptAllTrackedChanges");
}

void rejectAll(const uno::Reference<uno::XComponentContext>& context, const Document& document)
{
    dispatch(context, document, ".uno:RejectAllTrackedChanges");
}

// A review meeting as staff hold one: objective 1's actions rewritten, then rewritten again,
// a progress point, objective 3's owners changed, and objective 1's actions a third time. Each
// step reads the plan as it then is, as the sidebar does.
void reviewMeeting(const Document& document)
{
    applyEdit(document, 1, "actions", {"First action", "Second action", "Third action"});
    applyEdit(document, 1, "actions", {"Second action", "Fourth action"});
    applyProgress(document);
    applyEdit(document, 3, "owners", {"Pastoral Staff", "Admin staff"});
    applyEdit(document, 1, "actions", {"Fourth action", "Fifth action"});
}

void record(const Document& document, bool on)
{
    uno::Reference<beans::XPropertySet>(document, uno::UNO_QUERY_THROW)
        ->setPropertyValue("RecordChanges", uno::Any(on));
}

// The document's tables and body text as eqplan reads them.
std::string gridOf(const Document& document)
{
    return boost::json::serialize(
        toJson(bridge::readDocument(document, bridge::ReadMethod::FlatOdf)));
}

class EditInOffice : public InOffice<>
{
protected:

    // A copy of a fixture opened for editing.
    std::unique_ptr<bridge::OpenDocument> open(const std::string& fixture, const std::string& as)
    {
        fs::copy_file(fs::path(EQPLAN_FIXTURE_DIR) / fixture, m_folder / as,
                      fs::copy_options::overwrite_existing);
        return std::make_unique<bridge::OpenDocument>(*s_office, m_folder / as,
                                                      bridge::OpenMode::Editable);
    }

    // Applies `change` once, then undoes it once: one undo step more, and the body as before.
    void expectOneUndo(const std::string& fixture,
                       const std::function<void(const Document&)>& change,
                       const std::vector<std::string>& changedTexts)
    {
        const auto document = open(fixture, "plan.odt");
        const Document component = document->component();
        bridge::exportFlatOdf(component, m_folder / "before.fodt");
        uno::Reference<document::XUndoManagerSupplier> undo(component, uno::UNO_QUERY_THROW);
        const sal_Int32 steps = undo->getUndoManager()->getAllUndoActionTitles().getLength();
        change(component);
        EXPECT_EQ(undo->getUndoManager()->getAllUndoActionTitles().getLength(), steps + 1);
        bridge::exportFlatOdf(component, m_folder / "changed.fodt");
        const std::string changed = body(m_folder / "changed.fodt");
        for (const std::string& text : changedTexts)
            EXPECT_NE(changed.find(text), std::string::npos) << text;
        undo->getUndoManager()->undo();
        bridge::exportFlatOdf(component, m_folder / "after.fodt");
        const std::string before = body(m_folder / "before.fodt");
        ASSERT_FALSE(before.empty());
        EXPECT_EQ(body(m_folder / "after.fodt"), before);
    }

    // Applies `change` with recording off to one copy and on to another: the second records
    // changes, and accepting them all gives what the first has.
    void expectTrackedLikeUntracked(const std::string& fixture,
                                    const std::function<void(const Document&)>& change,
                                    const char* deletion)
    {
        const auto plain = open(fixture, "plain.odt");
        change(plain->component());
        const std::string wanted = gridOf(plain->component());

        const auto tracked = open(fixture, "tracked.odt");
        record(tracked->component(), true);
        change(tracked->component());
        EXPECT_TRUE(hasRedlines(tracked->component()));
        bridge::exportFlatOdf(tracked->component(), m_folder / "tracked.fodt");
        const std::string xml = body(m_folder / "tracked.fodt");
        EXPECT_NE(xml.find("<text:insertion>"), std::string::npos);
        if (deletion)
        {
            EXPECT_NE(xml.find("<text:deletion>"), std::string::npos);
        }
        // Recording stays on: eqplan never switches it off.
        bool recording = false;
        uno::Reference<beans::XPropertySet>(tracked->component(), uno::UNO_QUERY_THROW)
            ->getPropertyValue("RecordChanges") >>= recording;
        EXPECT_TRUE(recording);

        record(tracked->component(), false);
        acceptAll(s_office->context(), tracked->component());
        EXPECT_FALSE(hasRedlines(tracked->component()));
        const std::string accepted = gridOf(tracked->component());
        // Where they part, rather than two whole documents.
        const auto parting =
            std::mismatch(accepted.begin(), accepted.end(), wanted.begin(), wanted.end());
        const std::size_t at =
            static_cast<std::size_t>(std::distance(accepted.begin(), parting.first));
        const std::size_t from = at < 300 ? 0 : at - 300;
        EXPECT_EQ(accepted.substr(from, 600), wanted.substr(from, 600));
    }

};

TEST_F(EditInOffice, OneUndoRestoresTheBodyAfterAFieldEdit)
{
    expectOneUndo("seed-action-plan-2018-2021.odt",
                  [](const Document& d) {
                      applyEdit(d, 1, "actions", {"First action", "Second action"});
                  },
                  {"\xC2\xB7 First action", "Updated 23-11-2026 A Tester"});
}

TEST_F(EditInOffice, OneUndoRestoresTheBodyAfterARealListEdit)
{
    expectOneUndo("layout-real-numbering.odt",
                  [](const Document& d) {
                      applyEdit(d, 1, "actions", {"Alpha", "Beta"});
                  },
                  {"Alpha", "Updated 23/11/2026 A Tester"});
}

TEST_F(EditInOffice, OneUndoTakesBackTheUpdatedLineItAdded)
{
    expectOneUndo("seed-objectives-2017-2021.odt",
                  [](const Document& d) {
                      applyEdit(d, 1, "owners", {"EWA", "SWA", "GMA"});
                  },
                  {"EWA/SWA/GMA", "Updated 23-11-2026 A Tester"});
}

TEST_F(EditInOffice, TrackedFieldEditAcceptedIsTheEditUntracked)
{
    expectTrackedLikeUntracked(
        "seed-action-plan-2018-2021.odt",
        [](const Document& d) {
            applyEdit(d, 1, "actions", {"First action", "Second action"});
        },
        "deletion");
}

TEST_F(EditInOffice, TrackedRealListEditAcceptedIsTheEditUntracked)
{
    expectTrackedLikeUntracked(
        "layout-real-numbering.docx",
        [](const Document& d) {
            applyEdit(d, 2, "actions", {"Audit the site", "Fit a ramp"});
        },
        "deletion");
}

TEST_F(EditInOffice, TrackedEditWithANewUpdatedLineAcceptedIsTheEditUntracked)
{
    expectTrackedLikeUntracked(
        "seed-objectives-2017-2021.docx",
        [](const Document& d) {
            applyEdit(d, 2, "owners", {"SLT", "Mental Health Lead"});
        },
        "deletion");
}

TEST_F(EditInOffice, OneUndoTakesBackANewObjectivesRowsAndMerges)
{
    expectOneUndo(
        "seed-action-plan-2018-2021.odt", applyNewObjective,
        {"4) To close the reading gap", "Reading buddies", "Updated 23-11-2026 A Tester"});
}

TEST_F(EditInOffice, OneUndoTakesBackANewObjectiveInARealNumberingLayout)
{
    expectOneUndo("layout-real-numbering.odt", applyNewObjective,
                  {"To close the reading gap", "Phonics groups"});
}

TEST_F(EditInOffice, TrackedNewObjectiveAcceptedIsTheNewObjectiveUntracked)
{
    expectTrackedLikeUntracked("seed-action-plan-2018-2021.docx", applyNewObjective, nullptr);
}

// Used to fail: the second edit read the first one's deleted items as current and wrote them
// back, and the Updated line, read as "Updated 23-11-202623-11-2026 A Tester", was no longer
// found, so a second one was added under the title.
TEST_F(EditInOffice, TrackedReviewMeetingAcceptedIsTheMeetingUntracked)
{
    expectTrackedLikeUntracked("seed-action-plan-2018-2021.docx", reviewMeeting, "deletion");
}

TEST_F(EditInOffice, TrackedReviewMeetingAcceptedIsTheMeetingUntrackedReadOverUno)
{
    g_reader = bridge::ReadMethod::Uno;
    expectTrackedLikeUntracked("seed-action-plan-2018-2021.odt", reviewMeeting, "deletion");
    g_reader = bridge::ReadMethod::FlatOdf;
}

TEST_F(EditInOffice, TrackedReviewMeetingRejectedIsThePlanAsItWas)
{
    const auto tracked = open("seed-action-plan-2018-2021.docx", "tracked.docx");
    const std::string before = gridOf(tracked->component());
    record(tracked->component(), true);
    reviewMeeting(tracked->component());
    // While pending, the plan reads as the meeting left it: one Updated line, no old items.
    const Plan pending = readIn(tracked->component());
    ASSERT_TRUE(pending.updated);
    EXPECT_EQ(pending.updated->text, "Updated 23-11-2026 A Tester");
    ASSERT_FALSE(pending.objectives.empty());
    std::vector<std::string> actions;
    for (const ListItem& item : pending.objectives[0].actionItems)
        actions.push_back(item.item.text);
    EXPECT_EQ(actions, (std::vector<std::string>{"Fourth action", "Fifth action"}));
    record(tracked->component(), false);
    rejectAll(s_office->context(), tracked->component());
    EXPECT_FALSE(hasRedlines(tracked->component()));
    EXPECT_EQ(gridOf(tracked->component()), before);
}

TEST_F(EditInOffice, TrackedProgressUpdateAcceptedIsTheUpdateUntracked)
{
    expectTrackedLikeUntracked("seed-action-plan-2018-2021.docx", applyProgress, nullptr);
}
} // namespace

namespace
{
// issue 15: writing where the labels are down the left — a progress update, a field edit and a
// new objective (a table like the last under the next heading, or a column) — each one undo
// step, and all three saved in the document's own format read back as written.
class LabelsLeftInOffice : public EditInOffice
{
protected:
    // `progress`: the plan has a progress row to update (the one with a column per objective
    // has none).
    void writeAndReadBack(const std::string& fixture, const std::string& extension,
                          std::size_t tablesAfter, bool progress)
    {
        const std::string file = fixture + "." + extension;
        if (progress)
            expectOneUndo(file, applyProgress, {"First point"});
        expectOneUndo(file, [](const Document& d) { applyEdit(d, 2, "owners", {"SENCO"}); },
                      {"SENCO"});
        expectOneUndo(file, applyNewObjective, {"To close the reading gap", "Phonics groups"});

        {
            const auto document = open(file, "plan." + extension);
            if (progress)
                applyProgress(document->component());
            applyEdit(document->component(), 2, "owners", {"SENCO"});
            applyNewObjective(document->component());
            bridge::storeDocument(document->component(), m_folder / ("out." + extension));
        }
        const bridge::OpenDocument again(*s_office, m_folder / ("out." + extension),
                                         bridge::OpenMode::ReadOnly);
        const ReadResult read = readPlan(
            bridge::readDocument(again.component(), bridge::ReadMethod::FlatOdf), schemas());
        ASSERT_TRUE(read) << read.message;
        EXPECT_EQ(read.plan.tables.size(), tablesAfter);
        ASSERT_EQ(read.plan.objectives.size(), 3u);
        const Progress* latest = read.plan.objectives[0].latestProgress();
        if (progress)
        {
            ASSERT_NE(latest, nullptr);
            EXPECT_EQ(latest->date->iso(), "2026-11");
        }
        EXPECT_EQ(read.plan.objectives[1].ownerNames, std::vector<std::string>{"SENCO"});
        const Objective& added = read.plan.objectives[2];
        EXPECT_EQ(added.objectiveText, "To close the reading gap");
        EXPECT_EQ(added.ownerNames, std::vector<std::string>{"SLT"});
        ASSERT_EQ(added.actionItems.size(), 2u);
        EXPECT_EQ(added.actionItems[1].item.text, "Reading buddies");
        EXPECT_TRUE(read.plan.tables.back().labelsLeft);
        // The objectives before it are as they were written.
        EXPECT_EQ(read.plan.objectives[0].number, read.plan.objectives[2].number - 2);
    }
};

TEST_F(LabelsLeftInOffice, OneTablePerObjectiveDocx)
{
    writeAndReadBack("corpus-labels-left-per-objective", "docx", 3, true);
}

TEST_F(LabelsLeftInOffice, OneTablePerObjectiveOdt)
{
    writeAndReadBack("corpus-labels-left-per-objective", "odt", 3, true);
}

TEST_F(LabelsLeftInOffice, OneColumnPerObjectiveDocx)
{
    writeAndReadBack("corpus-labels-left-columns", "docx", 1, false);
}

TEST_F(LabelsLeftInOffice, OneColumnPerObjectiveOdt)
{
    writeAndReadBack("corpus-labels-left-columns", "odt", 1, false);
}

// A status row down the left is set as the plan writes its statuses (in words), one undo step,
// and read back after saving.
TEST_F(LabelsLeftInOffice, StatusRowIsSetInTheObjectivesColumn)
{
    const auto setAmber = [](const Document& d)
    {
        const Plan plan = readIn(d);
        const Result<StatusWrite> planned =
            planStatus(plan, plan.objectives.at(1), "amber", schemas().layout);
        ASSERT_TRUE(planned) << planned.error;
        bridge::setStatus(d, plan, plan.objectives.at(1), *planned,
                          bridge::Author{"A Tester", std::chrono::year{2026} / 11 / 23});
    };
    for (const char* extension : {"docx", "odt"})
    {
        const std::string file = std::string("corpus-labels-left-columns.") + extension;
        expectOneUndo(file, setAmber, {"Amber"});
        {
            const auto document = open(file, std::string("plan.") + extension);
            setAmber(document->component());
            bridge::storeDocument(document->component(),
                                  m_folder / (std::string("out.") + extension));
        }
        const bridge::OpenDocument again(*s_office, m_folder / (std::string("out.") + extension),
                                         bridge::OpenMode::ReadOnly);
        const ReadResult read = readPlan(
            bridge::readDocument(again.component(), bridge::ReadMethod::FlatOdf), schemas());
        ASSERT_TRUE(read) << read.message;
        ASSERT_TRUE(read.plan.objectives.at(1).status);
        EXPECT_EQ(read.plan.objectives.at(1).status->rating, "amber") << extension;
        EXPECT_EQ(read.plan.objectives.at(1).statusField.cells.at(0).cell, "C5") << extension;
        ASSERT_TRUE(read.plan.objectives.at(0).status);
        EXPECT_EQ(read.plan.objectives.at(0).status->rating, "green") << extension;
    }
}

// The new table's heading is numbered next and written as the last one is.
TEST_F(LabelsLeftInOffice, NewTableHasTheNextHeading)
{
    const auto document = open("corpus-labels-left-per-objective.docx", "plan.docx");
    applyNewObjective(document->component());
    const DocumentGrid grid =
        bridge::readDocument(document->component(), bridge::ReadMethod::FlatOdf);
    ASSERT_EQ(grid.tables.size(), 3u);
    ASSERT_FALSE(grid.tables[2].before.empty());
    EXPECT_EQ(grid.tables[2].before.back().text, "Equality objective 3");
    EXPECT_EQ(grid.tables[2].before.back().style, grid.tables[1].before.back().style);
    const ReadResult read = readPlan(grid, schemas());
    ASSERT_TRUE(read);
    EXPECT_EQ(read.plan.objectives.back().number, 3);
    // The labels are copied, bold as they are in the table above.
    ASSERT_NE(grid.tables[2].at(0, 0), nullptr);
    EXPECT_EQ(grid.tables[2].at(0, 0)->text(), "Objective");
    EXPECT_EQ(grid.tables[2].at(0, 0)->paragraphs.at(0).bold,
              grid.tables[1].at(0, 0)->paragraphs.at(0).bold);
}
} // namespace
