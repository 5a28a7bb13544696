#include "PanelFactory.hpp"

#include "Catalogue.hpp"
#include "ChecksPanel.hpp"
#include "CoveragePanel.hpp"
#include "ObjectivePanel.hpp"
#include "OwnersPanel.hpp"
#include "PlanPanel.hpp"
#include "PublishPanel.hpp"
#include "ReviewPanel.hpp"

#include <com/sun/star/container/NoSuchElementException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <cppuhelper/supportsservice.hxx>

#include <algorithm>
#include <iterator>

using namespace css;

namespace eqplan::sidebar
{
namespace
{
const char* const urlPrefix = "private:resource/toolpanel/org.eqplan.sidebar.PanelFactory/";

template <class T>
uno::Reference<T> argument(const uno::Sequence<beans::PropertyValue>& arguments, const char* name)
{
    for (const beans::PropertyValue& value : arguments)
        if (value.Name.equalsAscii(name))
            return uno::Reference<T>(value.Value, uno::UNO_QUERY);
    return {};
}

using MakePanel = rtl::Reference<Panel> (*)(const uno::Reference<uno::XComponentContext>&,
                                            const uno::Reference<frame::XFrame>&,
                                            const uno::Reference<awt::XWindow>&,
                                            const uno::Reference<css::ui::XSidebar>&,
                                            const rtl::OUString&);

template <class T>
rtl::Reference<Panel> make(const uno::Reference<uno::XComponentContext>& context,
                           const uno::Reference<frame::XFrame>& frame,
                           const uno::Reference<awt::XWindow>& parent,
                           const uno::Reference<css::ui::XSidebar>& sidebar, const rtl::OUString& url)
{
    return new T(context, frame, parent, sidebar, url);
}

// Each panel by the last part of its resource URL (registry/Sidebar.xcu).
struct PanelKind
{
    const char* name;
    MakePanel make;
};
constexpr PanelKind panelKinds[] = {
    {"PlanPanel", &make<PlanPanel>},         {"ObjectivePanel", &make<ObjectivePanel>},
    {"ReviewPanel", &make<ReviewPanel>},     {"ChecksPanel", &make<ChecksPanel>},
    {"OwnersPanel", &make<OwnersPanel>},     {"CoveragePanel", &make<CoveragePanel>},
    {"PublishPanel", &make<PublishPanel>},
};
} // namespace

PanelFactory::PanelFactory(const uno::Reference<uno::XComponentContext>& context)
    : m_xContext(context)
{
}

rtl::OUString PanelFactory::implementationName()
{
    return "org.eqplan.sidebar.PanelFactory";
}

uno::Sequence<rtl::OUString> PanelFactory::serviceNames()
{
    const rtl::OUString name = implementationName();
    return uno::Sequence<rtl::OUString>(&name, 1);
}

uno::Reference<uno::XInterface>
    SAL_CALL PanelFactory::create(const uno::Reference<uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new PanelFactory(context));
}

uno::Reference<css::ui::XUIElement>
    SAL_CALL PanelFactory::createUIElement(const rtl::OUString& resourceUrl,
                                           const uno::Sequence<beans::PropertyValue>& arguments)
{
    const rtl::OUString prefix = rtl::OUString::createFromAscii(urlPrefix);
    if (!resourceUrl.startsWith(prefix))
        throw container::NoSuchElementException(
            "eqplan PanelFactory::createUIElement: no such panel " + resourceUrl, *this);
    const rtl::OUString name = resourceUrl.copy(prefix.getLength());
    const uno::Reference<awt::XWindow> parent = argument<awt::XWindow>(arguments, "ParentWindow");
    const uno::Reference<frame::XFrame> frame = argument<frame::XFrame>(arguments, "Frame");
    const uno::Reference<css::ui::XSidebar> sidebar = argument<css::ui::XSidebar>(arguments, "Sidebar");
    if (!parent.is())
        throw lang::IllegalArgumentException(
            "eqplan PanelFactory::createUIElement: no ParentWindow given", *this, 1);
    if (!frame.is() || !frame->getController().is())
        throw lang::IllegalArgumentException(
            "eqplan PanelFactory::createUIElement: no Frame with a controller given", *this, 1);
    ui::loadCatalogue(m_xContext);
    try
    {
        const auto kind =
            std::find_if(std::begin(panelKinds), std::end(panelKinds),
                         [&](const PanelKind& k) { return name.equalsAscii(k.name); });
        if (kind == std::end(panelKinds))
            throw container::NoSuchElementException(
                "eqplan PanelFactory::createUIElement: no such panel " + resourceUrl, *this);
        const rtl::Reference<Panel> panel =
            kind->make(m_xContext, frame, parent, sidebar, resourceUrl);
        panel->start();
        return panel.get();
    }
    catch (const uno::RuntimeException&)
    {
        throw;
    }
    catch (const container::NoSuchElementException&)
    {
        throw;
    }
    catch (const uno::Exception& e)
    {
        throw uno::RuntimeException("eqplan PanelFactory::createUIElement: " + e.Message, *this);
    }
    catch (const std::exception& e)
    {
        throw uno::RuntimeException("eqplan PanelFactory::createUIElement: " +
                                        rtl::OUString::createFromAscii(e.what()),
                                    *this);
    }
}

rtl::OUString SAL_CALL PanelFactory::getImplementationName()
{
    return implementationName();
}

sal_Bool SAL_CALL PanelFactory::supportsService(const rtl::OUString& name)
{
    return cppu::supportsService(this, name);
}

uno::Sequence<rtl::OUString> SAL_CALL PanelFactory::getSupportedServiceNames()
{
    return serviceNames();
}
} // namespace eqplan::sidebar
