// Words the bridge says to a person (an error, an undo step's title) with a key and arguments, so
// that a caller with a string catalogue (the deck) can say them in its user-interface language,
// while the bridge stays free of any catalogue: it gives the British English words too, which the
// CLI prints as they are.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace eqplan::bridge
{
// A message: its key in a catalogue, its arguments in the order {0}, {1}... take them, and its
// words in British English with the arguments filled in.
struct Message
{
    std::string key; // "undoAddProgress"; empty for words that have no key (yet)
    std::vector<std::string> arguments;
    std::string english; // "Add progress to objective 2"
};

// How a caller words a message (the deck: its catalogue in the UI language). Unset: in English.
using Wording = std::function<std::string(const Message&)>;

// The words of `message` as `wording` gives them, else its English.
inline std::string worded(const Wording& wording, const Message& message)
{
    return wording ? wording(message) : message.english;
}
} // namespace eqplan::bridge
