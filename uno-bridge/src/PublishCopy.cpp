// Publishing, the copy made fit for the website: tracked changes accepted, comments, hidden text
// and personal metadata removed, the title and language set, header rows repeated, the outline
// set (PublishOutline.cpp) and a key to owners added. The user's document is never this copy.
#include "eqplan/bridge/Publish.hpp"

#include "eqplan/Text.hpp"
#include "eqplan/bridge/DocumentFacts.hpp"
#include "eqplan/bridge/Error.hpp"
#include "eqplan/bridge/FlatOdfExport.hpp"
#include "eqplan/bridge/GridReader.hpp"
#include "eqplan/bridge/Metadata.hpp"
#include "eqplan/bridge/Office.hpp"
#include "eqplan/bridge/Pictures.hpp"
#include "eqplan/bridge/Strings.hpp"
#include "eqplan/odf/FlatOdf.hpp"
#include "InOfficeReader.hpp"
#include "PublishParts.hpp"
#include "TemporaryDirectory.hpp"
#include "TextDocuments.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XRedlinesSupplier.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatch.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XRelativeTextContentInsert.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextField.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/util/URL.hpp>

#include <chrono>
#include <fstream>
#include <iterator>
#include <thread>

using namespace css;

namespace eqplan::bridge
{
using publishing::Properties;
using publishing::Range;

namespace
{
// Inserting a paragraph after a table is marked deprecated in the IDL, yet Writer offers no other
// way to do it.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
void insertAfter(const uno::Reference<css::text::XText>& body,
                 const uno::Reference<css::text::XTextContent>& content,
                 const uno::Reference<css::text::XTextContent>& predecessor)
{
    uno::Reference<css::text::XRelativeTextContentInsert>(body, uno::UNO_QUERY_THROW)
        ->insertTextContentAfter(content, predecessor);
}
#pragma GCC diagnostic pop

// Accepts every tracked change through the document's frame: there is no API call for it.
// Returns whether there was any.
bool acceptAllChanges(const uno::Reference<lang::XComponent>& document)
{
    Properties properties(document, uno::UNO_QUERY_THROW);
    properties->setPropertyValue("RecordChanges", uno::Any(false));
    uno::Reference<document::XRedlinesSupplier> supplier(document, uno::UNO_QUERY);
    if (!supplier.is() || !supplier->getRedlines()->createEnumeration()->hasMoreElements())
        return false;
    uno::Reference<frame::XModel> model(document, uno::UNO_QUERY_THROW);
    uno::Reference<frame::XController> controller = model->getCurrentController();
    uno::Reference<frame::XDispatchProvider> provider(
        controller.is() ? controller->getFrame() : nullptr, uno::UNO_QUERY);
    util::URL url;
    url.Complete = url.Main = ".uno:AcceptAllTrackedChanges";
    url.Protocol = ".uno:";
    url.Path = "AcceptAllTrackedChanges";
    uno::Reference<frame::XDispatch> dispatch =
        provider.is() ? provider->queryDispatch(url, "", 0) : nullptr;
    // Synchronous, so that the changes are accepted when dispatch returns; a busy office has
    // still been seen to finish a moment later, so that is waited for, within a limit.
    beans::PropertyValue synchronous;
    synchronous.Name = "SynchronMode";
    synchronous.Value <<= true;
    if (dispatch.is())
        dispatch->dispatch(url, uno::Sequence<beans::PropertyValue>(&synchronous, 1));
    const auto pending = [&]
    { return supplier->getRedlines()->createEnumeration()->hasMoreElements(); };
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (pending() && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    if (pending())
        throw Error(Error::Kind::Office,
                    keyed("errorChangesNotAccepted", "LibreOffice did not accept the tracked "
                                                     "changes, so the plan was not published."));
    return true;
}

// Every top-level paragraph of the body and of every table cell.
std::vector<Range> allParagraphs(const uno::Reference<css::text::XTextDocument>& document)
{
    std::vector<Range> out = paragraphRanges(document->getText());
    uno::Reference<css::text::XTextTablesSupplier> supplier(document, uno::UNO_QUERY);
    if (!supplier.is())
        return out;
    uno::Reference<container::XIndexAccess> tables(supplier->getTextTables(), uno::UNO_QUERY);
    for (sal_Int32 t = 0; tables.is() && t < tables->getCount(); ++t)
    {
        uno::Reference<css::text::XTextTable> table(tables->getByIndex(t), uno::UNO_QUERY);
        if (!table.is())
            continue;
        for (const rtl::OUString& name : table->getCellNames())
        {
            std::vector<Range> cell = paragraphRanges(table->getCellByName(name));
            out.insert(out.end(), cell.begin(), cell.end());
        }
    }
    return out;
}

// The text portions of the body and of every table cell that are hidden (Word's and Writer's
// hidden character attribute); with `first`, only the first one found.
std::vector<Range> hiddenPortions(const uno::Reference<css::text::XTextDocument>& document,
                                  bool first)
{
    std::vector<Range> hidden;
    for (const Range& paragraph : allParagraphs(document))
    {
        uno::Reference<container::XEnumerationAccess> access(paragraph, uno::UNO_QUERY);
        if (!access.is())
            continue;
        uno::Reference<container::XEnumeration> portions = access->createEnumeration();
        while (portions->hasMoreElements())
        {
            Properties portion(portions->nextElement(), uno::UNO_QUERY);
            bool isHidden = false;
            if (portion.is() && (portion->getPropertyValue("CharHidden") >>= isHidden) && isHidden)
            {
                hidden.emplace_back(portion, uno::UNO_QUERY);
                if (first)
                    return hidden;
            }
        }
    }
    return hidden;
}

// Deletes hidden text. A headless LibreOffice 7.4 does not print it anyway, but a connected
// office set to show hidden text would.
void removeHiddenText(const uno::Reference<css::text::XTextDocument>& document)
{
    for (const Range& range : hiddenPortions(document, false))
        if (range.is())
            range->setString("");
}

// The body paragraph that is the plan's title: the first whose text is the title.
Range titleParagraph(const uno::Reference<css::text::XTextDocument>& document, const Plan& plan)
{
    if (plan.title.empty())
        return {};
    const std::string wanted = text::fold(plan.title);
    for (const Range& paragraph : paragraphRanges(document->getText()))
        if (text::fold(toUtf8(paragraph->getString())) == wanted)
            return paragraph;
    return {};
}

// "SLT – Senior Leadership Team: objectives 2, 3" (or without the name when none is known).
std::vector<std::string> ownersKey(const Plan& plan, const PublishOptions& options)
{
    std::vector<std::string> lines;
    for (const Owner& owner : plan.owners)
    {
        std::string line = owner.name;
        for (const auto& [code, name] : options.ownerNames)
            if (text::fold(code) == text::fold(owner.name) && !text::trim(name).empty() &&
                text::fold(name) != text::fold(owner.name))
                line += " \u2013 " + std::string(text::trim(name));
        line += owner.objectives.size() == 1 ? ": objective " : ": objectives ";
        for (std::size_t i = 0; i < owner.objectives.size(); ++i)
            line += (i ? ", " : "") + std::to_string(owner.objectives[i]);
        lines.push_back(line);
    }
    return lines;
}

// The paragraph right after `table` in the body, or nothing when a table follows it.
Range elementAfter(const uno::Reference<css::text::XText>& body,
                   const uno::Reference<css::text::XTextTable>& table)
{
    const rtl::OUString name =
        uno::Reference<container::XNamed>(table, uno::UNO_QUERY_THROW)->getName();
    uno::Reference<container::XEnumeration> elements =
        uno::Reference<container::XEnumerationAccess>(body, uno::UNO_QUERY_THROW)
            ->createEnumeration();
    while (elements->hasMoreElements())
    {
        uno::Reference<container::XNamed> named(elements->nextElement(), uno::UNO_QUERY);
        if (!named.is() || named->getName() != name ||
            !uno::Reference<css::text::XTextTable>(named, uno::UNO_QUERY).is())
            continue;
        if (!elements->hasMoreElements())
            return {};
        uno::Reference<uno::XInterface> next(elements->nextElement(), uno::UNO_QUERY);
        if (uno::Reference<css::text::XTextTable>(next, uno::UNO_QUERY).is())
            return {};
        return Range(next, uno::UNO_QUERY);
    }
    return {};
}

// Inserts the owners key as paragraphs right after `table`: a bold heading at `level`, then one
// line per owner.
void insertOwnersKey(const uno::Reference<css::text::XTextDocument>& document,
                     const uno::Reference<css::text::XTextTable>& table,
                     const std::vector<std::string>& lines, sal_Int16 level)
{
    uno::Reference<css::text::XText> body = document->getText();
    Range heading = elementAfter(body, table);
    if (heading.is())
    {
        // Split the paragraph after the table: the new, empty one right after the table is
        // ours; the old one moves down with its text.
        body->insertControlCharacter(heading->getStart(),
                                     css::text::ControlCharacter::PARAGRAPH_BREAK, false);
    }
    else
    {
        // Another table follows at once: put a paragraph between the two.
        uno::Reference<lang::XMultiServiceFactory> factory(document, uno::UNO_QUERY_THROW);
        insertAfter(
            body,
            uno::Reference<css::text::XTextContent>(
                factory->createInstance("com.sun.star.text.Paragraph"), uno::UNO_QUERY_THROW),
            uno::Reference<css::text::XTextContent>(table, uno::UNO_QUERY_THROW));
    }
    heading = elementAfter(body, table);
    if (!heading.is())
        throw Error(Error::Kind::Office,
                    keyed("errorOwnersKeyNotAdded", "LibreOffice did not add the key to owners "
                                                    "after the plan table, so the plan was not "
                                                    "published."));
    Properties(heading, uno::UNO_QUERY_THROW)
        ->setPropertyValue("ParaStyleName", uno::Any(rtl::OUString("Standard")));
    const Range cursor(body->createTextCursorByRange(heading->getStart()), uno::UNO_QUERY_THROW);
    body->insertString(cursor, "Key to owners", false);
    for (const std::string& line : lines)
    {
        body->insertControlCharacter(cursor, css::text::ControlCharacter::PARAGRAPH_BREAK, false);
        body->insertString(cursor, fromUtf8(line), false);
    }
    // Walk back over what was written: the heading bold and in the outline, the lines plain.
    // Splitting a paragraph keeps its UNO object with the last part: find the heading again.
    heading = elementAfter(body, table);
    uno::Reference<css::text::XParagraphCursor> walk(
        body->createTextCursorByRange(heading->getStart()), uno::UNO_QUERY_THROW);
    for (std::size_t i = 0; i <= lines.size(); ++i)
    {
        walk->gotoStartOfParagraph(false);
        walk->gotoEndOfParagraph(true);
        Properties properties(walk, uno::UNO_QUERY_THROW);
        properties->setPropertyValue(
            "CharWeight", uno::Any(i == 0 ? awt::FontWeight::BOLD : awt::FontWeight::NORMAL));
        properties->setPropertyValue("OutlineLevel", uno::Any(sal_Int16(i == 0 ? level : 0)));
        if (i == 0) // some room between the table and the key (1/100 mm)
            properties->setPropertyValue("ParaTopMargin", uno::Any(sal_Int32(300)));
        if (!walk->gotoNextParagraph(false))
            break;
    }
}

void clearPersonalMetadata(const uno::Reference<lang::XComponent>& document)
{
    uno::Reference<document::XDocumentPropertiesSupplier> supplier(document, uno::UNO_QUERY);
    if (!supplier.is())
        return;
    uno::Reference<document::XDocumentProperties> properties = supplier->getDocumentProperties();
    properties->setAuthor("");
    properties->setModifiedBy("");
    properties->setPrintedBy("");
    properties->setEditingDuration(0);
    properties->setEditingCycles(0);
    properties->setTemplateName("");
    properties->setTemplateURL("");
}

void setTitleAndLanguage(const uno::Reference<lang::XComponent>& document, const Plan& plan)
{
    uno::Reference<document::XDocumentPropertiesSupplier> supplier(document, uno::UNO_QUERY);
    if (supplier.is())
    {
        uno::Reference<document::XDocumentProperties> properties =
            supplier->getDocumentProperties();
        if (properties->getTitle().trim().isEmpty())
            properties->setTitle(
                fromUtf8(plan.title.empty() ? "Equality Action Plan" : plan.title));
    }
    Properties defaults(document, uno::UNO_QUERY);
    lang::Locale locale;
    if (defaults.is() && (defaults->getPropertyValue("CharLocale") >>= locale) &&
        (locale.Language.isEmpty() || locale.Language == "zxx"))
    {
        locale.Language = "en";
        locale.Country = "GB";
        locale.Variant.clear();
        defaults->setPropertyValue("CharLocale", uno::Any(locale));
    }
}
} // namespace

namespace publishing
{
CopyRead readCopy(const uno::Reference<lang::XComponent>& copy, Office* office, bool hidden)
{
    CopyRead out;
    if (!office)
    {
        out.grid = readGrid(copy);
        out.hiddenText = hidden && hasHiddenText(copy);
        return out;
    }
    if (office->officeReader().is())
    {
        out.grid = readDocument(*office, copy, ReadMethod::InOffice).grid;
        out.hiddenText = hidden && hasHiddenTextInOffice(*office, copy);
        return out;
    }
    const TemporaryDirectory folder;
    const std::filesystem::path xml = folder.path() / "copy.fodt";
    exportFlatOdf(copy, xml);
    odf::FlatOdfResult grid = odf::readFlatOdf(xml);
    if (!grid)
        throw Error(Error::Kind::Office,
                    keyed("errorCopyUnreadable",
                          "eqplan could not read the copy it prepared ({0}), so it was not "
                          "published.",
                          std::vector<Message>{grid.words}));
    out.grid = std::move(grid.grid);
    if (hidden)
    {
        // Hidden text is a style with text:display="none".
        std::ifstream in(xml, std::ios::binary);
        const std::string content{std::istreambuf_iterator<char>(in),
                                  std::istreambuf_iterator<char>()};
        out.hiddenText = content.find("text:display=\"none\"") != std::string::npos;
    }
    return out;
}
} // namespace publishing

bool hasHiddenText(const uno::Reference<lang::XComponent>& document)
{
    uno::Reference<css::text::XTextDocument> textDocument(document, uno::UNO_QUERY);
    if (!textDocument.is())
        throw Error(Error::Kind::NotReadable,
                    keyed("errorNotText", "This is not a text document."));
    return !hiddenPortions(textDocument, true).empty();
}

int prepareForPublishing(const uno::Reference<lang::XComponent>& copy, const Schemas& schemas,
                         const PublishOptions& options, Office* office, const ReadResult* asRead)
{
    const uno::Reference<css::text::XTextDocument> document =
        writableTextDocument(copy, "prepare it for publishing");
    // What must never reach the website goes first; then the plan is read again when that
    // changed the text, since accepting a deletion may have removed whole paragraphs.
    bool changed = acceptAllChanges(copy);
    for (const uno::Reference<css::text::XTextField>& field : comments(copy))
    {
        field->dispose();
        changed = true;
    }
    if (!options.keepMetadata)
        clearPersonalMetadata(copy);

    // Where the text did not change, the plan read before still says where everything is, and
    // only whether any text is hidden is asked (a flat ODF export answers both: read again then).
    const bool inOffice = office && office->officeReader().is();
    ReadResult again;
    const ReadResult* read = asRead;
    bool hiddenText = false;
    if (!changed && asRead && *asRead && (!office || inOffice))
        hiddenText = inOffice ? hasHiddenTextInOffice(*office, copy) : hasHiddenText(copy);
    else
    {
        publishing::CopyRead copyRead = publishing::readCopy(copy, office, true);
        again = readPlan(copyRead.grid, schemas);
        hiddenText = copyRead.hiddenText;
        read = &again;
    }
    // Removing hidden text keeps every paragraph, so the plan just read still says where
    // everything is.
    if (hiddenText)
        removeHiddenText(document);
    if (!*read)
        throw Error(Error::Kind::Refused,
                    keyed("errorNotReadAfterAccepting",
                          "The plan could not be read again after its tracked changes were "
                          "accepted, so it was not published."));
    const Plan& plan = read->plan;
    setTitleAndLanguage(copy, plan);

    uno::Reference<css::text::XTextTable> last;
    int lastIndex = -1;
    for (const PlanTable& planTable : plan.tables)
    {
        uno::Reference<css::text::XTextTable> table = tableNamed(document, planTable.name);
        if (!table.is())
            continue;
        Properties properties(table, uno::UNO_QUERY_THROW);
        properties->setPropertyValue("RepeatHeadline", uno::Any(true));
        properties->setPropertyValue("HeaderRowCount",
                                     uno::Any(static_cast<sal_Int32>(planTable.headerRow + 1)));
        if (planTable.index > lastIndex)
        {
            last = table;
            lastIndex = planTable.index;
        }
    }

    // The outline: the title at level 1, each objective under it.
    sal_Int16 level = 1;
    if (const Range title = titleParagraph(document, plan); title.is())
    {
        sal_Int16 current = 0;
        Properties(title, uno::UNO_QUERY_THROW)->getPropertyValue("OutlineLevel") >>= current;
        if (current == 0)
            publishing::setOutlineLevel(title, 1);
        level = static_cast<sal_Int16>((current == 0 ? 1 : current) + 1);
    }
    // One call into the office for every objective when the caller is outside it: a paragraph
    // found and set over the remote bridge is a dozen calls.
    const std::vector<OutlineMark> marks = objectiveOutlineMarks(plan);
    const int bookmarks = inOffice ? setOutlineLevelsInOffice(*office, copy, marks, level)
                                   : setOutlineLevels(copy, marks, level);
    if (last.is() && !plan.owners.empty())
        insertOwnersKey(document, last, ownersKey(plan, options), level);
    if (options.atAGlance)
        appendAtAGlance(copy, plan, schemas.checks, options.today, level);
    return bookmarks;
}
} // namespace eqplan::bridge
