// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysislistmodel.h"
#include "analysis.h"
#include "project.h"
#include "projectclient.h"
#include "rankingcontroller.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/** The scenarios page: risk scenarios with their effects, each format's expected result, the
 *  contingency plan, CO2e per format and the options ranking with the recommended format. Follows the document
 *  it is handed (ProjectClient) and the UI language. The numbers are those of venuebid-cli options / scenarios / co2e. */
class ScenarioController : public ProjectClient
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AnalysisListModel *scenarios READ scenarios CONSTANT)
    Q_PROPERTY(AnalysisListModel *formats READ formats CONSTANT)
    Q_PROPERTY(AnalysisListModel *options READ options CONSTANT)
    Q_PROPERTY(QString recommendation READ recommendation NOTIFY changed)
    Q_PROPERTY(QString recommendedFormat READ recommendedFormat NOTIFY changed)
    Q_PROPERTY(QString probabilityText READ probabilityText NOTIFY changed)
    Q_PROPERTY(bool hasScenarios READ hasScenarios NOTIFY changed)
    Q_PROPERTY(bool hasSustainability READ hasSustainability NOTIFY changed)
    /** The method that ranks the options (venue × format). */
    Q_PROPERTY(RankingController::Method method READ method WRITE setMethod NOTIFY changed)
    /** The risk scenarios in the 5 × 5 likelihood × impact matrix, numbered as in the table (vb::riskMatrixChart;
     *  `venuebid-cli chart --kind risk-matrix`), SVG in the UI language; "" without scenarios. */
    Q_PROPERTY(QString riskMatrixChart READ riskMatrixChart NOTIFY changed)
    /** Each format's attendance with no scenario, in each scenario and expected (vb::scenarioOutcomeChart;
     *  `venuebid-cli chart --kind scenarios`), SVG in the UI language; "" without scenarios. */
    Q_PROPERTY(QString outcomeChart READ outcomeChart NOTIFY changed)
    /** The CO2e factors with their sources: {key, name, value ("" = unknown), source, asOf, note, unsourced (a value
     *  without its source or as-of date, vb::Fact::unsourced)}. */
    Q_PROPERTY(QVariantList co2eFactors READ co2eFactors NOTIFY changed)

public:
    explicit ScenarioController(QObject *parent = nullptr);

    [[nodiscard]] AnalysisListModel *scenarios() const { return m_scenarios; }
    [[nodiscard]] AnalysisListModel *formats() const { return m_formats; }
    [[nodiscard]] AnalysisListModel *options() const { return m_options; }
    [[nodiscard]] QString recommendation() const { return m_recommendation; }
    [[nodiscard]] QString recommendedFormat() const { return m_recommendedFormat; }
    [[nodiscard]] QString probabilityText() const { return m_probabilityText; }
    [[nodiscard]] bool hasScenarios() const { return m_hasScenarios; }
    [[nodiscard]] bool hasSustainability() const { return m_hasSustainability; }
    [[nodiscard]] QString riskMatrixChart() const { return m_riskMatrixChart; }
    [[nodiscard]] QString outcomeChart() const { return m_outcomeChart; }
    [[nodiscard]] RankingController::Method method() const { return m_method; }
    void setMethod(RankingController::Method m);

    /** Scenario `index` for the edit form: {probability, onsite, online (percent), likelihood, impact,
     *  fallback ("onsite", "hybrid", "online" or ""), triggerDate}; a QVariant so that Qt 6.4's qmllint does
     *  not check the keys against QVariantMap's own properties. */
    Q_INVOKABLE [[nodiscard]] QVariant scenarioFields(int index) const;
    /** Changes scenario `index` (the keys of scenarioFields) as one undo step. Returns "" or the problems, each as
     *  "JSON path: message", when the project would be invalid (nothing is changed then). */
    Q_INVOKABLE QString setScenario(int index, const QVariantMap &fields);
    /** Adds a risk scenario as one undo step; its id is made from its name. fields: nameEn, nameZh, hazard
     *  ("natural", "human", "technological"), probability, onsite, online, shift (percent texts: "-60" and "-60 %"
     *  are both −60 %), likelihood, impact (1–5), venueClosed (bool). Returns {error, field}: error "" when it was
     *  added, else why, in words; field the form field at fault ("name", "probability", "likelihood", "impact",
     *  "onsite", "online", "shift" or ""). */
    Q_INVOKABLE QVariantMap addScenario(const QVariantMap &fields);
    /** Deletes scenario `index` as one undo step; "" or why not, in words. */
    Q_INVOKABLE QString removeScenario(int index);
    /** Moves scenario `index` one place up (delta −1) or down (+1) in the list; one undo step, none at the first or
     *  last place; "" or why not. */
    Q_INVOKABLE QString moveScenario(int index, int delta);
    [[nodiscard]] QVariantList co2eFactors() const { return m_factors; }
    /** Sets one CO2e factor (value text, "" = unknown; source URL; as-of date) as one undo step; "" or the problems. */
    Q_INVOKABLE QString setCo2eFactor(const QString &key, const QString &value, const QString &source, const QString &asOf);

Q_SIGNALS:
    void changed();

private:
    void refresh() override;
    void fillFactors(const vb::AnalysisData &a);

    AnalysisListModel *m_scenarios;
    AnalysisListModel *m_formats;
    AnalysisListModel *m_options;
    QString m_recommendation, m_recommendedFormat, m_probabilityText;
    QString m_riskMatrixChart, m_outcomeChart;
    bool m_hasScenarios = false, m_hasSustainability = false;
    QVariantList m_factors;
    RankingController::Method m_method = RankingController::Method::Wsm;
};
