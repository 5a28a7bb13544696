// org.eqplan.OfficeReader, in eqplan_office.so: the CLI's reader inside the office. The CLI loads
// this library into the office it works in (bridge::Office::officeReader, through the office's
// com.sun.star.loader.SharedLibrary; nothing is installed), and one call reads a whole document
// there, on the office's main thread, with bridge::readGrid: a call per property costs
// microseconds in-process and a fraction of a millisecond over the remote bridge.
//
// The office must never go down because of this library: every entry point catches everything,
// and what reaches the office is a css.uno.RuntimeException with a plain message.
#include "eqplan/GridJson.hpp"
#include "eqplan/bridge/GridReader.hpp"
#include "eqplan/bridge/MainThread.hpp"
#include "eqplan/bridge/Publish.hpp"
#include "eqplan/bridge/Strings.hpp"

#include <boost/json/serialize.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/task/XJob.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/factory.hxx>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/implementationentry.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <uno/lbnames.h>

#include <chrono>
#include <exception>
#include <memory>
#include <string>

using namespace css;

namespace
{
using eqplan::bridge::fromUtf8;

// A read of a very long plan pays for Writer's layout first (over a minute at 1 000 objectives
// on a slow machine); the CLI waits for the office anyway, so the limit is only against a hang.
constexpr std::chrono::minutes mainThreadLimit(10);

// What the running exception says, for a RuntimeException naming the function; call in a
// catch block only.
rtl::OUString failure(const char* function)
{
    const rtl::OUString where = rtl::OUString::createFromAscii(function) + ": ";
    try
    {
        throw;
    }
    catch (const uno::Exception& e)
    {
        return where + e.Message;
    }
    catch (const std::exception& e)
    {
        return where + fromUtf8(e.what());
    }
    catch (...)
    {
        return where + "an unknown error";
    }
}

// What execute() answers to `request` about `model`, on the office's main thread.
uno::Any answer(const uno::Reference<lang::XComponent>& model, const std::string& request,
                const std::string& payload)
{
    namespace bridge = eqplan::bridge;
    if (request == "HiddenText")
        return uno::Any(bridge::hasHiddenText(model));
    if (request == "Outline")
    {
        const auto [marks, level] = bridge::outlineRequestFromJson(payload);
        return uno::Any(static_cast<sal_Int32>(bridge::setOutlineLevels(model, marks, level)));
    }
    const std::string json = boost::json::serialize(eqplan::toJson(bridge::readGrid(model)));
    return uno::Any(uno::Sequence<sal_Int8>(reinterpret_cast<const sal_Int8*>(json.data()),
                                            static_cast<sal_Int32>(json.size())));
}

// execute() takes "Model" (the document) and "Request": "Grid" (the default) returns the grid
// bridge::readGrid reads, as the JSON text of eqplan::toJson in UTF-8 bytes (a sequence of bytes
// passes the text on exactly as read, half the size of a UTF-16 string); "HiddenText" returns
// whether any text of the body or of a table cell is hidden (bridge::hasHiddenText), as a boolean;
// "Outline" gives paragraphs an outline level (bridge::setOutlineLevels) as its "Payload" asks
// (bridge::outlineRequestToJson) and returns how many it found, as a long. Each runs on the
// office's main thread while execute() waits.
class OfficeReader final : public cppu::WeakImplHelper2<task::XJob, lang::XServiceInfo>
{
public:
    explicit OfficeReader(const uno::Reference<uno::XComponentContext>& context)
        : m_xContext(context)
    {
    }

    static rtl::OUString implementationName() { return "org.eqplan.OfficeReader"; }

    static uno::Sequence<rtl::OUString> serviceNames()
    {
        const rtl::OUString name = implementationName();
        return uno::Sequence<rtl::OUString>(&name, 1);
    }

    static uno::Reference<uno::XInterface>
        SAL_CALL create(const uno::Reference<uno::XComponentContext>& context)
    {
        try
        {
            return static_cast<cppu::OWeakObject*>(new OfficeReader(context));
        }
        catch (...)
        {
            throw uno::RuntimeException(failure("eqplan OfficeReader::create"));
        }
    }

    // XJob
    uno::Any SAL_CALL execute(const uno::Sequence<beans::NamedValue>& arguments) override
    {
        try
        {
            uno::Reference<lang::XComponent> model;
            rtl::OUString request = "Grid";
            rtl::OUString payload;
            for (const beans::NamedValue& argument : arguments)
            {
                if (argument.Name == "Model")
                    model.set(argument.Value, uno::UNO_QUERY);
                else if (argument.Name == "Request")
                    argument.Value >>= request;
                else if (argument.Name == "Payload")
                    argument.Value >>= payload;
            }
            if (!model.is())
                throw uno::RuntimeException("no \"Model\" argument");
            if (request != "Grid" && request != "HiddenText" && request != "Outline")
                throw uno::RuntimeException("\"Request\" must be \"Grid\", \"HiddenText\" or "
                                            "\"Outline\", not \"" +
                                            request + "\"");
            // The work owns what it uses: it outlives this call if the wait times out.
            auto result = std::make_shared<uno::Any>();
            const std::string asked = eqplan::bridge::toUtf8(request);
            const std::string json = eqplan::bridge::toUtf8(payload);
            eqplan::bridge::runOnMainThread(
                m_xContext, [model, asked, json, result] { *result = answer(model, asked, json); },
                mainThreadLimit);
            return *result;
        }
        catch (...)
        {
            throw uno::RuntimeException(failure("eqplan OfficeReader::execute"),
                                        static_cast<cppu::OWeakObject*>(this));
        }
    }

    // XServiceInfo
    rtl::OUString SAL_CALL getImplementationName() override { return implementationName(); }

    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override
    {
        try
        {
            return cppu::supportsService(this, name);
        }
        catch (...)
        {
            throw uno::RuntimeException(failure("eqplan OfficeReader::supportsService"));
        }
    }

    uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override
    {
        try
        {
            return serviceNames();
        }
        catch (...)
        {
            throw uno::RuntimeException(failure("eqplan OfficeReader::getSupportedServiceNames"));
        }
    }

private:
    uno::Reference<uno::XComponentContext> m_xContext;
};

const cppu::ImplementationEntry entries[] = {
    {&OfficeReader::create, &OfficeReader::implementationName, &OfficeReader::serviceNames,
     &cppu::createSingleComponentFactory, nullptr, 0},
    {nullptr, nullptr, nullptr, nullptr, nullptr, 0},
};
} // namespace

extern "C" SAL_DLLPUBLIC_EXPORT void* SAL_CALL component_getFactory(const char* implementation,
                                                                    void* serviceManager,
                                                                    void* registryKey)
{
    try
    {
        return cppu::component_getFactoryHelper(implementation, serviceManager, registryKey,
                                                entries);
    }
    catch (...)
    {
        // The loader takes no factory as "not found here"; nothing may unwind into it.
        return nullptr;
    }
}

extern "C" SAL_DLLPUBLIC_EXPORT void SAL_CALL
component_getImplementationEnvironment(const char** environment, uno_Environment**)
{
    *environment = CPPU_CURRENT_LANGUAGE_BINDING_NAME;
}
