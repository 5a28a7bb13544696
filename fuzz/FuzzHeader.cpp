// Header recognition, and the duty and characteristics cells read by the layout's words.
#include "FuzzInput.hpp"

#include "eqplan/PlanReader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace eqplan;
    const Layout& layout = fuzz::sourceSchemas().layout;
    const std::string_view text = fuzz::asText(data, size);
    const std::string field = fieldForHeader(text, layout);
    if (!field.empty() && !layout.field(field))
        __builtin_trap(); // a header names one of the layout's fields or none
    (void)readAims(text, layout);
    (void)readCharacteristics(text, layout);
    return 0;
}
