// The small text helpers every parser of core leans on: joining, splitting, trimming, folding
// and shortening, on the UTF-8 that plans are written in.
#include "eqplan/Text.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

using namespace eqplan;

TEST(TextJoin, PutsTheSeparatorBetweenEachTwoValuesOnly)
{
    EXPECT_EQ(text::join({"SENCO", "DHT", "Governors"}, ", "), "SENCO, DHT, Governors");
    EXPECT_EQ(text::join({"Alone"}, ", "), "Alone");
    EXPECT_EQ(text::join({}, ", "), "");
}

TEST(TextJoin, KeepsAnEmptyValueInItsPlace)
{
    // An empty first value still gets its separator after it: the places of the others hold.
    EXPECT_EQ(text::join({"", "b", "c"}, "; "), "; b; c");
}

TEST(TextSplit, SplitsOnAnySeparatorTrimsAndDropsEmptyPieces)
{
    EXPECT_EQ(text::split("SENCO / DHT,  Governors ,", {"/", ","}),
              (std::vector<std::string>{"SENCO", "DHT", "Governors"}));
    EXPECT_EQ(text::split("Head – SENCO", {"–"}), (std::vector<std::string>{"Head", "SENCO"}));
}

TEST(TextTrim, RemovesUnicodeSpacesAsWellAsAscii)
{
    EXPECT_EQ(text::trim("\u00a0 Pupils with SEND\u2003\n"), "Pupils with SEND");
    EXPECT_EQ(text::trim("   "), "");
}

TEST(TextSpaceAt, KnowsEverySpaceAndNothingThatStartsLikeOne)
{
    int checked = 0;
    for (const auto& [text, length] : std::vector<std::pair<std::string, std::size_t>>{
             {" x", 1},
             {"\tx", 1},
             {"\vx", 1},
             {"\u00a0x", 2},
             {"\u2002x", 3},
             {"\u2003x", 3},
             {"\u2009x", 3},
             {"\u200bx", 3},
             {"\u202fx", 3},
             {"\ufeffx", 3},
             // Not spaces, though they start with the same bytes: a middle dot, an en dash, a
             // bullet, the Symbol font's bullet, a space cut off at the end of the text.
             {"\u00b7x", 0},
             {"\u2013x", 0},
             {"\u2022x", 0},
             {"\uf0b7x", 0},
             {"\xE2\x80", 0},
             {"\xC2", 0},
             {"x", 0},
             {"\x05", 0}})
    {
        EXPECT_EQ(text::spaceAt(text, 0), length) << text;
        ++checked;
    }
    EXPECT_EQ(checked, 18);
    EXPECT_EQ(text::spaceAt("x", 1), 0u);
}

TEST(TextTrim, KeepsWhatStartsAndEndsWithNoSpace)
{
    EXPECT_EQ(text::trim("Progress"), "Progress");
    EXPECT_EQ(text::trim("\u00b7"), "\u00b7");
    EXPECT_EQ(text::trim("w/c \u2003"), "w/c");
    EXPECT_EQ(text::trim("\x05 x \x05"), "\x05 x \x05");
    EXPECT_EQ(text::trim(""), "");
}

TEST(TextFold, LowersAndMakesEveryRunOfSpaceOne)
{
    EXPECT_EQ(text::fold("  Equality\u00a0 OBJECTIVE\t(s) "), "equality objective (s)");
}

TEST(TextShortened, CutsTheFirstLineAtAWordWithAnEllipsis)
{
    const std::string shortened =
        text::firstLineShortened("To close the gap in reading between boys and girls\nline 2", 20);
    EXPECT_EQ(shortened.rfind("To close the gap", 0), 0u) << shortened;
    EXPECT_NE(shortened.find("…"), std::string::npos) << shortened;
    EXPECT_EQ(shortened.find("line 2"), std::string::npos);
    EXPECT_EQ(text::firstLineShortened("Short", 20), "Short");
}
