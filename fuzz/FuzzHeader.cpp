// Header recognition, and the duty and characteristics cells read by the layout's words.
#include "FuzzInput.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "eqplan/HeaderMatch.hpp"
#include "eqplan/PlanReader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace eqplan;
    const Layout& layout = fuzz::sourceSchemas().layout;
    const std::string_view text = fuzz::asText(data, size);
    const std::string field = fieldForHeader(text, layout);
    if (!field.empty() && !layout.field(field))
        __builtin_trap(); // a header names one of the layout's fields or none
    for (const FieldScore& score : scoreHeader(text, layout))
        if (!layout.field(score.field) || !(score.score > 0))
            __builtin_trap(); // every score is of a field of the layout, and above 0
    // The text as a header row split at '|': each field goes to one cell at most.
    std::vector<HeaderCell> cells;
    for (std::size_t start = 0, column = 0; start <= text.size(); ++column)
    {
        const std::size_t end = std::min(text.find('|', start), text.size());
        cells.push_back(HeaderCell{static_cast<int>(column), 1,
                                   std::string(text.substr(start, end - start))});
        start = end + 1;
        if (cells.size() == 40)
            break;
    }
    const HeaderAssignment assignment = assignHeader(cells, layout);
    std::vector<std::string> taken;
    for (const CellMatch& match : assignment.cells)
        if (!match.field.empty())
        {
            if (std::find(taken.begin(), taken.end(), match.field) != taken.end())
                __builtin_trap();
            taken.push_back(match.field);
        }
    (void)readAims(text, layout);
    (void)readCharacteristics(text, layout);
    return 0;
}
