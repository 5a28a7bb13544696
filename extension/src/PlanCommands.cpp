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
#include "eqplan/Result.hpp"
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
void requireWritable(const ui::Text& what, std::string_view text)
{
    if (const UserTextCheck check = checkUserText(text); !check)
        throw bridge::Error(bridge::Error::Kind::Refused,
                            ui::format(ui::textNotWritable, {what, check.description()}));
}

// The error for core's refusal to plan a change: the document changed since it was read (Stale),
// else a mistake in what was given or a plan that cannot take it (Refused).
bridge::Error refusal(ResultStatus status, const std::string& words)
{
    return bridge::Error(status == ResultStatus::Stale ? bridge::Error::Kind::Stale
                                                       : bridge::Error::Kind::Refused,
                         words);
}

// The schemas a change to objective `objective` of `plan` (null: none read) needs, or the error
// of why it cannot be made: eqplan's own files unread, no plan open, or an objective the document
// no longer has (the deck offers only those it read).
const Schemas& requireObjective(const Schemas* loaded, const Plan* plan, std::size_t objective)
{
    if (!loaded)
        throw bridge::Error(bridge::Error::Kind::Office, ui::schemasMissing);
    if (!plan)
        throw bridge::Error(bridge::Error::Kind::Refused, ui::noPlanOpen);
    if (objective >= plan->objectives.size())
        throw bridge::Error(bridge::Error::Kind::Stale, ui::noSuchObjective);
    return *loaded;
}
} // namespace

std::string PlanSession::applyFix(std::size_t finding)
{
    if (finding >= findings().size())
        throw bridge::Error(bridge::Error::Kind::Stale, ui::findingGone);
    if (!findings()[finding].fix)
        throw bridge::Error(bridge::Error::Kind::Refused, ui::noFixHere);
    const Finding found = findings()[finding];
    const bridge::Written written =
        bridge::fixFinding(model(), grid(), *found.fix, found.objective, author());
    refresh(&written);
    return ui::said(found.fix->words);
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
    requireWritable(ui::whatOwnerCode, code);
    requireWritable(ui::whatOwnerName, name);
    if (!hasPlan())
        throw bridge::Error(bridge::Error::Kind::Refused, ui::noPlanOpen);
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
        throw bridge::Error(bridge::Error::Kind::Office, ui::columnsNoFields);
    bridge::ColumnChanges changes;
    changes.assign.emplace_back(header, field);
    const bridge::ChangedColumns changed =
        bridge::changeColumns(model(), grid(), changes, *loaded, author());
    if (!changed.refused.empty())
        throw bridge::Error(bridge::Error::Kind::Refused, changed.refused);
    refresh(&changed.written);
}

std::size_t PlanSession::renameOwner(const std::string& from, const std::string& to)
{
    requireWritable(ui::whatNewName, to);
    if (!hasPlan())
        throw bridge::Error(bridge::Error::Kind::Refused, ui::noPlanOpen);
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
        throw bridge::Error(bridge::Error::Kind::Refused, ui::noPlanToPublish);
    // The checks ran with the document's facts: their errors are what publishing would refuse.
    std::vector<std::string> out;
    for (const bridge::PublishProblem& problem : bridge::publishingProblems(findings()))
        out.push_back(ui::said(problem.words));
    return out;
}

PlanSession::Published PlanSession::publish(const std::string& target, bool force,
                                            bool atAGlance)
{
    const Schemas* loaded = schemas();
    if (!hasPlan() || !loaded)
        throw bridge::Error(bridge::Error::Kind::Refused, ui::noPlanToPublish);
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
        out.problems.push_back(ui::said(problem.words));
    if (result.status == bridge::PublishResult::Status::NoPlan)
        out.problems.push_back(ui::said(
            result.read.words.english.empty() ? plain(result.read.message) : result.read.words));
    out.outlineEntries = result.outlineEntries;
    return out;
}

std::size_t PlanSession::writeReport(const std::string& target, bool academicYear,
                                     std::string& why)
{
    const Schemas* loaded = schemas();
    if (!hasPlan() || !loaded)
        throw bridge::Error(bridge::Error::Kind::Refused, ui::noPlanToPublish);
    const Plan& plan = result()->plan;
    const std::chrono::year_month_day day = today();
    const PeriodChoice choice =
        academicYear ? thisAcademicYear(day) : sinceLastReview(plan, history(), day);
    if (!choice)
    {
        why = ui::said(choice.reasonWords);
        return 0;
    }
    const Report report =
        buildReport(plan, owners() ? &*owners() : nullptr, *loaded, choice.period, choice.label, day);
    if (report.entries == 0)
    {
        why = ui::said(noProgressWords(report, choice.labelWords));
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
    requireWritable(ui::whatPoint, point);
    const Schemas& loaded =
        requireObjective(schemas(), hasPlan() ? &result()->plan : nullptr, objective);
    const Plan& plan = result()->plan;
    bridge::Author by = author();
    if (on)
        by.day = *on;
    const Result<ProgressWrite> planned = planProgressUpdate(
        plan, plan.objectives[objective], progressEntryDate(plan, by.day), {point}, loaded.grammar);
    if (!planned)
        throw refusal(planned.status, planned.error);
    const bridge::Written written =
        bridge::addProgress(model(), plan, plan.objectives[objective], *planned, 1, by);
    refresh(&written);
}

void PlanSession::editField(std::size_t objective, const std::string& field,
                            const std::vector<std::string>& values)
{
    for (const std::string& value : values)
        requireWritable(ui::whatNewText, value);
    const Schemas& loaded =
        requireObjective(schemas(), hasPlan() ? &result()->plan : nullptr, objective);
    const Plan& plan = result()->plan;
    const Objective& target = plan.objectives[objective];
    const Result<FieldWrite> planned = planFieldEdit(plan, target, field, values, loaded);
    if (!planned)
        throw refusal(planned.status, planned.error);
    const bridge::Written written = bridge::editField(model(), plan, target, *planned, author());
    refresh(&written);
}

void PlanSession::setStatus(std::size_t objective, const std::string& status)
{
    const Schemas& loaded =
        requireObjective(schemas(), hasPlan() ? &result()->plan : nullptr, objective);
    const Plan& plan = result()->plan;
    const Objective& target = plan.objectives[objective];
    const Result<StatusWrite> planned = planStatus(plan, target, status, loaded.layout);
    if (!planned)
        throw refusal(planned.status, planned.error);
    const bridge::Written written = bridge::setStatus(model(), plan, target, *planned, author());
    refresh(&written);
}

std::size_t PlanSession::addObjective(const std::string& text,
                                      const std::vector<std::string>& owners)
{
    requireWritable(ui::whatObjective, text);
    for (const std::string& owner : owners)
        requireWritable(ui::whatOwner, owner);
    const Schemas* loaded = schemas();
    if (!loaded)
        throw bridge::Error(bridge::Error::Kind::Office, ui::schemasMissing);
    if (!hasPlan())
        throw bridge::Error(bridge::Error::Kind::Refused, ui::noPlanForObjective);
    const Plan& plan = result()->plan;
    std::vector<std::pair<std::string, std::vector<std::string>>> fields;
    if (!owners.empty())
        fields.emplace_back("owners", owners);
    const Result<ObjectiveInsert> planned = planNewObjective(plan, grid(), text, fields, *loaded);
    if (!planned)
        throw refusal(planned.status, planned.error);
    const uno::Reference<lang::XComponent> document = model();
    const bridge::AddedObjective added =
        bridge::addObjective(document, plan, *planned, author(),
                             [&] { return readPlan(bridge::readGrid(document), *loaded); });
    if (!added.kept && plan.objectives.empty())
        throw bridge::Error(bridge::Error::Kind::Refused, ui::firstObjectiveNotKept);
    if (!added.kept)
        throw bridge::Error(bridge::Error::Kind::Refused,
                            ui::format(ui::objectiveWouldContinue,
                                       {std::to_string(plan.objectives.back().number)}));
    refresh(&added.written);
    const std::size_t index = result()->plan.objectives.size() - 1;
    show(index);
    return index;
}

void PlanSession::finishReview(std::chrono::year_month_day day, const std::string& summary)
{
    requireWritable(ui::whatReviewSummary, summary);
    if (!hasPlan())
        throw bridge::Error(bridge::Error::Kind::Refused, ui::noPlanToReview);
    const bridge::Written written =
        bridge::finishReview(model(), result()->plan, day, summary, author());
    refresh(&written);
}

} // namespace eqplan::sidebar
