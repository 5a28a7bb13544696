#include "eqplan/bridge/DocumentFacts.hpp"

#include "eqplan/bridge/Error.hpp"
#include "eqplan/bridge/Strings.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XRedlinesSupplier.hpp>
#include <com/sun/star/drawing/XDrawPageSupplier.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextFieldsSupplier.hpp>
#include <com/sun/star/text/XTextRangeCompare.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/uno/Exception.hpp>
#include <com/sun/star/util/DateTime.hpp>

using namespace css;

namespace eqplan::bridge
{
namespace
{
using Range = uno::Reference<css::text::XTextRange>;
using Properties = uno::Reference<beans::XPropertySet>;

std::optional<std::chrono::year_month_day> dayOf(const util::DateTime& date)
{
    const std::chrono::year_month_day day{
        std::chrono::year{date.Year}, std::chrono::month{date.Month}, std::chrono::day{date.Day}};
    if (date.Year == 0 || !day.ok())
        return std::nullopt;
    return day;
}

// Tells where a text range is: a cell of a named table, or body text before or after the plan.
class Places
{
public:
    Places(const uno::Reference<css::text::XTextDocument>& document, const Plan& plan)
        : m_xBody(document->getText())
    {
        uno::Reference<css::text::XTextTablesSupplier> tables(document, uno::UNO_QUERY);
        if (tables.is() && !plan.tables.empty())
        {
            uno::Reference<container::XNameAccess> named = tables->getTextTables();
            const rtl::OUString first = fromUtf8(plan.tables.front().name);
            if (named->hasByName(first))
                if (uno::Reference<css::text::XTextContent> table(named->getByName(first),
                                                                  uno::UNO_QUERY);
                    table.is())
                    m_xFirstTable = table->getAnchor();
        }
    }

    DocumentPlace of(const Range& range) const
    {
        DocumentPlace place;
        place.region = DocumentPlace::Region::Elsewhere;
        try
        {
            uno::Reference<css::text::XText> text = range->getText();
            Properties cursor(text->createTextCursorByRange(range->getStart()), uno::UNO_QUERY);
            uno::Reference<container::XNamed> table(cursor->getPropertyValue("TextTable"),
                                                    uno::UNO_QUERY);
            Properties cell(cursor->getPropertyValue("Cell"), uno::UNO_QUERY);
            if (table.is() && cell.is())
            {
                rtl::OUString name;
                cell->getPropertyValue("CellName") >>= name;
                place.region = DocumentPlace::Region::Cell;
                place.table = toUtf8(table->getName());
                place.cell = toUtf8(name);
                return place;
            }
            if (text == m_xBody && m_xFirstTable.is())
            {
                uno::Reference<css::text::XTextRangeCompare> compare(m_xBody, uno::UNO_QUERY);
                if (compare.is())
                    place.region = compare->compareRegionStarts(range, m_xFirstTable) > 0
                                       ? DocumentPlace::Region::BeforePlan
                                       : DocumentPlace::Region::AfterPlan;
            }
        }
        catch (const uno::Exception&)
        {
            // A place LibreOffice cannot compare (a header, a frame): "outside the plan table".
        }
        return place;
    }

private:
    uno::Reference<css::text::XText> m_xBody;
    Range m_xFirstTable;
};

PendingChange::Type changeType(const rtl::OUString& type)
{
    if (type == "Insert")
        return PendingChange::Type::Insert;
    if (type == "Delete")
        return PendingChange::Type::Delete;
    if (type.startsWith("Table"))
        return PendingChange::Type::Table;
    return PendingChange::Type::Format;
}

std::vector<PendingChange> pendingChanges(const uno::Reference<lang::XComponent>& document,
                                          const Places& places)
{
    std::vector<PendingChange> out;
    uno::Reference<document::XRedlinesSupplier> supplier(document, uno::UNO_QUERY);
    if (!supplier.is())
        return out;
    uno::Reference<container::XEnumeration> redlines = supplier->getRedlines()->createEnumeration();
    while (redlines->hasMoreElements())
    {
        Properties redline(redlines->nextElement(), uno::UNO_QUERY);
        if (!redline.is())
            continue;
        rtl::OUString type, author;
        util::DateTime date;
        Range start, end;
        redline->getPropertyValue("RedlineType") >>= type;
        redline->getPropertyValue("RedlineAuthor") >>= author;
        redline->getPropertyValue("RedlineDateTime") >>= date;
        redline->getPropertyValue("RedlineStart") >>= start;
        redline->getPropertyValue("RedlineEnd") >>= end;
        PendingChange change;
        change.type = changeType(type);
        change.author = toUtf8(author);
        change.day = dayOf(date);
        if (start.is())
        {
            change.place = places.of(start);
            try
            {
                uno::Reference<css::text::XTextCursor> cursor =
                    start->getText()->createTextCursorByRange(start);
                if (end.is())
                    cursor->gotoRange(end, true);
                change.text = toUtf8(cursor->getString());
            }
            catch (const uno::Exception&)
            {
                // Start and end in different texts (a change across cells): no text to quote.
            }
        }
        out.push_back(std::move(change));
    }
    return out;
}

// Writer's draw page (every picture, drawing and object) is marked deprecated in the IDL, yet
// Writer offers no other way to list them.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
uno::Reference<container::XIndexAccess> drawPageOf(const uno::Reference<lang::XComponent>& document)
{
    uno::Reference<drawing::XDrawPageSupplier> supplier(document, uno::UNO_QUERY);
    return supplier.is()
               ? uno::Reference<container::XIndexAccess>(supplier->getDrawPage(), uno::UNO_QUERY)
               : nullptr;
}
#pragma GCC diagnostic pop

// Pictures, drawings and embedded objects that a screen reader can say nothing about.
std::vector<UndescribedFigure> undescribedFigures(const uno::Reference<lang::XComponent>& document,
                                                  const Places& places)
{
    std::vector<UndescribedFigure> out;
    uno::Reference<container::XIndexAccess> shapes = drawPageOf(document);
    if (!shapes.is())
        return out;
    for (sal_Int32 i = 0; i < shapes->getCount(); ++i)
    {
        uno::Reference<lang::XServiceInfo> info(shapes->getByIndex(i), uno::UNO_QUERY);
        Properties properties(info, uno::UNO_QUERY);
        // A text frame holds text, which is read as text; it is no figure.
        if (!info.is() || !properties.is() || info->supportsService("com.sun.star.text.TextFrame"))
            continue;
        rtl::OUString title, description;
        properties->getPropertyValue("Title") >>= title;
        properties->getPropertyValue("Description") >>= description;
        if (!title.trim().isEmpty() || !description.trim().isEmpty())
            continue;
        UndescribedFigure figure;
        figure.kind = info->supportsService("com.sun.star.text.TextGraphicObject")
                          ? UndescribedFigure::Kind::Picture
                      : info->supportsService("com.sun.star.text.TextEmbeddedObject")
                          ? UndescribedFigure::Kind::Object
                          : UndescribedFigure::Kind::Drawing;
        if (uno::Reference<container::XNamed> named(info, uno::UNO_QUERY); named.is())
            figure.name = toUtf8(named->getName());
        uno::Reference<css::text::XTextContent> content(info, uno::UNO_QUERY);
        if (content.is() && content->getAnchor().is())
            figure.place = places.of(content->getAnchor());
        out.push_back(std::move(figure));
    }
    return out;
}
} // namespace

std::vector<uno::Reference<css::text::XTextField>>
comments(const uno::Reference<lang::XComponent>& document)
{
    std::vector<uno::Reference<css::text::XTextField>> out;
    uno::Reference<css::text::XTextFieldsSupplier> supplier(document, uno::UNO_QUERY);
    if (!supplier.is())
        return out;
    uno::Reference<container::XEnumeration> fields = supplier->getTextFields()->createEnumeration();
    while (fields->hasMoreElements())
    {
        uno::Reference<css::text::XTextField> field(fields->nextElement(), uno::UNO_QUERY);
        uno::Reference<lang::XServiceInfo> info(field, uno::UNO_QUERY);
        if (field.is() && info.is() &&
            info->supportsService("com.sun.star.text.textfield.Annotation"))
            out.push_back(field);
    }
    return out;
}

DocumentFacts documentFacts(const uno::Reference<lang::XComponent>& document, const Plan& plan)
{
    uno::Reference<css::text::XTextDocument> textDocument(document, uno::UNO_QUERY);
    if (!textDocument.is())
        throw Error(Error::Kind::NotReadable,
                    keyed("errorNotText", "This is not a text document."));
    const Places places(textDocument, plan);
    DocumentFacts facts;
    facts.changes = pendingChanges(document, places);
    for (const uno::Reference<css::text::XTextField>& field : comments(document))
    {
        Properties properties(field, uno::UNO_QUERY_THROW);
        rtl::OUString author, content;
        util::DateTime date;
        properties->getPropertyValue("Author") >>= author;
        properties->getPropertyValue("Content") >>= content;
        properties->getPropertyValue("DateTimeValue") >>= date;
        facts.comments.push_back(
            {toUtf8(author), dayOf(date), toUtf8(content), places.of(field->getAnchor())});
    }
    facts.figures = undescribedFigures(document, places);
    return facts;
}
} // namespace eqplan::bridge
