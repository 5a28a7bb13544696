// One undo step around several edits: what the user undoes with a single Ctrl+Z.
#pragma once

#include <com/sun/star/document/XUndoManager.hpp>
#include <rtl/ustring.hxx>

namespace eqplan::bridge
{
// Leaves an undo context however the block it guards ends.
class UndoContext
{
public:
    UndoContext(const css::uno::Reference<css::document::XUndoManager>& manager,
                const rtl::OUString& title)
        : m_xManager(manager)
    {
        if (m_xManager.is())
            m_xManager->enterUndoContext(title);
    }
    UndoContext(const css::uno::Reference<css::document::XUndoManager>& manager, const char* title)
        : UndoContext(manager, rtl::OUString::createFromAscii(title))
    {
    }
    ~UndoContext()
    {
        try
        {
            if (m_xManager.is())
                m_xManager->leaveUndoContext();
        }
        catch (...)
        {
            // The document went away under us; there is no undo stack left to close.
        }
    }
    UndoContext(const UndoContext&) = delete;
    UndoContext& operator=(const UndoContext&) = delete;

private:
    css::uno::Reference<css::document::XUndoManager> m_xManager;
};
} // namespace eqplan::bridge
