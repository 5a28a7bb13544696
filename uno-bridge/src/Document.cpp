#include "eqplan/bridge/Document.hpp"

#include "eqplan/bridge/Error.hpp"
#include "eqplan/bridge/Strings.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

using namespace css;

namespace eqplan::bridge
{
namespace
{
// The table and cell a text range (or a position) is in, if any.
std::optional<CellName> cellOf(const uno::Reference<text::XTextRange>& range)
{
    uno::Reference<beans::XPropertySet> properties(range, uno::UNO_QUERY);
    if (!properties.is())
        return std::nullopt;
    uno::Reference<container::XNamed> table(properties->getPropertyValue("TextTable"),
                                            uno::UNO_QUERY);
    uno::Reference<beans::XPropertySet> cell(properties->getPropertyValue("Cell"), uno::UNO_QUERY);
    if (!table.is() || !cell.is())
        return std::nullopt;
    rtl::OUString name;
    cell->getPropertyValue("CellName") >>= name;
    return CellName{toUtf8(table->getName()), toUtf8(name)};
}
} // namespace

std::optional<CellName> cursorCell(const uno::Reference<frame::XController>& controller)
{
    try
    {
        uno::Reference<text::XTextViewCursorSupplier> supplier(controller, uno::UNO_QUERY);
        if (!supplier.is())
            return std::nullopt;
        return cellOf(uno::Reference<text::XTextRange>(supplier->getViewCursor(), uno::UNO_QUERY));
    }
    catch (const uno::Exception&)
    {
        // A selection that is not text (a frame, a drawing) has no cell.
        return std::nullopt;
    }
}

std::optional<CellName> selectionCell(const uno::Reference<frame::XController>& controller)
{
    try
    {
        uno::Reference<view::XSelectionSupplier> supplier(controller, uno::UNO_QUERY);
        if (!supplier.is())
            return std::nullopt;
        // Text is selected as ranges; cells selected as a block come as a table cursor, which
        // has none.
        uno::Reference<container::XIndexAccess> ranges(supplier->getSelection(), uno::UNO_QUERY);
        if (!ranges.is() || ranges->getCount() != 1)
            return std::nullopt;
        uno::Reference<text::XTextRange> range(ranges->getByIndex(0), uno::UNO_QUERY);
        if (!range.is())
            return std::nullopt;
        std::optional<CellName> start = cellOf(range->getStart());
        if (!start || start != cellOf(range->getEnd()))
            return std::nullopt;
        return start;
    }
    catch (const uno::Exception&)
    {
        return std::nullopt;
    }
}

bool showCell(const uno::Reference<frame::XController>& controller, const std::string& table,
              const std::string& cell)
{
    uno::Reference<text::XTextTablesSupplier> tables(controller->getModel(), uno::UNO_QUERY);
    uno::Reference<text::XTextViewCursorSupplier> supplier(controller, uno::UNO_QUERY);
    if (!tables.is() || !supplier.is())
        return false;
    uno::Reference<container::XNameAccess> byName = tables->getTextTables();
    if (!byName->hasByName(fromUtf8(table)))
        return false;
    uno::Reference<text::XTextTable> textTable(byName->getByName(fromUtf8(table)), uno::UNO_QUERY);
    uno::Reference<text::XText> cellText(textTable->getCellByName(fromUtf8(cell)), uno::UNO_QUERY);
    if (!cellText.is())
        return false;
    // The view cursor scrolls what it moves to into view.
    supplier->getViewCursor()->gotoRange(cellText->getStart(), false);
    return true;
}

std::string userName(const uno::Reference<uno::XComponentContext>& context)
{
    try
    {
        uno::Reference<lang::XMultiServiceFactory> provider =
            configuration::theDefaultProvider::get(context);
        beans::NamedValue path;
        path.Name = "nodepath";
        path.Value <<= rtl::OUString("/org.openoffice.UserProfile/Data");
        uno::Sequence<uno::Any> arguments(1);
        arguments.getArray()[0] <<= path;
        uno::Reference<container::XNameAccess> data(
            provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                                  arguments),
            uno::UNO_QUERY_THROW);
        auto value = [&](const char* name)
        {
            rtl::OUString s;
            data->getByName(rtl::OUString::createFromAscii(name)) >>= s;
            return toUtf8(s.trim());
        };
        const std::string given = value("givenname");
        const std::string family = value("sn");
        if (!given.empty() || !family.empty())
            return given.empty() ? family : family.empty() ? given : given + " " + family;
        return value("initials");
    }
    catch (const uno::Exception&)
    {
        return {};
    }
}

} // namespace eqplan::bridge
