// LibreOffice's lock file format (svl/source/misc/lockfilecommon.cxx) and a package's unpacked
// size from its zip directory: what eqplan reads before it asks LibreOffice to open a file.
#include "eqplan/bridge/DocumentLock.hpp"
#include "PackageSize.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

namespace
{
using namespace eqplan::bridge;
namespace fs = std::filesystem;

TEST(LockFile, ParsesTheFiveFieldsLibreOfficeWrites)
{
    const std::optional<LockHolder> holder = parseLockFile(
        "D Sydes,dsydes,staff-pc,06.12.2026 09:15,file:///home/dsydes/.config/libreoffice/4;");
    ASSERT_TRUE(holder);
    EXPECT_EQ(holder->name, "D Sydes");
    EXPECT_EQ(holder->user, "dsydes");
    EXPECT_EQ(holder->host, "staff-pc");
    EXPECT_EQ(holder->since, "06.12.2026 09:15");
    EXPECT_EQ(holder->profile, "file:///home/dsydes/.config/libreoffice/4");
}

TEST(LockFile, EscapesRoundTrip)
{
    const LockHolder holder{"Walker\\, E; Mrs", "ewalker", "pc,1", "01.12.2026 08:00", "a\\b;c"};
    const std::string bytes = lockFileEntry(holder);
    EXPECT_EQ(bytes, "Walker\\\\\\, E\\; Mrs,ewalker,pc\\,1,01.12.2026 08:00,a\\\\b\\;c;");
    const std::optional<LockHolder> back = parseLockFile(bytes);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->name, holder.name);
    EXPECT_EQ(back->host, holder.host);
    EXPECT_EQ(back->profile, holder.profile);
}

TEST(LockFile, CutShortOrBadEscapeIsNoLock)
{
    EXPECT_FALSE(parseLockFile(""));
    EXPECT_FALSE(parseLockFile("D Sydes,dsydes,staff-pc"));
    EXPECT_FALSE(parseLockFile("D Sydes,dsydes,staff-pc,06.12.2026 09:15,file:///x"));
    EXPECT_FALSE(parseLockFile("D \\Sydes,dsydes,staff-pc,06.12.2026 09:15,file:///x;"));
}

TEST(LockFile, EqplansOwnLockNamesItsProcess)
{
    EXPECT_EQ(eqplanProcess({"eqplan (process 42)", "root", "h", "t", "eqplan:process=42"}), 42);
    EXPECT_FALSE(eqplanProcess({"D Sydes", "d", "h", "t", "file:///home/d/.config/lo/4"}));
}

TEST(LockFile, IsBesideTheFileItsSymlinkLeadsTo)
{
    const fs::path folder = fs::temp_directory_path() / ("eqplan-lockof-" + std::to_string(::getpid()));
    fs::create_directories(folder / "real");
    std::ofstream(folder / "real" / "plan.docx") << "x";
    fs::create_symlink(folder / "real" / "plan.docx", folder / "link.docx");
    EXPECT_EQ(lockFileOf(folder / "link.docx"), folder / "real" / ".~lock.plan.docx#");
    fs::remove_all(folder);
}

TEST(PackageSize, SumsTheUnpackedSizesOfTheZipDirectory)
{
    const fs::path folder =
        fs::temp_directory_path() / ("eqplan-package-" + std::to_string(::getpid()));
    fs::create_directories(folder);
    const fs::path zip = folder / "p.docx";
    const std::string command =
        "python3 -c \"import zipfile; z = zipfile.ZipFile('" + zip.string() +
        "', 'w', zipfile.ZIP_DEFLATED); z.writestr('[Content_Types].xml', 'x' * 1000); "
        "z.writestr('word/document.xml', ' ' * 3000000); z.close()\"";
    ASSERT_EQ(std::system(command.c_str()), 0);
    const std::optional<PackageSize> size = packageSize(zip);
    ASSERT_TRUE(size);
    EXPECT_EQ(size->total, 3001000u);
    EXPECT_EQ(size->largest, 3000000u);
    EXPECT_EQ(size->largestName, "word/document.xml");
    EXPECT_LT(fs::file_size(zip), 100000u);
    std::ofstream(folder / "plain.rtf") << "{\\rtf1 not a zip}";
    EXPECT_FALSE(packageSize(folder / "plain.rtf"));
    fs::remove_all(folder);
}

TEST(PackageSize, SizesInWords)
{
    EXPECT_EQ(sizeInWords(512), "512 bytes");
    EXPECT_EQ(sizeInWords(12'000), "12 KB");
    EXPECT_EQ(sizeInWords(200'000'000), "200 MB");
    EXPECT_EQ(sizeInWords(1'073'741'824), "1.1 GB");
}
} // namespace
