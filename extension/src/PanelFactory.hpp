// The deck's one panel factory: picks the panel, in a table of the seven, by the end of the
// resource URL that registry/Sidebar.xcu gives it.
#pragma once

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>

namespace eqplan::sidebar
{
class PanelFactory final
    : public cppu::WeakImplHelper2<css::ui::XUIElementFactory, css::lang::XServiceInfo>
{
public:
    explicit PanelFactory(const css::uno::Reference<css::uno::XComponentContext>& context);

    static rtl::OUString implementationName();
    static css::uno::Sequence<rtl::OUString> serviceNames();
    static css::uno::Reference<css::uno::XInterface>
        SAL_CALL create(const css::uno::Reference<css::uno::XComponentContext>& context);

    // XUIElementFactory
    css::uno::Reference<css::ui::XUIElement> SAL_CALL
    createUIElement(const rtl::OUString& resourceUrl,
                    const css::uno::Sequence<css::beans::PropertyValue>& arguments) override;
    // XServiceInfo
    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    css::uno::Reference<css::uno::XComponentContext> m_xContext;
};
} // namespace eqplan::sidebar
