#include "Catalogue.hpp"

#include "eqplan/bridge/Error.hpp"
#include "eqplan/bridge/Strings.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/resource/StringResourceWithLocation.hpp>
#include <com/sun/star/task/XInteractionHandler.hpp>

#include <mutex>
#include <unordered_map>

using namespace css;

namespace eqplan::ui
{
namespace
{
struct Catalogue
{
    std::unordered_map<std::string, std::string> words;
    std::string language;
};

Catalogue& catalogue()
{
    static Catalogue instance;
    return instance;
}

// The UI language the office settled on at start (an installed one), e.g. "en-US" or "cy".
rtl::OUString uiLanguage(const uno::Reference<uno::XComponentContext>& context)
{
    const uno::Reference<lang::XMultiServiceFactory> provider =
        configuration::theDefaultProvider::get(context);
    const beans::NamedValue path("nodepath", uno::Any(rtl::OUString("/org.openoffice.Setup/L10N")));
    const uno::Any argument(path);
    const uno::Reference<container::XNameAccess> l10n(
        provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                              uno::Sequence<uno::Any>(&argument, 1)),
        uno::UNO_QUERY_THROW);
    rtl::OUString tag;
    l10n->getByName("ooLocale") >>= tag;
    return tag;
}

lang::Locale toLocale(const rtl::OUString& tag)
{
    lang::Locale locale;
    sal_Int32 at = 0;
    locale.Language = tag.getToken(0, '-', at);
    if (at >= 0)
        locale.Country = tag.getToken(0, '-', at);
    return locale;
}

std::string toTag(const lang::Locale& locale)
{
    std::string tag = bridge::toUtf8(locale.Language);
    if (!locale.Country.isEmpty())
        tag += "-" + bridge::toUtf8(locale.Country);
    return tag;
}
} // namespace

Text::operator std::string() const
{
    const auto& words = catalogue().words;
    const auto found = words.find(key);
    return found == words.end() ? std::string(key) : found->second;
}

void loadCatalogue(const uno::Reference<uno::XComponentContext>& context)
{
    static std::once_flag once;
    std::call_once(once, [&] {
        try
        {
            const rtl::OUString root =
                deployment::PackageInformationProvider::get(context)->getPackageLocation(
                    "org.eqplan.extension");
            if (root.isEmpty())
                return;
            // The catalogue closest to the UI language (its language alone will do), else the
            // default one, en_GB, as strings/eqplan_en_GB.default says.
            const uno::Reference<resource::XStringResourceWithLocation> strings =
                resource::StringResourceWithLocation::create(
                    context, root + "/strings/", true, toLocale(uiLanguage(context)), "eqplan",
                    rtl::OUString(), uno::Reference<task::XInteractionHandler>());
            Catalogue loaded;
            // British English first, so a word a translation lacks is still shown in English.
            const lang::Locale fallback = strings->getDefaultLocale();
            for (const rtl::OUString& id : strings->getResourceIDsForLocale(fallback))
                loaded.words[bridge::toUtf8(id)] =
                    bridge::toUtf8(strings->resolveStringForLocale(id, fallback));
            for (const rtl::OUString& id : strings->getResourceIDs())
                loaded.words[bridge::toUtf8(id)] = bridge::toUtf8(strings->resolveString(id));
            loaded.language = toTag(strings->getCurrentLocale());
            catalogue() = std::move(loaded);
        }
        catch (const uno::Exception&)
        {
            // Without catalogues the deck still works; it shows keys, which a test catches.
        }
    });
}

std::string catalogueLanguage()
{
    return catalogue().language;
}

std::string format(const std::string& pattern, std::initializer_list<std::string> arguments)
{
    return format(pattern, std::vector<std::string>(arguments));
}

std::string format(const std::string& pattern, const std::vector<std::string>& arguments)
{
    return bridge::filledIn(pattern, arguments);
}

std::string said(const bridge::Message& message)
{
    const auto& words = catalogue().words;
    const auto found = message.key.empty() ? words.end() : words.find(message.key);
    if (found == words.end())
        return message.english;
    return wordedWith(found->second, message, [](const Message& part) { return said(part); });
}

Wording wording()
{
    return [](const Message& message) { return said(message); };
}

std::string said(const std::exception& error)
{
    if (const auto* bridgeError = dynamic_cast<const bridge::Error*>(&error))
        return said(bridgeError->message());
    return error.what();
}
} // namespace eqplan::ui
