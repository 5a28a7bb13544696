// Internal to the bridge: a document's controllers locked for a scope.
#pragma once

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/Exception.hpp>
#include <com/sun/star/uno/Reference.hxx>

namespace eqplan::bridge
{
// The document's controllers locked while many calls read or change it, so that Writer brings
// its view up to date once at the end instead of after every call. Each cell's getString runs
// Writer's plain-text export, which otherwise ends with a pass over the view and its cursor every
// time: half the time of getString ([bench]); each paragraph property set reformats likewise.
class ControllerLock
{
public:
    explicit ControllerLock(const css::uno::Reference<css::uno::XInterface>& document)
        : m_xModel(document, css::uno::UNO_QUERY)
    {
        if (m_xModel.is())
            m_xModel->lockControllers();
    }
    ~ControllerLock()
    {
        if (!m_xModel.is())
            return;
        try
        {
            m_xModel->unlockControllers();
        }
        catch (const css::uno::Exception&)
        {
            // A document closed meanwhile has nothing left to unlock.
        }
    }
    ControllerLock(const ControllerLock&) = delete;
    ControllerLock& operator=(const ControllerLock&) = delete;

private:
    css::uno::Reference<css::frame::XModel> m_xModel;
};
} // namespace eqplan::bridge
