// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontrollers.h"

#include "languagecontroller.h"
#include "sharedinstance.h"

namespace vb::app {

AppControllers::AppControllers(LanguageController &lang)
    : language(lang)
    , project(lang, nullptr)
    , ranking(project, nullptr)
    , requirements(project, nullptr)
    , venues(project, ranking, nullptr)
    , budget(project, nullptr)
{
}

void AppControllers::provideTo(QQmlEngine &engine)
{
    provide(engine, &project);
    provide(engine, &ranking);
    provide(engine, &requirements);
    provide(engine, &venues);
    provide(engine, &budget);
}

} // namespace vb::app
