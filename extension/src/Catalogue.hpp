// The deck's words in LibreOffice's user-interface language. The words live in string catalogues
// shipped in the extension (strings/eqplan_<language>.properties, read through the office's
// css.resource.StringResourceWithLocation); the code names a word by its key (UiStrings.hpp).
#pragma once

#include "eqplan/bridge/Message.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>

#include <exception>
#include <initializer_list>
#include <string>
#include <vector>

namespace eqplan::ui
{
// A word of the deck, named by its key in the catalogues. It converts to the word itself, so a
// Text goes wherever a std::string does.
struct Text
{
    const char* key;

    // The word in the UI language, else in British English; the key itself if neither catalogue
    // has it (the catalogue test keeps that from shipping).
    operator std::string() const; // NOLINT(google-explicit-constructor): a Text is a word
    std::string str() const { return *this; }
};

inline std::string operator+(const std::string& left, const Text& right)
{
    return left + right.str();
}
inline std::string operator+(const Text& left, const std::string& right)
{
    return left.str() + right;
}

// Reads the catalogues once per process, in the office's UI language (the first call does it;
// later ones return at once). Never throws: without catalogues every word is its key.
void loadCatalogue(const css::uno::Reference<css::uno::XComponentContext>& context);

// The language whose catalogue the deck speaks, as a BCP 47 tag ("en-GB", "cy"); empty before
// loadCatalogue.
std::string catalogueLanguage();

// Fills "{0}", "{1}"... of a word with the arguments, in order.
std::string format(const std::string& pattern, std::initializer_list<std::string> arguments);
std::string format(const std::string& pattern, const std::vector<std::string>& arguments);

// A message of the bridge (an undo step's title, an error) or of core's checks (a finding, a fix)
// in the UI language: the catalogue's words for its key with its arguments filled in, each
// argument that is words itself (Message::parts) said the same way; its English where the
// catalogue has no key.
std::string said(const Message& message);

// How core words what it draws or lists for the deck (Wording): each message as said() says it.
Wording wording();

// What went wrong, for the deck to show: a bridge error's message in the UI language, else the
// exception's own words.
std::string said(const std::exception& error);
} // namespace eqplan::ui
