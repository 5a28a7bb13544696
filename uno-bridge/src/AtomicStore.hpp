// Writing a file through LibreOffice so that it is either whole or not there: the one way the
// bridge stores documents and exports PDFs.
#pragma once

#include "eqplan/bridge/Error.hpp"
#include "eqplan/bridge/Strings.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/uno/Exception.hpp>
#include <osl/file.hxx>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <system_error>

namespace eqplan::bridge
{
// Stores `document` with `arguments` (filter, filter data) into a private folder made beside
// `target` (one file system, so the final rename is atomic), then renames the file over `target`
// with `target`'s permissions (or the usual ones). The folder goes however this ends, with
// whatever LibreOffice left in it (its own temporary and lock files, which an office killed
// mid-write leaves behind). Throws Error; `target` is then as it was.
inline void storeAtomically(const css::uno::Reference<css::frame::XStorable>& document,
                            const std::filesystem::path& target,
                            css::uno::Sequence<css::beans::PropertyValue> arguments)
{
    namespace fs = std::filesystem;
    const fs::path absolute = fs::absolute(target);
    std::string pattern =
        (absolute.parent_path() / ("." + absolute.filename().string() + ".eqplan-XXXXXX")).string();
    if (::mkdtemp(pattern.data()) == nullptr)
        throw Error(Error::Kind::NotReadable, "Cannot write into " +
                                                  absolute.parent_path().string() + ": " +
                                                  std::strerror(errno) + ".");
    const fs::path folder = pattern;
    const fs::path temporary = folder / absolute.filename();
    struct Cleanup
    {
        const fs::path& folder;
        ~Cleanup()
        {
            std::error_code ec;
            fs::remove_all(folder, ec);
        }
    } cleanup{folder};
    try
    {
        rtl::OUString url;
        osl::FileBase::getFileURLFromSystemPath(fromUtf8(temporary.string()), url);
        const sal_Int32 count = arguments.getLength();
        arguments.realloc(count + 1);
        arguments.getArray()[count].Name = "Overwrite";
        arguments.getArray()[count].Value <<= true;
        // storeToURL writes a copy: the document keeps its own location.
        document->storeToURL(url, arguments);
        std::error_code ec;
        const fs::perms perms = fs::exists(absolute, ec)
                                    ? fs::status(absolute, ec).permissions()
                                    : fs::perms::owner_read | fs::perms::owner_write |
                                          fs::perms::group_read | fs::perms::others_read;
        fs::permissions(temporary, perms, ec);
        fs::rename(temporary, absolute);
    }
    catch (const css::uno::Exception& e)
    {
        throw Error(Error::Kind::Office, "LibreOffice could not write " +
                                             target.filename().string() + " (" + toUtf8(e.Message) +
                                             "); it was not changed.");
    }
    catch (const fs::filesystem_error& e)
    {
        throw Error(Error::Kind::NotReadable, "Could not replace " + target.string() + ": " +
                                                  e.code().message() + "; it was not changed.");
    }
}
} // namespace eqplan::bridge
