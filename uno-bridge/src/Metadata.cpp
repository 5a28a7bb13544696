#include "eqplan/bridge/Metadata.hpp"
#include "eqplan/bridge/UndoStep.hpp"

#include "eqplan/bridge/Error.hpp"
#include "eqplan/bridge/Strings.hpp"
#include "ControllerLock.hpp"
#include "TextDocuments.hpp"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XUndoAction.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/uno/Exception.hpp>
#include <cppuhelper/implbase1.hxx>

using namespace css;

namespace eqplan::bridge
{
namespace
{
uno::Reference<beans::XPropertyContainer>
userProperties(const uno::Reference<lang::XComponent>& document)
{
    uno::Reference<document::XDocumentPropertiesSupplier> supplier(document, uno::UNO_QUERY);
    if (!supplier.is())
        return {};
    return supplier->getDocumentProperties()->getUserDefinedProperties();
}

std::optional<rtl::OUString> get(const uno::Reference<beans::XPropertyContainer>& container,
                                 const rtl::OUString& name)
{
    uno::Reference<beans::XPropertySet> properties(container, uno::UNO_QUERY);
    if (!properties.is() || !properties->getPropertySetInfo()->hasPropertyByName(name))
        return std::nullopt;
    rtl::OUString value;
    if (!(properties->getPropertyValue(name) >>= value))
        return std::nullopt;
    return value;
}

void set(const uno::Reference<beans::XPropertyContainer>& container, const rtl::OUString& name,
         const std::optional<rtl::OUString>& value)
{
    uno::Reference<beans::XPropertySet> properties(container, uno::UNO_QUERY_THROW);
    const bool exists = properties->getPropertySetInfo()->hasPropertyByName(name);
    if (!value)
    {
        if (exists)
            container->removeProperty(name);
        return;
    }
    if (exists)
        properties->setPropertyValue(name, uno::Any(*value));
    else
        container->addProperty(name, beans::PropertyAttribute::REMOVABLE, uno::Any(*value));
}

// Setting a document property is not an undo step of its own in LibreOffice; this makes it one.
class PropertyUndo : public cppu::WeakImplHelper1<document::XUndoAction>
{
public:
    PropertyUndo(uno::Reference<beans::XPropertyContainer> container, rtl::OUString name,
                 std::optional<rtl::OUString> before, rtl::OUString after)
        : m_xContainer(std::move(container)), m_name(std::move(name)), m_before(std::move(before)),
          m_after(std::move(after))
    {
    }

    rtl::OUString SAL_CALL getTitle() override { return "Change " + m_name; }
    void SAL_CALL undo() override { set(m_xContainer, m_name, m_before); }
    void SAL_CALL redo() override { set(m_xContainer, m_name, m_after); }

private:
    uno::Reference<beans::XPropertyContainer> m_xContainer;
    rtl::OUString m_name;
    std::optional<rtl::OUString> m_before;
    rtl::OUString m_after;
};
} // namespace

std::optional<std::string> readDocumentData(const uno::Reference<lang::XComponent>& document,
                                            std::string_view name)
{
    try
    {
        const std::optional<rtl::OUString> value =
            get(userProperties(document), fromUtf8(std::string(name)));
        if (!value)
            return std::nullopt;
        return toUtf8(*value);
    }
    catch (const uno::Exception&)
    {
        return std::nullopt;
    }
}

void writeDocumentData(const uno::Reference<lang::XComponent>& document, std::string_view name,
                       const std::string& value)
{
    writableTextDocument(document, "record its data");
    const uno::Reference<beans::XPropertyContainer> container = userProperties(document);
    if (!container.is())
        throw Error(Error::Kind::NotWritable,
                    keyed("errorNoProperties", "This document has no properties to keep data in."));
    const rtl::OUString key = fromUtf8(std::string(name));
    const std::optional<rtl::OUString> before = get(container, key);
    const rtl::OUString after = fromUtf8(value);
    if (before == after)
        return;
    set(container, key, after);
    if (uno::Reference<document::XUndoManagerSupplier> undo{document, uno::UNO_QUERY}; undo.is())
        undo->getUndoManager()->addUndoAction(new PropertyUndo(container, key, before, after));
}

std::vector<HistoryEntry> recordHistory(const uno::Reference<lang::XComponent>& document,
                                        const HistoryEntry& entry)
{
    const std::string history =
        appendHistory(readDocumentData(document, historyProperty), entry);
    writeDocumentData(document, historyProperty, history);
    Loaded<std::vector<HistoryEntry>> written = historyFromJson(history);
    return written ? std::move(*written.value) : std::vector<HistoryEntry>{entry};
}

std::vector<HistoryEntry> readHistory(const uno::Reference<lang::XComponent>& document,
                                      std::string* error)
{
    const std::optional<std::string> stored = readDocumentData(document, historyProperty);
    if (!stored)
        return {};
    Loaded<std::vector<HistoryEntry>> read = historyFromJson(*stored);
    if (!read)
    {
        if (error)
            *error = read.error;
        return {};
    }
    return std::move(*read.value);
}

UndoStep::UndoStep(const uno::Reference<lang::XComponent>& document, const std::string& title)
{
    if (uno::Reference<document::XUndoManagerSupplier> supplier{document, uno::UNO_QUERY};
        supplier.is())
        m_xManager = supplier->getUndoManager();
    if (m_xManager.is())
        m_xManager->enterUndoContext(fromUtf8(title));
    try
    {
        m_lock = std::make_unique<ControllerLock>(document);
    }
    catch (...)
    {
        if (m_xManager.is())
            m_xManager->leaveUndoContext();
        throw;
    }
}

UndoStep::~UndoStep()
{
    m_lock.reset(); // Writer lays the change out now, inside the step
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
} // namespace eqplan::bridge
