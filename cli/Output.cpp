#include "Output.hpp"

#include <cerrno>
#include <cstdio>
#include <iostream>

namespace eqplan::cli
{
EscapingBuffer::EscapingBuffer(std::streambuf* target, EscapeStyle style)
    : m_target(target), m_style(style)
{
}

EscapingBuffer::int_type EscapingBuffer::overflow(int_type c)
{
    if (traits_type::eq_int_type(c, traits_type::eof()))
        return traits_type::not_eof(c);
    m_pending += traits_type::to_char_type(c);
    if (traits_type::to_char_type(c) == '\n' && !pass(m_pending.size()))
        return traits_type::eof();
    return c;
}

std::streamsize EscapingBuffer::xsputn(const char* s, std::streamsize n)
{
    m_pending.append(s, static_cast<std::size_t>(n));
    const std::size_t lastLine = m_pending.rfind('\n');
    if (lastLine != std::string::npos && !pass(lastLine + 1))
        return 0;
    return n;
}

int EscapingBuffer::sync()
{
    // A flush passes on what is held back too: a prompt or a last line without its end.
    if (!pass(m_pending.size()))
        return -1;
    errno = 0;
    if (m_target->pubsync() != 0)
    {
        m_error = m_error ? m_error : (errno ? errno : EIO);
        return -1;
    }
    return 0;
}

bool EscapingBuffer::pass(std::size_t end)
{
    const std::string out = escapeControls(std::string_view(m_pending).substr(0, end), m_style);
    m_pending.erase(0, end);
    errno = 0;
    if (m_target->sputn(out.data(), static_cast<std::streamsize>(out.size())) !=
        static_cast<std::streamsize>(out.size()))
    {
        m_error = m_error ? m_error : (errno ? errno : EIO);
        return false;
    }
    return true;
}

CheckedOutput::CheckedOutput(EscapeStyle outStyle)
    : m_outTarget(std::cout.rdbuf()), m_errTarget(std::cerr.rdbuf()), m_out(m_outTarget, outStyle),
      m_err(m_errTarget, EscapeStyle::Terminal)
{
    std::cout.rdbuf(&m_out);
    std::cerr.rdbuf(&m_err);
}

CheckedOutput::~CheckedOutput()
{
    std::cout.flush();
    std::cerr.flush();
    std::cout.rdbuf(m_outTarget);
    std::cerr.rdbuf(m_errTarget);
}

int CheckedOutput::finishOutput()
{
    std::cout.flush();
    std::cerr.flush();
    // Through stdio too: its buffer is where a full disk shows (std::cout writes into it).
    errno = 0;
    if (std::fflush(stdout) != 0 && !m_out.error())
        return errno ? errno : EIO;
    if (std::ferror(stdout) && !m_out.error())
        return EIO;
    return m_out.error();
}

int CheckedOutput::errorStreamError() const
{
    return m_err.error() ? m_err.error() : (std::ferror(stderr) ? EIO : 0);
}
} // namespace eqplan::cli
