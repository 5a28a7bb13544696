// The plan of one document window, shared by the deck's panels: read in-process through the
// bridge, refreshed (debounced) when the document changes, and following the view cursor
// (PlanSession.cpp); and the commands the panels give, each one operation of the bridge followed
// by a read (PlanCommands.cpp).
//
// A refresh after edits reads only the cells edited (where the selection was when the document
// changed, and is now) when the tables kept their shape (PlanState::refreshCells); it reads the
// whole document after an edit outside one cell (body text, several cells selected), after undo or
// redo (which also change the history and owner register eqplan keeps), and after eqplan's own
// writes. Changes made elsewhere than at the selection (Replace All, a macro) are caught by a whole
// read once the document has been quiet for a while, which the panels see only if it differs.
#pragma once

#include "PlanState.hpp"

#include "eqplan/Checks.hpp"
#include "eqplan/Grid.hpp"
#include "eqplan/History.hpp"
#include "eqplan/PlanReader.hpp"
#include "eqplan/bridge/Document.hpp"
#include "eqplan/bridge/Operations.hpp"

#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/document/XUndoManagerListener.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/util/XModifyListener.hpp>
#include <com/sun/star/view/XSelectionChangeListener.hpp>
#include <cppuhelper/implbase4.hxx>
#include <rtl/ref.hxx>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace eqplan::sidebar
{
// Something that shows the session: told when the plan or the current objective changed.
class SessionObserver
{
public:
    virtual void planChanged() = 0;    // the plan was read again (or could not be)
    virtual void currentChanged() = 0; // the objective under the cursor changed

protected:
    ~SessionObserver() = default;
};

class PlanSession
    : public cppu::WeakImplHelper4<css::util::XModifyListener, css::view::XSelectionChangeListener,
                                   css::awt::XCallback, css::document::XUndoManagerListener>
{
public:
    // The session of a document window, made on first use and shared while observers hold it.
    static rtl::Reference<PlanSession>
    forController(const css::uno::Reference<css::uno::XComponentContext>& context,
                  const css::uno::Reference<css::frame::XController>& controller);

    void addObserver(SessionObserver* observer);
    void removeObserver(SessionObserver* observer); // the last one detaches the session

    bool hasPlan() const { return m_state.result().has_value() && bool(*m_state.result()); }
    const ReadResult* result() const { return m_state.result() ? &*m_state.result() : nullptr; }
    const DocumentGrid& grid() const { return m_state.grid(); }
    const Schemas* schemas() const;
    const std::string& error() const { return m_state.error(); } // why reading failed, in words
    const Message& errorWords() const { return m_state.errorWords(); } // the same, keyed
    std::optional<std::size_t> current() const { return m_current; }
    bool readOnly() const;

    // Whether a review meeting is going on in the Review panel; the panels are told of a change.
    bool reviewing() const { return m_reviewing; }
    void setReviewing(bool reviewing);

    // Moves the view cursor to an objective's row; the cursor listener then makes it current.
    void show(std::size_t objective);

    // Inserts the canonical plan where the view cursor is (one undo step; out of a table, frame,
    // header or footer to the nearest place in the body that can hold it), reads the document
    // again and puts the cursor in the plan's empty row; gives where the plan went. Throws
    // bridge::Error with a message for the user when it cannot.
    bridge::NewPlanPlace insertNewPlan();

    // Adds a progress point to an objective, dated `day` (default today) to the month, or to the
    // day where the plan dates its entries by day, written the way the plan writes its progress;
    // dates the Updated line `day` and records it in the history: one undo step. Throws
    // bridge::Error with a message for the user when it cannot (read-only, no progress cell...).
    void addProgress(std::size_t objective, const std::string& point,
                     std::optional<std::chrono::year_month_day> day = std::nullopt);

    // Rewrites field `field` (an id of editableFields()) of an objective with `values` (one item
    // each, for list fields), written the way the plan writes that field, and dates the plan
    // today: one undo step, recorded in the history. Throws bridge::Error with a message for the
    // user (no column for the field, read-only document...).
    void editField(std::size_t objective, const std::string& field,
                   const std::vector<std::string>& values);

    // Gives an objective the status `status` (green, amber, red, or words meaning one), written
    // the way the plan's other status cells are, and dates the plan today: one undo step,
    // recorded in the history. Throws bridge::Error with a message for the user (no status
    // column, a status eqplan does not know, read-only document...).
    void setStatus(std::size_t objective, const std::string& status);

    // Adds an objective after the plan's last one, with `text` and, where given, `owners` (one
    // each), laid out like the last one (the first one of a plan fills its empty row); dates the plan today and records it in the history: one
    // undo step. Reads the document again and shows the new objective; gives its index. Throws
    // bridge::Error with a message for the user, nothing changed, when it cannot (a table
    // LibreOffice cannot add a row to, a row that would read as part of the last objective...).
    std::size_t addObjective(const std::string& text, const std::vector<std::string>& owners);

    // The changes eqplan made to the plan, oldest first, as the document keeps them.
    const std::vector<HistoryEntry>& history() const { return m_state.history(); }

    // Ends a review meeting: dates the Updated line `day` and records the meeting (`summary`) in
    // the history, as one undo step.
    void finishReview(std::chrono::year_month_day day, const std::string& summary);

    // The findings of the checks on the plan as last read, in rule order.
    const std::vector<Finding>& findings() const { return m_state.findings(); }

    // Moves the view cursor to the cell a finding names.
    void showFinding(std::size_t finding);

    // Applies a finding's fix (one undo step) and reads the document again; gives the fix's
    // description. Throws bridge::Error with a message for the user when it cannot.
    std::string applyFix(std::size_t finding);

    // Applies every safe fix, one undo step each, reading again after each: a fix can move what
    // the next one names. Gives how many were applied.
    std::size_t fixAllSafe();

    // The owner register the document keeps, if it has one that can be read.
    const std::optional<OwnerRegister>& owners() const { return m_state.owners(); }

    // Adds `code` to the owner register as `name`, or changes who it is: one undo step, recorded
    // in the history. Throws bridge::Error with a message for the user.
    void registerOwner(const std::string& code, const std::string& name);

    // Writes `to` wherever the plan names the owner `from` (any spelling), and in the register:
    // one undo step, recorded in the history. Gives the number of places changed. Throws
    // bridge::Error with a message for the user (no such owner, read-only document...).
    std::size_t renameOwner(const std::string& from, const std::string& to);

    // Tells eqplan that the column (or, down the left, the label row) headed `header` holds
    // field `field` (a layout field id; empty: not a field), whatever its words say; kept in the
    // document so that every read, here and in the CLI, takes it: one undo step, recorded in the
    // history. Throws bridge::Error with a message for the user, nothing changed (read-only
    // document, a change that would leave no plan...).
    void assignColumn(const std::string& header, const std::string& field);

    // What stands in the way of publishing the plan (the error findings of the checks, which run
    // with the document's facts: comments, pending changes...), in plain words; empty when
    // nothing does.
    std::vector<std::string> publishingProblems();

    // Publishes the document as it is now (saved or not) as an accessible PDF at `target`,
    // checking first; the document is not changed. Gives what was refused or overridden and the
    // number of objectives in the outline. Throws bridge::Error with a message for the user.
    struct Published
    {
        bool published = false;
        std::vector<std::string> problems;
        int outlineEntries = 0;
    };
    Published publish(const std::string& target, bool force, bool atAGlance = false);

    // Writes the progress report (a new document; the plan is not changed) to `target` (.odt,
    // .docx or .pdf) over the period since the last review, or this academic year. Gives the
    // number of progress entries in it; 0, with `why` saying so in plain words, when the period
    // has none (nothing is written then). Throws bridge::Error with a message for the user.
    std::size_t writeReport(const std::string& target, bool academicYear, std::string& why);

    // Where the document is stored, as a file path; empty when it was never saved.
    std::string documentPath() const;

    // Reads the whole document now; the history and owner register an operation hands back in
    // `written` are taken from it instead of read again.
    void refresh(const bridge::Written* written = nullptr);

    // The last reads of the session of a window, oldest first, each numbered from the session's
    // start: "7 whole" (the whole document) or "8 cells Table1.C5" (only those cells). Lets a
    // test tell which read an edit led to without timing it (the command org.eqplan:Reads);
    // empty when the window has no session. Safe from any thread.
    static std::vector<std::string> readsOf(const css::frame::XController* controller);

    // XModifyListener
    void SAL_CALL modified(const css::lang::EventObject& event) override;
    // XSelectionChangeListener
    void SAL_CALL selectionChanged(const css::lang::EventObject& event) override;
    // XEventListener
    void SAL_CALL disposing(const css::lang::EventObject& event) override;
    // XCallback: a debounced refresh (or the whole read after a quiet spell) on the main thread
    void SAL_CALL notify(const css::uno::Any& data) override;
    // XUndoManagerListener: undo and redo change more than the cell at the cursor
    void SAL_CALL undoActionAdded(const css::document::UndoManagerEvent& event) override;
    void SAL_CALL actionUndone(const css::document::UndoManagerEvent& event) override;
    void SAL_CALL actionRedone(const css::document::UndoManagerEvent& event) override;
    void SAL_CALL allActionsCleared(const css::lang::EventObject& event) override;
    void SAL_CALL redoActionsCleared(const css::lang::EventObject& event) override;
    void SAL_CALL resetAll(const css::lang::EventObject& event) override;
    void SAL_CALL enteredContext(const css::document::UndoManagerEvent& event) override;
    void SAL_CALL enteredHiddenContext(const css::document::UndoManagerEvent& event) override;
    void SAL_CALL leftContext(const css::document::UndoManagerEvent& event) override;
    void SAL_CALL leftHiddenContext(const css::document::UndoManagerEvent& event) override;
    void SAL_CALL cancelledContext(const css::document::UndoManagerEvent& event) override;

private:
    PlanSession(const css::uno::Reference<css::uno::XComponentContext>& context,
                const css::uno::Reference<css::frame::XController>& controller);
    ~PlanSession() override;

    css::uno::Reference<css::lang::XComponent> model() const; // the document
    bridge::Author author() const; // LibreOffice's user name, today: who signs a change

    void attach();
    void detach();
    void followCursor();
    void scheduleRefresh();
    void debounceLoop();
    // A debounced refresh after edits: reads the cells edited since the last read (or the whole
    // document when that is not enough) and tells the panels if anything changed.
    void refreshEdited();
    void reconcile();
    void readWholeNext();                   // the next refresh reads the whole document
    void noteRead(const std::string& what); // for readsOf
    void tellObservers();

    css::uno::Reference<css::uno::XComponentContext> m_xContext;
    css::uno::Reference<css::frame::XController> m_xController;
    std::vector<SessionObserver*> m_observers;
    bool m_attached = false;

    PlanState m_state;
    std::optional<std::size_t> m_current;
    bool m_reviewing = false;

    // Debouncing: modifications bump the generation; the worker waits for a quiet spell, then
    // posts the generation to the main thread, which reads only if nothing changed since. After a
    // refresh that did not read the whole document, the worker waits for a longer quiet spell and
    // posts a whole read (m_reconcileDue).
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::thread m_worker;
    unsigned long m_generation = 0;
    unsigned long m_posted = 0;
    bool m_stopping = false;
    bool m_reconcileDue = false;

    // What changed since the last read, noted as the document changes (under m_mutex): the cells
    // the selection was in at each change, or that the whole document must be read.
    std::set<CellName> m_edited;
    bool m_readWhole = false;
    std::optional<CellName> m_selection; // the selection's cell at the last event
};
} // namespace eqplan::sidebar
