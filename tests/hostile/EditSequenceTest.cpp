// Nothing lost, as properties over random edit sequences in a real LibreOffice: on every plan
// fixture, N random edits, each one undo step; undoing them all gives the original flat ODF body;
// the edited document stored as .docx and as .odt reads back as the same plan.
//
// The sequence comes from a seeded PRNG; the seed is printed, and EQPLAN_PROPERTY_SEED=<seed>
// replays a failure. The edits: add a progress update, edit a field, rename an owner, fix a
// finding of the checks; another kind of edit is one more entry in editKinds().
#include "eqplan/Checks.hpp"
#include "eqplan/FieldWriter.hpp"
#include "eqplan/Owners.hpp"
#include "eqplan/PlanJson.hpp"
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

#include <boost/json/serialize.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <gtest/gtest.h>
#include <pugixml.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace
{
namespace fs = std::filesystem;
using namespace eqplan;
using namespace css;

// Edits per fixture: enough to mix headings and items, entries before and after the others.
constexpr int editsPerFixture = 6;

using eqplan::test::body;

// Who makes the edits: each goes through the operation the CLI and the sidebar call.
const bridge::Author tester{"Property Test", std::chrono::year{2026} / 11 / 23};

// The first line where two texts differ, both ways, to say what undo did not restore.
std::string firstDifference(const std::string& expected, const std::string& actual)
{
    std::istringstream a(expected), b(actual);
    std::string left, right;
    for (int line = 1;; ++line)
    {
        const bool more = static_cast<bool>(std::getline(a, left));
        const bool moreActual = static_cast<bool>(std::getline(b, right));
        if (!more && !moreActual)
            return "no difference";
        if (!more || !moreActual || left != right)
            return "line " + std::to_string(line) + ":\n  was: " + (more ? left : "(end)") +
                   "\n  now: " + (moreActual ? right : "(end)");
    }
}

// ---------------------------------------------------------------------------------------------
// Edits

// An edit planned on the plan as it is now; applying it is one undo step.
struct PlannedEdit
{
    std::string description;
    std::function<void(const uno::Reference<lang::XComponent>&)> apply;
};

// Plans a random edit of one kind, or nothing when this plan offers none of that kind now.
using EditKind = std::function<std::optional<PlannedEdit>(const Plan&, const DocumentGrid&,
                                                          const Schemas&, std::mt19937&)>;

template <class T>
const T& pick(const std::vector<T>& values, std::mt19937& random)
{
    return values[std::uniform_int_distribution<std::size_t>(0, values.size() - 1)(random)];
}

int between(int low, int high, std::mt19937& random)
{
    return std::uniform_int_distribution<int>(low, high)(random);
}

// A progress update of a random objective, dated a random day, month or year from 2017 to 2030
// (before, between and after the plan's own entries), with one to three items; the Updated line
// is rewritten half of the time.
std::optional<PlannedEdit> addProgressUpdate(const Plan& plan, const DocumentGrid&,
                                             const Schemas& schemas, std::mt19937& random)
{
    if (plan.objectives.empty())
        return std::nullopt;
    const Objective& objective = pick(plan.objectives, random);
    const std::chrono::year year{between(2017, 2030, random)};
    const std::chrono::month month{static_cast<unsigned>(between(1, 12, random))};
    const std::chrono::day day{static_cast<unsigned>(between(1, 28, random))};
    const Precision precision = pick(std::vector{Precision::Day, Precision::Month,
                                                 Precision::Month, Precision::Year},
                                     random);
    const PlanDate date{precision == Precision::Day     ? year / month / day
                        : precision == Precision::Month ? year / month / 1
                                                        : year / std::chrono::January / 1,
                        precision, std::nullopt};
    static const std::vector<std::string> texts{
        "Training delivered to all staff",
        "Policy reviewed by governors",
        "Ramp installed \u2013 phase 2",
        "Pupil voice: 87% of pupils feel safe",
        "\u00c9l\u00e8ve survey returned",
        "Follow-up with SENCo & SLT <agreed>",
        "Parents\u2019 forum held \u2713"};
    std::vector<std::string> items;
    for (int i = between(1, 3, random); i > 0; --i)
        items.push_back(pick(texts, random));
    const Result<ProgressWrite> planned =
        planProgressUpdate(plan, objective, date, items, schemas.grammar);
    if (!planned)
        return std::nullopt;
    // Signed half of the time: an Updated line that names no one is written too.
    const bridge::Author author{between(0, 1, random) ? "Property Test" : "", year / month / day};
    const ProgressWrite write = *planned;
    return PlannedEdit{"add update " + date.iso() + " to objective " +
                           std::to_string(objective.number) + " (" +
                           std::to_string(items.size()) + " items" +
                           (author.name.empty() ? ", unsigned" : "") + ")",
                       [plan, objective, write, author, count = items.size()](
                           const uno::Reference<lang::XComponent>& document)
                       { bridge::addProgress(document, plan, objective, write, count, author); }};
}

// A field of a random objective rewritten with one to three random values, the way the plan
// writes that field; nothing when the plan has no column for the field picked.
std::optional<PlannedEdit> editField(const Plan& plan, const DocumentGrid&, const Schemas& schemas,
                                     std::mt19937& random)
{
    if (plan.objectives.empty())
        return std::nullopt;
    const Objective& objective = pick(plan.objectives, random);
    const std::string field = pick(editableFields(), random);
    static const std::vector<std::string> values{
        "Whole school", "Pupils with SEND", "Governors – annual review",
        "EWA", "SLT", "Reduce exclusions by 10%", "Race", "Advance equality of opportunity"};
    std::vector<std::string> chosen;
    for (int i = between(1, 3, random); i > 0; --i)
        chosen.push_back(pick(values, random));
    const Result<FieldWrite> planned = planFieldEdit(plan, objective, field, chosen, schemas);
    if (!planned)
        return std::nullopt;
    const FieldWrite write = *planned;
    return PlannedEdit{"edit " + field + " of objective " + std::to_string(objective.number),
                       [plan, objective, write](const uno::Reference<lang::XComponent>& document)
                       { bridge::editField(document, plan, objective, write, tester); }};
}

// A random owner renamed everywhere the plan names it.
std::optional<PlannedEdit> renameOwner(const Plan& plan, const DocumentGrid& grid, const Schemas&,
                                       std::mt19937& random)
{
    if (plan.owners.empty())
        return std::nullopt;
    const std::string from = pick(plan.owners, random).name;
    const std::string to = pick(std::vector<std::string>{"Head of Year", "SENCo", "Deputy Head"},
                                random);
    const std::vector<Edit> edits = renameOwnerEdits(plan, from, to);
    if (edits.empty())
        return std::nullopt;
    const Fix fix{"Rename " + from + " to " + to, true, edits};
    return PlannedEdit{fix.description,
                       [grid, fix](const uno::Reference<lang::XComponent>& document)
                       { bridge::fixFinding(document, grid, fix, std::nullopt, tester); }};
}

// The fix of a random finding of the checks that offers one (the safe and the others).
std::optional<PlannedEdit> fixFinding(const Plan& plan, const DocumentGrid& grid,
                                      const Schemas& schemas, std::mt19937& random)
{
    std::vector<Finding> fixable;
    for (Finding& finding : runChecks(CheckInput{grid, plan, schemas,
                                                 std::chrono::year{2026} / 11 / 23, nullptr}))
        if (finding.fix)
            fixable.push_back(std::move(finding));
    if (fixable.empty())
        return std::nullopt;
    const Finding finding = pick(fixable, random);
    return PlannedEdit{"fix " + finding.rule + ": " + finding.fix->description,
                       [grid, finding](const uno::Reference<lang::XComponent>& document)
                       {
                           bridge::fixFinding(document, grid, *finding.fix, finding.objective,
                                              tester);
                       }};
}

// Every kind of edit, by name; a kind added here is exercised on every fixture.
const std::vector<std::pair<std::string, EditKind>>& editKinds()
{
    static const std::vector<std::pair<std::string, EditKind>> kinds{
        {"add update", addProgressUpdate},
        {"edit field", editField},
        {"rename owner", renameOwner},
        {"fix a finding", fixFinding},
    };
    return kinds;
}

// ---------------------------------------------------------------------------------------------

std::uint32_t propertySeed()
{
    static const std::uint32_t seed = []
    {
        if (const char* given = std::getenv("EQPLAN_PROPERTY_SEED"); given && *given)
            return static_cast<std::uint32_t>(std::strtoul(given, nullptr, 10));
        return static_cast<std::uint32_t>(std::random_device{}());
    }();
    return seed;
}

// The office and the folder of tests/support/InOffice.hpp, and the schemas.
class EditSequence : public eqplan::test::InOffice<testing::TestWithParam<const char*>>
{
protected:
    static void SetUpTestSuite()
    {
        InOffice::SetUpTestSuite();
        Loaded<Schemas> loaded = loadSchemas();
        ASSERT_TRUE(loaded) << loaded.error;
        s_schemas = std::make_unique<Schemas>(*loaded.value);
    }
    static void TearDownTestSuite()
    {
        InOffice::TearDownTestSuite();
        s_schemas.reset();
    }

    static ReadResult read(const uno::Reference<lang::XComponent>& document)
    {
        return readPlan(bridge::readDocument(document, bridge::ReadMethod::FlatOdf), *s_schemas);
    }

    // The plan as JSON, the same whatever file it was read from.
    static std::string planJson(const ReadResult& result)
    {
        return boost::json::serialize(toJson(result.plan, SourceInfo{"plan", "any"}));
    }

    static inline std::unique_ptr<Schemas> s_schemas;
};

TEST_P(EditSequence, UndoRestoresTheBodyAndBothFormatsReadBackTheSamePlan)
{
    const std::string fixture = GetParam();
    // One seed per fixture, derived from the run's seed, so that each replays alone.
    std::seed_seq sequence{propertySeed(), static_cast<std::uint32_t>(std::hash<std::string>{}(fixture))};
    std::mt19937 random(sequence);
    std::cout << "EQPLAN_PROPERTY_SEED=" << propertySeed() << " (" << fixture << ")\n";
    RecordProperty("seed", std::to_string(propertySeed()));

    fs::copy_file(fs::path(EQPLAN_FIXTURE_DIR) / (fixture + ".odt"), m_folder / "plan.odt");
    bridge::OpenDocument document(*s_office, m_folder / "plan.odt", bridge::OpenMode::Editable);
    bridge::exportFlatOdf(document.component(), m_folder / "before.fodt");
    const std::string before = body(m_folder / "before.fodt");
    ASSERT_FALSE(before.empty());
    uno::Reference<document::XUndoManagerSupplier> undoSupplier(document.component(),
                                                                uno::UNO_QUERY_THROW);
    const uno::Reference<document::XUndoManager> undo = undoSupplier->getUndoManager();

    // Some kinds find nothing to do on some plans (no progress column, no owners): another try.
    std::vector<std::string> applied;
    for (int attempt = 0; static_cast<int>(applied.size()) < editsPerFixture && attempt < 60;
         ++attempt)
    {
        const DocumentGrid grid =
            bridge::readDocument(document.component(), bridge::ReadMethod::FlatOdf);
        const ReadResult now = readPlan(grid, *s_schemas);
        ASSERT_TRUE(now) << now.message;
        const auto& [kind, plan] = pick(editKinds(), random);
        std::optional<PlannedEdit> edit = plan(now.plan, grid, *s_schemas, random);
        if (!edit)
            continue;
        const sal_Int32 steps = undo->getAllUndoActionTitles().getLength();
        edit->apply(document.component());
        applied.push_back(kind + ": " + edit->description);
        ASSERT_EQ(undo->getAllUndoActionTitles().getLength(), steps + 1)
            << applied.back() << " is not one undo step";
    }
    ASSERT_EQ(static_cast<int>(applied.size()), editsPerFixture)
        << "too few edits could be planned";
    std::string history;
    for (const std::string& edit : applied)
        history += "\n  " + edit;
    SCOPED_TRACE("edits:" + history);

    const ReadResult edited = read(document.component());
    ASSERT_TRUE(edited) << edited.message;
    const std::string editedJson = planJson(edited);
    bridge::storeDocument(document.component(), m_folder / "edited.docx");
    bridge::storeDocument(document.component(), m_folder / "edited.odt");

    for (std::size_t i = 0; i < applied.size(); ++i)
        undo->undo();
    bridge::exportFlatOdf(document.component(), m_folder / "after.fodt");
    const std::string after = body(m_folder / "after.fodt");
    EXPECT_TRUE(after == before) << "undoing every edit did not restore the body; first difference "
                                 << firstDifference(before, after);

    for (const char* stored : {"edited.docx", "edited.odt"})
    {
        bridge::OpenDocument reopened(*s_office, m_folder / stored);
        const ReadResult back = read(reopened.component());
        ASSERT_TRUE(back) << stored << ": " << back.message;
        EXPECT_EQ(planJson(back), editedJson) << stored << " reads back as another plan";
    }
}

INSTANTIATE_TEST_SUITE_P(PlanFixtures, EditSequence,
                         testing::Values("seed-action-plan-2018-2021", "seed-objectives-2017-2021",
                                         "layout-sections", "layout-no-owner",
                                         "layout-real-numbering", "layout-reordered",
                                         "plan-header-second-row", "layout-inline-dated",
                                         "layout-rag-status", "tracked-changes-pending",
                                         // The corpus: layouts modelled on published plans.
                                         "corpus-primary-lead-by-when", "corpus-rag-words",
                                         "corpus-owners-with-notes",
                                         "corpus-success-before-actions",
                                         "corpus-number-column-review",
                                         "corpus-two-tables-by-year", "corpus-status-words",
                                         "corpus-welsh-bilingual-headers",
                                         "corpus-tracked-review",
                                         "corpus-costings-expected-outcomes",
                                         "corpus-commentary-rows",
                                         "corpus-measure-success-header",
                                         "corpus-action-strategies",
                                         "corpus-role-titles-with-and",
                                         "corpus-labels-left-per-objective",
                                         "corpus-labels-left-columns",
                                         "corpus-sections-ref-relevance",
                                         "corpus-question-headers",
                                         "corpus-lead-officer-evidence-of-impact"),
                         [](const testing::TestParamInfo<const char*>& fixture)
                         {
                             std::string name = fixture.param;
                             for (char& c : name)
                                 if (c == '-')
                                     c = '_';
                             return name;
                         });
} // namespace
