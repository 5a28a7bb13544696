// The small text helpers every parser of core leans on: joining, splitting, trimming, folding
// and shortening, on the UTF-8 that plans are written in.
#include "eqplan/Text.hpp"

#include <gtest/gtest.h>

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
