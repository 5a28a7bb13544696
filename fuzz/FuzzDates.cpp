// Dates as plans write them, and the Updated line that carries one.
#include "FuzzInput.hpp"

#include "eqplan/Dates.hpp"
#include "eqplan/PlanReader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace eqplan;
    const std::string_view text = fuzz::asText(data, size);
    const DateMatch first = findDate(text);
    std::size_t previousEnd = 0;
    for (const DateMatch& match : findDates(text))
    {
        // Matches are in order, inside the text, and each names a valid period.
        if (!match || match.begin > match.end || match.end > text.size() ||
            match.begin < previousEnd || !match.date->first.ok() || !match.date->last().ok())
            __builtin_trap();
        previousEnd = match.end;
        (void)match.date->iso();
        (void)compare(*match.date, *first.date);
    }
    if (std::optional<PlanDate> date = parseDate(text))
        (void)date->iso();
    if (std::optional<UpdatedLine> line = readUpdatedLine(text); line && line->date)
        (void)line->date->iso();
    return 0;
}
