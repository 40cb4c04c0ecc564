// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project.h"

#include <QObject>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

/** The UI language (Traditional Chinese or English), switchable at run time; default from the system locale. */
class LanguageController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /** "zh-TW" or "en". */
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)

public:
    /** Not default-constructible on purpose: Qt 6.4 prefers a default constructor over create() for singletons. */
    explicit LanguageController(QObject *parent);
    ~LanguageController() override;

    /** The process-wide instance (created on first use). */
    static LanguageController *instance();
    static LanguageController *create(QQmlEngine *engine, QJSEngine *);

    [[nodiscard]] QString language() const;
    [[nodiscard]] vb::Lang lang() const { return m_lang; }
    /** Accepts "en", "zh-TW" or "zh_TW"; anything else is ignored. */
    void setLanguage(const QString &code);
    /** Like setLanguage, but says whether code was understood. */
    Q_INVOKABLE bool trySetLanguage(const QString &code);
    /** The language the system locale asks for (zh-TW for any Chinese locale, else en). */
    [[nodiscard]] static vb::Lang systemLanguage();

Q_SIGNALS:
    void languageChanged();

private:
    void apply();
    vb::Lang m_lang;
    QTranslator m_translator;
    /** Qt's own catalogue (qtbase_zh_TW from qt6-translations-l10n): the standard dialog buttons. */
    QTranslator m_qtTranslator;
    QQmlEngine *m_engine = nullptr;
};
