#include "eqplan/UserText.hpp"

#include <gtest/gtest.h>

#include <string>

using namespace eqplan;

TEST(UserText, PlainAndUnicodeTextIsAccepted)
{
    EXPECT_TRUE(checkUserText(""));
    EXPECT_TRUE(checkUserText("Trips for 12 pupils"));
    EXPECT_TRUE(checkUserText("Élève — café, 日本, 😀"));
    EXPECT_TRUE(checkUserText("no\u00a0break space"));
}

TEST(UserText, EveryC0ControlDelAndC1IsRefused)
{
    for (char32_t c = 0; c < 0x20; ++c)
    {
        const std::string text = "a" + std::string(1, static_cast<char>(c)) + "b";
        const UserTextCheck check = checkUserText(text);
        EXPECT_FALSE(check) << static_cast<unsigned>(c);
        EXPECT_EQ(check.character, c);
        EXPECT_EQ(check.offset, 1u);
        EXPECT_EQ(check.column, 2u);
        EXPECT_EQ(check.status, c == 0x0A || c == 0x0D ? UserTextStatus::LineBreak
                                                       : UserTextStatus::ControlCharacter);
    }
    EXPECT_EQ(checkUserText("a\x7f").character, 0x7Fu);
    EXPECT_EQ(checkUserText("a\xc2\x80").character, 0x80u);
    EXPECT_EQ(checkUserText("a\xc2\x9b").character, 0x9Bu);
    EXPECT_TRUE(checkUserText("a\xc2\xa0")); // U+00A0 is the first character after C1
}

TEST(UserText, DescriptionNamesTheCharacterAndWhereItIs)
{
    EXPECT_EQ(checkUserText("Trips\x1b[2J").description(),
              "the control character U+001B (escape) at character 6");
    EXPECT_EQ(checkUserText("é\x07").description(),
              "the control character U+0007 (bell) at character 2");
    EXPECT_EQ(checkUserText("one\ntwo").description(),
              "a line break (U+000A, line feed) at character 4");
    EXPECT_EQ(checkUserText("one\r\ntwo").description(),
              "a line break (U+000D, carriage return) at character 4");
    EXPECT_EQ(checkUserText("x\x7f").description(),
              "the control character U+007F (delete) at character 2");
    EXPECT_EQ(checkUserText("\xc2\x9b").description(),
              "the control character U+009B (control character) at character 1");
    EXPECT_EQ(checkUserText("ab\xff").description(),
              "the byte 0xFF, which is not UTF-8, at character 3");
    EXPECT_EQ(checkUserText("ok").description(), "");
}

TEST(UserText, InvalidUtf8IsRefused)
{
    EXPECT_EQ(checkUserText("\xc3").status, UserTextStatus::InvalidUtf8);         // cut short
    EXPECT_EQ(checkUserText("\xc0\xaf").status, UserTextStatus::InvalidUtf8);     // overlong
    EXPECT_EQ(checkUserText("\xed\xa0\x80").status, UserTextStatus::InvalidUtf8); // surrogate
    EXPECT_EQ(checkUserText("\xf4\x90\x80\x80").status, UserTextStatus::InvalidUtf8);
}

TEST(UserText, CodePointNameHasFourHexDigitsAtLeast)
{
    EXPECT_EQ(codePointName(0x1B), "U+001B");
    EXPECT_EQ(codePointName(0x1F600), "U+1F600");
}

TEST(UserText, TerminalEscapesShowControlsAndKeepTheRest)
{
    EXPECT_EQ(escapeControls("a\x1b]0;pwned\x07z", EscapeStyle::Terminal), "a\\x1b]0;pwned\\x07z");
    EXPECT_EQ(escapeControls("line\nnext\ttab\r", EscapeStyle::Terminal), "line\nnext\ttab\\x0d");
    EXPECT_EQ(escapeControls("\x7f\xc2\x9b"
                             "2J é",
                             EscapeStyle::Terminal),
              "\\x7f\\u009b2J é");
    EXPECT_EQ(escapeControls("bad \xff byte", EscapeStyle::Terminal), "bad \xff byte");
}

TEST(UserText, JsonEscapesStayValidJson)
{
    EXPECT_EQ(escapeControls("\"a\\u001b\x7f\xc2\x85\"", EscapeStyle::Json),
              "\"a\\u001b\\u007f\\u0085\"");
}
