// OUString ↔ UTF-8 std::string: the one place eqplan converts between the two; the extension,
// the CLI and the tools call these too.
#pragma once

#include <rtl/ustring.hxx>

#include <string>
#include <string_view>

namespace eqplan::bridge
{
inline std::string toUtf8(const rtl::OUString& s)
{
    const rtl::OString utf8 = OUStringToOString(s, RTL_TEXTENCODING_UTF8);
    return std::string(utf8.getStr(), static_cast<std::size_t>(utf8.getLength()));
}

inline rtl::OUString fromUtf8(std::string_view s)
{
    return rtl::OUString(s.data(), static_cast<sal_Int32>(s.size()), RTL_TEXTENCODING_UTF8);
}
} // namespace eqplan::bridge
