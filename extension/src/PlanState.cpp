#include "PlanState.hpp"

#include "eqplan/ChecksJson.hpp"
#include "eqplan/Refresh.hpp"
#include "eqplan/bridge/DocumentFacts.hpp"
#include "eqplan/bridge/Error.hpp"
#include "eqplan/bridge/Metadata.hpp"
#include "eqplan/bridge/Strings.hpp"

#include <com/sun/star/uno/Exception.hpp>

#include <algorithm>
#include <chrono>

using namespace css;

namespace eqplan::sidebar
{
namespace
{
double millisecondsSince(std::chrono::steady_clock::time_point& start)
{
    const auto now = std::chrono::steady_clock::now();
    const double ms = std::chrono::duration<double, std::milli>(now - start).count();
    start = now;
    return ms;
}

bool sameOwners(const std::optional<OwnerRegister>& a, const std::optional<OwnerRegister>& b)
{
    return a.has_value() == b.has_value() && (!a || a->entries == b->entries);
}
} // namespace

void PlanState::readWhole(const uno::Reference<lang::XComponent>& model,
                          const Loaded<Schemas>& schemas, const bridge::Written* written)
{
    // What the operation left as it was: the register, when the last read had one to keep.
    const bool keepOwners = written && !written->owners && m_result && *m_result;
    std::optional<OwnerRegister> kept = keepOwners ? m_owners : std::nullopt;
    m_error = {};
    m_findings.clear();
    m_shape.clear();
    try
    {
        if (!schemas)
            throw bridge::Error(bridge::Error::Kind::Office,
                                keyed("errorOwnSchemasUnreadable",
                                      "its own schemas could not be read ({0})",
                                      std::vector<Message>{schemas.why()}));
        m_grid = bridge::readGrid(model);
        m_memo.clear();
        m_shape = bridge::readTablesShape(model);
        m_result = readPlan(m_grid, *schemas.value);
        m_owners.reset();
        m_history = written ? written->history : bridge::readHistory(model);
        if (*m_result)
        {
            if (written && written->owners)
                m_owners = written->owners;
            else if (keepOwners)
                m_owners = std::move(kept);
            else if (const auto stored = bridge::readDocumentData(model, bridge::ownersProperty))
                if (Loaded<OwnerRegister> read = ownerRegisterFromJson(*stored))
                    m_owners = std::move(*read.value);
            runChecks(model, *schemas.value);
        }
    }
    catch (const bridge::Error& e)
    {
        m_result.reset();
        m_error = e.message(); // keyed, for the deck to say in its language
    }
    catch (const std::exception& e)
    {
        m_result.reset();
        m_error = plain(e.what());
    }
    catch (const uno::Exception& e)
    {
        m_result.reset();
        m_error = plain(bridge::toUtf8(e.Message));
    }
}

PlanState::Read PlanState::refreshCells(const uno::Reference<lang::XComponent>& model,
                                        const std::vector<CellName>& cells,
                                        const Loaded<Schemas>& schemas)
{
    m_wholeBecause.clear();
    m_timings = Timings{};
    auto clock = std::chrono::steady_clock::now();
    const auto whole = [&](std::string because)
    {
        readWhole(model, schemas);
        m_wholeBecause = std::move(because);
        return Read::Whole;
    };
    if (!schemas || !m_result)
        return whole("the last read failed");
    if (cells.empty())
        return Read::Nothing;
    try
    {
        // An edit inside cells leaves the tables, their rows and the cells of each row as they
        // were; anything else (a row, a column or a table added, cells split) moves what the
        // grid's cells stand for. Cells are merged with a selection over several, which reads
        // whole before this (PlanSession).
        if (bridge::readTablesShape(model) != m_shape)
            return whole("the tables changed shape");
        std::vector<std::pair<int, const Cell*>> where;
        for (const CellName& cell : cells)
        {
            const auto table = std::find_if(m_grid.tables.begin(), m_grid.tables.end(),
                                            [&](const Table& t) { return t.name == cell.table; });
            if (table == m_grid.tables.end())
                return whole(cell.table + " is not a table of the grid (a table in a cell?)");
            const auto found = std::find_if(table->cells.begin(), table->cells.end(),
                                            [&](const Cell& c) { return c.name == cell.cell; });
            if (found == table->cells.end())
                return whole(cell.table + " has no cell " + cell.cell + " on the grid");
            const auto covering =
                std::count_if(table->cells.begin(), table->cells.end(),
                              [&](const Cell& c)
                              { return c.row <= found->row && found->row < c.row + c.rowSpan; });
            if (bridge::rowCellCount(model, table->name, found->row) != covering)
                return whole("row " + std::to_string(found->row + 1) + " of " + table->name +
                             " has other cells than it had");
            where.emplace_back(static_cast<int>(table - m_grid.tables.begin()), &*found);
        }
        m_timings.shape = millisecondsSince(clock);
        std::vector<CellChange> changes;
        for (const auto& [table, cell] : where)
            changes.push_back(CellChange{
                table, cell->name,
                bridge::readCell(model, m_grid.tables[static_cast<std::size_t>(table)].name,
                                 cell->name)});
        m_timings.cells = millisecondsSince(clock);
        const RefreshOutcome outcome = refreshPlan(m_grid, *m_result, changes, *schemas.value);
        for (const CellChange& change : changes)
            m_memo.forget(change.table, change.cell);
        m_timings.recognise = millisecondsSince(clock);
        switch (outcome.what)
        {
        case Refreshed::Unchanged:
            return Read::Nothing;
        case Refreshed::NoSuchCell:
            return whole(outcome.reason);
        case Refreshed::Objectives:
        case Refreshed::Plan:
            break;
        }
        m_findings.clear();
        if (*m_result)
            runChecks(model, *schemas.value);
        m_timings.checks = millisecondsSince(clock);
        return Read::Cells;
    }
    catch (const std::exception& e)
    {
        return whole(std::string("reading the edited cells failed: ") + e.what());
    }
    catch (const uno::Exception& e)
    {
        return whole("reading the edited cells failed: " + bridge::toUtf8(e.Message));
    }
}

bool PlanState::reconcile(const uno::Reference<lang::XComponent>& model,
                          const Loaded<Schemas>& schemas)
{
    PlanState fresh;
    fresh.readWhole(model, schemas);
    if (fresh.m_grid == m_grid && fresh.m_history == m_history && fresh.m_facts == m_facts &&
        sameOwners(fresh.m_owners, m_owners) && fresh.m_error.english == m_error.english &&
        fresh.m_result.has_value() == m_result.has_value())
    {
        m_shape = std::move(fresh.m_shape);
        return false;
    }
    *this = std::move(fresh);
    return true;
}

void PlanState::runChecks(const uno::Reference<lang::XComponent>& model, const Schemas& schemas)
{
    // Comments, pending changes and figures are few and listed by Writer directly: gathered
    // again on every run, so that the publish.* rules never judge an old state.
    m_facts = bridge::documentFacts(model, m_result->plan);
    m_findings = eqplan::runChecks(CheckInput{m_grid, m_result->plan, schemas, today(),
                                              m_owners ? &*m_owners : nullptr, &m_memo, &m_facts});
}
} // namespace eqplan::sidebar
