#include "eqplan/bridge/FlatOdf.hpp"

namespace eqplan::bridge
{
FlatOdfResult readFlatOdf(const std::filesystem::path&)
{
    return FlatOdfResult{{}, "not implemented yet"};
}

FlatOdfResult readFlatOdfString(std::string_view)
{
    return FlatOdfResult{{}, "not implemented yet"};
}
} // namespace eqplan::bridge
