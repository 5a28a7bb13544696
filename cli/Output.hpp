// Standard output and error as eqplan writes them: document text made safe for a terminal, and
// every write checked.
#pragma once

#include "eqplan/UserText.hpp"

#include <streambuf>
#include <string>

namespace eqplan::cli
{
// A stream buffer that passes whole lines on to `target` with their control characters escaped
// (escapeControls), so that a document's text never drives the terminal; a line is held back until
// its end, so that no UTF-8 sequence is cut in two. Remembers the first write that failed.
class EscapingBuffer : public std::streambuf
{
public:
    // Writes into `target`, which must outlive this buffer.
    EscapingBuffer(std::streambuf* target, EscapeStyle style);

    // The errno of the first write or flush that failed, or 0.
    int error() const { return m_error; }

protected:
    int_type overflow(int_type c) override;
    std::streamsize xsputn(const char* s, std::streamsize n) override;
    int sync() override;

private:
    // Passes on `m_pending` up to and including byte `end`; false when that write failed.
    bool pass(std::size_t end);

    std::streambuf* m_target;
    EscapeStyle m_style;
    std::string m_pending;
    int m_error = 0;
};

// Puts EscapingBuffers under std::cout (in `outStyle`) and std::cerr (terminal style) for its
// lifetime, and checks at the end that everything written got out.
class CheckedOutput
{
public:
    // Installs the buffers.
    explicit CheckedOutput(EscapeStyle outStyle);
    // Puts the streams' own buffers back.
    ~CheckedOutput();

    CheckedOutput(const CheckedOutput&) = delete;
    CheckedOutput& operator=(const CheckedOutput&) = delete;

    // Flushes both streams; the errno of the first failed write to standard output, or 0.
    int finishOutput();

    // The errno of the first failed write to standard error, or 0 (after finishOutput).
    int errorStreamError() const;

private:
    std::streambuf* m_outTarget;
    std::streambuf* m_errTarget;
    EscapingBuffer m_out;
    EscapingBuffer m_err;
};
} // namespace eqplan::cli
