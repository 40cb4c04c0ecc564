// SPDX-License-Identifier: GPL-3.0-or-later
// Boost.JSON compiled header-only into the fuzz targets, so its parser is instrumented too (docs/FUZZING.md).
#include <boost/json/src.hpp>
