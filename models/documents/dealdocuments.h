// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The contract (a client document: the agreed price, never cost, margin or floor) and the internal negotiation
// sheet, as HTML for app/documents (PDF/ODT/HTML).

#include "deal.h"

#include <optional>
#include <string>
#include <vector>

namespace vb::deal {

/** The document languages: one, or both side by side (Chinese left, English right). */
enum class DocLangs { En, ZhTW, Both };

/** Texts shared by the CLI and the documents. */
[[nodiscard]] const char *feeModelName(FeeModel m, Lang l);
[[nodiscard]] const char *partyName(Party p, Lang l);
[[nodiscard]] const char *roundStatusName(RoundStatus s, Lang l);
[[nodiscard]] const char *stampDutyName(StampDuty s, Lang l);
[[nodiscard]] const char *contractStatusName(ContractStatus s, Lang l);
/** "甲方"/"the Client" or "機關"/"the Agency" for the client; "乙方"/"廠商"/"the Contractor" for us. */
[[nodiscard]] const char *roleName(const Contract &c, Party p, Lang l);
/** A rate in ‰ kept in hundredths: 100 → "1 ‰". */
[[nodiscard]] std::string formatPermille(int hundredthsPermille);

/** The contract drawn from the agreed quote version. warnings (when the user insists on exporting with them) are
 *  listed on the first page. */
[[nodiscard]] std::string contractHtml(const Project &p, DocLangs langs, const std::vector<Diagnostic> &warnings = {});
/** The internal negotiation sheet: cost, floor, target, opening, zone, concession plan, trade-offs, log. */
[[nodiscard]] std::string negotiationHtml(const Project &p, DocLangs langs, const std::vector<Diagnostic> &warnings = {});

} // namespace vb::deal
