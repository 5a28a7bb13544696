// Internal to core: reading JSON into typed structs with errors that name the file (or what was
// read) and the JSON path, shared by the schema loaders and the owner register.
#pragma once

#include <boost/json.hpp>

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace eqplan::detail
{
namespace json = boost::json;

// Walks a JSON document, remembering the path, and keeps the first error it meets.
class Walker
{
public:
    explicit Walker(std::string file) : m_file(std::move(file)) {}

    const std::string& error() const { return m_error; }
    bool ok() const { return m_error.empty(); }

    void fail(const std::string& path, const std::string& what)
    {
        if (m_error.empty())
            m_error = m_file + ": " + (path.empty() ? "/" : path) + ": " + what;
    }

    // The member `key` of `object`, or nullptr (and an error when it is required).
    const json::value* member(const json::object& object, const std::string& path,
                              std::string_view key, bool required = true)
    {
        const json::value* v = object.if_contains(key);
        if (!v && required)
            fail(path, "missing \"" + std::string(key) + "\"");
        return v;
    }

    std::string string(const json::object& object, const std::string& path, std::string_view key)
    {
        const json::value* v = member(object, path, key);
        if (v && !v->is_string())
            fail(path + "/" + std::string(key), "expected a string");
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
            fail(path + "/" + std::string(key), "expected an array of strings");
            return out;
        }
        for (std::size_t i = 0; i < array->size(); ++i)
        {
            if (!(*array)[i].is_string())
                fail(path + "/" + std::string(key) + "/" + std::to_string(i), "expected a string");
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
            fail(path + "/" + std::string(key), "expected an integer");
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
            fail(path + "/" + std::string(key), "expected an integer");
            return 0;
        }
        return static_cast<int>(*value);
    }

    // The required boolean member `key` of `object`; false if it is not one.
    bool boolean(const json::object& object, const std::string& path, std::string_view key)
    {
        const json::value* v = member(object, path, key);
        if (v && !v->is_bool())
            fail(path + "/" + std::string(key), "expected true or false");
        return v && v->is_bool() && v->get_bool();
    }

    const json::object* object(const json::value* v, const std::string& path)
    {
        if (v && !v->is_object())
            fail(path, "expected an object");
        return v ? v->if_object() : nullptr;
    }

    const json::array* array(const json::value* v, const std::string& path)
    {
        if (v && !v->is_array())
            fail(path, "expected an array");
        return v ? v->if_array() : nullptr;
    }

private:
    std::string m_file;
    std::string m_error;
};

} // namespace eqplan::detail
