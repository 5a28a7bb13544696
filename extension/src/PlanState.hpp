// The plan of one document as the sidebar last read it — the grid, the recognised plan, the
// findings of the checks, the history and the owner register — read whole, or brought up to date
// after edits inside some cells by reading only those cells again (bench/README.md, "Refresh
// after an edit in one cell"). PlanSession keeps one per window; ReadTimer times the same code.
#pragma once

#include "eqplan/Checks.hpp"
#include "eqplan/Grid.hpp"
#include "eqplan/History.hpp"
#include "eqplan/PlanReader.hpp"
#include "eqplan/Schema.hpp"
#include "eqplan/bridge/Document.hpp"
#include "eqplan/bridge/GridReader.hpp"
#include "eqplan/bridge/Operations.hpp"

#include <com/sun/star/lang/XComponent.hpp>

#include <optional>
#include <string>
#include <vector>

namespace eqplan::sidebar
{
class PlanState
{
public:
    // What a read did.
    enum class Read
    {
        Nothing, // the cells read as before: nothing held changed
        Cells,   // only the edited cells were read, and what they hold recognised again
        Whole    // the whole document was read
    };

    // Reads the document whole: every table, the plan, the history, the owner register, the
    // checks, and the tables' shape for the next refresh to compare with. After one of eqplan's
    // operations, `written` hands over the history (and the owner register, if it wrote it)
    // instead of reading them again; a register it did not write is as it was. Never throws: what
    // went wrong is error(), with no result.
    void readWhole(const css::uno::Reference<css::lang::XComponent>& model,
                   const Loaded<Schemas>& schemas, const bridge::Written* written = nullptr);

    // After edits inside `cells`: when the document's tables have the shape they had at the last
    // read, reads those cells again, recognises only the objectives they belong to (refreshPlan)
    // and runs the checks; the history and owner register, which only eqplan's own writes and
    // undo change, are kept. Otherwise (or when reading a cell fails) reads whole. Never throws.
    Read refreshCells(const css::uno::Reference<css::lang::XComponent>& model,
                      const std::vector<CellName>& cells, const Loaded<Schemas>& schemas);

    // Reads whole into a new state and takes it only if it differs from this one (grid, history,
    // owner register or error), so that a change made elsewhere than at the cursor is never lost
    // and an unchanged plan disturbs no one. True if it took it.
    bool reconcile(const css::uno::Reference<css::lang::XComponent>& model,
                   const Loaded<Schemas>& schemas);

    const std::optional<ReadResult>& result() const { return m_result; }
    const DocumentGrid& grid() const { return m_grid; }
    const std::vector<Finding>& findings() const { return m_findings; }
    const std::optional<OwnerRegister>& owners() const { return m_owners; }
    const std::vector<HistoryEntry>& history() const { return m_history; }
    const std::string& error() const { return m_error.english; } // why reading failed, in words
    const Message& errorWords() const { return m_error; } // the same with its key, if it has one

    // Why the last refreshCells read whole, in words (for the log and ReadTimer); empty after a
    // refresh of cells.
    const std::string& wholeBecause() const { return m_wholeBecause; }

    // Where the last refreshCells of cells spent its time, in milliseconds (for ReadTimer).
    struct Timings
    {
        double shape = 0;     // reading the tables' shape, the guard
        double cells = 0;     // reading the edited cells
        double recognise = 0; // refreshPlan
        double checks = 0;    // runChecks
    };
    const Timings& timings() const { return m_timings; }

private:
    void runChecks(const css::uno::Reference<css::lang::XComponent>& model, const Schemas& schemas);

    DocumentGrid m_grid;
    std::optional<ReadResult> m_result;
    std::vector<Finding> m_findings;
    DocumentFacts m_facts; // what the checks last saw beyond the text
    std::optional<OwnerRegister> m_owners;
    std::vector<HistoryEntry> m_history;
    Message m_error;
    std::vector<bridge::TableShape> m_shape;
    CheckMemo m_memo; // what the text rules found in each cell, forgotten cell by cell
    std::string m_wholeBecause;
    Timings m_timings;
};
} // namespace eqplan::sidebar
