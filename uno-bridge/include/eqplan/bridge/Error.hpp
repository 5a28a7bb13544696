// The one exception the bridge throws: a plain-words message and what kind of failure it was.
// The CLI turns each kind into its exit code in one place (cli/ExitCodes.hpp); the sidebar shows
// the message.
#pragma once

#include "eqplan/bridge/Message.hpp"

#include <stdexcept>
#include <string>

namespace eqplan::bridge
{
class Error : public std::runtime_error
{
public:
    // What went wrong, as a caller decides what to do about it.
    enum class Kind
    {
        NotReadable, // the file is missing, not a text document, damaged, protected or too big
        NotWritable, // a document open read-only, or a file, folder, temporary folder or disk that
                     // cannot take what eqplan writes
        Stale,       // the document is no longer as eqplan read it (a table, cell or paragraph
                     // gone or changed): read it again
        Refused,     // the plan cannot take the change asked for: an owner it does not name, rows
                     // LibreOffice cannot shape its way, merged cells a fix will not fold, a file
                     // format eqplan does not write, a plan no longer found after a change
        InUse,       // the file is locked: another eqplan run, a LibreOffice user, a stale lock
        Office       // LibreOffice is missing, would not start, or failed
    };

    // An error of `kind` saying `message` (a whole sentence, in plain words).
    Error(Kind kind, const std::string& message)
        : std::runtime_error(message), m_kind(kind), m_message{{}, {}, message}
    {
    }
    // An error whose words a caller may say in its own language (what() is the English).
    Error(Kind kind, Message message)
        : std::runtime_error(message.english), m_kind(kind), m_message(std::move(message))
    {
    }

    // What kind of failure it was.
    Kind kind() const { return m_kind; }
    // The message with its key and arguments; its key is empty where the words have none.
    const Message& message() const { return m_message; }

private:
    Kind m_kind;
    Message m_message;
};
} // namespace eqplan::bridge
