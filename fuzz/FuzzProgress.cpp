// Progress commentary: the paragraphs split into entries, each paragraph read once as a heading
// and once as an item (parseProgress reads every paragraph as a heading and every other one as an
// item; the headings are read as items here), each entry's date written out.
#include "FuzzInput.hpp"

#include "eqplan/Progress.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace eqplan;
    const CommentaryGrammar& grammar = fuzz::sourceSchemas().grammar;
    const std::vector<Paragraph> paragraphs = fuzz::paragraphsFromText(fuzz::asText(data, size));
    for (const ProgressEntry& entry : parseProgress(paragraphs, grammar))
    {
        if (entry.date)
            (void)entry.date->iso();
        if (entry.headingParagraph)
        {
            if (*entry.headingParagraph >= paragraphs.size())
                __builtin_trap(); // a heading is one of the paragraphs given
            if (entry.form == EntryForm::Heading)
                (void)parseItem(paragraphs[*entry.headingParagraph], grammar);
        }
        for (const ProgressItem& item : entry.items)
            if (item.paragraph >= paragraphs.size())
                __builtin_trap(); // an item must point at one of the paragraphs given
    }
    return 0;
}
