// Fills "{0}", "{1}"... of a UI string.
#pragma once

#include <initializer_list>
#include <string>

namespace eqplan::ui
{
inline std::string format(const char* pattern, std::initializer_list<std::string> arguments)
{
    std::string out(pattern);
    std::size_t index = 0;
    for (const std::string& argument : arguments)
    {
        const std::string placeholder = "{" + std::to_string(index++) + "}";
        for (std::size_t at = out.find(placeholder); at != std::string::npos;
             at = out.find(placeholder, at + argument.size()))
            out.replace(at, placeholder.size(), argument);
    }
    return out;
}
} // namespace eqplan::ui
