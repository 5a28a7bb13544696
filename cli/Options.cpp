#include "Options.hpp"

#include "eqplan/UserText.hpp"

#include <algorithm>
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
    std::cerr << "eqplan: " << option << " has " << check.description() << ": " << advice
              << ". Nothing was changed.\n";
    return false;
}

std::size_t endOfOptions(const std::vector<std::string>& arguments)
{
    return static_cast<std::size_t>(std::find(arguments.begin(), arguments.end(), "--") -
                                    arguments.begin());
}

bool takeTimings(std::vector<std::string>& arguments)
{
    return takeFlag(arguments, "--timings");
}

std::optional<std::string> takeValue(std::vector<std::string>& arguments, std::string_view option,
                                     bool& missing)
{
    std::optional<std::string> value;
    const std::string prefix = std::string(option) + "=";
    for (std::size_t i = 0; i < endOfOptions(arguments);)
    {
        if (arguments[i] == option)
        {
            if (i + 1 >= endOfOptions(arguments))
            {
                missing = true;
                arguments.erase(arguments.begin() + static_cast<std::ptrdiff_t>(i));
                continue;
            }
            value = arguments[i + 1];
            arguments.erase(arguments.begin() + static_cast<std::ptrdiff_t>(i),
                            arguments.begin() + static_cast<std::ptrdiff_t>(i + 2));
        }
        else if (arguments[i].rfind(prefix, 0) == 0)
        {
            value = arguments[i].substr(prefix.size());
            arguments.erase(arguments.begin() + static_cast<std::ptrdiff_t>(i));
        }
        else
            ++i;
    }
    return value;
}

bool takeFlag(std::vector<std::string>& arguments, std::string_view flag)
{
    const auto end = arguments.begin() + static_cast<std::ptrdiff_t>(endOfOptions(arguments));
    const auto kept = std::remove(arguments.begin(), end, flag);
    const bool found = kept != end;
    arguments.erase(kept, end);
    return found;
}
} // namespace eqplan::cli
