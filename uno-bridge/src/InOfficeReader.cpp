// The CLI's side of the office reader: loading eqplan_office.so into the office, once per Office,
// and reading through it.
#include "InOfficeReader.hpp"

#include "eqplan/GridJson.hpp"
#include "eqplan/Schema.hpp"
#include "eqplan/bridge/Error.hpp"
#include "eqplan/bridge/GridReader.hpp"
#include "eqplan/bridge/Publish.hpp"
#include "eqplan/bridge/Strings.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/lang/XSingleComponentFactory.hpp>
#include <com/sun/star/loader/XImplementationLoader.hpp>
#include <com/sun/star/registry/XRegistryKey.hpp>
#include <com/sun/star/uno/Exception.hpp>
#include <osl/file.hxx>

#include <cstdlib>
#include <string>
#include <string_view>

using namespace css;

namespace eqplan::bridge
{
namespace
{
const char* const implementation = "org.eqplan.OfficeReader";

// A request to the office reader.
enum class Request
{
    Grid,
    HiddenText,
    Outline
};

const char* nameOf(Request request)
{
    switch (request)
    {
    case Request::HiddenText:
        return "HiddenText";
    case Request::Outline:
        return "Outline";
    case Request::Grid:
        break;
    }
    return "Grid";
}

// What eqplan says when the office went away under it (it crashed, or was killed) while it was
// doing `request` to the document.
Error stopped(Request request = Request::Grid)
{
    switch (request)
    {
    case Request::HiddenText:
        return Error(Error::Kind::Office,
                     keyed("errorStoppedHiddenText", "LibreOffice stopped while eqplan was "
                                                     "looking for hidden text in the copy to "
                                                     "publish."));
    case Request::Outline:
        return Error(Error::Kind::Office,
                     keyed("errorStoppedOutline", "LibreOffice stopped while eqplan was marking "
                                                  "the objectives as PDF bookmarks."));
    case Request::Grid:
        break;
    }
    return Error(
        Error::Kind::Office,
        keyed("errorStoppedReading", "LibreOffice stopped while eqplan was reading the document."));
}

// What eqplan says when the office refused `request`, for LibreOffice's `reason`.
Error failed(Request request, const std::string& reason)
{
    switch (request)
    {
    case Request::HiddenText:
        return Error(Error::Kind::Office,
                     keyed("errorCannotLookForHiddenText",
                           "LibreOffice could not look for hidden text in the copy to publish "
                           "({0}).",
                           {reason}));
    case Request::Outline:
        return Error(Error::Kind::Office,
                     keyed("errorCannotMarkOutline",
                           "LibreOffice could not mark the objectives as PDF bookmarks ({0}).",
                           {reason}));
    case Request::Grid:
        break;
    }
    return Error(
        Error::Kind::Office,
        keyed("errorCannotRead", "LibreOffice could not read the document ({0}).", {reason}));
}

// Calls the office reader with `request` and, when given, its JSON `payload`; a failure, the
// office's going away included, is an Error that says what was being done.
uno::Any ask(Office& office, const uno::Reference<lang::XComponent>& document, Request request,
             const std::string& payload = {})
{
    const uno::Reference<task::XJob>& reader = office.officeReader();
    if (!reader.is())
        throw Error(Error::Kind::Office,
                    keyed("errorReaderNotLoaded", "eqplan's office reader is not loaded ({0}).",
                          {office.officeReaderProblem()}));
    const beans::NamedValue arguments[] = {
        beans::NamedValue("Model", uno::Any(document)),
        beans::NamedValue("Request", uno::Any(rtl::OUString::createFromAscii(nameOf(request)))),
        beans::NamedValue("Payload", uno::Any(fromUtf8(payload))),
    };
    try
    {
        return reader->execute(
            uno::Sequence<beans::NamedValue>(arguments, payload.empty() ? 2 : 3));
    }
    catch (const lang::DisposedException&)
    {
        throw stopped(request);
    }
    catch (const uno::Exception& e)
    {
        throw failed(request, toUtf8(e.Message));
    }
}
} // namespace

std::filesystem::path officeReaderLibrary()
{
    if (const char* fromEnvironment = std::getenv("EQPLAN_OFFICE_READER");
        fromEnvironment && *fromEnvironment)
        return fromEnvironment;
    const std::filesystem::path installed =
        programDirectory() / ".." / "lib" / "eqplan" / "eqplan_office.so";
    std::error_code ec;
    if (std::filesystem::is_regular_file(installed, ec))
        return installed.lexically_normal();
    return EQPLAN_BUILD_OFFICE_READER;
}

const uno::Reference<task::XJob>& Office::officeReader()
{
    if (m_officeReaderTried)
        return m_xOfficeReader;
    m_officeReaderTried = true;
    const std::filesystem::path library = std::filesystem::absolute(officeReaderLibrary());
    std::error_code ec;
    if (!std::filesystem::is_regular_file(library, ec))
    {
        m_officeReaderProblem = "there is no " + library.string();
        return m_xOfficeReader;
    }
    rtl::OUString url;
    if (osl::FileBase::getFileURLFromSystemPath(fromUtf8(library.string()), url) !=
        osl::FileBase::E_None)
    {
        m_officeReaderProblem = "the path " + library.string() + " cannot be used";
        return m_xOfficeReader;
    }
    try
    {
        // The office's own loader, created in the office: the library is loaded into soffice,
        // and the instance lives there with the office's context.
        const uno::Reference<lang::XMultiComponentFactory> factory =
            m_xContext->getServiceManager();
        const uno::Reference<loader::XImplementationLoader> loader(
            factory->createInstanceWithContext("com.sun.star.loader.SharedLibrary", m_xContext),
            uno::UNO_QUERY_THROW);
        const uno::Reference<lang::XSingleComponentFactory> readerFactory(
            loader->activate(rtl::OUString::createFromAscii(implementation), rtl::OUString(), url,
                             uno::Reference<registry::XRegistryKey>()),
            uno::UNO_QUERY);
        if (!readerFactory.is())
        {
            m_officeReaderProblem = library.string() + " has no " + implementation;
            return m_xOfficeReader;
        }
        m_xOfficeReader.set(readerFactory->createInstanceWithContext(m_xContext), uno::UNO_QUERY);
        if (!m_xOfficeReader.is())
            m_officeReaderProblem = implementation + std::string(" is not a job");
    }
    catch (const uno::Exception& e)
    {
        m_xOfficeReader.clear();
        m_officeReaderProblem =
            "LibreOffice did not load " + library.string() + ": " + toUtf8(e.Message);
    }
    return m_xOfficeReader;
}

const char* readerName(ReadMethod method)
{
    switch (method)
    {
    case ReadMethod::Uno:
        return "uno";
    case ReadMethod::FlatOdf:
        return "odf";
    case ReadMethod::InOffice:
        return "office";
    }
    return "?";
}

DocumentRead readDocument(Office& office, const uno::Reference<lang::XComponent>& document,
                          ReadMethod method)
{
    DocumentRead out;
    if (method == ReadMethod::InOffice && !office.officeReader().is())
        method = ReadMethod::FlatOdf;
    out.method = method;
    if (method != ReadMethod::InOffice)
    {
        try
        {
            out.grid = readDocument(document, method);
        }
        catch (const lang::DisposedException&)
        {
            throw stopped();
        }
        return out;
    }
    uno::Sequence<sal_Int8> json;
    if (!(ask(office, document, Request::Grid) >>= json))
        throw Error(Error::Kind::Office,
                    keyed("errorReaderNoGrid", "eqplan's office reader gave no grid."));
    Loaded<DocumentGrid> grid =
        gridFromJson(std::string_view(reinterpret_cast<const char*>(json.getConstArray()),
                                      static_cast<std::size_t>(json.getLength())));
    if (!grid)
        throw Error(Error::Kind::Office,
                    keyed("errorReaderBadGrid",
                          "eqplan's office reader gave a grid eqplan cannot read: {0}",
                          std::vector<Message>{grid.why()}));
    out.grid = std::move(*grid.value);
    return out;
}

bool hasHiddenTextInOffice(Office& office, const uno::Reference<lang::XComponent>& document)
{
    bool hidden = false;
    if (!(ask(office, document, Request::HiddenText) >>= hidden))
        throw Error(Error::Kind::Office,
                    keyed("errorReaderNoHiddenAnswer",
                          "eqplan's office reader did not say whether any text is hidden."));
    return hidden;
}

int setOutlineLevelsInOffice(Office& office, const uno::Reference<lang::XComponent>& document,
                             const std::vector<OutlineMark>& marks, int level)
{
    sal_Int32 set = 0;
    if (!(ask(office, document, Request::Outline, outlineRequestToJson(marks, level)) >>= set))
        throw Error(Error::Kind::Office, keyed("errorReaderNoOutlineAnswer",
                                               "eqplan's office reader did not say how "
                                               "many paragraphs it gave an outline level."));
    return static_cast<int>(set);
}
} // namespace eqplan::bridge
