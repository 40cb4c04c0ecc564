// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VenueBid.Backend

/** The attendance forecast (T1.3, P1.3.2): the history with the chosen method's forecast and its 95 % band, the
 *  registration pace curves, every method side by side, and the attendance scenarios the project uses ("use as
 *  scenarios" or the user's own). Every figure is venuebid-cli forecast's for the same method. */
PageScaffold {
    id: page
    minimumContentWidth: 640
    description: qsTr("The coming edition's attendance from the client's past editions: trends with 95 % prediction intervals, a moving average, and the registration pace against past editions. The same numbers: venuebid-cli forecast PROJECT --method METHOD.")

    ForecastController {
        id: forecast
        objectName: "forecastController"
        project: ProjectController
        onChanged: {
            chart.requestPaint()
            paceChart.requestPaint()
        }
    }

    component Line: Label {
        Layout.fillWidth: true
        Layout.maximumWidth: page.viewWidth
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
    }

    toolbar: [
        Label { textFormat: Text.PlainText; text: qsTr("Forecast method") },
        PlainComboBox {
            id: methodBox
            objectName: "methodBox"
            Layout.preferredWidth: 300
            model: forecast.methods
            textRole: "name"
            currentIndex: Math.max(0, forecast.methods.findIndex(m => m.key === forecast.method))
            onActivated: index => methodError.text = forecast.setMethod(forecast.methods[index].key)
        },
        Label { textFormat: Text.PlainText; text: qsTr("Moving average over") },
        TextField {
            id: windowField
            Layout.preferredWidth: 50
            horizontalAlignment: Text.AlignRight
            text: String(forecast.window)
            onEditingFinished: if (text !== String(forecast.window)) methodError.text = forecast.setWindow(text)
        },
        Label { textFormat: Text.PlainText; text: qsTr("editions") }
    ]

    Line { visible: !forecast.hasClient; color: Theme.mutedText; text: qsTr("This project has no client history: add past editions on the Client history page.") }
    Line { id: methodError; visible: text !== ""; color: Theme.error }
    Line { visible: forecast.hasClient && !forecast.ok; objectName: "forecastError"; color: Theme.error; text: forecast.errorText }

    // ---- the figures ----
    Label {
        objectName: "forecastFigures"
        visible: forecast.ok
        textFormat: Text.PlainText
        font.pixelSize: Theme.fontLarge
        font.bold: true
        text: forecast.ok ? qsTr("%1 in %2: %3 participants (95 %: %4 to %5), from %6 editions")
                                .arg(forecast.figures.name).arg(forecast.targetYear).arg(forecast.figures.point)
                                .arg(forecast.figures.low).arg(forecast.figures.high).arg(forecast.figures.n)
                          : ""
    }

    // ---- history and forecast ----
    SectionTitle { visible: forecast.hasClient; text: qsTr("History and forecast") }
    Canvas {
        id: chart
        objectName: "forecastChart"
        visible: forecast.hasClient
        Layout.fillWidth: true
        Layout.maximumWidth: 900
        Layout.preferredHeight: 300
        readonly property int padLeft: 64
        readonly property int padBottom: 36
        onWidthChanged: requestPaint()
        onPaint: {
            const ctx = chart.getContext("2d")
            ctx.reset()
            const hist = forecast.history
            const band = forecast.band
            if (hist.length === 0 && band.length === 0)
                return
            let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity
            for (const p of hist) { x0 = Math.min(x0, p.year); x1 = Math.max(x1, p.year); y0 = Math.min(y0, p.total); y1 = Math.max(y1, p.total) }
            for (const b of band) { x0 = Math.min(x0, b.year); x1 = Math.max(x1, b.year); y0 = Math.min(y0, b.low); y1 = Math.max(y1, b.high) }
            if (x1 === x0) { x0 -= 1; x1 += 1 }
            const pad = (y1 - y0) * 0.08 + 1
            y0 = Math.max(0, y0 - pad); y1 += pad
            const padLeft = chart.padLeft
            const w = chart.width - padLeft - 40, h = chart.height - chart.padBottom - 10
            const px = x => padLeft + (x - x0) / (x1 - x0) * w
            const py = y => 10 + h - (y - y0) / (y1 - y0) * h
            ctx.font = Theme.fontSmall + "px sans-serif"
            // Axes with grid lines and labels: years below, persons at the left.
            ctx.strokeStyle = Theme.gridLine
            ctx.fillStyle = Theme.mutedText
            ctx.lineWidth = 1
            const step = Math.pow(10, Math.floor(Math.log10((y1 - y0) / 4)))
            const yStep = (y1 - y0) / step > 8 ? step * 2 : step
            ctx.textAlign = "right"
            for (let y = Math.ceil(y0 / yStep) * yStep; y <= y1; y += yStep) {
                ctx.beginPath(); ctx.moveTo(padLeft, py(y)); ctx.lineTo(padLeft + w, py(y)); ctx.stroke()
                ctx.fillText(Numbers.count(y), padLeft - 6, py(y) + 4)
            }
            ctx.textAlign = "center"
            const xStep = Math.max(1, Math.ceil((x1 - x0) / 10))
            for (let x = Math.ceil(x0); x <= x1; x += xStep)
                ctx.fillText(String(x), px(x), 10 + h + 16)
            ctx.strokeStyle = Theme.separator
            ctx.beginPath(); ctx.moveTo(padLeft, 10); ctx.lineTo(padLeft, 10 + h); ctx.lineTo(padLeft + w, 10 + h); ctx.stroke()
            // The 95 % band, then the fitted line (or the target's interval).
            if (band.length > 1) {
                ctx.fillStyle = Theme.bandRanking
                ctx.globalAlpha = 0.25
                ctx.beginPath()
                ctx.moveTo(px(band[0].year), py(band[0].high))
                for (const b of band) ctx.lineTo(px(b.year), py(b.high))
                for (let i = band.length - 1; i >= 0; --i) ctx.lineTo(px(band[i].year), py(band[i].low))
                ctx.closePath(); ctx.fill()
                ctx.globalAlpha = 1
                ctx.strokeStyle = Theme.bar
                ctx.lineWidth = 2
                ctx.beginPath()
                ctx.moveTo(px(band[0].year), py(band[0].point))
                for (const b of band) ctx.lineTo(px(b.year), py(b.point))
                ctx.stroke()
            }
            if (band.length > 0) {
                const t = band[band.length - 1]
                ctx.strokeStyle = Theme.caution
                ctx.lineWidth = 2
                ctx.beginPath(); ctx.moveTo(px(t.year), py(t.low)); ctx.lineTo(px(t.year), py(t.high)); ctx.stroke()
                for (const y of [t.low, t.high]) { ctx.beginPath(); ctx.moveTo(px(t.year) - 6, py(y)); ctx.lineTo(px(t.year) + 6, py(y)); ctx.stroke() }
                ctx.fillStyle = Theme.caution
                ctx.beginPath(); ctx.arc(px(t.year), py(t.point), 5, 0, 2 * Math.PI); ctx.fill()
            }
            // The past editions: filled dots, hollow where the figure is an estimate.
            ctx.lineWidth = 2
            for (const p of hist) {
                ctx.beginPath(); ctx.arc(px(p.year), py(p.total), 4, 0, 2 * Math.PI)
                if (p.estimate) { ctx.strokeStyle = Theme.text; ctx.stroke() } else { ctx.fillStyle = Theme.text; ctx.fill() }
            }
        }
        Label {
            x: 0
            y: 0
            textFormat: Text.PlainText
            color: Theme.mutedText
            font.pixelSize: Theme.fontSmall
            text: qsTr("persons")
        }
        Label {
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            textFormat: Text.PlainText
            color: Theme.mutedText
            font.pixelSize: Theme.fontSmall
            text: qsTr("year")
        }
    }
    Line {
        visible: forecast.hasClient
        color: Theme.mutedText
        text: qsTr("Dots: past editions (hollow: an estimate). Line and shaded band: the trend and its 95 % prediction interval. At the right: the forecast with its interval.")
    }

    // ---- pace curves ----
    SectionTitle { visible: forecast.pace.length > 0; text: qsTr("Registration pace") }
    Canvas {
        id: paceChart
        objectName: "paceChart"
        visible: forecast.pace.length > 0
        Layout.fillWidth: true
        Layout.maximumWidth: 900
        Layout.preferredHeight: 240
        readonly property int padLeft: 64
        readonly property int padBottom: 36
        onWidthChanged: requestPaint()
        onPaint: {
            const ctx = paceChart.getContext("2d")
            ctx.reset()
            const curves = forecast.pace
            if (curves.length === 0)
                return
            let d1 = 0, r1 = 0
            for (const c of curves) for (const p of c.points) { d1 = Math.max(d1, p.days); r1 = Math.max(r1, p.registered) }
            d1 = Math.max(d1, 1); r1 = r1 * 1.08 + 1
            const padLeft = paceChart.padLeft
            const w = paceChart.width - padLeft - 44, h = paceChart.height - paceChart.padBottom - 10
            const px = d => padLeft + (1 - d / d1) * w   // days before: most at the left, the event at the right
            const py = r => 10 + h - r / r1 * h
            ctx.font = Theme.fontSmall + "px sans-serif"
            ctx.strokeStyle = Theme.gridLine
            ctx.fillStyle = Theme.mutedText
            const step = Math.pow(10, Math.floor(Math.log10(r1 / 4)))
            const rStep = r1 / step > 8 ? step * 2 : step
            ctx.textAlign = "right"
            for (let r = 0; r <= r1; r += rStep) {
                ctx.beginPath(); ctx.moveTo(padLeft, py(r)); ctx.lineTo(padLeft + w, py(r)); ctx.stroke()
                ctx.fillText(Numbers.count(r), padLeft - 6, py(r) + 4)
            }
            ctx.textAlign = "center"
            const dStep = d1 > 400 ? 100 : (d1 > 100 ? 50 : 10)
            for (let d = 0; d <= d1; d += dStep)
                ctx.fillText(String(d), px(d), 10 + h + 16)
            ctx.strokeStyle = Theme.separator
            ctx.beginPath(); ctx.moveTo(padLeft, 10); ctx.lineTo(padLeft, 10 + h); ctx.lineTo(padLeft + w, 10 + h); ctx.stroke()
            const labels = []
            for (let i = 0; i < curves.length; ++i) {
                const c = curves[i]
                ctx.strokeStyle = c.current ? Theme.caution : Theme.series[i % Theme.series.length]
                ctx.lineWidth = c.current ? 3 : 1.5
                ctx.beginPath()
                for (let k = 0; k < c.points.length; ++k) {
                    const p = c.points[k]
                    if (k === 0) ctx.moveTo(px(p.days), py(p.registered)); else ctx.lineTo(px(p.days), py(p.registered))
                }
                ctx.stroke()
                const last = c.points[c.points.length - 1]
                labels.push({ x: px(last.days) + 4, y: py(last.registered) - 4, text: c.label, color: ctx.strokeStyle })
            }
            // Curves that end close together: their year labels are spread apart (one line each), kept in the chart.
            labels.sort((a, b) => a.y - b.y)
            const gap = Theme.fontSmall + 2
            for (let k = 1; k < labels.length; ++k)
                labels[k].y = Math.max(labels[k].y, labels[k - 1].y + gap)
            const over = labels.length > 0 ? labels[labels.length - 1].y - (10 + h) : 0
            ctx.textAlign = "left"
            for (const lb of labels) {
                ctx.fillStyle = lb.color
                ctx.fillText(lb.text, lb.x, lb.y - Math.max(0, over))
            }
        }
        Label {
            x: 0
            y: 0
            textFormat: Text.PlainText
            color: Theme.mutedText
            font.pixelSize: Theme.fontSmall
            text: qsTr("registered")
        }
        Label {
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            textFormat: Text.PlainText
            color: Theme.mutedText
            font.pixelSize: Theme.fontSmall
            text: qsTr("days before the opening")
        }
    }

    // ---- the coming edition's registrations so far (the pickup methods use them) ----
    RowLayout {
        visible: forecast.hasClient
        spacing: Theme.gapSmall
        Label {
            textFormat: Text.PlainText
            text: forecast.eventStart === "" ? qsTr("Registrations so far (date: registered)")
                                             : qsTr("Registrations so far, before %1 (date: registered)").arg(forecast.eventStart)
        }
        TextField {
            id: currentPaceField
            objectName: "currentPaceField"
            Layout.preferredWidth: 380
            text: forecast.currentPace
            placeholderText: "2027-09-01: 420; 2027-12-01: 780"
            selectByMouse: true
            onEditingFinished: {
                if (text === forecast.currentPace)
                    return
                currentPaceError.text = forecast.setCurrentPace(text)
                if (currentPaceError.text === "")
                    text = Qt.binding(() => forecast.currentPace)
            }
            Keys.onEscapePressed: text = forecast.currentPace
        }
    }
    Line { id: currentPaceError; objectName: "currentPaceError"; visible: text !== ""; color: Theme.error }

    // ---- every method ----
    SectionTitle { visible: forecast.hasClient; text: qsTr("Every method") }
    DataTable {
        objectName: "methodTable"
        visible: forecast.hasClient
        Layout.fillWidth: true
        model: forecast.table
        stretchColumn: 5
        columns: [
            { title: qsTr("Method"), role: "name", width: 250, bold: r => r.chosen, wrap: true },
            { title: qsTr("Editions"), role: "n", width: 70, numeric: true },
            { title: qsTr("95 % low"), role: "low", width: 80, numeric: true },
            { title: qsTr("Point"), role: "point", width: 80, numeric: true, bold: r => r.chosen },
            { title: qsTr("95 % high"), role: "high", width: 80, numeric: true },
            { title: qsTr("Note"), role: "note", width: 200, wrap: true }
        ]
    }
    Repeater {
        model: forecast.details
        delegate: Label {
            required property string modelData
            Layout.fillWidth: true
            Layout.maximumWidth: page.viewWidth
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            text: modelData
        }
    }
    Repeater {
        model: forecast.warnings
        delegate: Label {
            required property string modelData
            Layout.fillWidth: true
            Layout.maximumWidth: page.viewWidth
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            color: Theme.warning
            text: "⚠ " + modelData
        }
    }

    // ---- destination adjustment ----
    SectionTitle { visible: forecast.hasClient; text: qsTr("Destination adjustment") }
    Line {
        visible: forecast.hasClient
        color: Theme.mutedText
        text: qsTr("Source, basis and date are optional: a value without a source (or a basis) or a date is kept as unsourced, and the overview lists it.")
    }
    RowLayout {
        visible: forecast.hasClient
        spacing: Theme.gapSmall
        Label { textFormat: Text.PlainText; text: qsTr("On-site part %") }
        TextField {
            id: adjValue
            objectName: "adjValue"
            Layout.preferredWidth: 60
            horizontalAlignment: Text.AlignRight
            text: forecast.adjustment.value ?? ""
            placeholderText: qsTr("none")
        }
        UnsourcedTag { objectName: "adjUnsourced"; visible: forecast.adjustment.unsourced ?? false }
        Label { textFormat: Text.PlainText; text: qsTr("Source (URL)") }
        TextField { id: adjSource; objectName: "adjSource"; Layout.preferredWidth: 220; text: forecast.adjustment.source ?? ""; placeholderText: "https://" }
        Label { textFormat: Text.PlainText; text: qsTr("As of") }
        TextField { id: adjAsOf; objectName: "adjAsOf"; Layout.preferredWidth: 100; text: forecast.adjustment.asOf ?? ""; placeholderText: "YYYY-MM" }
    }
    RowLayout {
        visible: forecast.hasClient
        Layout.maximumWidth: page.viewWidth
        spacing: Theme.gapSmall
        Label { textFormat: Text.PlainText; text: qsTr("or basis of the estimate") }
        TextField { id: adjBasis; objectName: "adjBasis"; Layout.preferredWidth: 420; Layout.fillWidth: true; text: forecast.adjustment.basis ?? "" }
        Button {
            objectName: "adjApply"
            text: qsTr("Apply")
            onClicked: adjError.text = forecast.setAdjustment(adjValue.text, adjSource.text, adjBasis.text, adjAsOf.text)
        }
    }
    Line { id: adjError; objectName: "adjError"; visible: text !== ""; color: Theme.error }

    // ---- the scenarios the project uses ----
    SectionTitle { visible: forecast.hasClient; text: qsTr("Attendance scenarios of the project") }
    Line {
        objectName: "flowText"
        visible: forecast.flowText !== ""
        color: Theme.mutedText
        text: forecast.flowText
    }
    RowLayout {
        visible: forecast.hasClient
        spacing: Theme.gapSmall
        Button {
            objectName: "useAsScenarios"
            text: qsTr("Use as scenarios")
            enabled: forecast.proposed.likely !== undefined
            onClicked: scenarioError.text = forecast.acceptScenarios()
        }
        Label { textFormat: Text.PlainText; text: qsTr("or your own: low") }
        TextField { id: ownLow; objectName: "ownLow"; Layout.preferredWidth: 70; horizontalAlignment: Text.AlignRight; text: forecast.recorded.low ?? "" }
        Label { textFormat: Text.PlainText; text: qsTr("likely") }
        TextField { id: ownLikely; objectName: "ownLikely"; Layout.preferredWidth: 70; horizontalAlignment: Text.AlignRight; text: forecast.recorded.likely ?? "" }
        Label { textFormat: Text.PlainText; text: qsTr("high") }
        TextField { id: ownHigh; objectName: "ownHigh"; Layout.preferredWidth: 70; horizontalAlignment: Text.AlignRight; text: forecast.recorded.high ?? "" }
        Button {
            objectName: "overrideScenarios"
            text: qsTr("Override")
            onClicked: scenarioError.text = forecast.overrideScenarios(ownLow.text, ownLikely.text, ownHigh.text)
        }
    }
    Line { id: scenarioError; objectName: "scenarioError"; visible: text !== ""; color: Theme.error }
}
