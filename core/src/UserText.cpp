#include "eqplan/UserText.hpp"

#include <cstdio>

namespace eqplan
{
namespace
{
// The names a school's IT technician may know the commonest controls by.
const char* controlName(char32_t c)
{
    switch (c)
    {
    case 0x00:
        return "null";
    case 0x07:
        return "bell";
    case 0x08:
        return "backspace";
    case 0x09:
        return "tab";
    case 0x0A:
        return "line feed";
    case 0x0B:
        return "vertical tab";
    case 0x0C:
        return "form feed";
    case 0x0D:
        return "carriage return";
    case 0x1B:
        return "escape";
    case 0x7F:
        return "delete";
    default:
        return c < 0x20 || (c >= 0x80 && c <= 0x9F) ? "control character" : nullptr;
    }
}

// The length of the UTF-8 sequence at s[pos] and its code point, or 0 if it is not UTF-8.
std::size_t decode(std::string_view s, std::size_t pos, char32_t& out)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    const unsigned char lead = byte(pos);
    std::size_t length = 0;
    char32_t value = 0;
    char32_t minimum = 0;
    if (lead < 0x80)
    {
        out = lead;
        return 1;
    }
    if ((lead & 0xE0) == 0xC0)
    {
        length = 2;
        value = lead & 0x1F;
        minimum = 0x80;
    }
    else if ((lead & 0xF0) == 0xE0)
    {
        length = 3;
        value = lead & 0x0F;
        minimum = 0x800;
    }
    else if ((lead & 0xF8) == 0xF0)
    {
        length = 4;
        value = lead & 0x07;
        minimum = 0x10000;
    }
    else
        return 0;
    if (pos + length > s.size())
        return 0;
    for (std::size_t i = 1; i < length; ++i)
    {
        if ((byte(pos + i) & 0xC0) != 0x80)
            return 0;
        value = (value << 6) | (byte(pos + i) & 0x3F);
    }
    // Overlong forms, surrogates and values past Unicode are not UTF-8.
    if (value < minimum || (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF)
        return 0;
    out = value;
    return length;
}

bool isControl(char32_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F);
}
} // namespace

std::string codePointName(char32_t character)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(character));
    return buffer;
}

std::string UserTextCheck::description() const
{
    const std::string where = " at character " + std::to_string(column);
    switch (status)
    {
    case UserTextStatus::Ok:
        return {};
    case UserTextStatus::LineBreak:
        return std::string("a line break (") + codePointName(character) + ", " +
               controlName(character) + ")" + where;
    case UserTextStatus::ControlCharacter:
        return "the control character " + codePointName(character) + " (" + controlName(character) +
               ")" + where;
    case UserTextStatus::InvalidUtf8:
    {
        char buffer[8];
        std::snprintf(buffer, sizeof buffer, "0x%02X", static_cast<unsigned>(character));
        return std::string("the byte ") + buffer + ", which is not UTF-8," + where;
    }
    }
    return {};
}

UserTextCheck checkUserText(std::string_view text)
{
    std::size_t column = 1;
    for (std::size_t pos = 0; pos < text.size(); ++column)
    {
        char32_t c = 0;
        const std::size_t length = decode(text, pos, c);
        if (length == 0)
            return {UserTextStatus::InvalidUtf8, static_cast<unsigned char>(text[pos]), pos,
                    column};
        if (c == 0x0A || c == 0x0D)
            return {UserTextStatus::LineBreak, c, pos, column};
        if (isControl(c))
            return {UserTextStatus::ControlCharacter, c, pos, column};
        pos += length;
    }
    return {};
}

std::string escapeControls(std::string_view text, EscapeStyle style)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();)
    {
        char32_t c = 0;
        const std::size_t length = decode(text, pos, c);
        char buffer[8];
        if (length == 0)
        {
            out += text[pos++];
            continue;
        }
        if (isControl(c) && c != '\n' && c != '\t')
        {
            std::snprintf(buffer, sizeof buffer,
                          c < 0x80 && style == EscapeStyle::Terminal ? "\\x%02x" : "\\u%04x",
                          static_cast<unsigned>(c));
            out += buffer;
        }
        else
            out.append(text.substr(pos, length));
        pos += length;
    }
    return out;
}
} // namespace eqplan
