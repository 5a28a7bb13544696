// A progress update applied in a real LibreOffice: one undo restores the document's body, and
// with Track Changes on the insertions are recorded as changes.
#include "eqplan/PlanReader.hpp"
#include "eqplan/ProgressWriter.hpp"
#include "eqplan/Schema.hpp"
#include "eqplan/bridge/FlatOdfExport.hpp"
#include "eqplan/bridge/GridReader.hpp"
#include "eqplan/bridge/Office.hpp"
#include "eqplan/bridge/Operations.hpp"
#include "eqplan/bridge/PlanWriter.hpp"
#include "InOffice.hpp"
#include "OdfBody.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <gtest/gtest.h>

#include <chrono>
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

class UpdateInOffice : public InOffice<>
{
protected:
    void SetUp() override
    {
        InOffice::SetUp();
        if (HasFatalFailure())
            return;
        fs::copy_file(fs::path(EQPLAN_FIXTURE_DIR) / "seed-action-plan-2018-2021.odt",
                      m_folder / "plan.odt");
    }

    // Plans and applies "November 2026: First point, Second point" to objective 1, its undo
    // step worded by `wording` (unset: British English).
    static void applyUpdate(const uno::Reference<lang::XComponent>& document,
                            const bridge::Wording& wording = {})
    {
        Loaded<Schemas> schemas = loadSchemas();
        ASSERT_TRUE(schemas) << schemas.error;
        const DocumentGrid grid = bridge::readDocument(document, bridge::ReadMethod::FlatOdf);
        const ReadResult read = readPlan(grid, *schemas.value);
        ASSERT_TRUE(read) << read.message;
        const PlanDate date{std::chrono::year{2026} / 11 / 1, Precision::Month, std::nullopt};
        const Result<ProgressWrite> planned =
            planProgressUpdate(read.plan, read.plan.objectives.at(0), date,
                               {"First point", "Second point"}, schemas.value->grammar);
        ASSERT_TRUE(planned) << planned.error;
        ASSERT_TRUE(read.plan.updated);
        bridge::addProgress(document, read.plan, read.plan.objectives.at(0), *planned, 2,
                            bridge::Author{"A Tester", std::chrono::year{2026} / 11 / 23, wording});
    }

};

TEST_F(UpdateInOffice, OneUndoRestoresTheBody)
{
    bridge::OpenDocument document(*s_office, m_folder / "plan.odt", bridge::OpenMode::Editable);
    bridge::exportFlatOdf(document.component(), m_folder / "before.fodt");
    uno::Reference<document::XUndoManagerSupplier> undo(document.component(), uno::UNO_QUERY_THROW);
    const sal_Int32 steps = undo->getUndoManager()->getAllUndoActionTitles().getLength();
    applyUpdate(document.component());
    EXPECT_EQ(undo->getUndoManager()->getAllUndoActionTitles().getLength(), steps + 1);
    bridge::exportFlatOdf(document.component(), m_folder / "changed.fodt");
    const std::string changed = body(m_folder / "changed.fodt");
    EXPECT_NE(changed.find("1) First point"), std::string::npos);
    EXPECT_NE(changed.find("Updated 23-11-2026 A Tester"), std::string::npos);
    EXPECT_NE(changed, body(m_folder / "before.fodt"));
    undo->getUndoManager()->undo();
    bridge::exportFlatOdf(document.component(), m_folder / "after.fodt");
    const std::string before = body(m_folder / "before.fodt");
    ASSERT_FALSE(before.empty());
    EXPECT_EQ(body(m_folder / "after.fodt"), before);
}

TEST_F(UpdateInOffice, TrackChangesRecordsTheInsertions)
{
    bridge::OpenDocument document(*s_office, m_folder / "plan.odt", bridge::OpenMode::Editable);
    uno::Reference<beans::XPropertySet>(document.component(), uno::UNO_QUERY_THROW)
        ->setPropertyValue("RecordChanges", uno::Any(true));
    applyUpdate(document.component());
    bridge::exportFlatOdf(document.component(), m_folder / "tracked.fodt");
    const std::string tracked = body(m_folder / "tracked.fodt");
    EXPECT_NE(tracked.find("<text:insertion>"), std::string::npos);
    EXPECT_NE(tracked.find("First point"), std::string::npos);
    // Recording stays on: eqplan never switches it off.
    bool recording = false;
    uno::Reference<beans::XPropertySet>(document.component(), uno::UNO_QUERY_THROW)
        ->getPropertyValue("RecordChanges") >>= recording;
    EXPECT_TRUE(recording);
}
} // namespace

// Issue 17: undo titles were English words fixed in the bridge. The step names its objective, in
// British English for the CLI, and in the caller's words where it gives a wording (the deck, from
// its catalogue by the message's key and arguments).
TEST_F(UpdateInOffice, UndoStepIsTitledInTheCallersWords)
{
    bridge::OpenDocument document(*s_office, m_folder / "plan.odt", bridge::OpenMode::Editable);
    uno::Reference<document::XUndoManager> undo =
        uno::Reference<document::XUndoManagerSupplier>(document.component(), uno::UNO_QUERY_THROW)
            ->getUndoManager();
    applyUpdate(document.component());
    ASSERT_GT(undo->getAllUndoActionTitles().getLength(), 0);
    EXPECT_EQ(undo->getAllUndoActionTitles()[0], "Add progress to objective 1");
    undo->undo();
    bridge::Message seen;
    applyUpdate(document.component(),
                [&](const bridge::Message& title)
                {
                    seen = title;
                    return "Ychwanegu cynnydd at amcan " + title.arguments.at(0);
                });
    EXPECT_EQ(seen.key, "undoAddProgress");
    EXPECT_EQ(seen.english, "Add progress to objective 1");
    EXPECT_EQ(undo->getAllUndoActionTitles()[0], "Ychwanegu cynnydd at amcan 1");
}
