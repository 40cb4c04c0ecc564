// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

/** The frame of a workspace page: its title, an optional explanatory line in muted text, an optional toolbar row,
 *  then the content, all with the theme's page margins.
 *
 *  The content is a column: its children take Layout.fillWidth where they should use the page's width and need no
 *  margins of their own. By default everything scrolls with the title (scrollable). A page whose table scrolls
 *  itself sets scrollable: false, and the item with Layout.fillHeight gets the height left under the toolbar.
 *  Content that needs more width than the page has (minimumContentWidth, and the toolbar's own width) scrolls
 *  sideways with a visible scroll bar; nothing is cut off. */
Item {
    id: scaffold
    /** The page's title in the sidebar, set by the window; "" when the page is shown on its own (the tests). */
    property string pageTitle
    /** The heading on the page: the sidebar's title unless the page names itself. */
    property string title: pageTitle
    /** One or two sentences on what the page shows and how to use it; "" for none. */
    property string description
    /** The toolbar row under the description: buttons, choices, a status line. */
    property alias toolbar: toolbarRow.data
    /** Shows the toolbar row (a page may hide it while there is nothing to act on). */
    property alias toolbarVisible: toolbarRow.visible
    /** The page's content, one item under the other. */
    default property alias content: body.data
    /** Space between the content's items. */
    property alias contentSpacing: body.spacing
    /** true: the whole page scrolls; false: the content fills the page's height (a table with its own scroll bar). */
    property bool scrollable: true
    /** The content never gets narrower than this; a narrower page scrolls sideways. */
    property real minimumContentWidth: 0
    /** The width of the page in view, inside the margins. Text over content wider than the page wraps to it
     *  (Layout.maximumWidth: page.viewWidth), so that it can be read without scrolling sideways. */
    readonly property real viewWidth: scroll.availableWidth - 2 * Theme.pageMargin

    /** The width the toolbar's items need side by side (summed here: a layout's own implicit width would follow the
     *  width this sets, a binding loop). */
    readonly property real toolbarWidth: {
        let width = 0
        let shown = 0
        for (let i = 0; i < toolbarRow.children.length; ++i) {
            const item = toolbarRow.children[i]
            if (!item.visible)
                continue
            width += Math.min(item.implicitWidth, item.Layout.maximumWidth)
            ++shown
        }
        return width + Math.max(0, shown - 1) * toolbarRow.spacing
    }

    // Bound once the page is complete: while the toolbar's controls are being created their implicit sizes still
    // settle, and a binding from the start loops.
    property real toolbarNeeded: 0
    Component.onCompleted: toolbarNeeded = Qt.binding(() => scaffold.toolbarWidth)

    ScrollView {
        id: scroll
        anchors.fill: parent
        clip: true
        contentWidth: Math.max(availableWidth, Math.max(scaffold.minimumContentWidth, scaffold.toolbarNeeded) + 2 * Theme.pageMargin)
        contentHeight: scaffold.scrollable ? column.implicitHeight + 2 * Theme.pageMargin : availableHeight
        // Always shown while the content is wider than the page (not only while scrolling), so that nothing is cut
        // off without a sign; not while the page is still being laid out (no width yet).
        ScrollBar.horizontal.policy: availableWidth > 0 && contentWidth > availableWidth + 1 ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded

        ColumnLayout {
            id: column
            x: Theme.pageMargin
            y: Theme.pageMargin
            width: scroll.contentWidth - 2 * Theme.pageMargin
            height: scaffold.scrollable ? implicitHeight : scroll.availableHeight - 2 * Theme.pageMargin
            spacing: Theme.gap

            Paragraph {
                objectName: "pageTitle"
                wrapWidth: scaffold.viewWidth
                visible: text !== ""
                text: scaffold.title
                font.pixelSize: Theme.fontPageTitle
                font.bold: true
            }
            Paragraph {
                objectName: "pageDescription"
                wrapWidth: scaffold.viewWidth
                visible: text !== ""
                text: scaffold.description
                color: Theme.mutedText
            }
            RowLayout {
                id: toolbarRow
                Layout.fillWidth: true
                visible: children.length > 0
                spacing: Theme.gap
            }
            ColumnLayout {
                id: body
                Layout.fillWidth: true
                Layout.fillHeight: !scaffold.scrollable
                spacing: Theme.pageSpacing
            }
        }
    }
}
