// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace vb {

/** One problem found in a project file or an edit, located by a JSON pointer (RFC 6901), e.g.
 *  /venues/3/attributes/plenary_seats. */
struct Diagnostic {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    std::string path;
    std::string message; ///< what was found and what was expected
    bool operator==(const Diagnostic &) const = default;
};

} // namespace vb
