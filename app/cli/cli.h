// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mcda.h"
#include "project.h"

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace vb::cli {

/** Exit codes of venuebid-cli. */
enum Exit : int {
    Ok = 0,
    InputError = 1, ///< the input file is unreadable or invalid; message on stderr, nothing on stdout
    UsageError = 2, ///< wrong command line; usage on stderr
};

/** Runs venuebid-cli with args (without the program name). Writes results to out and messages to err.
 *  Never throws. */
int run(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

/** Loads and validates a project file; prints every problem on err ("file:line:column: ..." or
 *  "file: /path: ...") and returns nullopt when there are errors. Warnings are printed only when asked. */
[[nodiscard]] std::optional<Project> loadProjectOrReport(const std::string &file, std::ostream &err, bool printWarnings = false,
                                                        Lang lang = Lang::En);

/** Signature of a subcommand: args after the command name. */
using CommandFn = int (*)(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

struct Command {
    const char *name;
    const char *usage;   ///< "rank PROJECT [--format table|json|csv]"
    const char *summary; ///< one line
    CommandFn fn;
};

/** A whole number ≥ 0 typed as an option value (--samples, --seed, --top-k, --bench), read by vb::parseNumber as
 *  a count up to 10^15: "2000", "2,000", full-width "２０００"; nullopt for anything else ("abc", "-1", "1.5", ""). The
 *  caller checks its own range and says what it expects. */
[[nodiscard]] std::optional<std::uint64_t> parseWholeOption(std::string_view text);

/** Small argument helper shared by the subcommands. */
class Args
{
public:
    Args(const std::vector<std::string> &args, std::ostream &err, const char *usage);
    /** Declares an option taking a value ("--format"); returns its value or def. */
    std::string option(const std::string &name, const std::string &def = {});
    /** Declares a flag ("--include-competitors"). */
    bool flag(const std::string &name);
    /** Positional arguments after all options were declared; reports unknown options. */
    std::vector<std::string> positionals();
    /** The language of a --lang value; reports an unknown one (when nothing was reported yet) and returns nullopt. */
    std::optional<Lang> checkLang(const std::string &value);
    /** The scoring method of a --method value; reports an unknown one like checkLang. */
    std::optional<mcda::Method> checkMethod(const std::string &value);
    /** False once a usage problem was reported on err. */
    [[nodiscard]] bool ok() const { return m_ok; }
    void fail(const std::string &message);

private:
    std::vector<std::string> m_args;
    std::vector<bool> m_used;
    std::ostream &m_err;
    const char *m_usage;
    bool m_ok = true;
};

} // namespace vb::cli
