// Writing a file through LibreOffice so that it is either whole or not there, and stays the file
// it was (owner, group, mode, hard links, the symlink that leads to it): the one way the bridge
// stores documents and exports PDFs.
#pragma once

#include "eqplan/bridge/Error.hpp"
#include "eqplan/bridge/Strings.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/uno/Exception.hpp>
#include <osl/file.hxx>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <string>
#include "PackageSize.hpp"

#include <algorithm>
#include <optional>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace eqplan::bridge
{
// Records that `file` was written in full (Office.cpp): what the CLI reports after an interrupt.
void noteWritten(const std::filesystem::path& file);

// The signal that interrupted this process, or 0 (Office.cpp).
int interruptedBy();

namespace atomic_store
{
namespace fs = std::filesystem;

// The file `target` names: the end of its chain of symlinks (a dangling link's target is the file
// to create), so that the file is replaced in its own folder and the links stay links.
inline fs::path resolveLinks(const fs::path& target)
{
    fs::path path = fs::absolute(target);
    std::error_code ec;
    // 40 hops, as the kernel allows (ELOOP after that).
    for (int hop = 0; hop < 40 && fs::is_symlink(fs::symlink_status(path, ec)); ++hop)
    {
        const fs::path next = fs::read_symlink(path, ec);
        if (ec)
            break;
        path = (next.is_absolute() ? next : path.parent_path() / next).lexically_normal();
    }
    return path;
}

// `name` cut to fit, with a dot before it and ".eqplan-XXXXXX" after it, in a name of at most 255
// bytes (NAME_MAX): a plan's name may be up to 255 bytes itself. Never cuts a UTF-8 sequence.
inline std::string shortened(const std::string& name)
{
    constexpr std::size_t room = 255 - 1 - 14;
    if (name.size() <= room)
        return name;
    std::size_t end = room;
    while (end > 0 && (static_cast<unsigned char>(name[end]) & 0xC0) == 0x80)
        --end;
    return name.substr(0, end);
}

// The bytes free in `folder`'s file system for this user, or nothing when it cannot be told.
inline std::optional<std::uint64_t> freeSpace(const fs::path& folder)
{
    std::error_code ec;
    const fs::space_info space = fs::space(folder, ec);
    if (ec)
        return std::nullopt;
    return static_cast<std::uint64_t>(space.available);
}

// Why LibreOffice could not write `target` when a folder it writes into is full, in words
// ("the folder /srv/plans is full (12 KB free; the plan needs about 80 KB)"), else empty.
inline std::string fullFolderFor(const fs::path& target)
{
    std::error_code ec;
    const std::uint64_t needs = std::max<std::uint64_t>(fs::file_size(target, ec) * 2, 100'000);
    if (const std::optional<std::uint64_t> free = freeSpace(target.parent_path());
        free && *free < needs)
        return "the folder " + target.parent_path().string() + " is full (" + sizeInWords(*free) +
               " free; the plan needs about " + sizeInWords(needs) + ")";
    // The office's own temporary files are in eqplan's private folder there (Office.cpp).
    const fs::path temporary = fs::temp_directory_path(ec);
    if (const std::optional<std::uint64_t> free = freeSpace(temporary); free && *free < needs)
        return "the temporary folder " + temporary.string() + " is full (" + sizeInWords(*free) +
               " free; LibreOffice needs about " + sizeInWords(needs) +
               " there). Free some space there, or set TMPDIR to a folder with room";
    return {};
}

// Syncs a file's data to disk, so that a copy counted on as whole is whole after a crash too.
inline bool syncFile(const fs::path& file)
{
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

// Writes the whole content of `from` into the file open as `to` from its start and cuts it to
// that length; 0, or the errno of what failed.
inline int copyInto(const fs::path& from, int to)
{
    const int in = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return errno;
    char buffer[1 << 16];
    off_t offset = 0;
    int error = 0;
    for (;;)
    {
        const ssize_t got = ::read(in, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
        {
            error = got < 0 ? errno : 0;
            break;
        }
        for (ssize_t done = 0; done < got && !error;)
        {
            const ssize_t put =
                ::pwrite(to, buffer + done, static_cast<std::size_t>(got - done), offset + done);
            if (put < 0 && errno != EINTR)
                error = errno;
            else if (put == 0)
                error = EIO;
            done += put > 0 ? put : 0;
        }
        if (error)
            break;
        offset += got;
    }
    ::close(in);
    if (!error && (::ftruncate(to, offset) != 0 || ::fsync(to) != 0))
        error = errno;
    return error;
}

// Writes the new file `fresh` into the existing `target`'s own inode, which keeps every hard
// link to it and its owner, group and mode without any right to set them. No rename makes that
// atomic, so both whole versions are on disk in the private `folder` before a byte of `target`
// changes: `fresh` and a copy of `target` as it was. If writing fails (disk full), the old
// content is copied back; if the process dies meanwhile (SIGKILL, power), the folder
// ".NAME.eqplan-XXXXXX" beside the plan still holds both, whole. Sets `keepFolder` and says so
// when the old content could not be put back. Throws Error.
inline void writeIntoInode(const fs::path& fresh, const fs::path& target, const fs::path& folder,
                           bool& keepFolder)
{
    const fs::path previous = folder / ("previous-" + shortened(target.filename().string()));
    std::error_code ec;
    fs::copy_file(target, previous, ec);
    if (ec || !syncFile(previous) || !syncFile(fresh))
        throw Error(Error::Kind::NotWritable,
                    "Could not keep a copy of " + target.string() + " while writing it (" +
                        (ec ? ec.message() : std::string(std::strerror(errno))) +
                        "); it was not changed.");
    const int fd = ::open(target.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        throw Error(Error::Kind::NotWritable,
                    "Could not write into " + target.string() + " (" + std::strerror(errno) +
                        "), and replacing it would change its owner or break its hard links; it "
                        "was not changed.");
    const int error = copyInto(fresh, fd);
    if (error)
    {
        const int restoreError = copyInto(previous, fd);
        ::close(fd);
        if (restoreError)
        {
            keepFolder = true;
            throw Error(Error::Kind::NotWritable,
                        "Could not write " + target.string() + " (" + std::strerror(error) +
                            ") nor put it back as it was (" + std::strerror(restoreError) +
                            "): the plan as it was is in " + previous.string() + ".");
        }
        throw Error(Error::Kind::NotWritable, "Could not write " + target.string() + ": " +
                                                  std::strerror(error) + "; it was not changed.");
    }
    ::close(fd);
}

// Gives `fresh` the owner, group and mode of `existing`; false when this process may not give
// that owner or group (a colleague updating a shared plan).
inline bool takeIdentity(const fs::path& fresh, const struct stat& existing)
{
    if ((existing.st_uid != ::geteuid() || existing.st_gid != ::getegid()) &&
        ::chown(fresh.c_str(), existing.st_uid, existing.st_gid) != 0)
        return false;
    // After chown, which clears the set-ID bits.
    return ::chmod(fresh.c_str(), existing.st_mode & 07777) == 0;
}

// Test hooks (documented in uno-bridge/README.md, "Writing"): EQPLAN_TEST_SIGNAL_BEFORE_WRITE=N
// raises signal N just before LibreOffice writes the new file, EQPLAN_TEST_SIGNAL_AFTER_WRITE=N
// right after it was put in place, as a Ctrl+C arriving then would.
inline void testHook(const char* variable)
{
    if (const char* hook = std::getenv(variable); hook && *hook)
        std::raise(std::atoi(hook));
}
} // namespace atomic_store

// Words: LibreOffice refusing to write has a key (the deck meets it publishing); the errors of the
// disk itself (full, a folder it may not write, hard links, an interrupted run) stay in English.

// Stores `document` with `arguments` (filter, filter data) into a private folder made beside the
// file `target` names (through its symlinks: one file system, so the final rename is atomic), then
// puts it in place. A new file is renamed into place (mode 644). An existing one stays the file it
// was: renamed over with its owner, group and mode when it has no other hard link and this process
// may give them; else written into (see writeIntoInode). The folder goes however this ends, with
// whatever LibreOffice left in it (its own temporary and lock files, which an office killed
// mid-write leaves behind). Throws Error; `target` is then as it was.
inline void storeAtomically(const css::uno::Reference<css::frame::XStorable>& document,
                            const std::filesystem::path& target,
                            css::uno::Sequence<css::beans::PropertyValue> arguments)
{
    namespace fs = std::filesystem;
    const fs::path absolute = atomic_store::resolveLinks(target);
    std::string pattern =
        (absolute.parent_path() / ("." + atomic_store::shortened(absolute.filename().string()) +
                                   ".eqplan-XXXXXX"))
            .string();
    if (::mkdtemp(pattern.data()) == nullptr)
        throw Error(Error::Kind::NotWritable, "Cannot write into " +
                                                  absolute.parent_path().string() + ": " +
                                                  std::strerror(errno) + ".");
    const fs::path folder = pattern;
    const fs::path temporary = folder / absolute.filename();
    struct Cleanup
    {
        const fs::path& folder;
        bool keep = false;
        ~Cleanup()
        {
            std::error_code ec;
            if (!keep)
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
        atomic_store::testHook("EQPLAN_TEST_SIGNAL_BEFORE_WRITE");
        // Interrupted, nothing more is written: in an office the user runs, which goes on
        // running, the write could otherwise still start after Ctrl+C.
        if (interruptedBy())
            throw Error(Error::Kind::Office, "Interrupted before writing " + target.string() + ".");
        // storeToURL writes a copy: the document keeps its own location.
        document->storeToURL(url, arguments);
        // Whole on disk before it takes the plan's name, so that a crash cannot leave it empty.
        atomic_store::syncFile(temporary);
        struct stat existing
        {
        };
        if (::stat(absolute.c_str(), &existing) != 0)
        {
            fs::permissions(temporary, fs::perms::owner_read | fs::perms::owner_write |
                                           fs::perms::group_read | fs::perms::others_read);
            fs::rename(temporary, absolute);
        }
        else if (!S_ISREG(existing.st_mode) ||
                 (existing.st_nlink == 1 && atomic_store::takeIdentity(temporary, existing)))
            fs::rename(temporary, absolute);
        else
            atomic_store::writeIntoInode(temporary, absolute, folder, cleanup.keep);
    }
    catch (const css::uno::Exception& e)
    {
        if (const std::string full = atomic_store::fullFolderFor(absolute); !full.empty())
            throw Error(Error::Kind::NotWritable, "LibreOffice could not write " +
                                                      target.filename().string() + ": " + full +
                                                      "; it was not changed.");
        throw Error(Error::Kind::Office, keyed("errorCannotWrite",
                                               "LibreOffice could not write {0} ({1}); it was not "
                                               "changed.",
                                               {target.filename().string(), toUtf8(e.Message)}));
    }
    catch (const fs::filesystem_error& e)
    {
        throw Error(Error::Kind::NotWritable, "Could not replace " + target.string() + ": " +
                                                  e.code().message() + "; it was not changed.");
    }
    noteWritten(target);
    atomic_store::testHook("EQPLAN_TEST_SIGNAL_AFTER_WRITE");
}
} // namespace eqplan::bridge
