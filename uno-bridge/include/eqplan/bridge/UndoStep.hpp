// One undo step around several bridge calls — a change and the history entry recording it — so
// that the user takes them back with a single Edit ▸ Undo.
#pragma once

#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/lang/XComponent.hpp>

#include <memory>
#include <string>

namespace eqplan::bridge
{
class ControllerLock;

// Opens an undo context named `title` (UTF-8) on the document, if it has an undo manager, and
// closes it however the block it guards ends. Steps nest: the outermost one is what Undo takes
// back. The document's controllers stay locked meanwhile: Writer lays the change out once, when
// the step ends, instead of after every call (each of which, after an undo, cost a layout pass).
class UndoStep
{
public:
    UndoStep(const css::uno::Reference<css::lang::XComponent>& document, const std::string& title);
    ~UndoStep();
    UndoStep(const UndoStep&) = delete;
    UndoStep& operator=(const UndoStep&) = delete;

private:
    css::uno::Reference<css::document::XUndoManager> m_xManager;
    std::unique_ptr<ControllerLock> m_lock;
};
} // namespace eqplan::bridge
