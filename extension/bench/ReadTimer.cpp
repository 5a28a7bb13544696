#include "ReadTimer.hpp"

#include "eqplan/bridge/Strings.hpp"

#include "ExtensionSchemas.hpp"
#include "PlanState.hpp"

#include "eqplan/History.hpp"
#include "eqplan/PlanJson.hpp"
#include "eqplan/PlanReader.hpp"
#include "eqplan/ProgressWriter.hpp"
#include "eqplan/bridge/Document.hpp"
#include "eqplan/bridge/GridReader.hpp"
#include "eqplan/bridge/MainThread.hpp"
#include "eqplan/bridge/Metadata.hpp"
#include "eqplan/bridge/Operations.hpp"
#include "eqplan/bridge/PlanWriter.hpp"

#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>

#include <boost/json/serialize.hpp>
#include <cppuhelper/supportsservice.hxx>

#include <chrono>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

using namespace css;

namespace eqplan::sidebar
{
namespace
{
// A caller measuring growth asks for a few repetitions; this bounds a mistaken huge count.
constexpr sal_Int32 maxRepetitions = 1000;

double millisecondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

beans::NamedValue named(const char* name, const uno::Any& value)
{
    return beans::NamedValue(rtl::OUString::createFromAscii(name), value);
}

uno::Any doubles(const std::vector<double>& values)
{
    return uno::Any(uno::Sequence<double>(values.data(), static_cast<sal_Int32>(values.size())));
}

// What the sidebar's "Add progress" does (PlanSession::addProgress), without the refresh after
// it: plans one dated point for `objective` and adds it (bridge::addProgress: one undo step).
void appendUpdate(const uno::Reference<lang::XComponent>& model, const Plan& plan,
                  std::size_t objective, const Schemas& schemas, const std::string& who)
{
    const bridge::Author author{who, today()};
    const Result<ProgressWrite> planned =
        planProgressUpdate(plan, plan.objectives[objective], progressEntryDate(plan, author.day),
                           {"One more point from the bench."}, schemas.grammar);
    if (!planned)
        throw std::runtime_error("the update could not be planned: " + planned.error);
    bridge::addProgress(model, plan, plan.objectives[objective], *planned, 1, author);
}

// The plan, its findings and its grid as text, to compare two reads.
std::string everything(const PlanState& state)
{
    std::string out = state.error();
    if (state.result() && *state.result())
        out += boost::json::serialize(toJson(state.result()->plan, SourceInfo{}));
    for (const Finding& finding : state.findings())
        out += "\n" + findingKey(finding);
    return out;
}

// The sidebar's refresh after an edit in one cell, `refreshes` times: types a few characters at
// the end of the middle objective's progress cell through the API (one undo step, as typing
// makes), times PlanState::refreshCells of that cell — the code PlanSession runs after the
// debounce, without the wait and without the panels — and undoes the edit. The first refresh is
// checked against a whole read. Fills the refresh times and the parts of each.
void measureRefreshes(const uno::Reference<uno::XComponentContext>& context,
                      const uno::Reference<lang::XComponent>& model, sal_Int32 refreshes,
                      std::vector<double>& refreshMs, std::vector<double>& partsMs)
{
    const Loaded<Schemas>& schemas = extensionSchemas(context);
    PlanState state;
    state.readWhole(model, schemas);
    if (!state.result() || !*state.result() || state.result()->plan.objectives.empty())
        throw std::runtime_error("\"Refreshes\" needs a plan with objectives: " +
                                 (state.error().empty() ? state.result()->message : state.error()));
    const Plan& plan = state.result()->plan;
    const Objective& middle = plan.objectives[plan.objectives.size() / 2];
    if (middle.progressField.cells.empty())
        throw std::runtime_error("the middle objective has no progress cell");
    const Location where = middle.progressField.cells.front();
    const CellName edited{state.grid().tables.at(static_cast<std::size_t>(where.table)).name,
                          where.cell};

    uno::Reference<text::XTextTablesSupplier> tables(model, uno::UNO_QUERY_THROW);
    uno::Reference<text::XTextTable> table(
        tables->getTextTables()->getByName(bridge::fromUtf8(edited.table)), uno::UNO_QUERY_THROW);
    uno::Reference<text::XText> cell(table->getCellByName(bridge::fromUtf8(edited.cell)),
                                     uno::UNO_QUERY_THROW);
    const uno::Reference<document::XUndoManager> undo =
        uno::Reference<document::XUndoManagerSupplier>(model, uno::UNO_QUERY_THROW)
            ->getUndoManager();
    for (sal_Int32 i = 0; i < refreshes; ++i)
    {
        cell->insertString(cell->getEnd(), " Attendance up 2%", false);
        const auto start = std::chrono::steady_clock::now();
        const PlanState::Read read = state.refreshCells(model, {edited}, schemas);
        refreshMs.push_back(millisecondsSince(start));
        if (read != PlanState::Read::Cells)
            throw std::runtime_error(read == PlanState::Read::Whole
                                         ? "the refresh read the whole document: " +
                                               state.wholeBecause()
                                         : std::string("the refresh found nothing changed"));
        const PlanState::Timings& parts = state.timings();
        partsMs.insert(partsMs.end(), {parts.shape, parts.cells, parts.recognise, parts.checks});
        if (i == 0)
        {
            PlanState whole;
            whole.readWhole(model, schemas);
            if (!(whole.grid() == state.grid()) || everything(whole) != everything(state))
                throw std::runtime_error("the refresh after an edit in " + edited.cell +
                                         " does not give what a whole read gives");
        }
        undo->undo();
        undo->clearRedo();
        if (state.refreshCells(model, {edited}, schemas) != PlanState::Read::Cells)
            throw std::runtime_error("the refresh after undoing the edit did not read the cell");
    }
}

// The measurements execute() returns; on the office's main thread (see MainThreadRun).
uno::Sequence<beans::NamedValue> measure(const uno::Reference<uno::XComponentContext>& context,
                                         const uno::Reference<lang::XComponent>& model,
                                         sal_Int32 repetitions, sal_Int32 appends,
                                         sal_Int32 refreshes)
{
    const Loaded<Schemas>& schemas = extensionSchemas(context);
    if (!schemas)
        throw std::runtime_error("the schemas could not be read (" + schemas.error + ")");

    std::vector<double> gridMs;
    std::vector<double> planMs;
    DocumentGrid grid;
    ReadResult result;
    for (sal_Int32 i = 0; i < repetitions; ++i)
    {
        const auto start = std::chrono::steady_clock::now();
        grid = bridge::readGrid(model);
        gridMs.push_back(millisecondsSince(start));
        const auto recognise = std::chrono::steady_clock::now();
        result = readPlan(grid, *schemas.value);
        planMs.push_back(millisecondsSince(recognise));
    }

    // What a refresh after an edit in one cell would re-read: the middle objective's progress
    // cell (the one with most paragraphs), found by name, as readGrid reads it.
    std::vector<double> cellMs;
    if (result && !result.plan.objectives.empty())
    {
        const Objective& middle = result.plan.objectives[result.plan.objectives.size() / 2];
        if (!middle.progressField.cells.empty())
        {
            const Location& where = middle.progressField.cells.front();
            const std::string& table = grid.tables.at(static_cast<std::size_t>(where.table)).name;
            for (sal_Int32 i = 0; i < repetitions; ++i)
            {
                const auto start = std::chrono::steady_clock::now();
                const std::vector<Paragraph> paragraphs =
                    bridge::readCell(model, table, where.cell);
                cellMs.push_back(millisecondsSince(start));
            }
        }
    }

    // Each append is undone (and its redo step dropped) before the next one, so that every
    // repetition writes into the same document. The undo is timed too, apart.
    std::vector<double> appendMs;
    std::vector<double> undoMs;
    if (appends > 0)
    {
        if (!result || result.plan.objectives.empty())
            throw std::runtime_error("\"Appends\" needs a plan with objectives");
        uno::Reference<document::XUndoManagerSupplier> undo(model, uno::UNO_QUERY_THROW);
        const std::string who = bridge::userName(context);
        const std::size_t objective = result.plan.objectives.size() / 2;
        for (sal_Int32 i = 0; i < appends; ++i)
        {
            const auto start = std::chrono::steady_clock::now();
            appendUpdate(model, result.plan, objective, *schemas.value, who);
            appendMs.push_back(millisecondsSince(start));
            const auto undoStart = std::chrono::steady_clock::now();
            // The redo step the undo leaves would otherwise be discarded by the next append,
            // and timed with it: the plan as loaded had none.
            const uno::Reference<document::XUndoManager> manager = undo->getUndoManager();
            manager->undo();
            manager->clearRedo();
            undoMs.push_back(millisecondsSince(undoStart));
        }
    }

    std::vector<double> refreshMs;
    std::vector<double> refreshPartsMs;
    if (refreshes > 0)
        measureRefreshes(context, model, refreshes, refreshMs, refreshPartsMs);

    sal_Int32 cells = 0;
    sal_Int32 paragraphs = 0;
    for (const Table& table : grid.tables)
    {
        cells += static_cast<sal_Int32>(table.cells.size());
        for (const Cell& cell : table.cells)
            paragraphs += static_cast<sal_Int32>(cell.paragraphs.size());
    }
    const beans::NamedValue values[] = {
        named("GridMs", doubles(gridMs)),
        named("PlanMs", doubles(planMs)),
        named("CellMs", doubles(cellMs)),
        named("AppendMs", doubles(appendMs)),
        named("UndoMs", doubles(undoMs)),
        named("RefreshMs", doubles(refreshMs)),
        named("RefreshPartsMs", doubles(refreshPartsMs)),
        named("Objectives",
              uno::Any(static_cast<sal_Int32>(result ? result.plan.objectives.size() : 0))),
        named("Tables", uno::Any(static_cast<sal_Int32>(grid.tables.size()))),
        named("Cells", uno::Any(cells)),
        named("Paragraphs", uno::Any(paragraphs)),
    };
    return uno::Sequence<beans::NamedValue>(values, std::size(values));
}

} // namespace

ReadTimer::ReadTimer(const uno::Reference<uno::XComponentContext>& context) : m_xContext(context) {}

rtl::OUString ReadTimer::implementationName()
{
    return "org.eqplan.ReadTimer";
}

uno::Sequence<rtl::OUString> ReadTimer::serviceNames()
{
    const rtl::OUString name = implementationName();
    return uno::Sequence<rtl::OUString>(&name, 1);
}

uno::Reference<uno::XInterface>
    SAL_CALL ReadTimer::create(const uno::Reference<uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new ReadTimer(context));
}

uno::Any SAL_CALL ReadTimer::execute(const uno::Sequence<beans::NamedValue>& arguments)
{
    uno::Reference<lang::XComponent> model;
    sal_Int32 repetitions = 1;
    sal_Int32 appends = 0;
    sal_Int32 refreshes = 0;
    for (const beans::NamedValue& argument : arguments)
    {
        if (argument.Name == "Model")
            model.set(argument.Value, uno::UNO_QUERY);
        else if (argument.Name == "Repetitions")
            argument.Value >>= repetitions;
        else if (argument.Name == "Appends")
            argument.Value >>= appends;
        else if (argument.Name == "Refreshes")
            argument.Value >>= refreshes;
    }
    if (!model.is())
        throw lang::IllegalArgumentException("eqplan ReadTimer::execute: no \"Model\" argument",
                                             *this, 0);
    if (repetitions < 1 || repetitions > maxRepetitions)
        throw lang::IllegalArgumentException(
            "eqplan ReadTimer::execute: \"Repetitions\" must be 1 to 1000", *this, 0);
    if (appends < 0 || appends > maxRepetitions)
        throw lang::IllegalArgumentException(
            "eqplan ReadTimer::execute: \"Appends\" must be 0 to 1000", *this, 0);
    if (refreshes < 0 || refreshes > maxRepetitions)
        throw lang::IllegalArgumentException(
            "eqplan ReadTimer::execute: \"Refreshes\" must be 0 to 1000", *this, 0);

    // C++ exceptions must not cross into soffice: each becomes a RuntimeException that names
    // this function.
    try
    {
        // The work holds what it needs by value: it outlives this call if the wait times out.
        auto result = std::make_shared<uno::Sequence<beans::NamedValue>>();
        bridge::runOnMainThread(
            m_xContext,
            [context = m_xContext, model, repetitions, appends, refreshes, result]
            { *result = measure(context, model, repetitions, appends, refreshes); },
            std::chrono::minutes(30));
        return uno::Any(*result);
    }
    catch (const uno::RuntimeException&)
    {
        throw;
    }
    catch (const uno::Exception& e)
    {
        throw uno::RuntimeException("eqplan ReadTimer::execute: " + e.Message, *this);
    }
    catch (const std::exception& e)
    {
        throw uno::RuntimeException("eqplan ReadTimer::execute: " + bridge::fromUtf8(e.what()),
                                    *this);
    }
    catch (...)
    {
        throw uno::RuntimeException("eqplan ReadTimer::execute: an unknown error", *this);
    }
}

rtl::OUString SAL_CALL ReadTimer::getImplementationName()
{
    return implementationName();
}

sal_Bool SAL_CALL ReadTimer::supportsService(const rtl::OUString& name)
{
    return cppu::supportsService(this, name);
}

uno::Sequence<rtl::OUString> SAL_CALL ReadTimer::getSupportedServiceNames()
{
    return serviceNames();
}
} // namespace eqplan::sidebar
