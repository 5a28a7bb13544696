// Progress commentary: each paragraph as a heading and as an item, then all of them as entries.
#include "FuzzInput.hpp"

#include "eqplan/Progress.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace eqplan;
    const CommentaryGrammar& grammar = fuzz::sourceSchemas().grammar;
    const std::vector<Paragraph> paragraphs = fuzz::paragraphsFromText(fuzz::asText(data, size));
    for (const Paragraph& p : paragraphs)
    {
        if (std::optional<PlanDate> date = parseProgressHeading(p.text, grammar))
            (void)date->iso();
        (void)parseItem(p, grammar);
    }
    for (const ProgressEntry& entry : parseProgress(paragraphs, grammar))
        for (const ProgressItem& item : entry.items)
            if (item.paragraph >= paragraphs.size())
                __builtin_trap(); // an item must point at one of the paragraphs given
    return 0;
}
