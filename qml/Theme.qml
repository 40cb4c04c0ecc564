// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

/** The look of every view in one place: colours by role, the spacing scale, the type sizes and the monospace family.
 *  Colours that have a system role (text, muted text, table rows, selection) follow the system palette; the fixed
 *  hues (error, warning, success, the chart series …) switch to lighter variants on a dark palette so that they stay
 *  readable there. This is the only QML file with colour literals (tests/app/check_no_hex_colours.cmake). */
QtObject {
    id: theme

    /** The desktop's palette (the one the controls draw with). */
    readonly property SystemPalette system: SystemPalette { colorGroup: SystemPalette.Active }
    /** A dark palette: light text on a dark window. */
    readonly property bool dark: theme.system.window.hslLightness < 0.5

    // ---- text ----
    readonly property color text: theme.system.text
    /** Explanations, units, secondary facts: readable, one step back from the text. */
    readonly property color mutedText: theme.system.placeholderText
    /** A value that can be edited in place (double-click), or a link. */
    readonly property color link: theme.dark ? "#8ab4f8" : "#1a5fb4"
    /** Something is wrong or failed: an invalid value, an excluded venue, a requirement not met. */
    readonly property color error: theme.dark ? "#ff8a80" : "#b03a2e"
    /** A warning or a note that does not stop anything: an unknown value imputed, a file warning, a missing item. */
    readonly property color warning: theme.dark ? "#e6c35c" : "#8a6d00"
    /** Something to do or to watch: a chapter to write, a risk to monitor, a partial figure, a weaker choice. */
    readonly property color caution: theme.dark ? "#ffb74d" : "#b35c00"
    /** A good outcome: saved, consistent, first place, a criterion won. */
    readonly property color success: theme.dark ? "#81c784" : "#2e7d32"
    /** A neutral mark that is neither good nor bad (the cheapest quote next to the best one). */
    readonly property color info: theme.dark ? "#90caf9" : "#1565c0"
    /** A fact that is not known (shown in italics, never as 0). */
    readonly property color unknownText: theme.mutedText
    /** A value that is an estimate (shown in italics). */
    readonly property color estimateText: theme.text

    // ---- charts ----
    /** One colour per criterion (Tableau 10): the contribution bars and their legend. */
    readonly property var series: ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
                                   "#9c755f", "#bab0ac"]
    /** The bar of a score; the first place's bar is `success`. */
    readonly property color bar: theme.dark ? "#6d9bd6" : "#4a78b5"
    /** The empty part of a bar or a 0–100 % track. */
    readonly property color track: theme.system.midlight
    /** Sensitivity: the weights where the winner stays first. */
    readonly property color bandWinner: theme.dark ? "#3f7a44" : "#a5d6a7"
    /** Sensitivity: the weights where the whole ranking stays the same. */
    readonly property color bandRanking: theme.bar
    /** A marker on a track (the current weight). */
    readonly property color marker: theme.text
    /** SMAA-2 rank acceptability: rank 1, 2, 3, 4, 5, then every later rank. */
    readonly property var rankColors: [theme.success, theme.bar, theme.dark ? "#a9b8d6" : "#8e9fbf", "#c9a227", "#d98c5f",
                                       theme.dark ? "#8a8a8a" : "#b5b5b5"]
    /** The judgement that would lower the AHP consistency ratio most. */
    readonly property color suggestion: theme.dark ? "#5d4037" : "#ffe0b2"
    readonly property color suggestionBorder: theme.dark ? "#ffb74d" : "#e65100"

    /** The colour of criterion (or series) i. */
    function seriesColor(i: int): color {
        // A delegate being destroyed asks with index -1: give it a colour rather than undefined (a QML warning).
        return theme.series[Math.max(0, i) % theme.series.length]
    }
    /** The colour of rank index i (0 = first) in a rank-acceptability bar. */
    function rankColor(i: int): color {
        return theme.rankColors[Math.min(i, theme.rankColors.length - 1)]
    }

    // ---- controls, tables and frames ----
    /** The face of a control drawn by the page (the AHP judgement boxes). */
    readonly property color control: theme.system.button
    readonly property color controlBorder: theme.system.mid
    readonly property color headerBackground: theme.system.button
    readonly property color headerText: theme.system.buttonText
    readonly property color rowBackground: theme.system.base
    readonly property color alternateRow: theme.system.alternateBase
    readonly property color subtotalRow: theme.system.midlight
    readonly property color totalRow: theme.system.alternateBase
    readonly property color selection: theme.system.highlight
    readonly property color selectionText: theme.system.highlightedText
    /** Lines between header cells, and separators between page areas. */
    readonly property color separator: theme.system.mid
    /** Lines between body cells. */
    readonly property color gridLine: theme.system.midlight
    /** The edge of a frozen table column over the scrolled ones. */
    readonly property color frozenEdge: theme.system.dark
    readonly property int rowHeight: 30
    readonly property int headerHeight: 34
    /** A small table inside a page's text (the tender's bidders): rows as tight as lines of text. */
    readonly property int compactRowHeight: 24
    readonly property int compactHeaderHeight: 28
    readonly property int cellPadding: 6

    // ---- spacing ----
    /** Between the page's edge and its content. */
    readonly property int pageMargin: 16
    /** Between the items of a page's content. */
    readonly property int pageSpacing: 6
    readonly property int gapTiny: 2
    readonly property int gapSmall: 4
    readonly property int gap: 8
    readonly property int gapWide: 12
    readonly property int gapLarge: 16
    readonly property int gapHuge: 24

    // ---- type ----
    readonly property int fontPageTitle: 22
    readonly property int fontSectionTitle: 18
    /** A card's heading, a rank number. */
    readonly property int fontLarge: 16
    /** The text of the controls (the application font, in pixels). */
    readonly property int fontBody: theme.applicationFont.font.pixelSize > 0 ? theme.applicationFont.font.pixelSize
                                    : Math.round(theme.applicationFont.font.pointSize * 4 / 3)
    readonly property FontMetrics applicationFont: FontMetrics {}
    /** Secondary lines: a city under a venue, notes, the contingency actions. */
    readonly property int fontSmall: 11
    readonly property string monospaceFamily: "monospace"
}
