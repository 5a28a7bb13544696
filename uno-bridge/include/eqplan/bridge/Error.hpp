// The one exception the bridge throws: a plain-words message and what kind of failure it was.
#pragma once

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

    Error(Kind kind, const std::string& message) : std::runtime_error(message), m_kind(kind) {}

    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};
} // namespace eqplan::bridge
