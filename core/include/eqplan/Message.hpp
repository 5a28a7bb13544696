// Words eqplan says to a person (a check's finding, a bridge error, an undo step's title) with a
// key and arguments, so that a caller with a string catalogue (the deck) can say them in its
// user-interface language, while core and the bridge stay free of any catalogue: a message gives
// its British English words too, which the CLI prints as they are.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace eqplan
{
// A message: its key in a catalogue, its arguments in the order {0}, {1}... take them, and its
// words in British English with the arguments filled in.
struct Message
{
    std::string key; // "undoAddProgress"; empty for words that have no key (a name, a number)
    std::vector<std::string> arguments; // as they are filled into `english`
    std::string english;                // "Add progress to objective 2"
    // Arguments that are words themselves ("Row 7"), one per argument, or none: a catalogue says
    // each in its own language; one with no key is said as its English.
    std::vector<Message> parts = {};
};

// `pattern` with each "{0}", "{1}"... replaced by that argument, in one pass: braces in an
// argument (a file name) are left as they are. A placeholder without its argument stays.
inline std::string filledIn(std::string_view pattern, const std::vector<std::string>& arguments)
{
    std::string out;
    out.reserve(pattern.size());
    for (std::size_t at = 0; at < pattern.size();)
    {
        const std::size_t close =
            pattern[at] == '{' ? pattern.find('}', at) : std::string_view::npos;
        if (close != std::string_view::npos && close > at + 1 && close - at <= 3 &&
            pattern.find_first_not_of("0123456789", at + 1) == close)
        {
            const std::size_t index =
                std::stoul(std::string(pattern.substr(at + 1, close - at - 1)));
            if (index < arguments.size())
            {
                out += arguments[index];
                at = close + 1;
                continue;
            }
        }
        out += pattern[at++];
    }
    return out;
}

// A message of `key` whose British English is `pattern` with its arguments filled in, so that a
// throw reads as one line: Error(kind, keyed(KEY, "No table {0}.", {number})).
// The catalogues give `key` the words of `pattern` (en_GB word for word; the test checks).
inline Message keyed(std::string key, std::string_view pattern,
                     std::vector<std::string> arguments = {})
{
    std::string english = filledIn(pattern, arguments);
    return Message{std::move(key), std::move(arguments), std::move(english), {}};
}

// Words with no key, as an argument of keyed(): a name, a number, a quotation of the document.
inline Message plain(std::string words)
{
    return Message{std::string(), {}, std::move(words), {}};
}

// A message of `key` whose arguments are messages themselves ("Row 7" in "Row 7 writes ..."), each
// filled in by its English here and worded on its own by a catalogue.
inline Message keyed(std::string key, std::string_view pattern, std::vector<Message> parts)
{
    std::vector<std::string> arguments;
    arguments.reserve(parts.size());
    for (const Message& part : parts)
        arguments.push_back(part.english);
    Message message = keyed(std::move(key), pattern, std::move(arguments));
    message.parts = std::move(parts);
    return message;
}

// "a", "a and b", "a, b and c", keyed ("listAnd", "listComma") with the items as its parts.
Message listWords(std::vector<Message> items);

// How a caller words a message (the deck: its catalogue in the UI language). Unset: in English.
using Wording = std::function<std::string(const Message&)>;

// The words of `message` as `wording` gives them, else its English.
inline std::string worded(const Wording& wording, const Message& message)
{
    return wording ? wording(message) : message.english;
}

// The words of `message` with `pattern` (the catalogue's words for its key) and its arguments,
// each part said by `say` first.
inline std::string wordedWith(std::string_view pattern, const Message& message,
                              const std::function<std::string(const Message&)>& say)
{
    if (message.parts.empty())
        return filledIn(pattern, message.arguments);
    std::vector<std::string> arguments;
    arguments.reserve(message.parts.size());
    for (const Message& part : message.parts)
        arguments.push_back(say(part));
    return filledIn(pattern, arguments);
}
} // namespace eqplan
