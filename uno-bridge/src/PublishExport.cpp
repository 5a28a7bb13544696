// Publishing as one operation: a private copy of the plan opened hidden, checked
// (PublishChecks.cpp), made fit (PublishCopy.cpp) and exported as tagged PDF/UA and PDF/A.
#include "eqplan/bridge/Publish.hpp"

#include "eqplan/Checks.hpp"
#include "eqplan/ChecksJson.hpp"
#include "eqplan/bridge/Document.hpp"
#include "eqplan/bridge/DocumentFacts.hpp"
#include "eqplan/bridge/Error.hpp"
#include "eqplan/bridge/Metadata.hpp"
#include "eqplan/bridge/Office.hpp"
#include "eqplan/bridge/PlanWriter.hpp"
#include "eqplan/bridge/Strings.hpp"
#include "AtomicStore.hpp"
#include "PublishParts.hpp"
#include "TemporaryDirectory.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/UpdateDocMode.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/Exception.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <osl/file.hxx>

#include <optional>

using namespace css;

namespace eqplan::bridge
{
namespace publishing
{
beans::PropertyValue property(const char* name, const uno::Any& value)
{
    beans::PropertyValue p;
    p.Name = rtl::OUString::createFromAscii(name);
    p.Value = value;
    return p;
}
} // namespace publishing

using publishing::property;

void exportPdf(const uno::Reference<lang::XComponent>& document,
               const std::filesystem::path& target, const PublishOptions& options)
{
    uno::Reference<frame::XStorable> storable(document, uno::UNO_QUERY);
    if (!storable.is())
        throw Error(Error::Kind::NotReadable,
                    keyed("errorCannotExport", "This document cannot be exported."));
    checkWritable(target);
    const beans::PropertyValue filterData[] = {
        property("UseTaggedPDF", uno::Any(true)),
        property("PDFUACompliance", uno::Any(true)),
        // 2 is PDF/A-2b, which LibreOffice 7.4 combines with PDF/UA; 0 is plain PDF 1.6.
        property("SelectPdfVersion", uno::Any(sal_Int32(options.pdfa ? 2 : 0))),
        property("ExportBookmarks", uno::Any(true)),
        property("InitialView", uno::Any(sal_Int32(1))), // the outline shown
        property("DisplayPDFDocumentTitle", uno::Any(true)),
        property("ExportNotes", uno::Any(false)),
        property("ExportNotesPages", uno::Any(false)),
    };
    const beans::PropertyValue arguments[] = {
        property("FilterName", uno::Any(rtl::OUString("writer_pdf_Export"))),
        property("FilterData", uno::Any(uno::Sequence<beans::PropertyValue>(
                                   filterData, sizeof filterData / sizeof filterData[0]))),
    };
    storeAtomically(storable, target, uno::Sequence<beans::PropertyValue>(arguments, 2));
}

namespace
{
// Checks, prepares and exports a copy opened for publishing; `office` as for
// prepareForPublishing.
PublishResult publishCopy(const uno::Reference<lang::XComponent>& copy,
                          const std::filesystem::path& target, const Schemas& schemas,
                          const PublishOptions& options, Office* office)
{
    PublishResult result;
    const DocumentGrid grid = publishing::readCopy(copy, office, false).grid;
    result.read = readPlan(grid, schemas);
    if (!result.read)
    {
        result.status = PublishResult::Status::NoPlan;
        return result;
    }
    // The document's owner register names the owners in the key, and lets the checks know them.
    PublishOptions effective = options;
    std::optional<OwnerRegister> owners;
    if (const std::optional<std::string> stored = readDocumentData(copy, ownersProperty))
        if (Loaded<OwnerRegister> loaded = ownerRegisterFromJson(*stored))
            owners = std::move(*loaded.value);
    if (effective.ownerNames.empty() && owners)
        for (const OwnerEntry& entry : owners->entries)
            if (!entry.name.empty())
                effective.ownerNames.emplace_back(entry.code, entry.name);
    // The checks with the copy's facts: an error (a comment, a plan out of date) blocks publishing.
    const DocumentFacts facts = documentFacts(copy, result.read.plan);
    result.problems =
        publishingProblems(runChecks(CheckInput{grid, result.read.plan, schemas, options.today,
                                                owners ? &*owners : nullptr, nullptr, &facts}),
                           effective.extraBlocking);
    if (!result.problems.empty() && !options.force)
    {
        result.status = PublishResult::Status::Refused;
        return result;
    }
    result.outlineEntries = prepareForPublishing(copy, schemas, effective, office, &result.read);
    exportPdf(copy, target, effective);
    // The copy was changed in memory only; say so, so that closing it asks nothing.
    if (uno::Reference<util::XModifiable> modifiable{copy, uno::UNO_QUERY}; modifiable.is())
        modifiable->setModified(false);
    result.status = PublishResult::Status::Published;
    return result;
}

// A document loaded hidden for publishing, closed without saving when this goes away.
class HiddenCopy
{
public:
    HiddenCopy(const uno::Reference<frame::XDesktop2>& desktop, const std::filesystem::path& file)
    {
        rtl::OUString url;
        osl::FileBase::getFileURLFromSystemPath(fromUtf8(file.string()), url);
        const beans::PropertyValue arguments[] = {
            property("Hidden", uno::Any(true)),
            property("MacroExecutionMode", uno::Any(document::MacroExecMode::NEVER_EXECUTE)),
            property("UpdateDocMode", uno::Any(document::UpdateDocMode::NO_UPDATE)),
        };
        m_xComponent = desktop->loadComponentFromURL(
            url, "_blank", 0, uno::Sequence<beans::PropertyValue>(arguments, 3));
        if (!m_xComponent.is())
            throw Error(
                Error::Kind::Office,
                keyed("errorCopyNotOpened", "LibreOffice could not open the copy to publish."));
    }
    ~HiddenCopy()
    {
        try
        {
            uno::Reference<util::XCloseable> closeable(m_xComponent, uno::UNO_QUERY);
            if (closeable.is())
                closeable->close(true);
            else
                m_xComponent->dispose();
        }
        catch (...)
        {
            // An office going away closes its documents itself; nothing is lost.
        }
    }
    HiddenCopy(const HiddenCopy&) = delete;
    HiddenCopy& operator=(const HiddenCopy&) = delete;

    const uno::Reference<lang::XComponent>& component() const { return m_xComponent; }

private:
    uno::Reference<lang::XComponent> m_xComponent;
};
} // namespace

PublishResult publishPdf(Office& office, const std::filesystem::path& source,
                         const std::filesystem::path& target, const Schemas& schemas,
                         const PublishOptions& options)
{
    // LibreOffice opens a copy in a private folder: the user's file is never opened for
    // writing nor locked, and a document the user has open in a connected office (which
    // loading the same file would give back) is never the one prepared.
    checkReadable(source);
    const TemporaryDirectory folder;
    const std::filesystem::path copy = folder.path() / source.filename();
    std::error_code ec;
    std::filesystem::copy_file(source, copy, ec);
    if (ec)
        // Only the CLI publishes a file (the deck publishes the open document): plain English.
        throw Error(Error::Kind::NotWritable,
                    source.string() + " could not be copied to publish it: " + ec.message() + ".");
    OpenDocument document(office, copy, OpenMode::Editable);
    return publishCopy(document.component(), target, schemas, options, &office);
}

PublishResult publishPdf(const uno::Reference<frame::XDesktop2>& desktop,
                         const uno::Reference<lang::XComponent>& document,
                         const std::filesystem::path& target, const Schemas& schemas,
                         const PublishOptions& options)
{
    uno::Reference<frame::XStorable> storable(document, uno::UNO_QUERY);
    if (!storable.is() || !uno::Reference<css::text::XTextDocument>(document, uno::UNO_QUERY).is())
        throw Error(Error::Kind::NotReadable,
                    keyed("errorNotText", "This is not a text document."));
    // storeToURL writes a copy: the document keeps its location, its modified state and its
    // undo stack.
    const TemporaryDirectory folder;
    const std::filesystem::path copy = folder.path() / "plan.odt";
    rtl::OUString url;
    osl::FileBase::getFileURLFromSystemPath(fromUtf8(copy.string()), url);
    const beans::PropertyValue arguments[] = {
        property("FilterName", uno::Any(rtl::OUString("writer8"))),
        property("Overwrite", uno::Any(true)),
    };
    try
    {
        storable->storeToURL(url, uno::Sequence<beans::PropertyValue>(arguments, 2));
    }
    catch (const uno::Exception& e)
    {
        throw Error(Error::Kind::Office,
                    keyed("errorCopyFailed",
                          "LibreOffice could not copy the document to publish it ({0}).",
                          {toUtf8(e.Message)}));
    }
    const HiddenCopy hidden(desktop, copy);
    // The sidebar calls this in-process, where readGrid is the quick way to read.
    return publishCopy(hidden.component(), target, schemas, options, nullptr);
}
} // namespace eqplan::bridge
