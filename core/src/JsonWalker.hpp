// Internal to core: reading JSON into typed structs with errors that name the file (or what was
// read) and the JSON path, shared by the schema loaders and the owner register.
#pragma once

#include "eqplan/Message.hpp"

#include <boost/json.hpp>

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace eqplan::detail
{
using eqplan::keyed;
using eqplan::Message;
using eqplan::plain;
namespace json = boost::json;

// Walks a JSON document, remembering the path, and keeps the first error it meets.
class Walker
{
public:
    explicit Walker(std::string file) : m_file(std::move(file)), m_name(plain(m_file)) {}
    // What is read named in words of its own ("column assignments"), for a catalogue.
    explicit Walker(Message name) : m_file(name.english), m_name(std::move(name)) {}

    const std::string& error() const { return m_error; }
    const Message& words() const { return m_words; } // error(), keyed
    bool ok() const { return m_error.empty(); }

    // Fails at `path` for `what`: the walker's own reasons are keyed, a caller's may be words.
    void fail(const std::string& path, Message what)
    {
        if (!m_error.empty())
            return;
        m_words =
            keyed("jsonError", "{0}: {1}: {2}",
                  std::vector<Message>{m_name, plain(path.empty() ? "/" : path), std::move(what)});
        m_error = m_words.english;
    }
    void fail(const std::string& path, const std::string& what) { fail(path, plain(what)); }

    // The member `key` of `object`, or nullptr (and an error when it is required).
    const json::value* member(const json::object& object, const std::string& path,
                              std::string_view key, bool required = true)
    {
        const json::value* v = object.if_contains(key);
        if (!v && required)
            fail(path, keyed("jsonMissing", "missing \"{0}\"", {std::string(key)}));
        return v;
    }

    std::string string(const json::object& object, const std::string& path, std::string_view key)
    {
        const json::value* v = member(object, path, key);
        if (v && !v->is_string())
            fail(path + "/" + std::string(key), keyed("jsonExpectedString", "expected a string"));
        return v && v->is_string() ? std::string(v->get_string()) : std::string();
    }

    std::vector<std::string> strings(const json::object& object, const std::string& path,
                                     std::string_view key, bool required = true)
    {
        std::vector<std::string> out;
        const json::value* v = member(object, path, key, required);
        if (!v)
            return out;
        const json::array* array = v->if_array();
        if (!array)
        {
            fail(path + "/" + std::string(key),
                 keyed("jsonExpectedStrings", "expected an array of strings"));
            return out;
        }
        for (std::size_t i = 0; i < array->size(); ++i)
        {
            if (!(*array)[i].is_string())
                fail(path + "/" + std::string(key) + "/" + std::to_string(i),
                     keyed("jsonExpectedString", "expected a string"));
            else
                out.emplace_back((*array)[i].get_string());
        }
        return out;
    }

    std::int64_t integer(const json::object& object, const std::string& path, std::string_view key,
                         std::int64_t fallback)
    {
        const json::value* v = member(object, path, key, false);
        if (!v)
            return fallback;
        if (!v->is_int64())
        {
            fail(path + "/" + std::string(key),
                 keyed("jsonExpectedInteger", "expected an integer"));
            return fallback;
        }
        return v->get_int64();
    }

    // The required integer member `key` of `object`, which must fit in an int; 0 if it does not.
    int requiredInt(const json::object& object, const std::string& path, std::string_view key)
    {
        const json::value* v = member(object, path, key);
        if (!v)
            return 0;
        const std::int64_t* value = v->if_int64();
        if (!value || *value < std::numeric_limits<int>::min() ||
            *value > std::numeric_limits<int>::max())
        {
            fail(path + "/" + std::string(key),
                 keyed("jsonExpectedInteger", "expected an integer"));
            return 0;
        }
        return static_cast<int>(*value);
    }

    // The required boolean member `key` of `object`; false if it is not one.
    bool boolean(const json::object& object, const std::string& path, std::string_view key)
    {
        const json::value* v = member(object, path, key);
        if (v && !v->is_bool())
            fail(path + "/" + std::string(key),
                 keyed("jsonExpectedBoolean", "expected true or false"));
        return v && v->is_bool() && v->get_bool();
    }

    const json::object* object(const json::value* v, const std::string& path)
    {
        if (v && !v->is_object())
            fail(path, keyed("jsonExpectedObject", "expected an object"));
        return v ? v->if_object() : nullptr;
    }

    const json::array* array(const json::value* v, const std::string& path)
    {
        if (v && !v->is_array())
            fail(path, keyed("jsonExpectedArray", "expected an array"));
        return v ? v->if_array() : nullptr;
    }

private:
    std::string m_file;
    Message m_name;
    std::string m_error;
    Message m_words;
};

} // namespace eqplan::detail
