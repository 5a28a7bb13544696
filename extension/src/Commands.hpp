// The deck's commands outside the sidebar, under the URL protocol "org.eqplan:" (registered in
// registry/ProtocolHandler.xcu): Tools ▸ Equality Plan and its shortcut open the deck
// ("org.eqplan:OpenDeck"), and each panel's title-bar button opens that panel's help page
// ("org.eqplan:Help?Plan", a page of help/<language>/ in the extension). "org.eqplan:Reads",
// dispatched with notification, gives the last reads of the window's deck (PlanSession::readsOf)
// as its result, and does nothing else: for tests, which tell a refresh from a read by it.
#pragma once

#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>

#include <string>

namespace eqplan::sidebar
{
// The help page for a panel ("Plan", "Objective"... or "" for the deck's overview), as a path
// inside the extension: help/<language>/<page>.html. Languages without their own pages get en-GB.
std::string helpPage(const std::string& panel, bool languageHasPages, const std::string& language);

// One per frame, made by the office's protocol-handler machinery.
class Commands final
    : public cppu::WeakImplHelper4<css::frame::XDispatchProvider, css::frame::XNotifyingDispatch,
                                   css::lang::XInitialization, css::lang::XServiceInfo>
{
public:
    explicit Commands(const css::uno::Reference<css::uno::XComponentContext>& context);

    static rtl::OUString implementationName();
    static css::uno::Sequence<rtl::OUString> serviceNames();
    static css::uno::Reference<css::uno::XInterface>
        SAL_CALL create(const css::uno::Reference<css::uno::XComponentContext>& context);

    // XInitialization: the frame the commands act on.
    void SAL_CALL initialize(const css::uno::Sequence<css::uno::Any>& arguments) override;

    // XDispatchProvider
    css::uno::Reference<css::frame::XDispatch> SAL_CALL queryDispatch(const css::util::URL& url,
                                                                      const rtl::OUString& target,
                                                                      sal_Int32 flags) override;
    css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>> SAL_CALL
    queryDispatches(const css::uno::Sequence<css::frame::DispatchDescriptor>& requests) override;

    // XDispatch
    void SAL_CALL dispatch(const css::util::URL& url,
                           const css::uno::Sequence<css::beans::PropertyValue>& arguments) override;
    // XNotifyingDispatch
    void SAL_CALL dispatchWithNotification(
        const css::util::URL& url, const css::uno::Sequence<css::beans::PropertyValue>& arguments,
        const css::uno::Reference<css::frame::XDispatchResultListener>& listener) override;
    void SAL_CALL addStatusListener(const css::uno::Reference<css::frame::XStatusListener>& listener,
                                    const css::util::URL& url) override;
    void SAL_CALL removeStatusListener(
        const css::uno::Reference<css::frame::XStatusListener>& listener,
        const css::util::URL& url) override;

    // XServiceInfo
    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    css::uno::Any reads() const; // the last reads of the frame's deck, as strings
    void openDeck();
    void openHelp(const rtl::OUString& panel);

    css::uno::Reference<css::uno::XComponentContext> m_xContext;
    css::uno::WeakReference<css::frame::XFrame> m_xFrame;
};
} // namespace eqplan::sidebar
