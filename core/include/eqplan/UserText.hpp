// Text a user gives eqplan to write into a plan (an item, a value, a name), checked once for the
// characters a document cannot show; and document text made safe to print on a terminal.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace eqplan
{
// What checkUserText found.
enum class UserTextStatus
{
    Ok,
    LineBreak,        // U+000A or U+000D: the text is more than one line
    ControlCharacter, // another C0 control (U+0000–U+001F, tab included), U+007F or a C1 control
    InvalidUtf8,      // a byte sequence that is not UTF-8
};

// The result of checkUserText: where the first refused character is and what it is.
struct UserTextCheck
{
    UserTextStatus status = UserTextStatus::Ok;
    char32_t character = 0; // the refused character (the first byte for InvalidUtf8)
    std::size_t offset = 0; // its byte offset in the text
    std::size_t column = 0; // its position in characters, counted from 1

    // True when the text may be written as it is.
    explicit operator bool() const { return status == UserTextStatus::Ok; }

    // "U+001B (escape) at character 6", "a line break (U+000A) at character 3", "the byte 0xFF
    // that is not UTF-8 at character 2"; empty when Ok.
    std::string description() const;
};

// Checks text meant for a plan: line breaks, other control characters and bytes that are not
// UTF-8 are refused (a document drops some, keeps others raw, and shows none of them).
UserTextCheck checkUserText(std::string_view text);

// "U+001B": the code point's usual name in four or more hex digits.
std::string codePointName(char32_t character);

// How escapeControls writes a control character out.
enum class EscapeStyle
{
    Terminal, // "\x1b" for C0 and U+007F, "\u009b" for C1: for text a person reads
    Json,     // "\u001b" for all: still valid inside a JSON string, and the same string
};

// `text` with its control characters (C0 except line feed and tab, U+007F, C1) written out so
// that a terminal shows them instead of obeying them. Other text, invalid bytes included, is kept
// as it is; a backslash already in the text is kept too.
std::string escapeControls(std::string_view text, EscapeStyle style);
} // namespace eqplan
