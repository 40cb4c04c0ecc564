// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

/** The small tag next to a value entered without its source or its as-of date (vb::Fact::unsourced; the overview
 *  lists these values). The same words on every page:
 *
 *      UnsourcedTag { visible: row.unsourced }                     // "unsourced"
 *      UnsourcedTag { detail: "Hotel rooms, Airport minutes" }    // "unsourced: Hotel rooms, Airport minutes" */
Label {
    /** What is unsourced, named ("" = the value next to the tag). */
    property string detail: ""
    /** Drawn on a selected row. */
    property bool selected: false
    objectName: "unsourcedTag"
    textFormat: Text.PlainText
    text: detail === "" ? qsTr("unsourced") : qsTr("unsourced: %1").arg(detail)
    font.pixelSize: Theme.fontSmall
    color: selected ? Theme.selectionText : Theme.warning
}
