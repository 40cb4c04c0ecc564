// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace vb {

/** Whether more of a criterion is better (benefit) or worse (cost). */
enum class Direction { Benefit, Cost };

} // namespace vb
