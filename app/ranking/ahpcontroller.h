// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ahp.h"
#include "projectclient.h"

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <algorithm>
#include <vector>

/** AHP pairwise editor for the open project's criteria: Saaty 1–9 judgements per evaluator, live priorities and
 *  consistency (CR), the judgement whose change lowers CR most, group mode (geometric mean of all evaluators),
 *  and applying the priorities as the project's weights (one undo step). Computation: models/mcda/ahp.cpp. */
class AhpController : public ProjectClient
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY structureChanged)
    Q_PROPERTY(QStringList criteria READ criteria NOTIFY structureChanged)
    Q_PROPERTY(QStringList evaluators READ evaluators NOTIFY structureChanged)
    /** Evaluator being edited; -1 with groupMode shows the aggregated matrix (read-only). */
    Q_PROPERTY(int evaluator READ evaluator WRITE setEvaluator NOTIFY structureChanged)
    /** Priorities from all evaluators' matrices combined element-wise by geometric mean. */
    Q_PROPERTY(bool groupMode READ groupMode WRITE setGroupMode NOTIFY resultChanged)
    /** Priorities in % per criterion. */
    Q_PROPERTY(QVariantList weights READ weights NOTIFY resultChanged)
    /** The judgements shown, row by row (a list of lists of numbers): a binding to it follows every change, where a
     *  call of judgement() would not. */
    Q_PROPERTY(QVariantList matrix READ matrix NOTIFY resultChanged)
    Q_PROPERTY(double cr READ cr NOTIFY resultChanged)
    Q_PROPERTY(double lambdaMax READ lambdaMax NOTIFY resultChanged)
    Q_PROPERTY(bool consistent READ consistent NOTIFY resultChanged)
    /** The priorities as an SVG chart kChartWidth wide, one bar per criterion in %, λmax and CR in the note
     *  (vb::ahpPriorityChart; `venuebid-cli chart --kind ahp` draws the same bars 640 wide); "" without criteria. */
    Q_PROPERTY(QString priorityChart READ priorityChart NOTIFY resultChanged)
    /** The judgement to revise when inconsistent: row/column (−1 when none), its CR after the change, one sentence. */
    Q_PROPERTY(bool hasSuggestion READ hasSuggestion NOTIFY resultChanged)
    Q_PROPERTY(int suggestionRow READ suggestionRow NOTIFY resultChanged)
    Q_PROPERTY(int suggestionColumn READ suggestionColumn NOTIFY resultChanged)
    Q_PROPERTY(double suggestionCrAfter READ suggestionCrAfter NOTIFY resultChanged)
    Q_PROPERTY(QString suggestionText READ suggestionText NOTIFY resultChanged)
    /** The 17 Saaty scale values 1/9 … 9 and their labels, for the cell editors. */
    Q_PROPERTY(QVariantList scale READ scale CONSTANT)
    /** The labels of scale, in its order: the cell editors' choices. */
    Q_PROPERTY(QStringList scaleLabels READ scaleLabels CONSTANT)

public:
    explicit AhpController(QObject *parent = nullptr);
    /** The width the priorities chart is drawn at: it stands beside the matrix (AhpPage.qml's chartWidth). */
    static constexpr int kChartWidth = 400;

    [[nodiscard]] int count() const { return static_cast<int>(m_names.size()); }
    [[nodiscard]] QStringList criteria() const { return m_names; }
    [[nodiscard]] QStringList evaluators() const { return m_evaluatorNames; }
    [[nodiscard]] int evaluator() const { return m_current; }
    void setEvaluator(int e);
    [[nodiscard]] bool groupMode() const { return m_group; }
    void setGroupMode(bool on);
    [[nodiscard]] QVariantList weights() const;
    [[nodiscard]] double cr() const { return std::max(0.0, m_result.cr); } ///< λmax can round below n
    [[nodiscard]] double lambdaMax() const { return m_result.lambdaMax; }
    [[nodiscard]] bool consistent() const { return m_result.consistent; }
    [[nodiscard]] QString priorityChart() const;
    [[nodiscard]] bool hasSuggestion() const { return m_suggestion.has_value(); }
    [[nodiscard]] int suggestionRow() const { return m_suggestion ? m_suggestion->row : -1; }
    [[nodiscard]] int suggestionColumn() const { return m_suggestion ? m_suggestion->column : -1; }
    [[nodiscard]] double suggestionCrAfter() const { return m_suggestion ? m_suggestion->crAfter : 0.0; }
    [[nodiscard]] QString suggestionText() const;
    [[nodiscard]] QVariantList scale() const;
    [[nodiscard]] QStringList scaleLabels() const;

    /** aᵢⱼ of the evaluator being edited (or of the group matrix in group mode). */
    [[nodiscard]] QVariantList matrix() const;
    Q_INVOKABLE [[nodiscard]] double judgement(int i, int j) const;
    /** Index into `scale` of aᵢⱼ (the nearest scale value). */
    Q_INVOKABLE [[nodiscard]] int scaleIndex(int i, int j) const;
    /** Sets aᵢⱼ = value and aⱼᵢ = 1/value for the current evaluator; value must lie in [1/9, 9]. */
    Q_INVOKABLE bool setJudgement(int i, int j, double value);
    Q_INVOKABLE void addEvaluator(const QString &name);
    /** Applies the current priorities as the project's weights (percentages), as one undoable step. */
    Q_INVOKABLE void apply();

Q_SIGNALS:
    void structureChanged();
    void resultChanged();

private:
    void refresh() override;
    void recompute();
    [[nodiscard]] Eigen::MatrixXd activeMatrix() const;

    /** Saves the judgements into the project as one undo step. */
    void store(const QString &label);

    QStringList m_names;
    QStringList m_ids; ///< the criteria the matrices belong to (a language switch keeps them)
    QStringList m_evaluatorNames;
    std::vector<Eigen::MatrixXd> m_matrices;
    int m_current = 0;
    bool m_group = false;
    vb::mcda::AhpPriorities m_result;
    std::optional<vb::mcda::JudgementSuggestion> m_suggestion;
};
