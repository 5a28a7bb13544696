// Small walks over Writer text shared by the readers and the writers of the bridge.
#pragma once

#include "eqplan/bridge/Error.hpp"
#include "eqplan/bridge/Strings.hpp"

#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace eqplan::bridge
{
// The text table named `name` ("Table1"), or an empty reference when the document has none of
// that name. Throws Error (Kind::NotReadable) when the document is not a text document.
inline css::uno::Reference<css::text::XTextTable>
tableNamed(const css::uno::Reference<css::uno::XInterface>& document, const std::string& name)
{
    namespace uno = css::uno;
    uno::Reference<css::text::XTextTablesSupplier> supplier(document, uno::UNO_QUERY);
    if (!supplier.is())
        throw Error(Error::Kind::NotReadable,
                    keyed("errorNotText", "This is not a text document."));
    const uno::Reference<css::container::XNameAccess> tables = supplier->getTextTables();
    if (!tables->hasByName(fromUtf8(name)))
        return {};
    return uno::Reference<css::text::XTextTable>(tables->getByName(fromUtf8(name)),
                                                  uno::UNO_QUERY);
}

// The top-level paragraphs of a text (the body, a cell) in order; nested tables are skipped, as
// both readers skip them.
inline std::vector<css::uno::Reference<css::text::XTextRange>>
paragraphRanges(const css::uno::Reference<css::uno::XInterface>& text)
{
    namespace uno = css::uno;
    std::vector<uno::Reference<css::text::XTextRange>> out;
    uno::Reference<css::container::XEnumerationAccess> access(text, uno::UNO_QUERY_THROW);
    uno::Reference<css::container::XEnumeration> elements = access->createEnumeration();
    while (elements->hasMoreElements())
    {
        uno::Reference<uno::XInterface> element(elements->nextElement(), uno::UNO_QUERY);
        if (uno::Reference<css::text::XTextTable>(element, uno::UNO_QUERY).is())
            continue;
        if (uno::Reference<css::text::XTextRange> range{element, uno::UNO_QUERY}; range.is())
            out.push_back(range);
    }
    return out;
}

// The key of the read-only error for each action writableTextDocument is given, so that the deck
// can say the whole sentence in its language (the catalogue test reads this table).
inline const char* readOnlyKey(std::string_view action)
{
    static constexpr std::pair<std::string_view, const char*> keys[] = {
        {"add progress to it", "errorReadOnlyAddProgress"},
        {"date its Updated line", "errorReadOnlyDateUpdated"},
        {"edit it", "errorReadOnlyEdit"},
        {"add an objective to it", "errorReadOnlyAddObjective"},
        {"set a status in it", "errorReadOnlySetStatus"},
        {"insert a plan into it", "errorReadOnlyInsertPlan"},
        {"fix it", "errorReadOnlyFix"},
        {"record its data", "errorReadOnlyRecordData"},
        {"prepare it for publishing", "errorReadOnlyPublish"},
    };
    for (const auto& [words, key] : keys)
        if (words == action)
            return key;
    return ""; // said in English only
}

// The document as a text document that may be changed; throws Error saying it cannot `action`
// ("insert a plan into it") when it is not a text document or is open read-only.
inline css::uno::Reference<css::text::XTextDocument>
writableTextDocument(const css::uno::Reference<css::lang::XComponent>& document,
                     const std::string& action)
{
    namespace uno = css::uno;
    uno::Reference<css::text::XTextDocument> textDocument(document, uno::UNO_QUERY);
    if (!textDocument.is())
        throw Error(Error::Kind::NotReadable,
                    keyed("errorNotText", "This is not a text document."));
    uno::Reference<css::frame::XStorable> storable(document, uno::UNO_QUERY);
    if (storable.is() && storable->isReadonly())
        throw Error(Error::Kind::NotWritable,
                    keyed(readOnlyKey(action),
                          "The document is open read-only: eqplan cannot {0}. Use Edit ▸ Edit "
                          "Mode, or save a copy, and try again.",
                          {action}));
    return textDocument;
}
} // namespace eqplan::bridge
