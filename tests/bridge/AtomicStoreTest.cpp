// Writing a new version into a plan's own inode (a plan with hard links, or one whose owner this
// process may not give a new file), on a file system that fills up halfway: the old content is
// put back, whole. Issue 18, item 2: "still never half-written".
#include "AtomicStore.hpp"

#include <gtest/gtest.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/mount.h>
#include <sys/stat.h>

namespace
{
namespace fs = std::filesystem;
using eqplan::bridge::Error;
using eqplan::bridge::atomic_store::writeIntoInode;

void writeBytes(const fs::path& path, std::size_t size, char fill)
{
    std::ofstream(path, std::ios::binary) << std::string(size, fill);
}

std::string readBytes(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

ino_t inodeOf(const fs::path& path)
{
    struct stat s
    {
    };
    ::stat(path.c_str(), &s);
    return s.st_ino;
}

// A tmpfs of 16 pages of its own, unmounted at the end; skips the test where mounting is not
// allowed (not root, or a container without the right).
class SmallFileSystem : public testing::Test
{
protected:
    void SetUp() override
    {
        std::string pattern = (fs::temp_directory_path() / "eqplan-tmpfs-XXXXXX").string();
        ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
        m_root = pattern;
        if (::mount("tmpfs", m_root.c_str(), "tmpfs", 0, "size=64k") != 0)
        {
            const std::string why = std::strerror(errno);
            fs::remove(m_root);
            m_root.clear();
            GTEST_SKIP() << "cannot mount a small tmpfs here (" << why
                         << "): the full-disk case needs root and a mount";
        }
    }

    void TearDown() override
    {
        if (m_root.empty())
            return;
        ::umount(m_root.c_str());
        fs::remove_all(m_root);
    }

    // plan.docx of 8 KB of 'o', hard-linked as also-the-plan.docx, and the private folder an
    // in-place write works in.
    void makeLinkedPlan()
    {
        m_target = m_root / "plan.docx";
        m_link = m_root / "also-the-plan.docx";
        m_folder = m_root / ".plan.docx.eqplan-test";
        fs::create_directory(m_folder);
        writeBytes(m_target, 8192, 'o');
        fs::create_hard_link(m_target, m_link);
    }

    fs::path m_root;
    fs::path m_target;
    fs::path m_link;
    fs::path m_folder;
};

TEST_F(SmallFileSystem, FullDiskWhileWritingIntoTheInodePutsTheOldContentBack)
{
    makeLinkedPlan();
    const fs::path& target = m_target;
    const fs::path& link = m_link;
    const fs::path& folder = m_folder;
    // The new version lives elsewhere; here only the copy of the old one and the growth count.
    const fs::path fresh =
        fs::temp_directory_path() / ("eqplan-fresh-" + std::to_string(::getpid()));
    writeBytes(fresh, 40960, 'n');
    // Leave room for the old copy (2 pages) and a little of the growth (8 pages): not all of it.
    const std::uintmax_t free = fs::space(m_root).available;
    ASSERT_GT(free, 5u * 4096u);
    writeBytes(m_root / "filler", free - 5 * 4096, 'f');

    bool keepFolder = false;
    try
    {
        writeIntoInode(fresh, target, folder, keepFolder);
        ADD_FAILURE() << "writing 40 KB into a file system with 12 KB free succeeded";
    }
    catch (const Error& e)
    {
        EXPECT_EQ(std::string(e.what()), "Could not write " + target.string() +
                                             ": No space left on device; it was not changed.");
    }
    EXPECT_FALSE(keepFolder);
    EXPECT_EQ(readBytes(target), std::string(8192, 'o'));
    EXPECT_EQ(inodeOf(target), inodeOf(link));
    fs::remove(fresh);
}

TEST_F(SmallFileSystem, WritingIntoTheInodeKeepsTheHardLinks)
{
    makeLinkedPlan();
    const fs::path& target = m_target;
    const fs::path& link = m_link;
    const fs::path& folder = m_folder;
    const fs::path fresh = folder / "plan.docx";
    writeBytes(fresh, 5000, 'n');
    bool keepFolder = false;
    writeIntoInode(fresh, target, folder, keepFolder);
    EXPECT_EQ(readBytes(link), std::string(5000, 'n'));
    EXPECT_EQ(inodeOf(target), inodeOf(link));
    EXPECT_FALSE(keepFolder);
}
} // namespace
