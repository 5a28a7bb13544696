// The commands of PlanSession: each change to the plan the panels ask for, made through the
// bridge's operations (one undo step each) and followed by a read of the document. The document
// listening, the debounced refresh and following the cursor are in PlanSession.cpp.
#include "PlanSession.hpp"

#include "ExtensionSchemas.hpp"
#include "UiStrings.hpp"

#include "eqplan/ChecksJson.hpp"
#include "eqplan/FieldWriter.hpp"
#include "eqplan/ObjectiveWriter.hpp"
#include "eqplan/Owners.hpp"
#include "eqplan/PlanReader.hpp"
#include "eqplan/ProgressWriter.hpp"
#include "eqplan/Report.hpp"
#include "eqplan/StatusWriter.hpp"
#include "eqplan/UserText.hpp"
#include "eqplan/bridge/Error.hpp"
#include "eqplan/bridge/Fixes.hpp"
#include "eqplan/bridge/GridReader.hpp"
#include "eqplan/bridge/Metadata.hpp"
#include "eqplan/bridge/Operations.hpp"
#include "eqplan/bridge/PlanWriter.hpp"
#include "eqplan/bridge/Publish.hpp"
#include "eqplan/bridge/Report.hpp"

#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>

#include <algorithm>
#include <set>

using namespace css;

namespace eqplan::sidebar
{
namespace
{
// Text for the plan checked the one way core checks the CLI's (checkUserText), before anything
// changes: a control character would be lost or kept raw in the document.
void requireWritable(std::string_view what, std::string_view text)
{
    if (const UserTextCheck check = checkUserText(text); !check)
        throw bridge::Error(bridge::Error::Kind::NotReadable,
                            std::string(what) + " has " + check.description() +
                                ": the plan cannot show it, so nothing was changed.");
}
} // namespace

std::string PlanSession::applyFix(std::size_t finding)
{
    if (finding >= findings().size() || !findings()[finding].fix)
        throw bridge::Error(bridge::Error::Kind::NotReadable, ui::noFixHere);
    const Finding found = findings()[finding];
    const bridge::Written written =
        bridge::fixFinding(model(), grid(), *found.fix, found.objective, author());
    refresh(&written);
    return found.fix->description;
}

std::size_t PlanSession::fixAllSafe()
{
    std::set<std::string> tried;
    std::size_t applied = 0;
    for (;;)
    {
        const auto next = std::find_if(
            findings().begin(), findings().end(),
            [&](const Finding& f) { return f.fix && f.fix->safe && !tried.count(findingKey(f)); });
        if (next == findings().end())
            return applied;
        tried.insert(findingKey(*next));
        applyFix(static_cast<std::size_t>(next - findings().begin()));
        ++applied;
    }
}

void PlanSession::registerOwner(const std::string& code, const std::string& name)
{
    requireWritable("The owner's code", code);
    requireWritable("The owner's name", name);
    if (!hasPlan())
        throw bridge::Error(bridge::Error::Kind::NotReadable, ui::noPlanToPublish);
    bridge::OwnerChanges changes;
    changes.sets.emplace_back(code, name);
    const bridge::ChangedOwners changed =
        bridge::changeOwners(model(), result()->plan, grid(),
                             this->owners().value_or(OwnerRegister{}), changes, author());
    refresh(&changed.written);
}

void PlanSession::assignColumn(const std::string& header, const std::string& field)
{
    const Schemas* loaded = schemas();
    if (!loaded)
        throw bridge::Error(bridge::Error::Kind::NotReadable, ui::columnsNoFields);
    bridge::ColumnChanges changes;
    changes.assign.emplace_back(header, field);
    const bridge::ChangedColumns changed =
        bridge::changeColumns(model(), grid(), changes, *loaded, author());
    if (!changed.refused.empty())
        throw bridge::Error(bridge::Error::Kind::NotReadable, changed.refused);
    refresh(&changed.written);
}

std::size_t PlanSession::renameOwner(const std::string& from, const std::string& to)
{
    requireWritable("The new name", to);
    if (!hasPlan())
        throw bridge::Error(bridge::Error::Kind::NotReadable, ui::noPlanToPublish);
    bridge::OwnerChanges changes;
    changes.rename.emplace(from, to);
    const bridge::ChangedOwners changed =
        bridge::changeOwners(model(), result()->plan, grid(),
                             this->owners().value_or(OwnerRegister{}), changes, author());
    refresh(&changed.written);
    return changed.renamed;
}

std::vector<std::string> PlanSession::publishingProblems()
{
    if (!hasPlan())
        throw bridge::Error(bridge::Error::Kind::NotReadable, ui::noPlanToPublish);
    // The checks ran with the document's facts: their errors are what publishing would refuse.
    std::vector<std::string> out;
    for (const bridge::PublishProblem& problem : bridge::publishingProblems(findings()))
        out.push_back(problem.message);
    return out;
}

PlanSession::Published PlanSession::publish(const std::string& target, bool force,
                                            bool atAGlance)
{
    const Schemas* loaded = schemas();
    if (!hasPlan() || !loaded)
        throw bridge::Error(bridge::Error::Kind::NotReadable, ui::noPlanToPublish);
    bridge::PublishOptions options;
    options.force = force;
    options.atAGlance = atAGlance;
    options.today = today();
    const bridge::PublishResult result = bridge::publishPdf(
        frame::Desktop::create(m_xContext),
        uno::Reference<lang::XComponent>(m_xController->getModel(), uno::UNO_QUERY), target,
        *loaded, options);
    Published out;
    out.published = result.status == bridge::PublishResult::Status::Published;
    for (const bridge::PublishProblem& problem : result.problems)
        out.problems.push_back(problem.message);
    if (result.status == bridge::PublishResult::Status::NoPlan)
        out.problems.push_back(result.read.message);
    out.outlineEntries = result.outlineEntries;
    return out;
}

std::size_t PlanSession::writeReport(const std::string& target, bool academicYear,
                                     std::string& why)
{
    const Schemas* loaded = schemas();
    if (!hasPlan() || !loaded)
        throw bridge::Error(bridge::Error::Kind::NotReadable, ui::noPlanToPublish);
    const Plan& plan = result()->plan;
    const std::chrono::year_month_day day = today();
    const PeriodChoice choice =
        academicYear ? thisAcademicYear(day) : sinceLastReview(plan, history(), day);
    if (!choice)
    {
        why = choice.reason;
        return 0;
    }
    const Report report =
        buildReport(plan, owners() ? &*owners() : nullptr, *loaded, choice.period, choice.label, day);
    if (report.entries == 0)
    {
        why = noProgressMessage(report);
        return 0;
    }
    bridge::writeReport(frame::Desktop::create(m_xContext), report, target);
    return report.entries;
}

bridge::NewPlanPlace PlanSession::insertNewPlan()
{
    const Schemas* loaded = schemas();
    if (!loaded)
        throw bridge::Error(bridge::Error::Kind::Office, "the extension's schemas are missing");
    const uno::Reference<text::XTextViewCursorSupplier> supplier(m_xController, uno::UNO_QUERY);
    uno::Reference<text::XTextRange> cursor;
    if (supplier.is())
        cursor.set(supplier->getViewCursor(), uno::UNO_QUERY);
    const bridge::NewPlan inserted = bridge::insertNewPlan(
        uno::Reference<lang::XComponent>(m_xController->getModel(), uno::UNO_QUERY), loaded->layout,
        bridge::Author{bridge::userName(m_xContext), today()}, cursor);
    refresh();
    // Where the first objective goes, as in Writer after Insert ▸ Table.
    bridge::showCell(m_xController, inserted.table, inserted.objectiveCell);
    return inserted.place;
}

void PlanSession::addProgress(std::size_t objective, const std::string& point,
                              std::optional<std::chrono::year_month_day> on)
{
    requireWritable("The point", point);
    const Schemas* loaded = schemas();
    if (!hasPlan() || !loaded || objective >= result()->plan.objectives.size())
        throw bridge::Error(bridge::Error::Kind::NotReadable, "There is no such objective.");
    const Plan& plan = result()->plan;
    bridge::Author by = author();
    if (on)
        by.day = *on;
    const ProgressWritePlan planned =
        planProgressUpdate(plan, plan.objectives[objective], progressEntryDate(plan, by.day),
                           {point}, loaded->grammar);
    if (!planned)
        throw bridge::Error(bridge::Error::Kind::NotReadable, planned.error);
    const bridge::Written written =
        bridge::addProgress(model(), plan, plan.objectives[objective], *planned.write, 1, by);
    refresh(&written);
}

void PlanSession::editField(std::size_t objective, const std::string& field,
                            const std::vector<std::string>& values)
{
    for (const std::string& value : values)
        requireWritable("The new text", value);
    const Schemas* loaded = schemas();
    if (!hasPlan() || !loaded || objective >= result()->plan.objectives.size())
        throw bridge::Error(bridge::Error::Kind::NotReadable, "There is no such objective.");
    const Plan& plan = result()->plan;
    const Objective& target = plan.objectives[objective];
    const FieldWritePlan planned = planFieldEdit(plan, target, field, values, *loaded);
    if (!planned)
        throw bridge::Error(bridge::Error::Kind::NotReadable, planned.error);
    const bridge::Written written =
        bridge::editField(model(), plan, target, *planned.write, author());
    refresh(&written);
}

void PlanSession::setStatus(std::size_t objective, const std::string& status)
{
    const Schemas* loaded = schemas();
    if (!hasPlan() || !loaded || objective >= result()->plan.objectives.size())
        throw bridge::Error(bridge::Error::Kind::NotReadable, "There is no such objective.");
    const Plan& plan = result()->plan;
    const Objective& target = plan.objectives[objective];
    const StatusWritePlan planned = planStatus(plan, target, status, loaded->layout);
    if (!planned)
        throw bridge::Error(bridge::Error::Kind::NotReadable, planned.error);
    const bridge::Written written =
        bridge::setStatus(model(), plan, target, *planned.write, author());
    refresh(&written);
}

std::size_t PlanSession::addObjective(const std::string& text,
                                      const std::vector<std::string>& owners)
{
    requireWritable("The objective", text);
    for (const std::string& owner : owners)
        requireWritable("The owner", owner);
    const Schemas* loaded = schemas();
    if (!hasPlan() || !loaded)
        throw bridge::Error(bridge::Error::Kind::NotReadable,
                            "There is no plan to add an objective to.");
    const Plan& plan = result()->plan;
    std::vector<std::pair<std::string, std::vector<std::string>>> fields;
    if (!owners.empty())
        fields.emplace_back("owners", owners);
    const ObjectiveInsertPlan planned = planNewObjective(plan, grid(), text, fields, *loaded);
    if (!planned)
        throw bridge::Error(bridge::Error::Kind::NotReadable, planned.error);
    const uno::Reference<lang::XComponent> document = model();
    const bridge::AddedObjective added =
        bridge::addObjective(document, plan, *planned.insert, author(),
                             [&] { return readPlan(bridge::readGrid(document), *loaded); });
    if (!added.kept && plan.objectives.empty())
        throw bridge::Error(bridge::Error::Kind::NotReadable,
                            "The new row would not be read as the plan's first objective, so "
                            "nothing was changed.");
    if (!added.kept)
        throw bridge::Error(
            bridge::Error::Kind::NotReadable,
            "The new row would be read as part of objective " +
                std::to_string(plan.objectives.back().number) +
                ", not as a new objective, so nothing was changed. Give it an owner as well: in "
                "this plan, a row starts a new objective where it names an owner or a duty.");
    refresh(&added.written);
    const std::size_t index = result()->plan.objectives.size() - 1;
    show(index);
    return index;
}

void PlanSession::finishReview(std::chrono::year_month_day day, const std::string& summary)
{
    requireWritable("The review's summary", summary);
    if (!hasPlan())
        throw bridge::Error(bridge::Error::Kind::NotReadable, "There is no plan to review.");
    const bridge::Written written =
        bridge::finishReview(model(), result()->plan, day, summary, author());
    refresh(&written);
}

} // namespace eqplan::sidebar
