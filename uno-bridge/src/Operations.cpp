#include "eqplan/bridge/Operations.hpp"

#include "eqplan/ChecksJson.hpp"
#include "eqplan/Dates.hpp"
#include "eqplan/Owners.hpp"
#include "eqplan/bridge/Error.hpp"
#include "eqplan/bridge/Fixes.hpp"
#include "eqplan/bridge/Metadata.hpp"
#include "eqplan/bridge/PlanWriter.hpp"
#include "eqplan/bridge/UndoStep.hpp"

#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>

using namespace css;

namespace eqplan::bridge
{
namespace
{
using Document = uno::Reference<lang::XComponent>;

// The end of every operation that changes the plan itself, inside its undo step: the Updated
// line dated and signed by `author` (added under the title where the plan has none), and the
// history entry.
Written dateAndRecord(const Document& document, const Plan& plan, const Author& author,
                      std::chrono::year_month_day dated, std::optional<int> objective,
                      std::string what)
{
    Written written;
    written.dated = planUpdatedLine(plan, dated, author.name);
    applyUpdatedLine(document, plan.updated, written.dated);
    written.entry = HistoryEntry{author.day, author.name, objective, std::move(what)};
    written.history = recordHistory(document, written.entry);
    return written;
}

// The end of a tidying change: the history entry alone.
Written record(const Document& document, const Author& author, std::optional<int> objective,
               std::string what)
{
    Written written;
    written.entry = HistoryEntry{author.day, author.name, objective, std::move(what)};
    written.history = recordHistory(document, written.entry);
    return written;
}

// The titles on the document's undo stack, newest first: when they change, a step was added
// (counting alone misses a step added to a full stack).
uno::Sequence<rtl::OUString> undoTitles(const uno::Reference<document::XUndoManager>& manager)
{
    return manager.is() ? manager->getAllUndoActionTitles() : uno::Sequence<rtl::OUString>();
}

uno::Reference<document::XUndoManager> undoManager(const Document& document)
{
    const uno::Reference<document::XUndoManagerSupplier> supplier(document, uno::UNO_QUERY);
    return supplier.is() ? supplier->getUndoManager() : nullptr;
}

// Takes back the step added since the undo stack showed `before`, if one was: the document is
// as it was. Inside a caller's open step LibreOffice refuses; that step is the caller's to undo.
void takeBack(const uno::Reference<document::XUndoManager>& undo,
              const uno::Sequence<rtl::OUString>& before)
{
    try
    {
        if (undo.is() && undoTitles(undo) != before)
            undo->undo();
    }
    catch (const uno::Exception&)
    {
    }
}

// Runs `change` as one undo step titled `title`: the only place an operation opens one. If it
// throws (LibreOffice refusing a call half-way), the step is closed and taken back, so that
// nothing is left half-written, and the error goes on to the caller.
template <class Change>
auto asOneStep(const Document& document, const std::string& title, Change&& change)
    -> decltype(change())
{
    const uno::Reference<document::XUndoManager> undo = undoManager(document);
    const uno::Sequence<rtl::OUString> before = undoTitles(undo);
    try
    {
        const UndoStep step(document, title);
        return change();
    }
    catch (...)
    {
        takeBack(undo, before);
        throw;
    }
}

// As above, the step titled as `author` reads: `title` worded by the author's wording.
template <class Change>
auto asOneStep(const Document& document, const Author& author, const Message& title,
               Change&& change) -> decltype(change())
{
    return asOneStep(document, worded(author.wording, title), std::forward<Change>(change));
}

std::string number(int n)
{
    return std::to_string(n);
}
} // namespace

Written addProgress(const Document& document, const Plan& plan, const Objective& objective,
                    const ProgressWrite& write, std::size_t points, const Author& author)
{
    const std::string n = number(objective.number);
    return asOneStep(document, author, {"undoAddProgress", {n}, "Add progress to objective " + n},
                     [&]
                     {
                         applyProgressUpdate(document, write, std::nullopt, std::nullopt);
                         return dateAndRecord(document, plan, author, author.day, objective.number,
                                              progressSummary(write.date, points));
                     });
}

Written editField(const Document& document, const Plan& plan, const Objective& objective,
                  const FieldWrite& edit, const Author& author)
{
    const std::string n = number(objective.number);
    return asOneStep(
        document, author,
        {"undoChangeField", {edit.label, n}, "Change " + edit.label + " of objective " + n},
        [&]
        {
            applyFieldEdit(document, edit);
            return dateAndRecord(document, plan, author, author.day, objective.number,
                                 "Changed " + edit.label);
        });
}

Written setStatus(const Document& document, const Plan& plan, const Objective& objective,
                  const StatusWrite& status, const Author& author)
{
    std::string what = "Set the status to " + status.label;
    if (!status.text.empty() && status.text != status.label)
        what += " (\"" + status.text + "\")";
    const std::string n = number(objective.number);
    return asOneStep(document, author, {"undoSetStatus", {n}, "Set the status of objective " + n},
                     [&]
                     {
                         applyStatus(document, status);
                         return dateAndRecord(document, plan, author, author.day, objective.number,
                                              std::move(what));
                     });
}

AddedObjective addObjective(const Document& document, const Plan& plan,
                            const ObjectiveInsert& insert, const Author& author,
                            const std::function<ReadResult()>& readBack)
{
    const uno::Reference<document::XUndoManager> undo = undoManager(document);
    const uno::Sequence<rtl::OUString> before = undoTitles(undo);
    AddedObjective added;
    const std::string n = number(insert.number);
    added.written = asOneStep(document, author, {"undoAddObjective", {n}, "Add objective " + n},
                              [&]
                              {
                                  applyNewObjective(document, insert);
                                  return dateAndRecord(document, plan, author, author.day,
                                                       insert.number,
                                                       "Added objective " +
                                                           std::to_string(insert.number));
                              });
    try
    {
        added.after = readBack();
    }
    catch (...)
    {
        takeBack(undo, before);
        throw;
    }
    const std::vector<Objective>& objectives = added.after.plan.objectives;
    added.kept = added.after && objectives.size() == plan.objectives.size() + 1 &&
                 objectives.back().number == insert.number &&
                 objectives.back().objectiveText == insert.objectiveText;
    if (!added.kept)
        takeBack(undo, before);
    return added;
}

Written fixFinding(const Document& document, const DocumentGrid& grid, const Fix& fix,
                   std::optional<int> objective, const Author& author)
{
    return asOneStep(
        document, author,
        // The fix's own words where it has them, so that a catalogue says the title.
        Message{"undoFix",
                {fix.description},
                fix.description.empty() ? "Fix" : fix.description,
                fix.words.key.empty() ? std::vector<Message>{} : std::vector<Message>{fix.words}},
        [&]
        {
            applyFix(document, grid, fix);
            return record(document, author, objective, "Fixed: " + fix.description);
        });
}

ChangedOwners changeOwners(const Document& document, const Plan& plan, const DocumentGrid& grid,
                           OwnerRegister owners, const OwnerChanges& changes, const Author& author)
{
    ChangedOwners changed;
    std::vector<Edit> edits;
    if (changes.rename)
    {
        const auto& [from, to] = *changes.rename;
        edits = renameOwnerEdits(plan, from, to);
        if (edits.empty())
            throw Error(Error::Kind::Refused,
                        keyed("errorNoSuchOwner",
                              "The plan names no owner \"{0}\"; nothing was renamed.", {from}));
        changed.renamed = edits.size();
        changed.said.push_back("Renamed " + from + " to " + to + " in " +
                               std::to_string(edits.size()) +
                               (edits.size() == 1 ? " place" : " places"));
    }
    for (const auto& [code, name] : changes.sets)
        changed.said.push_back("Registered " + code + " as " + name);
    // One change is its own undo step's title; several are "Change the owners".
    const std::size_t count =
        (changes.rename ? 1 : 0) + changes.sets.size() + changes.removes.size();
    Message title{"undoChangeOwners", {}, "Change the owners"};
    if (count == 1 && changes.rename)
        title = {"undoRenameOwner",
                 {changes.rename->first, changes.rename->second},
                 "Rename " + changes.rename->first + " to " + changes.rename->second};
    else if (count == 1 && !changes.sets.empty())
        title = {"undoRegisterOwner",
                 {changes.sets.front().first},
                 "Register " + changes.sets.front().first};
    else if (count == 1)
        title = {"undoRemoveOwner", {changes.removes.front()}, "Remove " + changes.removes.front()};

    return asOneStep(
        document, author, title,
        [&]
        {
            if (changes.rename)
            {
                const auto& [from, to] = *changes.rename;
                applyFix(document, grid, Fix{"Rename " + from + " to " + to, true, edits});
                renameInRegister(owners, from, to);
            }
            for (const auto& [code, name] : changes.sets)
                registerOwner(owners, code, name);
            for (const std::string& code : changes.removes)
                changed.said.push_back(unregisterOwner(owners, code)
                                           ? "Removed " + code + " from the register"
                                           : code + " was not in the register");
            // A rename in a plan without a register does not start one.
            const bool writeRegister =
                !owners.entries.empty() || !changes.sets.empty() || !changes.removes.empty();
            if (writeRegister)
                writeDocumentData(document, ownersProperty, ownerRegisterToJson(owners));
            std::string what;
            for (const std::string& line : changed.said)
                what += (what.empty() ? "" : "; ") + line;
            changed.written = record(document, author, std::nullopt, std::move(what));
            if (writeRegister)
                changed.written.owners = std::move(owners);
            return changed;
        });
}

NewPlan insertNewPlan(const Document& document, const Layout& layout, const Author& author,
                      const uno::Reference<text::XTextRange>& at)
{
    return asOneStep(document, "Insert equality plan",
                     [&] {
                         return applyNewPlan(document, layout,
                                             updatedLineText(author.day, author.name), at);
                     });
}

ChangedColumns changeColumns(const Document& document, const DocumentGrid& grid,
                             const ColumnChanges& changes, const Schemas& schemas,
                             const Author& author)
{
    const Layout& layout = schemas.layout;
    ChangedColumns changed;
    if (!changes.clearAll)
        if (const std::optional<std::string> stored = readDocumentData(document, columnsProperty))
        {
            Loaded<ColumnAssignments> loaded = columnAssignmentsFromJson(*stored, &layout);
            if (!loaded)
                throw Error(Error::Kind::NotReadable,
                            keyed("errorColumnsUnreadable",
                                  "The columns assigned in this document cannot be read ({0}); "
                                  "nothing was changed.",
                                  std::vector<Message>{loaded.why()}));
            changed.assignments = std::move(*loaded.value);
        }
    const auto quoted = [](const std::string& header) { return "\"" + header + "\""; };
    if (changes.clearAll)
        changed.said.push_back("Every column is read as eqplan recognises it");
    for (const std::string& header : changes.clear)
        changed.said.push_back(unassignColumn(changed.assignments, header)
                                   ? quoted(header) + " is read as eqplan recognises it"
                                   : quoted(header) + " was not assigned");
    for (const auto& [header, field] : changes.assign)
    {
        const FieldSpec* spec = layout.field(field);
        if (!field.empty() && !spec)
            throw Error(Error::Kind::Refused,
                        keyed("errorNoSuchField",
                              "eqplan has no field \"{0}\"; nothing was changed.", {field}));
        assignColumn(changed.assignments, header, field);
        changed.said.push_back(spec ? quoted(header) + " is read as " + spec->label
                                    : quoted(header) + " is not a field");
    }
    // One change is its own undo step's title; several are "Change the columns".
    Message title = keyed("undoChangeColumns", "Change the columns");
    if (changes.assign.size() == 1 && changes.clear.empty() && !changes.clearAll)
    {
        const auto& [header, field] = changes.assign.front();
        title = field.empty() ? keyed("undoColumnNotAField", "\"{0}\" is not a field", {header})
                              : keyed("undoUseColumn", "Use \"{0}\" for {1}",
                                      {header, layout.field(field)->label});
    }
    const std::string json = columnAssignmentsToJson(changed.assignments);
    if (changed.refused = planLostBy(grid, json, schemas); !changed.refused.empty())
    {
        changed.said.clear();
        return changed;
    }
    std::string what;
    for (const std::string& line : changed.said)
        what += (what.empty() ? "" : "; ") + line;
    changed.written = asOneStep(document, author, title,
                                [&]
                                {
                                    writeDocumentData(document, columnsProperty, json);
                                    return record(document, author, std::nullopt, what);
                                });
    return changed;
}

Written finishReview(const Document& document, const Plan& plan,
                     std::chrono::year_month_day reviewed, const std::string& summary,
                     const Author& author)
{
    return asOneStep(
        document, author, {"undoFinishReview", {}, "Finish review"},
        [&] { return dateAndRecord(document, plan, author, reviewed, std::nullopt, summary); });
}
} // namespace eqplan::bridge
