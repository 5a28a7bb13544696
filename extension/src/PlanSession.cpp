// PlanSession's reading side: the document's listeners, the debounced refresh, following the
// cursor and moving it. The changes it makes for the panels are in PlanCommands.cpp.
#include "PlanSession.hpp"

#include "Catalogue.hpp"

#include "ExtensionSchemas.hpp"

#include "eqplan/Navigation.hpp"
#include "eqplan/PlanReader.hpp"
#include "eqplan/bridge/Document.hpp"
#include "eqplan/bridge/Metadata.hpp"
#include "eqplan/bridge/Strings.hpp"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <osl/file.hxx>
#include <rtl/ustring.hxx>

#include <algorithm>
#include <chrono>
#include <deque>
#include <iostream>
#include <map>
#include <set>

using namespace css;

namespace eqplan::sidebar
{
namespace
{
// How long the document stays quiet before the edited cells are read again.
constexpr auto quietSpell = std::chrono::milliseconds(300);
// How long the document stays quiet after a refresh of the edited cells before the whole document
// is read again, to catch changes made elsewhere than at the selection.
constexpr auto reconcileSpell = std::chrono::seconds(2);
// More edited cells than this (a selection moved through many cells between changes) are read
// faster as a whole document.
constexpr std::size_t maxEditedCells = 32;
// What notify() gets for the whole read after a quiet spell, instead of a generation.
constexpr sal_Int64 reconcileCall = -1;

// Sessions by controller; a session removes itself when it goes away.
std::map<frame::XController*, PlanSession*>& sessions()
{
    static std::map<frame::XController*, PlanSession*> all;
    return all;
}

// The last reads of each session, by controller: kept apart from the sessions, under a mutex of
// their own, since a command asks for them on the office's connection thread, not the main one.
constexpr std::size_t readsKept = 16;
struct Reads
{
    unsigned long count = 0;
    std::deque<std::string> last;
};
std::mutex readsMutex;
std::map<const frame::XController*, Reads>& reads()
{
    static std::map<const frame::XController*, Reads> all;
    return all;
}
} // namespace

rtl::Reference<PlanSession>
PlanSession::forController(const uno::Reference<uno::XComponentContext>& context,
                           const uno::Reference<frame::XController>& controller)
{
    auto found = sessions().find(controller.get());
    if (found != sessions().end())
        return found->second;
    rtl::Reference<PlanSession> session(new PlanSession(context, controller));
    sessions()[controller.get()] = session.get();
    return session;
}

PlanSession::PlanSession(const uno::Reference<uno::XComponentContext>& context,
                         const uno::Reference<frame::XController>& controller)
    : m_xContext(context), m_xController(controller)
{
}

PlanSession::~PlanSession()
{
    sessions().erase(m_xController.get());
    {
        std::lock_guard lock(readsMutex);
        reads().erase(m_xController.get());
    }
    detach();
}

std::vector<std::string> PlanSession::readsOf(const frame::XController* controller)
{
    std::lock_guard lock(readsMutex);
    const auto found = reads().find(controller);
    if (found == reads().end())
        return {};
    return std::vector<std::string>(found->second.last.begin(), found->second.last.end());
}

void PlanSession::noteRead(const std::string& what)
{
    std::lock_guard lock(readsMutex);
    Reads& mine = reads()[m_xController.get()];
    mine.last.push_back(std::to_string(++mine.count) + " " + what);
    if (mine.last.size() > readsKept)
        mine.last.pop_front();
}

const Schemas* PlanSession::schemas() const
{
    const Loaded<Schemas>& loaded = extensionSchemas(m_xContext);
    return loaded ? &*loaded.value : nullptr;
}

bool PlanSession::readOnly() const
{
    uno::Reference<frame::XStorable> storable(m_xController->getModel(), uno::UNO_QUERY);
    return storable.is() && storable->isReadonly();
}

void PlanSession::addObserver(SessionObserver* observer)
{
    m_observers.push_back(observer);
    if (!m_attached)
    {
        attach();
        refresh();
    }
    else
        observer->planChanged(); // a panel made after the first starts from what it shows
}

void PlanSession::removeObserver(SessionObserver* observer)
{
    std::erase(m_observers, observer);
    if (m_observers.empty())
        detach();
}

void PlanSession::attach()
{
    m_attached = true;
    uno::Reference<util::XModifyBroadcaster> model(m_xController->getModel(), uno::UNO_QUERY);
    if (model.is())
        model->addModifyListener(this);
    uno::Reference<view::XSelectionSupplier> selection(m_xController, uno::UNO_QUERY);
    if (selection.is())
        selection->addSelectionChangeListener(this);
    uno::Reference<document::XUndoManagerSupplier> undo(m_xController->getModel(), uno::UNO_QUERY);
    if (undo.is())
        undo->getUndoManager()->addUndoManagerListener(this);
    {
        std::lock_guard lock(m_mutex);
        m_selection = bridge::selectionCell(m_xController);
    }
    m_stopping = false;
    m_worker = std::thread([this] { debounceLoop(); });
}

void PlanSession::detach()
{
    if (!m_attached)
        return;
    m_attached = false;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_worker.joinable())
        m_worker.join();
    try
    {
        uno::Reference<util::XModifyBroadcaster> model(m_xController->getModel(), uno::UNO_QUERY);
        if (model.is())
            model->removeModifyListener(this);
        uno::Reference<view::XSelectionSupplier> selection(m_xController, uno::UNO_QUERY);
        if (selection.is())
            selection->removeSelectionChangeListener(this);
        uno::Reference<document::XUndoManagerSupplier> undo(m_xController->getModel(),
                                                            uno::UNO_QUERY);
        if (undo.is())
            undo->getUndoManager()->removeUndoManagerListener(this);
    }
    catch (const uno::Exception&)
    {
        // The window is closing and took its broadcasters with it.
    }
}

void PlanSession::refresh(const bridge::Written* written)
{
    {
        std::lock_guard lock(m_mutex);
        m_edited.clear();
        m_readWhole = false;
    }
    m_state.readWhole(model(), extensionSchemas(m_xContext), written);
    noteRead("whole");
    tellObservers();
}

uno::Reference<lang::XComponent> PlanSession::model() const
{
    return uno::Reference<lang::XComponent>(m_xController->getModel(), uno::UNO_QUERY);
}

bridge::Author PlanSession::author() const
{
    // The undo step's title in the UI language, as the Edit menu shows it.
    return bridge::Author{bridge::userName(m_xContext), today(),
                          [](const bridge::Message& title) { return ui::said(title); }};
}

void PlanSession::refreshEdited()
{
    std::vector<CellName> cells;
    bool whole = false;
    {
        std::lock_guard lock(m_mutex);
        cells.assign(m_edited.begin(), m_edited.end());
        whole = m_readWhole;
        m_edited.clear();
        m_readWhole = false;
    }
    // Nothing changed since the last read (eqplan's own writes read whole at once).
    if (!whole && cells.empty())
        return;
    // The cell the selection is in now: text moved by drag and drop leaves the cell it was
    // selected in for this one.
    if (!whole)
    {
        const std::optional<CellName> now = bridge::selectionCell(m_xController);
        if (!now)
            whole = true;
        else if (std::find(cells.begin(), cells.end(), *now) == cells.end())
            cells.push_back(*now);
    }
    if (whole)
    {
        refresh();
        return;
    }
    const PlanState::Read read = m_state.refreshCells(
        uno::Reference<lang::XComponent>(m_xController->getModel(), uno::UNO_QUERY), cells,
        extensionSchemas(m_xContext));
    std::string cellsRead = "cells";
    for (const CellName& cell : cells)
        cellsRead += " " + cell.table + "." + cell.cell;
    noteRead(read == PlanState::Read::Whole ? "whole" : cellsRead);
    if (read != PlanState::Read::Whole)
    {
        // The change may have been made elsewhere than at the selection.
        {
            std::lock_guard lock(m_mutex);
            m_reconcileDue = true;
        }
        m_wake.notify_all();
    }
    if (read != PlanState::Read::Nothing)
        tellObservers();
}

void PlanSession::reconcile()
{
    const bool changed = m_state.reconcile(
        uno::Reference<lang::XComponent>(m_xController->getModel(), uno::UNO_QUERY),
        extensionSchemas(m_xContext));
    noteRead("whole");
    if (changed)
        tellObservers();
}

void PlanSession::tellObservers()
{
    for (SessionObserver* observer : std::vector(m_observers))
        observer->planChanged();
    followCursor();
}

void PlanSession::setReviewing(bool reviewing)
{
    if (reviewing == m_reviewing)
        return;
    m_reviewing = reviewing;
    for (SessionObserver* observer : std::vector(m_observers))
        observer->planChanged();
}

void PlanSession::followCursor()
{
    std::optional<std::size_t> now;
    if (hasPlan())
        if (std::optional<CellName> at = bridge::cursorCell(m_xController))
            now = objectiveAt(result()->plan, grid(), *at);
    // Outside the plan the panels keep showing the last objective.
    if (!now || now == m_current)
        return;
    m_current = now;
    for (SessionObserver* observer : std::vector(m_observers))
        observer->currentChanged();
}

void PlanSession::show(std::size_t objective)
{
    if (!hasPlan() || objective >= result()->plan.objectives.size())
        return;
    if (std::optional<CellName> cell =
            firstCellOf(result()->plan, grid(), result()->plan.objectives[objective]))
        bridge::showCell(m_xController, cell->table, cell->cell);
    followCursor();
}

void PlanSession::showFinding(std::size_t finding)
{
    if (finding >= findings().size() || !findings()[finding].location)
        return;
    const Location& at = findings()[finding].location.value();
    if (at.table >= 0 && at.table < static_cast<int>(grid().tables.size()) && !at.cell.empty())
        bridge::showCell(m_xController, grid().tables[static_cast<std::size_t>(at.table)].name,
                         at.cell);
    followCursor();
}

std::string PlanSession::documentPath() const
{
    uno::Reference<frame::XModel> model = m_xController->getModel();
    if (!model.is() || model->getURL().isEmpty())
        return {};
    rtl::OUString path;
    if (osl::FileBase::getSystemPathFromFileURL(model->getURL(), path) != osl::FileBase::E_None)
        return {};
    return bridge::toUtf8(path);
}

void PlanSession::scheduleRefresh()
{
    {
        std::lock_guard lock(m_mutex);
        ++m_generation;
    }
    m_wake.notify_all();
}

void PlanSession::readWholeNext()
{
    {
        std::lock_guard lock(m_mutex);
        m_readWhole = true;
    }
    scheduleRefresh();
}

void PlanSession::debounceLoop()
{
    std::unique_lock lock(m_mutex);
    for (;;)
    {
        m_wake.wait(lock,
                    [this] { return m_stopping || m_generation != m_posted || m_reconcileDue; });
        if (m_stopping)
            return;
        sal_Int64 call = reconcileCall;
        if (m_generation != m_posted)
        {
            // Wait until the document has been quiet for a while.
            for (unsigned long seen = m_generation;;)
            {
                m_wake.wait_for(lock, quietSpell,
                                [&] { return m_stopping || m_generation != seen; });
                if (m_stopping)
                    return;
                if (m_generation == seen)
                    break;
                seen = m_generation;
            }
            m_posted = m_generation;
            call = static_cast<sal_Int64>(m_posted);
        }
        else
        {
            // A refresh read only the edited cells: read the whole document once it has been
            // quiet for longer. A change first means a refresh first, and this again after it.
            const unsigned long seen = m_generation;
            m_wake.wait_for(lock, reconcileSpell,
                            [&] { return m_stopping || m_generation != seen; });
            if (m_stopping)
                return;
            if (m_generation != seen)
                continue;
            m_reconcileDue = false;
        }
        lock.unlock();
        try
        {
            awt::AsyncCallback::create(m_xContext)->addCallback(this, uno::Any(call));
        }
        catch (const uno::Exception& e)
        {
            std::cerr << "eqplan: cannot schedule a refresh: " << bridge::toUtf8(e.Message) << '\n';
        }
        lock.lock();
    }
}

void SAL_CALL PlanSession::modified(const lang::EventObject&)
{
    // Nothing here may ask the document anything: Writer tells of a change in the middle of it
    // (a table being reshaped) and asking then crashes it. The cell the selection was in, as the
    // last selection change told, is where an edit at the selection was made.
    {
        std::lock_guard lock(m_mutex);
        if (!m_selection)
            m_readWhole = true; // body text, several cells, a frame: not one cell
        else
        {
            m_edited.insert(*m_selection);
            if (m_edited.size() > maxEditedCells)
                m_readWhole = true;
        }
    }
    scheduleRefresh();
}

void SAL_CALL PlanSession::selectionChanged(const lang::EventObject&)
{
    try
    {
        {
            const std::optional<CellName> now = bridge::selectionCell(m_xController);
            std::lock_guard lock(m_mutex);
            m_selection = now;
        }
        followCursor();
    }
    catch (const std::exception& e)
    {
        std::cerr << "eqplan: following the cursor failed: " << e.what() << '\n';
    }
    catch (const uno::Exception& e)
    {
        std::cerr << "eqplan: following the cursor failed: " << bridge::toUtf8(e.Message) << '\n';
    }
}

void SAL_CALL PlanSession::disposing(const lang::EventObject&)
{
    // The model or the controller is going away; nothing more will change.
}

void SAL_CALL PlanSession::notify(const uno::Any& data)
{
    sal_Int64 call = 0;
    data >>= call;
    {
        std::lock_guard lock(m_mutex);
        if (!m_attached)
            return;
        // A later change is already on its way; read once, for that one (and reconcile after it).
        if (call == reconcileCall ? m_posted != m_generation
                                  : static_cast<unsigned long>(call) != m_generation)
            return;
    }
    try
    {
        if (call == reconcileCall)
            reconcile();
        else
            refreshEdited();
    }
    catch (const std::exception& e)
    {
        std::cerr << "eqplan: refresh failed: " << e.what() << '\n';
    }
    catch (const uno::Exception& e)
    {
        std::cerr << "eqplan: refresh failed: " << bridge::toUtf8(e.Message) << '\n';
    }
}

// Undo and redo change whatever the undone step changed — any cells, the history and the owner
// register — wherever the selection is.
void SAL_CALL PlanSession::actionUndone(const document::UndoManagerEvent&)
{
    readWholeNext();
}

void SAL_CALL PlanSession::actionRedone(const document::UndoManagerEvent&)
{
    readWholeNext();
}

void SAL_CALL PlanSession::resetAll(const lang::EventObject&)
{
    readWholeNext();
}

// Adding steps, clearing them and contexts change nothing the modifications do not tell.
void SAL_CALL PlanSession::undoActionAdded(const document::UndoManagerEvent&) {}
void SAL_CALL PlanSession::allActionsCleared(const lang::EventObject&) {}
void SAL_CALL PlanSession::redoActionsCleared(const lang::EventObject&) {}
void SAL_CALL PlanSession::enteredContext(const document::UndoManagerEvent&) {}
void SAL_CALL PlanSession::enteredHiddenContext(const document::UndoManagerEvent&) {}
void SAL_CALL PlanSession::leftContext(const document::UndoManagerEvent&) {}
void SAL_CALL PlanSession::leftHiddenContext(const document::UndoManagerEvent&) {}
void SAL_CALL PlanSession::cancelledContext(const document::UndoManagerEvent&) {}
} // namespace eqplan::sidebar
