// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import VenueBid.Backend
import VenueBid.Ui

Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: sensitivityPage
        SensitivityPage { anchors.fill: parent }
    }

    TestCase {
        name: "Sensitivity"
        when: windowShown

        function test_flipAndSmaa() {
            verify(ProjectController.open(Qt.resolvedUrl("../data/minimal.venuebid.json")))
            RankingController.method = RankingController.Wsm
            const page = createTemporaryObject(sensitivityPage, root)
            waitForRendering(page)
            // Hand-computed in tests/cli/tst_cli.cpp: rental from 30 % to 10/17 = 58.8 % makes Beta Hall the winner.
            const flip = findChild(page, "winnerFlip")
            verify(flip.text.indexOf("58.8 %") >= 0, flip.text)
            verify(flip.text.indexOf("Beta Hall") >= 0, flip.text)
            // SMAA runs off the GUI thread and reports back.
            const sens = findChild(page, "sensitivityController")
            verify(sens)
            compare(sens.acceptability.length, 0)
            mouseClick(findChild(page, "runSmaa"))
            tryVerify(() => sens.acceptability.length === 3, 20000, "SMAA finished with a row per venue")
            compare(sens.running, false)
            fuzzyCompare(sens.acceptability[0].ranks[0] + sens.acceptability[1].ranks[0] + sens.acceptability[2].ranks[0], 1, 1e-9)
            verify(sens.acceptability[0].ranks[0] > 0.5) // Alpha wins most samples
            // A language change redraws the page in Chinese and keeps the result (same numbers, names in zh-TW).
            const alphaFirst = sens.acceptability[0].ranks[0]
            LanguageController.language = "zh-TW"
            compare(sens.acceptability.length, 3)
            compare(sens.acceptability[0].ranks[0], alphaFirst)
            compare(sens.acceptability[0].name, "甲會議中心")
            verify(page.description.indexOf("加權總和法") >= 0, page.description)
            LanguageController.language = "en"
            compare(sens.acceptability[0].name, "Alpha Centre")
            verify(page.description.indexOf("--method wsm") >= 0, page.description)
            // A weight edit changes the numbers: the old result goes.
            RankingController.setWeightPercent(0, 40)
            RankingController.endWeightChange()
            compare(sens.acceptability.length, 0)
            ProjectController.undo()
        }
    }
}
