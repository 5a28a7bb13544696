#include "Commands.hpp"

#include "Catalogue.hpp"
#include "PlanSession.hpp"
#include "eqplan/bridge/Strings.hpp"

#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/frame/DispatchDescriptor.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/system/SystemShellExecute.hpp>
#include <com/sun/star/system/SystemShellExecuteFlags.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>
#include <cppuhelper/supportsservice.hxx>
#include <osl/file.hxx>

using namespace css;

namespace eqplan::sidebar
{
namespace
{
const char* const protocol = "org.eqplan:";
const char* const deckId = "EqplanDeck";

bool exists(const rtl::OUString& url)
{
    osl::DirectoryItem item;
    return osl::DirectoryItem::get(url, item) == osl::FileBase::E_None;
}
} // namespace

std::string helpPage(const std::string& panel, bool languageHasPages, const std::string& language)
{
    std::string page;
    for (const char c : panel.empty() ? std::string("deck") : panel)
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
            page += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return "help/" + (languageHasPages ? language : std::string("en-GB")) + "/" +
           (page.empty() ? "deck" : page) + ".html";
}

Commands::Commands(const uno::Reference<uno::XComponentContext>& context) : m_xContext(context) {}

rtl::OUString Commands::implementationName()
{
    return "org.eqplan.Commands";
}

uno::Sequence<rtl::OUString> Commands::serviceNames()
{
    const rtl::OUString name("com.sun.star.frame.ProtocolHandler");
    return uno::Sequence<rtl::OUString>(&name, 1);
}

uno::Reference<uno::XInterface>
    SAL_CALL Commands::create(const uno::Reference<uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new Commands(context));
}

void SAL_CALL Commands::initialize(const uno::Sequence<uno::Any>& arguments)
{
    for (const uno::Any& argument : arguments)
    {
        uno::Reference<frame::XFrame> frame(argument, uno::UNO_QUERY);
        if (frame.is())
            m_xFrame = frame;
    }
}

uno::Reference<frame::XDispatch> SAL_CALL Commands::queryDispatch(const util::URL& url,
                                                                  const rtl::OUString&, sal_Int32)
{
    if (url.Complete.startsWithIgnoreAsciiCase(rtl::OUString::createFromAscii(protocol)))
        return this;
    return {};
}

uno::Sequence<uno::Reference<frame::XDispatch>>
    SAL_CALL Commands::queryDispatches(const uno::Sequence<frame::DispatchDescriptor>& requests)
{
    uno::Sequence<uno::Reference<frame::XDispatch>> dispatches(requests.getLength());
    for (sal_Int32 i = 0; i < requests.getLength(); ++i)
        dispatches[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName,
                                      requests[i].SearchFlags);
    return dispatches;
}

void SAL_CALL Commands::dispatch(const util::URL& url, const uno::Sequence<beans::PropertyValue>&)
{
    // A command comes from a menu or a key: a failure must never reach the office's dispatch
    // loop, and there is nobody to tell but the deck, which opens anyway where it can.
    try
    {
        const rtl::OUString command =
            url.Complete.copy(rtl::OUString::createFromAscii(protocol).getLength());
        if (command.equalsIgnoreAsciiCase("OpenDeck"))
            openDeck();
        else if (command.startsWithIgnoreAsciiCase("Help"))
        {
            const sal_Int32 question = command.indexOf('?');
            openDeck();
            openHelp(question < 0 ? rtl::OUString() : command.copy(question + 1));
        }
    }
    catch (const uno::Exception&)
    {
    }
}

void SAL_CALL Commands::dispatchWithNotification(
    const util::URL& url, const uno::Sequence<beans::PropertyValue>& arguments,
    const uno::Reference<frame::XDispatchResultListener>& listener)
{
    const rtl::OUString command =
        url.Complete.copy(rtl::OUString::createFromAscii(protocol).getLength());
    uno::Any result;
    if (command.equalsIgnoreAsciiCase("Reads"))
        try
        {
            result = reads();
        }
        catch (const uno::Exception&)
        {
            // The window is closing: it has no reads to give.
        }
    else
        dispatch(url, arguments);
    if (listener.is())
        listener->dispatchFinished(frame::DispatchResultEvent(
            static_cast<cppu::OWeakObject*>(this), frame::DispatchResultState::SUCCESS, result));
}

uno::Any Commands::reads() const
{
    const uno::Reference<frame::XFrame> frame(m_xFrame);
    const uno::Reference<frame::XController> controller =
        frame.is() ? frame->getController() : nullptr;
    std::vector<rtl::OUString> out;
    for (const std::string& read : PlanSession::readsOf(controller.get()))
        out.push_back(bridge::fromUtf8(read));
    return uno::Any(uno::Sequence<rtl::OUString>(out.data(), static_cast<sal_Int32>(out.size())));
}

void Commands::openDeck()
{
    const uno::Reference<frame::XFrame> frame(m_xFrame);
    if (!frame.is())
        return;
    const uno::Reference<frame::XController2> controller(frame->getController(), uno::UNO_QUERY);
    if (!controller.is())
        return;
    const uno::Reference<css::ui::XSidebarProvider> sidebar = controller->getSidebar();
    if (!sidebar.is())
        return;
    sidebar->setVisible(true);
    const uno::Reference<css::ui::XDecks> decks = sidebar->getDecks();
    if (!decks.is() || !decks->hasByName(rtl::OUString::createFromAscii(deckId)))
        return;
    const uno::Reference<css::ui::XDeck> deck(decks->getByName(rtl::OUString::createFromAscii(deckId)),
                                         uno::UNO_QUERY);
    // activate(true) on the deck that is already open would close it.
    if (deck.is() && !deck->isActive())
        deck->activate(true);
}

void Commands::openHelp(const rtl::OUString& panel)
{
    ui::loadCatalogue(m_xContext);
    const rtl::OUString root =
        deployment::PackageInformationProvider::get(m_xContext)->getPackageLocation(
            "org.eqplan.extension");
    if (root.isEmpty())
        return;
    const std::string language = ui::catalogueLanguage();
    const bool hasPages =
        !language.empty() && exists(root + "/help/" + bridge::fromUtf8(language) + "/");
    const rtl::OUString page =
        root + "/" + bridge::fromUtf8(helpPage(bridge::toUtf8(panel), hasPages, language));
    system::SystemShellExecute::create(m_xContext)
        ->execute(page, rtl::OUString(), system::SystemShellExecuteFlags::URIS_ONLY);
}

void SAL_CALL Commands::addStatusListener(const uno::Reference<frame::XStatusListener>&,
                                          const util::URL&)
{
}

void SAL_CALL Commands::removeStatusListener(const uno::Reference<frame::XStatusListener>&,
                                             const util::URL&)
{
}

rtl::OUString SAL_CALL Commands::getImplementationName()
{
    return implementationName();
}

sal_Bool SAL_CALL Commands::supportsService(const rtl::OUString& name)
{
    return cppu::supportsService(this, name);
}

uno::Sequence<rtl::OUString> SAL_CALL Commands::getSupportedServiceNames()
{
    return serviceNames();
}
} // namespace eqplan::sidebar
