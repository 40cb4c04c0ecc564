// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace vb::documents {

/** Renders HTML to path, the type chosen by its extension: .pdf (A4, QPdfWriter), .odt (ODF) or .html/.htm (as is).
 *  PDF and ODT need a QGuiApplication; when none exists one is created (QT_QPA_PLATFORM defaults to offscreen).
 *  Returns false with error set on failure. */
bool writeDocument(const std::string &html, const std::string &path, std::string &error);

} // namespace vb::documents
