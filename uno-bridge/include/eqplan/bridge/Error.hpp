// The one exception the bridge throws: a plain-words message and what kind of failure it was.
#pragma once

#include "eqplan/bridge/Message.hpp"

#include <stdexcept>
#include <string>

namespace eqplan::bridge
{
class Error : public std::runtime_error
{
public:
    enum class Kind
    {
        NotReadable, // the file is missing, not a document, damaged, protected, or not text
        Office,      // LibreOffice is missing, would not start, or failed
        InUse        // the file is locked: another eqplan run, a LibreOffice user, a stale lock
    };

    Error(Kind kind, const std::string& message)
        : std::runtime_error(message), m_kind(kind), m_message{{}, {}, message}
    {
    }
    // An error whose words a caller may say in its own language (what() is the English).
    Error(Kind kind, Message message)
        : std::runtime_error(message.english), m_kind(kind), m_message(std::move(message))
    {
    }

    Kind kind() const { return m_kind; }
    // The message with its key and arguments; its key is empty where the words have none.
    const Message& message() const { return m_message; }

private:
    Kind m_kind;
    Message m_message;
};
} // namespace eqplan::bridge
