#include "Options.hpp"

#include "Command.hpp"

#include "eqplan/UserText.hpp"

#include <iostream>

namespace eqplan::cli
{
namespace
{
// What to give instead of a text of several lines, for each option that takes a list.
std::string oneLineAdvice(std::string_view option)
{
    if (option == "--item")
        return "give each point its own --item";
    if (option == "--value")
        return "give each item or line its own --value";
    if (option == "--field")
        return "give each item its own --field FIELD=VALUE";
    return "give it on one line";
}
} // namespace

bool acceptText(std::string_view option, std::string_view text)
{
    const UserTextCheck check = checkUserText(text);
    if (check)
        return true;
    std::string advice;
    switch (check.status)
    {
    case UserTextStatus::LineBreak:
        advice = oneLineAdvice(option);
        break;
    case UserTextStatus::InvalidUtf8:
        advice = "give the text in UTF-8";
        break;
    default:
        advice = "a plan cannot show it, so eqplan does not write it";
        break;
    }
    std::cerr << messageStart() << option << " has " << check.description() << ": " << advice
              << ". Nothing was changed.\n";
    return false;
}

} // namespace eqplan::cli
