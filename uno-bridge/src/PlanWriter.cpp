#include "eqplan/bridge/PlanWriter.hpp"

#include "eqplan/bridge/Error.hpp"
#include "eqplan/bridge/Strings.hpp"
#include "AcceptedText.hpp"
#include "AtomicStore.hpp"
#include "TextDocuments.hpp"

#include "eqplan/Dates.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XMultiPropertyStates.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/beans/XPropertyState.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/TableColumnSeparator.hpp>
#include <com/sun/star/text/XTextTableCursor.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRangeCompare.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/uno/Exception.hpp>
#include <osl/file.hxx>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unistd.h>
#include <vector>

using namespace css;

namespace eqplan::bridge
{
namespace
{
using Range = uno::Reference<text::XTextRange>;

// The document's table at a body-order index, as DocumentGrid numbers them.
uno::Reference<text::XTextTable> tableAt(const uno::Reference<text::XText>& body, int index)
{
    uno::Reference<container::XEnumerationAccess> access(body, uno::UNO_QUERY_THROW);
    uno::Reference<container::XEnumeration> elements = access->createEnumeration();
    int seen = 0;
    while (elements->hasMoreElements())
    {
        uno::Reference<text::XTextTable> table(elements->nextElement(), uno::UNO_QUERY);
        if (table.is() && seen++ == index)
            return table;
    }
    return {};
}

// The body paragraph `paragraph` among those before table `table` (after the last table when
// `table` is the number of tables), numbered as the readers number them; `tracked`: the
// document has pending tracked changes.
std::optional<AcceptedParagraph> bodyParagraph(const uno::Reference<text::XText>& body, int table,
                                               int paragraph, bool tracked)
{
    uno::Reference<container::XEnumerationAccess> access(body, uno::UNO_QUERY_THROW);
    uno::Reference<container::XEnumeration> elements = access->createEnumeration();
    int tables = 0;
    std::vector<Range> segment;
    while (elements->hasMoreElements())
    {
        uno::Reference<uno::XInterface> element(elements->nextElement(), uno::UNO_QUERY);
        if (uno::Reference<text::XTextTable>(element, uno::UNO_QUERY).is())
        {
            if (tables++ == table)
                break;
        }
        else if (Range range{element, uno::UNO_QUERY}; range.is() && tables == table)
        {
            segment.push_back(range);
            // Without tracked changes, a paragraph is one of the document's.
            if (!tracked && static_cast<int>(segment.size()) > paragraph)
                break;
        }
    }
    if (!tracked)
    {
        if (paragraph < 0 || paragraph >= static_cast<int>(segment.size()))
            return std::nullopt;
        return std::move(acceptedParagraphs({segment[static_cast<std::size_t>(paragraph)]},
                                            false)
                             .front());
    }
    std::vector<AcceptedParagraph> accepted = acceptedParagraphs(segment, true);
    if (paragraph < 0 || paragraph >= static_cast<int>(accepted.size()))
        return std::nullopt;
    return std::move(accepted[static_cast<std::size_t>(paragraph)]);
}

// The paragraphs of a cell as the readers number them.
std::vector<AcceptedParagraph> cellParagraphs(const uno::Reference<text::XText>& cell,
                                              bool tracked)
{
    return acceptedParagraphs(paragraphRanges(cell), tracked);
}

uno::Reference<beans::XPropertySet> propertiesOf(const AcceptedParagraph& paragraph)
{
    return uno::Reference<beans::XPropertySet>(paragraph.shownRange(), uno::UNO_QUERY_THROW);
}

rtl::OUString numberingStyleOf(const uno::Reference<beans::XPropertySet>& paragraph)
{
    rtl::OUString name;
    paragraph->getPropertyValue("NumberingStyleName") >>= name;
    return name;
}

// Takes a paragraph out of any list: a break after a list item made it one too.
void removeFromList(const uno::Reference<beans::XPropertySet>& paragraph)
{
    rtl::OUString label;
    paragraph->getPropertyValue("ListLabelString") >>= label;
    if (numberingStyleOf(paragraph).isEmpty() && label.isEmpty())
        return;
    paragraph->setPropertyValue("NumberingStyleName", uno::Any(rtl::OUString()));
    // A list given by direct numbering rules has no style name to clear.
    paragraph->getPropertyValue("ListLabelString") >>= label;
    if (!label.isEmpty())
        uno::Reference<beans::XPropertyState>(paragraph, uno::UNO_QUERY_THROW)
            ->setPropertyToDefault("NumberingRules");
}

// Puts a paragraph in the list of `like`, restarted at 1 or continuing it.
void joinList(const uno::Reference<beans::XPropertySet>& paragraph,
              const uno::Reference<beans::XPropertySet>& like, bool restart)
{
    const rtl::OUString style = numberingStyleOf(like);
    if (!style.isEmpty())
        paragraph->setPropertyValue("NumberingStyleName", uno::Any(style));
    else
        paragraph->setPropertyValue("NumberingRules", like->getPropertyValue("NumberingRules"));
    paragraph->setPropertyValue("NumberingLevel", like->getPropertyValue("NumberingLevel"));
    if (restart)
    {
        paragraph->setPropertyValue("ParaIsNumberingRestart", uno::Any(true));
        paragraph->setPropertyValue("NumberingStartValue", uno::Any(sal_Int16(1)));
    }
    else
    {
        paragraph->setPropertyValue("ParaIsNumberingRestart", uno::Any(false));
        paragraph->setPropertyValue("ListId", like->getPropertyValue("ListId"));
    }
}

void insertParagraphs(const uno::Reference<text::XText>& cell, const ProgressWrite& write,
                      bool tracked)
{
    const int count = static_cast<int>(cellParagraphs(cell, tracked).size());
    if (write.after >= count)
        throw Error(Error::Kind::Stale,
                    keyed("errorProgressCellChanged",
                          "The progress cell {0} is not as eqplan read it; nothing was changed.",
                          {write.cell.cell}));
    int inserted = 0;
    for (const NewParagraph& wanted : write.paragraphs)
    {
        const int target = write.after + 1 + inserted;
        std::vector<AcceptedParagraph> paragraphs = cellParagraphs(cell, tracked);
        // A break at the end of a paragraph starts a new one with its style and list; at the
        // start of the first one, a new empty first paragraph.
        const Range at = target > 0
                             ? paragraphs[static_cast<std::size_t>(target - 1)].last()->getEnd()
                             : paragraphs.front().first()->getStart();
        cell->insertControlCharacter(at, text::ControlCharacter::PARAGRAPH_BREAK, false);
        ++inserted;
        paragraphs = cellParagraphs(cell, tracked);
        const Range paragraph = paragraphs[static_cast<std::size_t>(target)].first();
        cell->insertString(paragraph->getStart(), fromUtf8(wanted.text), false);

        uno::Reference<text::XTextCursor> cursor = cell->createTextCursorByRange(paragraph);
        uno::Reference<text::XParagraphCursor> byParagraph(cursor, uno::UNO_QUERY_THROW);
        byParagraph->gotoStartOfParagraph(false);
        byParagraph->gotoEndOfParagraph(true);
        uno::Reference<beans::XPropertySet>(cursor, uno::UNO_QUERY_THROW)
            ->setPropertyValue("CharWeight", uno::Any(wanted.bold ? awt::FontWeight::BOLD
                                                                  : awt::FontWeight::NORMAL));

        uno::Reference<beans::XPropertySet> properties(paragraph, uno::UNO_QUERY_THROW);
        if (wanted.numbering == Numbering::None ||
            (wanted.like < 0 && wanted.numbering == Numbering::RestartList))
        {
            removeFromList(properties);
            continue;
        }
        // `like` counts the cell's paragraphs as read; those after the anchor moved down.
        const int like = wanted.like < 0             ? target - 1
                         : wanted.like > write.after ? wanted.like + inserted
                                                     : wanted.like;
        if (like < 0 || like >= static_cast<int>(paragraphs.size()))
            continue;
        joinList(properties, propertiesOf(paragraphs[static_cast<std::size_t>(like)]),
                 wanted.numbering == Numbering::RestartList);
    }
}

// Replaces `from` (searched at or after `start`) by `to` in a paragraph as the readers read it,
// keeping its formatting; gives the index just past the replacement there, or -1 if `from` is not
// there.
sal_Int32 replaceIn(const uno::Reference<text::XText>& body, const AcceptedParagraph& paragraph,
                    const std::string& from, const std::string& to, sal_Int32 start)
{
    const rtl::OUString needle = fromUtf8(from);
    const sal_Int32 at = paragraph.text.indexOf(needle, start);
    if (at < 0)
        return -1;
    const uno::Reference<text::XTextCursor> cursor =
        selectAccepted(body, paragraph, at, needle.getLength());
    if (!cursor.is())
        return -1;
    cursor->setString(fromUtf8(to));
    return at + fromUtf8(to).getLength();
}

void rewriteUpdated(const uno::Reference<text::XText>& body, const UpdatedLine& line,
                    const UpdatedRewrite& rewrite, bool tracked)
{
    std::optional<AcceptedParagraph> paragraph =
        bodyParagraph(body, line.table, line.paragraph, tracked);
    if (!paragraph)
        return;
    const sal_Int32 end = replaceIn(body, *paragraph, rewrite.oldDate, rewrite.newDate, 0);
    if (end < 0 || rewrite.newBy == rewrite.oldBy)
        return;
    // With Track Changes on, the old date is still there, deleted: read the line again.
    paragraph = bodyParagraph(body, line.table, line.paragraph, true);
    if (!paragraph)
        return;
    if (rewrite.oldBy.empty())
    {
        const uno::Reference<text::XTextCursor> cursor = selectAccepted(body, *paragraph, end, 0);
        if (cursor.is())
            body->insertString(Range(cursor, uno::UNO_QUERY_THROW),
                               fromUtf8(" " + rewrite.newBy), false);
        return;
    }
    if (!rewrite.newBy.empty())
    {
        replaceIn(body, *paragraph, rewrite.oldBy, rewrite.newBy, end);
        return;
    }
    // The line now names no one: what goes is the name and the words leading to it, the part
    // where the old text after the date and the new one differ.
    const std::size_t dateAt = line.text.find(rewrite.oldDate);
    const std::size_t newDateAt = rewrite.text.find(rewrite.newDate);
    if (dateAt == std::string::npos || newDateAt == std::string::npos)
        return;
    std::string_view before = std::string_view(line.text).substr(dateAt + rewrite.oldDate.size());
    std::string_view after =
        std::string_view(rewrite.text).substr(newDateAt + rewrite.newDate.size());
    while (!before.empty() && !after.empty() && before.front() == after.front())
    {
        before.remove_prefix(1);
        after.remove_prefix(1);
    }
    while (!before.empty() && !after.empty() && before.back() == after.back())
    {
        before.remove_suffix(1);
        after.remove_suffix(1);
    }
    if (!before.empty())
        replaceIn(body, *paragraph, std::string(before), std::string(after), end);
}

// A new plain paragraph holding `insert.text` after the title.
void insertUpdated(const uno::Reference<text::XText>& body, const UpdatedInsert& insert,
                   bool tracked)
{
    const std::optional<AcceptedParagraph> title =
        bodyParagraph(body, insert.after.table, insert.after.paragraph, tracked);
    if (!title)
        return;
    body->insertControlCharacter(title->last()->getEnd(), text::ControlCharacter::PARAGRAPH_BREAK,
                                 false);
    const std::optional<AcceptedParagraph> next =
        bodyParagraph(body, insert.after.table, insert.after.paragraph + 1, tracked);
    if (!next)
        return;
    const Range line = next->first();
    uno::Reference<beans::XPropertySet> properties(line, uno::UNO_QUERY_THROW);
    // Not a second title: the document's default paragraph style, outside any list.
    properties->setPropertyValue("ParaStyleName", uno::Any(rtl::OUString("Standard")));
    removeFromList(properties);
    body->insertString(line->getStart(), fromUtf8(insert.text), false);
    uno::Reference<text::XTextCursor> cursor = body->createTextCursorByRange(line->getStart());
    uno::Reference<text::XParagraphCursor> byParagraph(cursor, uno::UNO_QUERY_THROW);
    byParagraph->gotoStartOfParagraph(false);
    byParagraph->gotoEndOfParagraph(true);
    uno::Reference<beans::XPropertySet>(cursor, uno::UNO_QUERY_THROW)
        ->setPropertyValue("CharWeight", uno::Any(awt::FontWeight::NORMAL));
}

void writeUpdated(const uno::Reference<text::XText>& body, const std::optional<UpdatedLine>& line,
                  const UpdatedLineWrite& write, bool tracked)
{
    if (line && write.rewrite)
        rewriteUpdated(body, *line, *write.rewrite, tracked);
    else if (write.insert)
        insertUpdated(body, *write.insert, tracked);
}

// The cell a location names, or an Error saying it is gone.
uno::Reference<text::XText> cellAt(const uno::Reference<text::XText>& body, const Location& at)
{
    const uno::Reference<text::XTextTable> table = tableAt(body, at.table);
    uno::Reference<text::XText> cell;
    if (table.is())
        cell.set(table->getCellByName(fromUtf8(at.cell)), uno::UNO_QUERY);
    if (!cell.is())
        throw Error(Error::Kind::Stale,
                    keyed("errorCellGone",
                          "The document has no cell {0} in table {1} any more; nothing was "
                          "changed.",
                          {at.cell, std::to_string(at.table + 1)}));
    return cell;
}

void replaceParagraphs(const uno::Reference<text::XText>& cell, const FieldWrite& edit,
                       bool tracked)
{
    const int count = static_cast<int>(cellParagraphs(cell, tracked).size());
    if (edit.first < 0 || edit.last < edit.first || edit.last >= count || edit.paragraphs.empty())
        throw Error(Error::Kind::Stale,
                    keyed("errorFieldCellChanged",
                          "The cell {0} is not as eqplan read it; nothing was changed.",
                          {edit.cell.cell}));
    // The new paragraphs go in front of the old first one, whose formatting they take; then the
    // old ones are deleted up to the end of the last new one.
    uno::Reference<text::XTextCursor> cursor = cell->createTextCursorByRange(
        cellParagraphs(cell, tracked)[static_cast<std::size_t>(edit.first)].first()->getStart());
    const Range at(cursor, uno::UNO_QUERY_THROW);
    for (const NewParagraph& wanted : edit.paragraphs)
    {
        cell->insertString(at, fromUtf8(wanted.text), false);
        cell->insertControlCharacter(at, text::ControlCharacter::PARAGRAPH_BREAK, false);
    }
    const int inserted = static_cast<int>(edit.paragraphs.size());
    const std::vector<AcceptedParagraph> paragraphs = cellParagraphs(cell, tracked);
    for (int i = 0; i < inserted; ++i)
    {
        const NewParagraph& wanted = edit.paragraphs[static_cast<std::size_t>(i)];
        const int target = edit.first + i;
        const uno::Reference<beans::XPropertySet> properties =
            propertiesOf(paragraphs[static_cast<std::size_t>(target)]);
        if (wanted.numbering == Numbering::None ||
            (wanted.like < 0 && wanted.numbering == Numbering::RestartList))
        {
            removeFromList(properties);
            continue;
        }
        // `like` counts the cell's paragraphs as read; those from the first replaced moved down.
        const int like = wanted.like < 0             ? target - 1
                         : wanted.like >= edit.first ? wanted.like + inserted
                                                     : wanted.like;
        if (like < 0 || like >= static_cast<int>(paragraphs.size()))
            continue;
        joinList(properties, propertiesOf(paragraphs[static_cast<std::size_t>(like)]),
                 wanted.numbering == Numbering::RestartList);
    }
    uno::Reference<text::XTextCursor> old = cell->createTextCursorByRange(
        paragraphs[static_cast<std::size_t>(edit.first + inserted - 1)].last()->getEnd());
    old->gotoRange(paragraphs[static_cast<std::size_t>(edit.last + inserted)].last()->getEnd(),
                   true);
    old->setString(rtl::OUString());
}

uno::Sequence<text::TableColumnSeparator>
separatorsOf(const uno::Reference<table::XTableRows>& rows, int row)
{
    uno::Sequence<text::TableColumnSeparator> separators;
    uno::Reference<beans::XPropertySet>(rows->getByIndex(row), uno::UNO_QUERY_THROW)
        ->getPropertyValue("TableColumnSeparators") >>= separators;
    return separators;
}

// Gives new row `row` the boxes and column widths of row `like`: the boxes a copied row lacks
// are split off its last box, extra ones merged into it.
void shapeRow(const uno::Reference<text::XTextTable>& table, int row, int like)
{
    const uno::Reference<table::XTableRows> rows = table->getRows();
    const uno::Sequence<text::TableColumnSeparator> wanted = separatorsOf(rows, like);
    const int want = wanted.getLength() + 1;
    const int have = separatorsOf(rows, row).getLength() + 1;
    if (have < want)
    {
        uno::Reference<text::XTextTableCursor> cursor =
            table->createCursorByCellName(fromUtf8(cellNameAt(have - 1, row)));
        if (!cursor.is() || !cursor->splitRange(static_cast<sal_Int16>(want - have), false))
            throw Error(Error::Kind::Office, "LibreOffice could not split the new row's cells");
    }
    else if (have > want)
    {
        uno::Reference<text::XTextTableCursor> cursor =
            table->createCursorByCellName(fromUtf8(cellNameAt(want - 1, row)));
        if (!cursor.is() || !cursor->gotoCellByName(fromUtf8(cellNameAt(have - 1, row)), true) ||
            !cursor->mergeRange())
            throw Error(Error::Kind::Office, "LibreOffice could not merge the new row's cells");
    }
    uno::Reference<beans::XPropertySet>(rows->getByIndex(row), uno::UNO_QUERY_THROW)
        ->setPropertyValue("TableColumnSeparators", uno::Any(wanted));
    if (separatorsOf(rows, row).getLength() != wanted.getLength())
        throw Error(Error::Kind::Office, "the new row does not take the columns of the row above");
}

// Switches Track Changes off while it lives (or until resume()), if it was on.
class RecordingPaused
{
public:
    RecordingPaused(const uno::Reference<beans::XPropertySet>& settings, bool recording)
        : m_xSettings(settings), m_bPaused(recording)
    {
        if (m_bPaused)
            m_xSettings->setPropertyValue("RecordChanges", uno::Any(false));
    }
    ~RecordingPaused()
    {
        try
        {
            resume();
        }
        catch (...)
        {
            // The document went away; there is nothing left to record in.
        }
    }
    RecordingPaused(const RecordingPaused&) = delete;
    RecordingPaused& operator=(const RecordingPaused&) = delete;

    void resume()
    {
        if (m_bPaused)
            m_xSettings->setPropertyValue("RecordChanges", uno::Any(true));
        m_bPaused = false;
    }

private:
    uno::Reference<beans::XPropertySet> m_xSettings;
    bool m_bPaused;
};

// Writes paragraphs into a new, empty cell: typed or plain ones out of any list the new row
// copied, real list items in the list of `like` (restarted at 1).
void fillCell(const uno::Reference<text::XText>& cell, const std::vector<NewParagraph>& paragraphs,
              const uno::Reference<beans::XPropertySet>& like)
{
    uno::Reference<text::XTextCursor> cursor = cell->createTextCursor();
    cursor->gotoEnd(false);
    const Range at(cursor, uno::UNO_QUERY_THROW);
    bool first = true;
    for (const NewParagraph& wanted : paragraphs)
    {
        if (!first)
            cell->insertControlCharacter(at, text::ControlCharacter::PARAGRAPH_BREAK, false);
        cell->insertString(at, fromUtf8(wanted.text), false);
        first = false;
    }
    std::vector<Range> written = paragraphRanges(cell);
    for (std::size_t i = 0; i < written.size(); ++i)
    {
        uno::Reference<beans::XPropertySet> properties(written[i], uno::UNO_QUERY_THROW);
        if (!like.is())
            removeFromList(properties);
        else if (i == 0)
            joinList(properties, like, true);
        else
            joinList(properties,
                     uno::Reference<beans::XPropertySet>(written[i - 1], uno::UNO_QUERY_THROW),
                     false);
    }
}

// The body paragraph right after `table`, or nothing where another table follows it.
Range paragraphAfter(const uno::Reference<text::XText>& body,
                     const uno::Reference<text::XTextTable>& table)
{
    uno::Reference<container::XEnumerationAccess> access(body, uno::UNO_QUERY_THROW);
    uno::Reference<container::XEnumeration> elements = access->createEnumeration();
    const uno::Reference<uno::XInterface> wanted(table, uno::UNO_QUERY);
    while (elements->hasMoreElements())
    {
        const uno::Reference<uno::XInterface> element(elements->nextElement(), uno::UNO_QUERY);
        if (element != wanted)
            continue;
        if (!elements->hasMoreElements())
            return {};
        const uno::Reference<uno::XInterface> next(elements->nextElement(), uno::UNO_QUERY);
        if (uno::Reference<text::XTextTable>(next, uno::UNO_QUERY).is())
            return {};
        return Range(next, uno::UNO_QUERY);
    }
    return {};
}

// Copies the properties named from `from` to `to`, each where both have it: a property one
// of them lacks (a .docx table has no relative width) is left as it is.
void copyProperties(const uno::Reference<beans::XPropertySet>& from,
                    const uno::Reference<beans::XPropertySet>& to,
                    std::initializer_list<const char*> names)
{
    for (const char* name : names)
    {
        try
        {
            const rtl::OUString property = rtl::OUString::createFromAscii(name);
            const uno::Any value = from->getPropertyValue(property);
            if (value.hasValue())
                to->setPropertyValue(property, value);
        }
        catch (const uno::Exception&)
        {
            // Not a property of one of them, or read-only here: the table's own default stays.
        }
    }
}

constexpr std::initializer_list<const char*> paragraphLook{
    "ParaStyleName", "ParaAdjust",   "CharWeight", "CharPosture",
    "CharHeight",    "CharFontName", "CharColor"};

// A new, empty table after `like` (before the paragraph that follows it) with its rows,
// columns, widths, borders and shading, the text of the cells `insert.copied` (its labels), and
// `insert.heading` above it written as the heading of `like` is.
uno::Reference<text::XTextTable> insertTableLike(const uno::Reference<lang::XComponent>& document,
                                                 const uno::Reference<text::XText>& body,
                                                 const uno::Reference<text::XTextTable>& like,
                                                 const ObjectiveInsert& insert)
{
    const Range after = paragraphAfter(body, like);
    if (!after.is())
        throw Error(Error::Kind::Office, "no paragraph follows it to put a new table before");
    uno::Reference<text::XTextCursor> cursor = body->createTextCursorByRange(after->getStart());
    if (!insert.heading.empty())
    {
        body->insertControlCharacter(Range(cursor, uno::UNO_QUERY_THROW),
                                     text::ControlCharacter::PARAGRAPH_BREAK, false);
        const uno::Reference<text::XTextCursor> heading =
            body->createTextCursorByRange(cursor->getStart());
        uno::Reference<text::XParagraphCursor>(heading, uno::UNO_QUERY_THROW)
            ->gotoPreviousParagraph(false);
        body->insertString(Range(heading, uno::UNO_QUERY_THROW), fromUtf8(insert.heading), false);
        uno::Reference<text::XParagraphCursor>(heading, uno::UNO_QUERY_THROW)
            ->gotoStartOfParagraph(true);
        if (insert.headingLike)
            if (const std::optional<AcceptedParagraph> model =
                    bodyParagraph(body, insert.table, *insert.headingLike, false))
                copyProperties(propertiesOf(*model),
                               uno::Reference<beans::XPropertySet>(heading, uno::UNO_QUERY_THROW),
                               paragraphLook);
    }
    const uno::Reference<lang::XMultiServiceFactory> factory(document, uno::UNO_QUERY_THROW);
    const uno::Reference<text::XTextTable> table(
        factory->createInstance("com.sun.star.text.TextTable"), uno::UNO_QUERY_THROW);
    const sal_Int32 rows = like->getRows()->getCount();
    const sal_Int32 columns = like->getColumns()->getCount();
    table->initialize(rows, columns);
    body->insertTextContent(Range(cursor, uno::UNO_QUERY_THROW),
                            uno::Reference<text::XTextContent>(table, uno::UNO_QUERY_THROW), false);

    const uno::Reference<beans::XPropertySet> from(like, uno::UNO_QUERY_THROW);
    const uno::Reference<beans::XPropertySet> to(table, uno::UNO_QUERY_THROW);
    copyProperties(from, to,
                   {"HoriOrient", "LeftMargin", "RightMargin", "IsWidthRelative", "RelativeWidth",
                    "Width", "TopMargin", "BottomMargin", "RepeatHeadline", "HeaderRowCount",
                    "BackColor", "BackTransparent", "TableBorder2", "TableBorderDistances", "Split",
                    "KeepTogether"});
    for (sal_Int32 row = 0; row < rows; ++row)
        copyProperties(uno::Reference<beans::XPropertySet>(like->getRows()->getByIndex(row),
                                                           uno::UNO_QUERY_THROW),
                       uno::Reference<beans::XPropertySet>(table->getRows()->getByIndex(row),
                                                           uno::UNO_QUERY_THROW),
                       {"TableColumnSeparators", "IsAutoHeight", "Height", "IsSplitAllowed"});
    for (const rtl::OUString& name : like->getCellNames())
    {
        const uno::Reference<text::XText> source(like->getCellByName(name), uno::UNO_QUERY);
        const uno::Reference<text::XText> target(table->getCellByName(name), uno::UNO_QUERY);
        if (!source.is() || !target.is())
            continue;
        copyProperties(uno::Reference<beans::XPropertySet>(source, uno::UNO_QUERY_THROW),
                       uno::Reference<beans::XPropertySet>(target, uno::UNO_QUERY_THROW),
                       {"BackColor", "BackTransparent", "LeftBorder", "RightBorder", "TopBorder",
                        "BottomBorder", "LeftBorderDistance", "RightBorderDistance",
                        "TopBorderDistance", "BottomBorderDistance", "VertOrient"});
        const std::vector<Range> paragraphs = paragraphRanges(source);
        const bool copied = std::find(insert.copied.begin(), insert.copied.end(), toUtf8(name)) !=
                            insert.copied.end();
        if (copied)
        {
            uno::Reference<text::XTextCursor> end = target->createTextCursor();
            for (std::size_t p = 0; p < paragraphs.size(); ++p)
            {
                end->gotoEnd(false);
                const Range at(end, uno::UNO_QUERY_THROW);
                if (p > 0)
                    target->insertControlCharacter(at, text::ControlCharacter::PARAGRAPH_BREAK,
                                                   false);
                target->insertString(at, paragraphs[p]->getString(), false);
            }
        }
        // Each paragraph looks like its model; an empty cell like the model's first paragraph
        // (not the "Table Heading" a new table's first row is given). Character formatting is
        // on the text (a bold label's runs), so it is read and written over each paragraph's.
        const std::vector<Range> written = paragraphRanges(target);
        const auto wholeParagraph = [](const uno::Reference<text::XText>& in, const Range& at)
        {
            const uno::Reference<text::XTextCursor> over =
                in->createTextCursorByRange(at->getStart());
            uno::Reference<text::XParagraphCursor>(over, uno::UNO_QUERY_THROW)
                ->gotoEndOfParagraph(true);
            return uno::Reference<beans::XPropertySet>(over, uno::UNO_QUERY_THROW);
        };
        for (std::size_t p = 0; p < written.size() && !paragraphs.empty(); ++p)
        {
            const Range& model = paragraphs[std::min(p, paragraphs.size() - 1)];
            copyProperties(uno::Reference<beans::XPropertySet>(model, uno::UNO_QUERY_THROW),
                           uno::Reference<beans::XPropertySet>(written[p], uno::UNO_QUERY_THROW),
                           {"ParaStyleName", "ParaAdjust"});
            copyProperties(
                wholeParagraph(source, model), wholeParagraph(target, written[p]),
                {"CharWeight", "CharPosture", "CharHeight", "CharFontName", "CharColor"});
        }
    }
    return table;
}

// Removes every paragraph's text of a cell but the first paragraph itself.
void clearCell(const uno::Reference<text::XText>& cell)
{
    uno::Reference<text::XTextCursor> cursor = cell->createTextCursor();
    cursor->gotoStart(false);
    cursor->gotoEnd(true);
    cursor->setString(rtl::OUString());
}
} // namespace

void applyProgressUpdate(const uno::Reference<lang::XComponent>& document,
                         const ProgressWrite& write, const std::optional<UpdatedLine>& line,
                         const std::optional<UpdatedRewrite>& rewrite)
{
    const uno::Reference<text::XTextDocument> textDocument =
        writableTextDocument(document, "add progress to it");
    const uno::Reference<text::XText> body = textDocument->getText();
    const uno::Reference<text::XTextTable> table = tableAt(body, write.cell.table);
    uno::Reference<text::XText> cell;
    if (table.is())
        cell.set(table->getCellByName(fromUtf8(write.cell.cell)), uno::UNO_QUERY);
    if (!cell.is())
        throw Error(Error::Kind::Stale,
                    keyed("errorCellGone",
                          "The document has no cell {0} in table {1} any more; nothing was "
                          "changed.",
                          {write.cell.cell, std::to_string(write.cell.table + 1)}));

    const bool tracked = hasTrackedChanges(document);
    insertParagraphs(cell, write, tracked);
    if (line && rewrite)
        rewriteUpdated(body, *line, *rewrite, tracked);
}

void applyUpdatedLine(const uno::Reference<lang::XComponent>& document, const UpdatedLine& line,
                      const UpdatedRewrite& rewrite)
{
    const uno::Reference<text::XTextDocument> textDocument =
        writableTextDocument(document, "date its Updated line");
    const bool tracked = hasTrackedChanges(document);
    rewriteUpdated(textDocument->getText(), line, rewrite, tracked);
}

void applyUpdatedLine(const uno::Reference<lang::XComponent>& document,
                      const std::optional<UpdatedLine>& line, const UpdatedLineWrite& write)
{
    if (!write.rewrite && !write.insert)
        return;
    const uno::Reference<text::XTextDocument> textDocument =
        writableTextDocument(document, "date its Updated line");
    const bool tracked = hasTrackedChanges(document);
    writeUpdated(textDocument->getText(), line, write, tracked);
}

void applyFieldEdit(const uno::Reference<lang::XComponent>& document, const FieldWrite& edit)
{
    const uno::Reference<text::XTextDocument> textDocument =
        writableTextDocument(document, "edit it");
    const uno::Reference<text::XText> body = textDocument->getText();
    const uno::Reference<text::XText> cell = cellAt(body, edit.cell);
    std::vector<uno::Reference<text::XText>> cleared;
    for (const Location& other : edit.cleared)
        cleared.push_back(cellAt(body, other));
    const bool tracked = hasTrackedChanges(document);
    replaceParagraphs(cell, edit, tracked);
    for (const uno::Reference<text::XText>& other : cleared)
        clearCell(other);
}

void applyNewObjective(const uno::Reference<lang::XComponent>& document,
                       const ObjectiveInsert& insert)
{
    const uno::Reference<text::XTextDocument> textDocument =
        writableTextDocument(document, "add an objective to it");
    const uno::Reference<text::XText> body = textDocument->getText();
    const uno::Reference<text::XTextTable> table = tableAt(body, insert.table);
    if (!table.is())
        throw Error(Error::Kind::Stale,
                    keyed("errorTableGone",
                          "The document has no table {0} any more; nothing was changed.",
                          {std::to_string(insert.table + 1)}));
    uno::Reference<text::XTextTable> target = table; // the table the new objective is in
    const std::string tableName =
        toUtf8(uno::Reference<container::XNamed>(table, uno::UNO_QUERY_THROW)->getName());
    const auto cannotAddRow = [&](const std::string& reason)
    {
        return keyed("errorCannotAddRow",
                     "LibreOffice cannot add a row to {0} the way its objectives are laid out "
                     "({1}). Nothing was changed.",
                     {tableName, reason});
    };
    try
    {
        const int count = static_cast<int>(insert.like.size());
        // LibreOffice 7.4 tracks an inserted row by a zero-width joiner in each of its cells,
        // which merging cells strands in the text, and accepting leaves behind. The rows are
        // added and shaped untracked; what is written into them is tracked as usual.
        const uno::Reference<beans::XPropertySet> settings(document, uno::UNO_QUERY_THROW);
        bool recording = false;
        settings->getPropertyValue("RecordChanges") >>= recording;
        RecordingPaused paused(settings, recording);
        if (insert.shape == InsertShape::Table)
            target = insertTableLike(document, body, table, insert);
        else if (insert.shape == InsertShape::Column)
            table->getColumns()->insertByIndex(insert.at, 1);
        else if (insert.shape == InsertShape::Rows)
            table->getRows()->insertByIndex(insert.at, count);
        for (int i = 0; i < count && insert.shape == InsertShape::Rows; ++i)
            shapeRow(table, insert.at + i, insert.like[static_cast<std::size_t>(i)]);
        for (const CellMerge& merge : insert.merges)
        {
            uno::Reference<text::XTextTableCursor> cursor =
                table->createCursorByCellName(fromUtf8(merge.top));
            if (!cursor.is() || !cursor->gotoCellByName(fromUtf8(merge.bottom), true) ||
                !cursor->mergeRange())
                throw Error(Error::Kind::Office,
                            "it would not merge " + merge.top + " down to " + merge.bottom);
        }
        // The row LibreOffice copied lends its character formatting to every new cell; only
        // cells whose model is bold throughout stay bold.
        for (int i = 0; i < count && insert.shape == InsertShape::Rows; ++i)
        {
            const int row = insert.at + i;
            const int boxes = separatorsOf(table->getRows(), row).getLength() + 1;
            for (int j = 0; j < boxes; ++j)
            {
                const std::string name = cellNameAt(j, row);
                uno::Reference<text::XText> cell(table->getCellByName(fromUtf8(name)),
                                                 uno::UNO_QUERY);
                if (!cell.is())
                    continue;
                const bool bold = std::find(insert.boldCells.begin(), insert.boldCells.end(),
                                            name) != insert.boldCells.end();
                uno::Reference<text::XTextCursor> cursor = cell->createTextCursor();
                cursor->gotoStart(false);
                cursor->gotoEnd(true);
                uno::Reference<beans::XPropertySet>(cursor, uno::UNO_QUERY_THROW)
                    ->setPropertyValue("CharWeight", uno::Any(bold ? awt::FontWeight::BOLD
                                                                   : awt::FontWeight::NORMAL));
            }
        }
        paused.resume();
        for (const CellFill& fill : insert.fills)
        {
            uno::Reference<text::XText> cell(target->getCellByName(fromUtf8(fill.cell)),
                                             uno::UNO_QUERY);
            if (!cell.is())
                throw Error(Error::Kind::Office, "the new objective has no cell " + fill.cell);
            uno::Reference<beans::XPropertySet> like;
            if (fill.listLike && fill.listLike->paragraph)
            {
                const uno::Reference<text::XText> source = cellAt(body, *fill.listLike);
                const std::vector<AcceptedParagraph> paragraphs =
                    cellParagraphs(source, hasTrackedChanges(document));
                if (*fill.listLike->paragraph < static_cast<int>(paragraphs.size()))
                    like = propertiesOf(
                        paragraphs[static_cast<std::size_t>(*fill.listLike->paragraph)]);
            }
            fillCell(cell, fill.paragraphs, like);
        }
    }
    // The reason in brackets is LibreOffice's, or one of the fragments thrown above while the
    // row is shaped (never shown alone): technical words, left in English in every language.
    catch (const Error& e)
    {
        throw Error(Error::Kind::Refused, cannotAddRow(e.what()));
    }
    catch (const uno::Exception& e)
    {
        throw Error(Error::Kind::Refused, cannotAddRow(toUtf8(e.Message)));
    }
}

void applyStatus(const uno::Reference<lang::XComponent>& document, const StatusWrite& status)
{
    const uno::Reference<text::XTextDocument> textDocument =
        writableTextDocument(document, "set a status in it");
    const uno::Reference<text::XText> cell = cellAt(textDocument->getText(), status.cell);
    const bool tracked = hasTrackedChanges(document);
    std::string shown;
    for (const AcceptedParagraph& paragraph : cellParagraphs(cell, tracked))
        shown += (shown.empty() ? "" : "\n") + toUtf8(paragraph.text);
    // Only the text shown counts: a cell "G " or with an empty paragraph after already says it.
    shown.erase(0, std::min(shown.size(), shown.find_first_not_of(" \t\n")));
    shown.erase(shown.find_last_not_of(" \t\n") + 1);
    if (shown != status.text)
    {
        uno::Reference<text::XTextCursor> cursor = cell->createTextCursor();
        cursor->gotoStart(false);
        cursor->gotoEnd(true);
        cursor->setString(fromUtf8(status.text));
    }
    if (!status.shading)
        return;
    const uno::Reference<beans::XPropertySet> properties(cell, uno::UNO_QUERY_THROW);
    if (status.shading->empty())
    {
        properties->setPropertyValue("BackColor", uno::Any(sal_Int32(-1)));
        properties->setPropertyValue("BackTransparent", uno::Any(true));
        return;
    }
    const sal_Int32 colour = static_cast<sal_Int32>(
        std::strtol(status.shading->c_str() + (status.shading->front() == '#' ? 1 : 0), nullptr, 16));
    properties->setPropertyValue("BackTransparent", uno::Any(false));
    properties->setPropertyValue("BackColor", uno::Any(colour));
}

namespace
{
// Where in the body a new plan goes: a collapsed text cursor (`cursor`) at which its paragraphs
// are written, `after` when a paragraph break must first end the paragraph it is in.
struct NewPlanSpot
{
    uno::Reference<text::XTextCursor> cursor;
    bool after = false;
    NewPlanPlace place = NewPlanPlace::End;
};

bool sameObject(const uno::Reference<uno::XInterface>& a, const uno::Reference<uno::XInterface>& b)
{
    return uno::Reference<uno::XInterface>(a, uno::UNO_QUERY) ==
           uno::Reference<uno::XInterface>(b, uno::UNO_QUERY);
}

// The spot for a new plan at `at` in the body text: an empty paragraph holds it; at a
// paragraph's start it goes before that paragraph; anywhere else (or with `after`) after it: the
// person's words are never split.
NewPlanSpot bodySpot(const uno::Reference<text::XText>& body, const Range& at, bool after,
                     NewPlanPlace place)
{
    NewPlanSpot spot{body->createTextCursorByRange(at), after, place};
    const uno::Reference<text::XParagraphCursor> paragraph(spot.cursor, uno::UNO_QUERY_THROW);
    const bool start = paragraph->isStartOfParagraph();
    const bool ends = paragraph->isEndOfParagraph();
    if (!(start && ends) && !(start && !after))
    {
        paragraph->gotoEndOfParagraph(false);
        spot.after = true;
    }
    return spot;
}

// The body's element after `table` (a paragraph or a table), if the table is one of the body's
// own: nothing for a table in a frame, a cell or a header, or at the very end.
uno::Any afterTable(const uno::Reference<text::XText>& body,
                    const uno::Reference<text::XTextTable>& table, bool& inBody)
{
    inBody = false;
    const uno::Reference<container::XEnumeration> elements =
        uno::Reference<container::XEnumerationAccess>(body, uno::UNO_QUERY_THROW)
            ->createEnumeration();
    while (elements->hasMoreElements())
        if (const uno::Reference<text::XTextTable> element(elements->nextElement(),
                                                           uno::UNO_QUERY);
            element.is() && sameObject(element, table))
        {
            inBody = true;
            return elements->hasMoreElements() ? elements->nextElement() : uno::Any();
        }
    return {};
}

// The spot for a new plan asked for at `at`: out of a table to after it, out of a frame or
// footnote to after its anchor's paragraph; a header or footer (which has no anchor) gives the
// end of the document.
NewPlanSpot newPlanSpot(const uno::Reference<text::XText>& body, Range at)
{
    const auto end = [&] { return bodySpot(body, body->getEnd(), false, NewPlanPlace::End); };
    if (!at.is() || !at->getText().is())
        return end();
    NewPlanPlace place = NewPlanPlace::AtPlace;
    bool after = false;
    const uno::Reference<text::XTextRangeCompare> compare(at->getText(), uno::UNO_QUERY);
    if (compare.is() && compare->compareRegionStarts(at->getStart(), at->getEnd()) != 0)
    {
        place = NewPlanPlace::AfterSelection;
        after = true;
    }
    at = at->getEnd();
    for (int depth = 0; depth < 32 && at.is(); ++depth)
    {
        const uno::Reference<text::XText> text = at->getText();
        if (!text.is())
            break;
        if (sameObject(text, body))
            return bodySpot(body, at, after, place);
        const uno::Reference<beans::XPropertySet> where(text->createTextCursorByRange(at),
                                                        uno::UNO_QUERY);
        uno::Reference<text::XTextTable> table;
        if (where.is() && where->getPropertySetInfo()->hasPropertyByName("TextTable"))
            where->getPropertyValue("TextTable") >>= table;
        if (table.is())
        {
            // A table's anchor names no text and takes no cursor (LibreOffice 7.4): the body's
            // own tables are among its paragraphs. A table in a frame or a cell, or followed by
            // another table, sends the plan to the end.
            bool inBody = false;
            const Range next(afterTable(body, table, inBody), uno::UNO_QUERY);
            const uno::Reference<text::XTextTable> nextTable(next, uno::UNO_QUERY);
            if (!inBody || !next.is() || nextTable.is())
                break;
            // Before the paragraph after the table (into it, if it is empty).
            return bodySpot(body, next->getStart(), false, NewPlanPlace::AfterTable);
        }
        // A frame's or footnote's text is the frame or footnote itself, anchored in a text (a
        // frame anchored to the page is not: LibreOffice refuses its anchor).
        const uno::Reference<text::XTextContent> content(text, uno::UNO_QUERY);
        if (!content.is())
            break;
        try
        {
            at = content->getAnchor();
        }
        catch (const uno::RuntimeException&)
        {
            break;
        }
        place = NewPlanPlace::AtAnchor;
        after = true;
    }
    return end();
}

// The paragraph before `cursor`'s, made `style` with no formatting of its own: a paragraph split
// off a list item or a heading with a page break takes neither.
void styleParagraphBefore(const uno::Reference<text::XText>& body, const Range& cursor,
                          const char* style)
{
    const uno::Reference<text::XTextCursor> over = body->createTextCursorByRange(cursor);
    const uno::Reference<text::XParagraphCursor> paragraph(over, uno::UNO_QUERY_THROW);
    paragraph->gotoPreviousParagraph(false);
    paragraph->gotoEndOfParagraph(true);
    if (const uno::Reference<beans::XMultiPropertyStates> states(over, uno::UNO_QUERY);
        states.is())
        states->setAllPropertiesToDefault();
    const uno::Reference<beans::XPropertySet> properties(over, uno::UNO_QUERY_THROW);
    properties->setPropertyValue("ParaStyleName",
                                 uno::Any(rtl::OUString::createFromAscii(style)));
    // Resetting leaves a list item's list (LibreOffice 7.4); no list style ends it.
    properties->setPropertyValue("NumberingStyleName", uno::Any(rtl::OUString()));
}
} // namespace

NewPlan applyNewPlan(const uno::Reference<lang::XComponent>& document, const Layout& layout,
                     const std::string& updatedLine, const Range& at)
{
    const uno::Reference<text::XTextDocument> textDocument =
        writableTextDocument(document, "insert a plan into it");

    const uno::Reference<text::XText> body = textDocument->getText();
    const NewPlanSpot spot = newPlanSpot(body, at);
    const Range cursor(spot.cursor, uno::UNO_QUERY_THROW);
    // The cursor moves on past what is written: it ends at the start of the paragraph the table
    // goes before (the one the place started, or an empty one after the plan).
    if (spot.after)
        body->insertControlCharacter(cursor, text::ControlCharacter::PARAGRAPH_BREAK, false);
    body->insertString(cursor, fromUtf8(layout.canonicalTitle), false);
    body->insertControlCharacter(cursor, text::ControlCharacter::PARAGRAPH_BREAK, false);
    styleParagraphBefore(body, cursor, "Title");
    body->insertString(cursor, fromUtf8(updatedLine), false);
    body->insertControlCharacter(cursor, text::ControlCharacter::PARAGRAPH_BREAK, false);
    styleParagraphBefore(body, cursor, "Standard");

    uno::Reference<lang::XMultiServiceFactory> factory(document, uno::UNO_QUERY_THROW);
    uno::Reference<text::XTextTable> table(factory->createInstance("com.sun.star.text.TextTable"),
                                           uno::UNO_QUERY_THROW);
    const auto columns = static_cast<sal_Int32>(layout.canonicalColumns.size());
    table->initialize(2, columns);
    body->insertTextContent(cursor, uno::Reference<text::XTextContent>(table, uno::UNO_QUERY_THROW),
                            false);
    uno::Reference<beans::XPropertySet>(table, uno::UNO_QUERY_THROW)
        ->setPropertyValue("RepeatHeadline", uno::Any(true));
    for (sal_Int32 c = 0; c < columns; ++c)
    {
        const FieldSpec* field = layout.field(layout.canonicalColumns[static_cast<std::size_t>(c)]);
        uno::Reference<text::XText> header(table->getCellByName(fromUtf8(cellNameAt(c, 0))),
                                           uno::UNO_QUERY_THROW);
        header->setString(fromUtf8(field ? field->label : std::string()));
    }
    NewPlan inserted;
    inserted.place = spot.place;
    inserted.table = toUtf8(uno::Reference<container::XNamed>(table, uno::UNO_QUERY_THROW)->getName());
    const auto objective = std::find(layout.canonicalColumns.begin(),
                                     layout.canonicalColumns.end(), "objective");
    inserted.objectiveCell = cellNameAt(
        objective == layout.canonicalColumns.end()
            ? 0
            : static_cast<int>(objective - layout.canonicalColumns.begin()),
        1);
    return inserted;
}

WriteProblem writeProblem(const std::filesystem::path& target)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path absolute = fs::absolute(target, ec);
    const fs::path folder = absolute.parent_path();
    // Root may write anywhere; the permission bits still say what the owner meant.
    const auto writable = [](const fs::path& path)
    {
        std::error_code error;
        const fs::perms perms = fs::status(path, error).permissions();
        return !error && ::access(path.c_str(), W_OK) == 0 &&
               (perms & fs::perms::owner_write) != fs::perms::none;
    };
    if (!fs::is_directory(folder, ec))
        return WriteProblem::NoFolder;
    if (fs::exists(absolute, ec) && !writable(absolute))
        return WriteProblem::FileReadOnly;
    if (!writable(folder))
        return WriteProblem::FolderReadOnly;
    return WriteProblem::None;
}

void checkWritable(const std::filesystem::path& target)
{
    std::error_code ec;
    const std::filesystem::path folder = std::filesystem::absolute(target, ec).parent_path();
    switch (writeProblem(target))
    {
    case WriteProblem::NoFolder:
        throw Error(Error::Kind::NotWritable,
                    keyed("errorNoFolder", "There is no folder {0} to write {1} into.",
                          {folder.string(), target.filename().string()}));
    case WriteProblem::FileReadOnly:
        throw Error(Error::Kind::NotWritable,
                    keyed("errorFileReadOnly",
                          "{0} is read-only: eqplan did not change it. Make it writable, or "
                          "write the update to another file with -o.",
                          {target.string()}));
    case WriteProblem::FolderReadOnly:
        throw Error(Error::Kind::NotWritable,
                    keyed("errorFolderReadOnly",
                          "The folder {0} cannot be written to: eqplan did not change anything. "
                          "Write the update to another folder with -o.",
                          {folder.string()}));
    case WriteProblem::None:
        break;
    }
}

const char* filterFor(const std::filesystem::path& file)
{
    std::string extension = file.extension().string();
    for (char& c : extension)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (extension == ".docx")
        return "MS Word 2007 XML";
    if (extension == ".odt")
        return "writer8";
    if (extension == ".fodt")
        return "OpenDocument Text Flat XML";
    if (extension == ".doc")
        return "MS Word 97";
    if (extension == ".rtf")
        return "Rich Text Format";
    return "";
}

void storeDocument(const uno::Reference<lang::XComponent>& document,
                   const std::filesystem::path& target)
{
    namespace fs = std::filesystem;
    const char* filterName = filterFor(target);
    if (!*filterName)
        throw Error(Error::Kind::Refused,
                    keyed("errorCannotWriteFormat",
                          "eqplan cannot write {0}: give a .docx, .odt, .fodt, .doc or .rtf file.",
                          {target.filename().string()}));
    uno::Reference<frame::XStorable> storable(document, uno::UNO_QUERY);
    if (!storable.is())
        throw Error(Error::Kind::NotWritable,
                    keyed("errorCannotStore", "This document cannot be stored."));
    checkWritable(target);

    beans::PropertyValue filter;
    filter.Name = "FilterName";
    filter.Value <<= rtl::OUString::createFromAscii(filterName);
    storeAtomically(storable, target, uno::Sequence<beans::PropertyValue>(&filter, 1));
}
} // namespace eqplan::bridge
