// The changes eqplan makes to a plan, one function each, called alike by the CLI, the sidebar and
// the bench: each opens one undo step (one Edit ▸ Undo takes it back), applies the change core
// planned, dates the Updated line (adding one under the title where the plan has none), records
// the history entry, and hands back what it wrote so that the caller need not read it again.
//
// Who signs a change: the Author's name, which the caller takes from --by or LibreOffice's user
// name. With neither, the Updated line names no one — never the person who last updated it.
// Tidying changes (a check's fix, the owner register) record the history but leave the Updated
// line alone: it says when someone last brought the plan itself up to date.
//
// What they throw (bridge::Error, with its step taken back): Kind::NotWritable when the document
// is open read-only, Kind::Stale when it no longer has the table, cell or paragraph core planned
// on (read it again), Kind::Refused when the plan cannot take the change, Kind::Office when
// LibreOffice fails.
//
// Publishing is the operation that changes no plan: publishPdf (Publish.hpp, included here) checks
// a private copy, makes it fit for the website and exports it, so it opens no undo step. Its
// parts are in uno-bridge/src/Publish*.cpp: PublishChecks (what blocks it), PublishCopy (the
// copy made fit), PublishOutline (a bookmark per objective), PublishExport (the whole operation
// and the PDF export).
#pragma once

#include "eqplan/Checks.hpp"
#include "eqplan/ColumnAssignments.hpp"
#include "eqplan/FieldWriter.hpp"
#include "eqplan/Grid.hpp"
#include "eqplan/History.hpp"
#include "eqplan/Model.hpp"
#include "eqplan/ObjectiveWriter.hpp"
#include "eqplan/PlanReader.hpp"
#include "eqplan/ProgressWriter.hpp"
#include "eqplan/Schema.hpp"
#include "eqplan/StatusWriter.hpp"
#include "eqplan/bridge/Message.hpp"
#include "eqplan/bridge/PlanWriter.hpp"
#include "eqplan/bridge/Publish.hpp"

#include <com/sun/star/lang/XComponent.hpp>

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace eqplan::bridge
{
// Who makes a change, the day it is dated, and the language they read its undo step's title in.
struct Author
{
    std::string name;                  // signs the Updated line and the history; may be empty
    std::chrono::year_month_day day{}; // usually eqplan::today()
    // Words the undo step's title (keys "undo...", Message.hpp); unset: British English, "Add
    // progress to objective 2".
    Wording wording{};
};

// What an operation wrote, handed back instead of read from the document again.
struct Written
{
    UpdatedLineWrite dated;              // the Updated line rewritten or added; neither if untouched
    HistoryEntry entry;                  // the entry recorded
    std::vector<HistoryEntry> history;   // the document's history with it, oldest first
    std::optional<OwnerRegister> owners; // the owner register as written; unset if not written
};

// Adds the planned progress entry (planProgressUpdate; `points` items) to `objective`. Throws
// Error, nothing changed, if the document is read-only or no longer has the cell.
Written addProgress(const css::uno::Reference<css::lang::XComponent>& document, const Plan& plan,
                    const Objective& objective, const ProgressWrite& write, std::size_t points,
                    const Author& author);

// Rewrites a field of `objective` as planned (planFieldEdit). Throws Error, nothing changed, if
// the document is read-only or no longer has the cells.
Written editField(const css::uno::Reference<css::lang::XComponent>& document, const Plan& plan,
                  const Objective& objective, const FieldWrite& edit, const Author& author);

// Gives `objective` the status planned (planStatus): the status cell's text and shading. Throws
// Error, nothing changed, if the document is read-only or no longer has the cell.
Written setStatus(const css::uno::Reference<css::lang::XComponent>& document, const Plan& plan,
                  const Objective& objective, const StatusWrite& status, const Author& author);

// What addObjective came to: whether the new rows read back as the new objective (if not, the
// step was taken back and the document is as it was), the plan as read back, and what was written.
struct AddedObjective
{
    bool kept = false;
    ReadResult after;
    Written written; // meaningful only when kept
};

// Adds the objective `insert` after the last of `plan` (applyNewObjective); then reads the
// document again with `readBack` and takes the step back unless the rows read as one more
// objective with the number and text planned (in some plans a row starts a new objective only
// with an owner or a duty). Throws Error (Kind::Refused), with the step taken back, when
// LibreOffice refuses the rows.
AddedObjective addObjective(const css::uno::Reference<css::lang::XComponent>& document,
                            const Plan& plan, const ObjectiveInsert& insert, const Author& author,
                            const std::function<ReadResult()>& readBack);

// Applies a check's fix (applyFix; `grid` is the grid it was planned on) and records "Fixed: ..."
// against `objective`, if the finding names one. Throws Error as applyFix does.
Written fixFinding(const css::uno::Reference<css::lang::XComponent>& document,
                   const DocumentGrid& grid, const Fix& fix, std::optional<int> objective,
                   const Author& author);

// Changes to the owners, applied in this order: a rename everywhere the plan names the owner
// and in the register, then codes registered (or renamed in the register), then codes removed.
struct OwnerChanges
{
    std::optional<std::pair<std::string, std::string>> rename; // from, to
    std::vector<std::pair<std::string, std::string>> sets;     // code, name
    std::vector<std::string> removes;                          // codes
};

// What changeOwners did, a line each ("Registered EWA as Ms Ward"), and the places renamed.
struct ChangedOwners
{
    Written written;
    std::vector<std::string> said;
    std::size_t renamed = 0;
};

// Applies `changes` to the plan (read as `grid`) and to `owners`, the register as the document
// keeps it, which is written back. Throws Error, nothing changed: Kind::Refused if the rename
// names an owner the plan does not have, Kind::NotWritable if the document is read-only.
ChangedOwners changeOwners(const css::uno::Reference<css::lang::XComponent>& document,
                           const Plan& plan, const DocumentGrid& grid, OwnerRegister owners,
                           const OwnerChanges& changes, const Author& author);

// Inserts the canonical plan at `at` (the view cursor; empty: the end of the document), as
// applyNewPlan places it, and gives where it went: the layout's title, an Updated line dated
// `author.day` and signed by `author.name` (or no one), the header row of the layout's canonical
// columns and one empty objective row, which the first objective added fills (planNewObjective).
// It records no history: there is no plan to keep one for yet. Throws Error, nothing changed, if
// the document is read-only or not text.
NewPlan insertNewPlan(const css::uno::Reference<css::lang::XComponent>& document,
                      const Layout& layout, const Author& author,
                      const css::uno::Reference<css::text::XTextRange>& at = {});

// Changes to the columns the user assigned (ColumnAssignments.hpp), applied in this order:
// every assignment dropped (clearAll), headers given back to recognition, headers given a field.
struct ColumnChanges
{
    std::vector<std::pair<std::string, std::string>> assign; // header, field id ("": not a field)
    std::vector<std::string> clear;                          // headers
    bool clearAll = false;
};

// What changeColumns did, a line each ("\"Champion\" is read as Responsibility"), and the
// assignments the document keeps now; or, with nothing changed, why it refused.
struct ChangedColumns
{
    Written written;
    std::vector<std::string> said;
    ColumnAssignments assignments;
    std::string refused; // in plain words; empty when the change was made
};

// Changes the columns the user assigned, kept in the document (EqplanColumns, Metadata.hpp), and
// records it in the history: one undo step, a tidying change (the Updated line is left alone).
// Every later read takes them over recognition. Refuses, nothing changed, a change that would
// leave a document whose tables hold a plan (as `grid`, the document as read, shows) with none
// (planLostBy). Throws Error, nothing changed, if the document is read-only or keeps
// assignments that cannot be read (unless clearAll).
ChangedColumns changeColumns(const css::uno::Reference<css::lang::XComponent>& document,
                             const DocumentGrid& grid, const ColumnChanges& changes,
                             const Schemas& schemas, const Author& author);

// Ends a review meeting held on `reviewed`: dates the Updated line that day and records
// `summary`. Throws Error if the document is read-only.
Written finishReview(const css::uno::Reference<css::lang::XComponent>& document, const Plan& plan,
                     std::chrono::year_month_day reviewed, const std::string& summary,
                     const Author& author);
} // namespace eqplan::bridge
