// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagecontroller.h"

#include <QLibraryInfo>

#include <QCoreApplication>
#include <QLocale>
#include <QQmlEngine>

namespace {
LanguageController *s_instance = nullptr;
}

LanguageController::LanguageController(QObject *parent)
    : QObject(parent)
    , m_lang(systemLanguage())
{
    if (!s_instance)
        s_instance = this;
    apply();
}

LanguageController::~LanguageController()
{
    if (s_instance == this)
        s_instance = nullptr;
}

LanguageController *LanguageController::instance()
{
    if (!s_instance)
        s_instance = new LanguageController(QCoreApplication::instance());
    return s_instance;
}

LanguageController *LanguageController::create(QQmlEngine *engine, QJSEngine *)
{
    auto *lc = instance();
    QQmlEngine::setObjectOwnership(lc, QQmlEngine::CppOwnership);
    lc->m_engine = engine;
    return lc;
}

vb::Lang LanguageController::systemLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? vb::Lang::ZhTW : vb::Lang::En;
}

QString LanguageController::language() const
{
    return QString::fromLatin1(vb::langCode(m_lang));
}

void LanguageController::setLanguage(const QString &code)
{
    trySetLanguage(code);
}

bool LanguageController::trySetLanguage(const QString &code)
{
    const auto l = vb::parseLang(code.toStdString());
    if (!l)
        return false;
    if (*l != m_lang) {
        m_lang = *l;
        apply();
        Q_EMIT languageChanged();
    }
    return true;
}

void LanguageController::apply()
{
    QCoreApplication::removeTranslator(&m_translator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    // English is the source language; only zh-TW needs a catalogue: ours, and Qt's own for the texts Qt draws
    // itself (a dialog's standard Save, Discard, Cancel and OK buttons).
    if (m_lang == vb::Lang::ZhTW) {
        if (m_translator.load(QStringLiteral(":/i18n/venuebid_zh_TW.qm")))
            QCoreApplication::installTranslator(&m_translator);
        if (m_qtTranslator.load(QStringLiteral("qtbase_zh_TW"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qtTranslator);
        else
            qWarning("Qt's own zh-TW translations (qtbase_zh_TW.qm, Debian package qt6-translations-l10n) are missing:"
                     " dialog buttons stay in English");
    }
    if (m_engine)
        m_engine->retranslate();
}
