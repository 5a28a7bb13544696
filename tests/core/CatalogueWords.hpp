// The deck's British English catalogue (extension/strings/eqplan_en_GB.properties) applied to the
// keyed messages of core's checks: what the deck shows in British English must be, word for word,
// what core says (Finding::message, which the CLI and `check --json` print). The catalogue test
// (check_catalogues.py) compares the patterns as written in the sources; this compares the words
// of real findings, with their arguments and the words inside them filled in.
#pragma once

#include "eqplan/Checks.hpp"
#include "eqplan/Message.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace eqplan::test
{
inline const std::map<std::string, std::string>& britishEnglishCatalogue()
{
    static const std::map<std::string, std::string> words = []
    {
        std::map<std::string, std::string> read;
        std::ifstream in(EQPLAN_SOURCE_STRINGS_DIR "/eqplan_en_GB.properties");
        for (std::string line; std::getline(in, line);)
        {
            const std::size_t equals = line.find('=');
            if (line.empty() || line[0] == '#' || line[0] == '!' || equals == std::string::npos)
                continue;
            read.emplace(line.substr(0, equals), line.substr(equals + 1));
        }
        return read;
    }();
    return words;
}

// `message` as the deck says it in British English; "<no words for KEY>" for a key the catalogue
// lacks.
inline std::string saidInBritishEnglish(const Message& message)
{
    if (message.key.empty())
        return message.english;
    const auto found = britishEnglishCatalogue().find(message.key);
    if (found == britishEnglishCatalogue().end())
        return "<no words for " + message.key + ">";
    return wordedWith(found->second, message, &saidInBritishEnglish);
}

// Every finding and fix of `findings` is keyed, its English is its message (its description),
// and the catalogue says the same words.
inline void expectKeyedAsSaid(const std::vector<Finding>& findings)
{
    ASSERT_FALSE(britishEnglishCatalogue().empty()) << "the catalogue was not read";
    for (const Finding& finding : findings)
    {
        SCOPED_TRACE(finding.rule);
        EXPECT_FALSE(finding.words.key.empty()) << finding.message;
        EXPECT_EQ(finding.words.english, finding.message);
        EXPECT_EQ(saidInBritishEnglish(finding.words), finding.message);
        if (!finding.fix)
            continue;
        EXPECT_FALSE(finding.fix->words.key.empty()) << finding.fix->description;
        EXPECT_EQ(finding.fix->words.english, finding.fix->description);
        EXPECT_EQ(saidInBritishEnglish(finding.fix->words), finding.fix->description);
    }
}
} // namespace eqplan::test
