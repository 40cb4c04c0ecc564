// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "budgetcontroller.h"
#include "projectcontroller.h"
#include "rankingcontroller.h"
#include "requirementscontroller.h"
#include "venuelibrarycontroller.h"

class LanguageController;
class QQmlEngine;

namespace vb::app {

/** The controllers the whole window shares, made once and wired by hand: each is handed what it needs. The pages'
 *  own controllers (destinations, tender, quotes, scenarios, ...) are made by their pages, with these as REQUIRED
 *  properties. Used by the composition root (GuiShell) and by the tests that need a window's worth of them. */
struct AppControllers {
    explicit AppControllers(LanguageController &language);
    AppControllers(const AppControllers &) = delete;
    AppControllers &operator=(const AppControllers &) = delete;

    /** Makes these the QML singletons of engine (ProjectController, RankingController, ...). */
    void provideTo(QQmlEngine &engine);

    LanguageController &language;
    ProjectController project;
    RankingController ranking;
    RequirementsController requirements;
    VenueLibraryController venues;
    BudgetController budget;
};

} // namespace vb::app
