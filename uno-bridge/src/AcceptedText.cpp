#include "AcceptedText.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/document/XRedlinesSupplier.hpp>

#include <algorithm>
#include <set>

using namespace css;

namespace eqplan::bridge
{
namespace
{
using Range = uno::Reference<text::XTextRange>;

// How many characters of the document a portion is: a field or a footnote's anchor is one
// character whatever it shows; marks, redline boundaries and frames are none.
sal_Int32 documentLength(const rtl::OUString& type, const rtl::OUString& shown)
{
    if (type == "Text")
        return shown.getLength();
    if (type == "TextField" || type == "Footnote" || type == "Annotation")
        return 1;
    return 0;
}

// Walks one document paragraph's portions into `into`, with `deleting` the pending deletions
// open at its start (a deletion may run over paragraph breaks); they are those open at its end
// afterwards. Gives the paragraph's length in the document.
sal_Int32 walkPortions(const Range& paragraph, std::size_t member, AcceptedParagraph& into,
                       std::set<rtl::OUString>& deleting)
{
    uno::Reference<container::XEnumerationAccess> access(paragraph, uno::UNO_QUERY);
    if (!access.is())
        return 0;
    sal_Int32 offset = 0;
    const uno::Reference<container::XEnumeration> portions = access->createEnumeration();
    while (portions->hasMoreElements())
    {
        uno::Reference<beans::XPropertySet> portion(portions->nextElement(), uno::UNO_QUERY);
        if (!portion.is())
            continue;
        rtl::OUString type;
        portion->getPropertyValue("TextPortionType") >>= type;
        if (type == "Redline")
        {
            into.tracked = true;
            rtl::OUString kind;
            rtl::OUString id;
            bool start = false;
            bool collapsed = false;
            portion->getPropertyValue("RedlineType") >>= kind;
            portion->getPropertyValue("RedlineIdentifier") >>= id;
            portion->getPropertyValue("IsStart") >>= start;
            portion->getPropertyValue("IsCollapsed") >>= collapsed;
            if (kind != "Delete" || collapsed)
                continue;
            if (start)
                deleting.insert(id);
            else
                deleting.erase(id);
            continue;
        }
        const rtl::OUString shown =
            uno::Reference<text::XTextRange>(portion, uno::UNO_QUERY_THROW)->getString();
        const sal_Int32 length = documentLength(type, shown);
        if (deleting.empty())
        {
            into.text += shown;
            // A field shows several characters for its one: all of them point at it.
            for (sal_Int32 i = 0; i < shown.getLength(); ++i)
                into.places.push_back({member, offset + std::min(i, std::max(length - 1, 0))});
        }
        offset += length;
    }
    return offset;
}
} // namespace

AcceptedParagraph::Place AcceptedParagraph::place(sal_Int32 index) const
{
    if (places.empty())
        return {0, index};
    const std::size_t at = static_cast<std::size_t>(std::max<sal_Int32>(index, 0));
    return at < places.size() ? places[at] : places.back();
}

namespace
{
// Moves a cursor right by any count (goRight takes a 16-bit one).
bool moveRight(const uno::Reference<text::XTextCursor>& cursor, sal_Int32 count, bool expand)
{
    while (count > 0)
    {
        const sal_Int16 step = static_cast<sal_Int16>(std::min<sal_Int32>(count, SAL_MAX_INT16));
        if (!cursor->goRight(step, expand))
            return false;
        count -= step;
    }
    return true;
}
} // namespace

uno::Reference<text::XTextCursor> selectAccepted(const uno::Reference<text::XText>& text,
                                                 const AcceptedParagraph& paragraph, sal_Int32 at,
                                                 sal_Int32 length)
{
    const AcceptedParagraph::Place from = paragraph.place(at);
    // The end of the last unit selected: just past it.
    AcceptedParagraph::Place to = from;
    if (length > 0)
    {
        to = paragraph.place(at + length - 1);
        ++to.offset;
    }
    if (to.member != from.member || to.offset < from.offset ||
        from.member >= paragraph.members.size())
        return {};
    uno::Reference<text::XTextCursor> cursor =
        text->createTextCursorByRange(paragraph.members[from.member]->getStart());
    if (!moveRight(cursor, from.offset, false) || !moveRight(cursor, to.offset - from.offset, true))
        return {};
    return cursor;
}

bool hasTrackedChanges(const uno::Reference<uno::XInterface>& document)
{
    uno::Reference<document::XRedlinesSupplier> supplier(document, uno::UNO_QUERY);
    if (!supplier.is())
        return false;
    const uno::Reference<container::XEnumerationAccess> redlines = supplier->getRedlines();
    return redlines.is() && redlines->createEnumeration()->hasMoreElements();
}

std::vector<AcceptedParagraph> acceptedParagraphs(const std::vector<Range>& paragraphs,
                                                  bool tracked)
{
    std::vector<AcceptedParagraph> out;
    out.reserve(paragraphs.size());
    if (!tracked)
    {
        for (const Range& paragraph : paragraphs)
        {
            AcceptedParagraph one;
            one.members.push_back(paragraph);
            one.text = paragraph->getString();
            out.push_back(std::move(one));
        }
        return out;
    }
    std::set<rtl::OUString> deleting;
    bool joining = false;
    // Text units of the open paragraph per member: which member first shows text.
    std::vector<sal_Int32> unitsBefore;
    for (const Range& paragraph : paragraphs)
    {
        if (!joining)
        {
            out.emplace_back();
            unitsBefore.clear();
        }
        AcceptedParagraph& current = out.back();
        const std::size_t member = current.members.size();
        current.members.push_back(paragraph);
        unitsBefore.push_back(current.text.getLength());
        if (!deleting.empty())
            current.tracked = true;
        const sal_Int32 length = walkPortions(paragraph, member, current, deleting);
        joining = !deleting.empty();
        if (!joining)
        {
            current.places.push_back({member, length}); // the end of its text
            // The label and style are those of the first member that keeps text, else the last.
            current.shown = current.members.size() - 1;
            for (std::size_t m = 0; m < current.members.size(); ++m)
            {
                const sal_Int32 end =
                    m + 1 < unitsBefore.size() ? unitsBefore[m + 1] : current.text.getLength();
                if (end > unitsBefore[m])
                {
                    current.shown = m;
                    break;
                }
            }
        }
    }
    if (joining && !out.empty())
    {
        // A deletion that runs to the end of the text: its last paragraph ends it.
        AcceptedParagraph& last = out.back();
        last.shown = last.members.size() - 1;
        last.places.push_back({last.shown, last.last()->getString().getLength()});
    }
    return out;
}
} // namespace eqplan::bridge
