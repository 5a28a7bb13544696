// Owner cells split into owners, and the key that makes two spellings one owner.
#include "FuzzInput.hpp"

#include "eqplan/PlanReader.hpp"

#include <set>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace eqplan;
    std::set<std::string> keys;
    for (const std::string& owner : splitOwners(fuzz::asText(data, size)))
    {
        // Owners are trimmed, non-empty and, by their key, distinct.
        if (owner.empty() || !keys.insert(ownerKey(owner)).second)
            __builtin_trap();
    }
    return 0;
}
