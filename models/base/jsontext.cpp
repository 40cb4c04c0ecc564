// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontext.h"

#include "messages.h"
#include "text.h"

#include <boost/json/error.hpp>
#include <boost/json/monotonic_resource.hpp>
#include <boost/json/stream_parser.hpp>

#ifdef __linux__
#include <sys/mman.h>
#endif

#include <cctype>
#include <algorithm>
#include <charconv>
#include <new>
#include <vector>
#include <cmath>
#include <limits>
#include <optional>
#include <utility>

namespace json = boost::json;

namespace vb {

void lineColumnAt(std::string_view text, std::size_t offset, std::size_t &line, std::size_t &column)
{
    line = 1;
    column = 1;
    offset = std::min(offset, text.size());
    const std::size_t start = text.substr(0, 3) == "\xEF\xBB\xBF" ? std::min<std::size_t>(3, offset) : 0; // a BOM takes no column
    for (std::size_t i = start; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) { // count code points, not UTF-8 continuation bytes
            ++column;
        }
    }
}

namespace {

/** Boost.JSON 1.81 reports almost every grammar error as plain "syntax"; say what was expected from the context. */
std::string describeSyntax(std::string_view text, std::size_t offset)
{
    // Which container are we in at offset? Scan brackets outside strings.
    std::string stack;
    bool inString = false;
    for (std::size_t i = 0; i < offset; ++i) {
        const char ch = text[i];
        if (inString) {
            if (ch == '\\')
                ++i;
            else if (ch == '"')
                inString = false;
        } else if (ch == '"') {
            inString = true;
        } else if (ch == '{' || ch == '[') {
            stack += ch;
        } else if ((ch == '}' || ch == ']') && !stack.empty()) {
            stack.pop_back();
        }
    }
    const bool inObject = !stack.empty() && stack.back() == '{';
    const char c = text[offset];
    std::size_t k = offset;
    while (k > 0 && std::string_view(" \t\r\n").find(text[k - 1]) != std::string_view::npos)
        --k;
    const char prev = k > 0 ? text[k - 1] : '\0';
    const std::string found = c == '"' ? std::string("a string") : std::string("'") + c + "'";
    if (c == '\'')
        return "unexpected single quote: JSON strings and keys use double quotes";
    if (inObject && (prev == '{' || prev == ',')) {
        if (c == '}')
            return "unexpected '}': expected a double-quoted key (a trailing comma?)";
        return "unexpected " + found + ": expected a double-quoted object key";
    }
    if (prev == ',' || prev == '[' || prev == ':' || prev == '\0') {
        if (c == ',' || c == ']' || c == '}')
            return "unexpected '" + std::string(1, c) + "': expected a value (a trailing or doubled comma?)";
        if (std::isalpha(static_cast<unsigned char>(c))) {
            std::size_t e = offset;
            while (e < text.size() && std::isalnum(static_cast<unsigned char>(text[e])))
                ++e;
            return "invalid literal '" + std::string(text.substr(offset, e - offset))
                + "': expected true, false, null, a number or a double-quoted string";
        }
        return "unexpected " + found + ": expected a value";
    }
    if (inObject && prev == '"' && c != ':' && c != ',' && c != '}') {
        // Either a key without its colon or a value without a comma; the scan above cannot tell which cheaply.
        return "unexpected " + found + ": expected ':' after a key, or ',' between members";
    }
    return "unexpected " + found + " after a value: expected ',' or '" + std::string(inObject ? "}" : "]") + "'";
}

std::string describe(const boost::system::error_code &ec, std::string_view text, std::size_t offset)
{
    using E = json::error;
    if (ec == E::incomplete)
        return "unexpected end of input: expected the document to continue (an unclosed '{', '[' or string?)";
    if (ec == E::extra_data)
        return "expected end of input after the JSON value, found more data";
    if (ec == E::syntax && offset < text.size())
        return describeSyntax(text, offset);
    if (ec == E::syntax)
        return "syntax error: expected a JSON value";
    if (ec == E::expected_hex_digit)
        return "expected a hexadecimal digit in a \\u escape";
    if (ec == E::illegal_leading_surrogate || ec == E::illegal_trailing_surrogate)
        return "invalid UTF-16 surrogate pair in a \\u escape";
    if (ec == E::exponent_overflow)
        return "invalid number: exponent too large";
    if (ec == E::too_deep)
        return "nesting too deep (more than 64 levels)";
    return ec.message();
}

/** Why text is not UTF-8, at which byte offset; nullopt when it is. A leading UTF-8 BOM is allowed. */
std::optional<std::pair<std::size_t, std::string>> notUtf8(std::string_view text, Lang lang)
{
    const auto startsWith = [&](std::string_view bom) { return text.substr(0, bom.size()) == bom; };
    // UTF-32 first: its little-endian mark begins with the UTF-16 one.
    static constexpr std::pair<std::string_view, const char *> kBoms[] = {
        {std::string_view("\xFF\xFE\0\0", 4), "UTF-32 LE"}, {std::string_view("\0\0\xFE\xFF", 4), "UTF-32 BE"},
        {"\xFF\xFE", "UTF-16 LE"}, {"\xFE\xFF", "UTF-16 BE"}};
    for (const auto &[bom, name] : kBoms)
        if (startsWith(bom))
            return std::pair{std::size_t{0}, tr(lang, "read.not_utf8_bom", {name})};
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == 0)
            return std::pair{i, tr(lang, "read.not_utf8_nul", {std::to_string(i)})};
        std::size_t n = 0;
        unsigned lo = 0x80, hi = 0xBF; // the allowed range of the second byte (RFC 3629, section 4)
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF) {
            n = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 3;
            lo = c == 0xE0 ? 0xA0 : 0x80;
            hi = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4;
            lo = c == 0xF0 ? 0x90 : 0x80;
            hi = c == 0xF4 ? 0x8F : 0xBF;
        }
        bool ok = n != 0 && i + n <= text.size();
        for (std::size_t k = 1; ok && k < n; ++k) {
            const auto b = static_cast<unsigned char>(text[i + k]);
            ok = k == 1 ? (b >= lo && b <= hi) : (b & 0xC0) == 0x80;
        }
        if (!ok) { // named by its first byte: a Latin-1 "é" is the byte 0xE9, wherever the bytes after it go
            static const char hex[] = "0123456789ABCDEF";
            const std::string byte{hex[c >> 4], hex[c & 15]};
            return std::pair{i, tr(lang, "read.not_utf8_byte", {byte, std::to_string(i)})};
        }
        i += n;
    }
    return std::nullopt;
}

/** The parse arena's upstream: blocks mapped straight from the kernel, and from 2 MiB on marked for transparent
 *  huge pages. The arena of a 21 MB file is some 100 MB touched once; in 4 KiB pages that was one page fault per
 *  4 KiB (a third of the parse on the 2-core virtual machine), in 2 MiB pages it is a few dozen. Stateless, so one
 *  instance serves every thread. Elsewhere than Linux, the default resource. */
class HugePageBlocks final : public json::memory_resource
{
    static constexpr std::size_t kHuge = std::size_t(2) << 20;
    static std::size_t mapped(std::size_t n) { return n >= kHuge ? (n + kHuge - 1) / kHuge * kHuge : n; }

    void *do_allocate(std::size_t n, [[maybe_unused]] std::size_t align) override
    {
#ifdef __linux__
        void *p = ::mmap(nullptr, mapped(n), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED)
            throw std::bad_alloc();
        if (n >= kHuge)
            (void)::madvise(p, mapped(n), MADV_HUGEPAGE); // advice only: without it the pages are 4 KiB
        return p;
#else
        return ::operator new(n, std::align_val_t(align));
#endif
    }
    void do_deallocate(void *p, std::size_t n, [[maybe_unused]] std::size_t align) override
    {
#ifdef __linux__
        ::munmap(p, mapped(n));
#else
        ::operator delete(p, n, std::align_val_t(align));
#endif
    }
    [[nodiscard]] bool do_is_equal(const json::memory_resource &other) const noexcept override { return this == &other; }
};

} // namespace

JsonParseResult parseJson(std::string_view text, Lang lang)
{
    if (auto bad = notUtf8(text, lang)) {
        JsonParseResult r;
        JsonSyntaxError e;
        e.offset = bad->first;
        lineColumnAt(text, e.offset, e.line, e.column);
        e.message = std::move(bad->second);
        r.error = std::move(e);
        return r;
    }
    std::size_t start = 0;
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF")
        start = 3;
    json::parse_options opt;
    opt.max_depth = 64;
    json::stream_parser p({}, opt);
    // The document's values in one arena, freed at once with the value: a 10,000-venue project is about 1.5 million
    // small values, and one allocation each was most of the parse. (Readers copy what they keep into their own types.)
    // Its first block is sized from the text (a value takes about 4 bytes of arena per byte of JSON), so a large
    // document grows it a few times, not a dozen. The blocks come from HugePageBlocks.
    static HugePageBlocks blocks;
    p.reset(json::make_shared_resource<json::monotonic_resource>(std::max<std::size_t>(4096, text.size() * 4), json::storage_ptr(&blocks)));
    boost::system::error_code ec;
    const std::string_view body = text.substr(start);
    const std::size_t n = p.write_some(body.data(), body.size(), ec);
    std::size_t offset = start + n;
    if (!ec && n < body.size()) {
        // write_some stops after a complete value without an error; anything but whitespace is extra data.
        const auto rest = body.find_first_not_of(" \t\r\n", n);
        if (rest != std::string_view::npos) {
            ec = json::error::extra_data;
            offset = start + rest;
        }
    }
    if (!ec) {
        p.finish(ec);
        if (ec)
            offset = text.size();
    }
    JsonParseResult r;
    if (ec) {
        JsonSyntaxError e;
        e.offset = offset;
        lineColumnAt(text, offset, e.line, e.column);
        if (text.substr(offset, 3) == "\xEF\xBB\xBF") // a second byte-order mark, or one in the middle of the text
            e.message = tr(lang, "read.stray_bom", {std::to_string(offset)});
        else
            e.message = describe(ec, text, offset);
        r.error = std::move(e);
        return r;
    }
    r.value = p.release();
    return r;
}

std::optional<JsonSyntaxError> findDuplicateKey(std::string_view text)
{
    // One list of keys for all the open objects (each frame knows where its own start), so that the 250,000 small
    // objects of a 10,000-venue file cost no allocation each.
    struct Frame {
        bool object = false;
        bool expectKey = false;
        std::size_t firstKey = 0;
    };
    std::vector<Frame> stack;
    std::vector<std::string_view> keys;
    stack.reserve(64);
    keys.reserve(256);
    const char *const data = text.data();
    const std::size_t size = text.size();
    for (std::size_t i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == '"') {
            const std::size_t start = i;
            for (++i; i < size && data[i] != '"'; ++i)
                if (data[i] == '\\')
                    ++i;
            if (!stack.empty() && stack.back().object && stack.back().expectKey) {
                // Keys are compared as written; an escaped spelling of the same key is not caught (rare in practice).
                const std::string_view key = text.substr(start + 1, i - start - 1);
                const auto first = keys.begin() + static_cast<std::ptrdiff_t>(stack.back().firstKey);
                if (std::find(first, keys.end(), key) != keys.end()) {
                    JsonSyntaxError e;
                    e.offset = start;
                    lineColumnAt(text, start, e.line, e.column);
                    e.message = "duplicate key \"" + revealHidden(key) + "\": expected each key once per object";
                    return e;
                }
                keys.push_back(key);
                stack.back().expectKey = false;
            }
        } else if (c == '{' || c == '[') {
            stack.push_back({c == '{', c == '{', keys.size()});
        } else if (c == '}' || c == ']') {
            if (!stack.empty()) {
                keys.resize(stack.back().firstKey);
                stack.pop_back();
            }
        } else if (c == ',' && !stack.empty() && stack.back().object) {
            stack.back().expectKey = true;
        }
    }
    return std::nullopt;
}

json::value jsonNumber(double x)
{
    if (std::isfinite(x) && std::abs(x) < 9.0e15 && x == std::trunc(x))
        return json::value(static_cast<std::int64_t>(x));
    return json::value(x);
}

namespace {

void appendString(std::string &out, std::string_view s)
{
    out += '"';
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (c < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 15];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

void write(std::string &out, const json::value &v, int indent)
{
    const auto pad = [&](int n) { out.append(static_cast<std::size_t>(n) * 2, ' '); };
    switch (v.kind()) {
    case json::kind::null: out += "null"; break;
    case json::kind::bool_: out += v.get_bool() ? "true" : "false"; break;
    case json::kind::int64: out += std::to_string(v.get_int64()); break;
    case json::kind::uint64: out += std::to_string(v.get_uint64()); break;
    case json::kind::double_: out += formatShortest(v.get_double()); break;
    case json::kind::string: appendString(out, v.get_string()); break;
    case json::kind::array: {
        const auto &a = v.get_array();
        if (a.empty()) {
            out += "[]";
            break;
        }
        // Short arrays of scalars stay on one line: matrices and language lists read better that way.
        bool scalars = a.size() <= 24;
        for (const auto &e : a)
            scalars = scalars && !e.is_object() && !e.is_array() && !(e.is_string() && e.get_string().size() > 40);
        if (scalars) {
            out += '[';
            for (std::size_t i = 0; i < a.size(); ++i) {
                if (i)
                    out += ", ";
                write(out, a[i], indent);
            }
            out += ']';
            break;
        }
        out += "[\n";
        for (std::size_t i = 0; i < a.size(); ++i) {
            pad(indent + 1);
            write(out, a[i], indent + 1);
            out += i + 1 < a.size() ? ",\n" : "\n";
        }
        pad(indent);
        out += ']';
        break;
    }
    case json::kind::object: {
        const auto &o = v.get_object();
        if (o.empty()) {
            out += "{}";
            break;
        }
        out += "{\n";
        std::size_t i = 0;
        for (const auto &kv : o) {
            pad(indent + 1);
            appendString(out, kv.key());
            out += ": ";
            write(out, kv.value(), indent + 1);
            out += ++i < o.size() ? ",\n" : "\n";
        }
        pad(indent);
        out += '}';
        break;
    }
    }
}

} // namespace

std::string toPrettyJson(const json::value &v)
{
    std::string out;
    write(out, v, 0);
    return out;
}

} // namespace vb
