// A text's paragraphs as accepting every pending tracked change would leave them: deleted text
// left out, inserted text kept, paragraphs whose break is deleted joined with the next. The
// readers read them; the writers find by them the paragraphs the readers numbered.
#pragma once

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <rtl/ustring.hxx>

#include <cstddef>
#include <vector>

namespace eqplan::bridge
{
// One paragraph as accepted: one or more of the document's paragraphs.
struct AcceptedParagraph
{
    // The document's paragraphs it is made of, in order; every one but the last has its
    // paragraph break deleted.
    std::vector<css::uno::Reference<css::text::XTextRange>> members;
    std::size_t shown = 0; // the member whose label and style it keeps (its first with text)
    rtl::OUString text;    // its text as accepted
    // Where each UTF-16 unit of `text` is in the document, and last where the text ends: the
    // member and the offset there (what a text cursor's goRight counts). Empty when nothing is
    // tracked: member 0, the same index.
    struct Place
    {
        std::size_t member = 0;
        sal_Int32 offset = 0;
    };
    std::vector<Place> places;
    bool tracked = false; // a pending tracked change touches it

    const css::uno::Reference<css::text::XTextRange>& first() const { return members.front(); }
    const css::uno::Reference<css::text::XTextRange>& last() const { return members.back(); }
    const css::uno::Reference<css::text::XTextRange>& shownRange() const { return members[shown]; }
    Place place(sal_Int32 index) const; // where unit `index` of `text` is (or its end)
};

// True when the document has a pending tracked change (a redline).
bool hasTrackedChanges(const css::uno::Reference<css::uno::XInterface>& document);

// `paragraphs` (consecutive paragraphs of one text) as accepted. With `tracked` false each
// paragraph is one, read with getString; with it true each is walked portion by portion.
std::vector<AcceptedParagraph>
acceptedParagraphs(const std::vector<css::uno::Reference<css::text::XTextRange>>& paragraphs,
                   bool tracked);

// A cursor of `text` (the text `paragraph` is in) selecting `length` units of the paragraph's
// accepted text from `at` (collapsed at `at` when `length` is 0), with any deleted text between
// them; empty when they are not in one of its document paragraphs.
css::uno::Reference<css::text::XTextCursor>
selectAccepted(const css::uno::Reference<css::text::XText>& text,
               const AcceptedParagraph& paragraph, sal_Int32 at, sal_Int32 length);
} // namespace eqplan::bridge
