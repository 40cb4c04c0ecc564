// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The edits of the negotiation and contract pages (docs/deal.md): each takes the project and returns its problems,
// in the requested language, with the JSON pointer of the value at fault (the CLI and the tests read the pointer; a
// page shows the message). An edit is checked exactly as the file reader checks the section — the section is written
// and read back by dealio.cpp, then checkNegotiation / checkContract run on the project with it — and an error
// leaves the project as it was. The GUI applies each one through ProjectController::editSections (one undo step).

#include "deal.h"

#include <optional>
#include <string>
#include <vector>

namespace vb::deal {

/** The negotiation's settings (everything but the lists). */
struct NegotiationTerms {
    EventFormat format = EventFormat::Onsite;
    FeeModel feeModel = FeeModel::Fixed;
    int minMarginBp = 800;
    int targetMarginBp = 1500;
    std::optional<Money> batna;
    std::optional<Money> clientReservation;
    std::optional<Money> opening;
    bool governmentTender = false;
    std::optional<int> roundLimit;
    bool operator==(const NegotiationTerms &) const = default;
};
[[nodiscard]] NegotiationTerms termsOf(const Negotiation &n);

/** A new negotiation section for the budget's first quote version's format (or on site) with the default margins;
 *  nothing is changed when there is one already. */
std::vector<Diagnostic> startNegotiation(Project &p, Lang lang);
std::vector<Diagnostic> setNegotiationTerms(Project &p, const NegotiationTerms &t, Lang lang);
/** The concession plan: index == size appends; remove drops the step. */
std::vector<Diagnostic> setConcession(Project &p, std::size_t index, const Concession &c, Lang lang);
std::vector<Diagnostic> removeConcession(Project &p, std::size_t index, Lang lang);
/** The round log: index == size appends; remove drops the round. */
std::vector<Diagnostic> setRound(Project &p, std::size_t index, const Round &r, Lang lang);
std::vector<Diagnostic> removeRound(Project &p, std::size_t index, Lang lang);

/** The contract's settings (everything but the lists, the status and the clauses). */
struct ContractTerms {
    bool governmentClient = false;
    LocalizedText client;
    LocalizedText contractor;
    LocalizedText event;
    int quoteVersion = 1;
    int performanceBondBp = 0;
    LatePenaltyTerms latePenalty;
    StampDuty stampDuty = StampDuty::Chenglan;
    LocalizedText court;
    bool gdpr = false;
    bool operator==(const ContractTerms &) const = default;
};
[[nodiscard]] ContractTerms termsOf(const Contract &c);

/** A new draft contract for the budget's last quote version (30 / 50 / 20 % payments due on the event's first day
 *  are left to the user: the schedule starts empty); nothing is changed when there is one already. */
std::vector<Diagnostic> startContract(Project &p, Lang lang);
std::vector<Diagnostic> setContractTerms(Project &p, const ContractTerms &t, Lang lang);
/** draft → agreed → signed (or back). Agreed records the agreed quote version's amounts as the budget gives them
 *  now, dated date; signed sets the signing date (and keeps or records the agreed amounts); draft clears both. */
std::vector<Diagnostic> setContractStatus(Project &p, ContractStatus status, const std::string &date, Lang lang);
/** The whole payment schedule at once (its shares must add up to 100 %, so a schedule is edited as a draft and
 *  applied in one step). */
std::vector<Diagnostic> setPayments(Project &p, const std::vector<PaymentMilestone> &payments, Lang lang);
/** The cancellation (cancellation = true) or postponement scale, whole. */
std::vector<Diagnostic> setScale(Project &p, bool cancellation, const std::vector<ScaleRow> &rows, Lang lang);
/** Signatories: index == size appends. */
std::vector<Diagnostic> setSignatory(Project &p, std::size_t index, const Signatory &s, Lang lang);
std::vector<Diagnostic> removeSignatory(Project &p, std::size_t index, Lang lang);
/** The user's text for clause id (a built-in article's id adds to that article): replaces the clause with that id,
 *  or appends it; a clause whose text is empty in both languages is removed. */
std::vector<Diagnostic> setClause(Project &p, const Clause &c, Lang lang);

} // namespace vb::deal
