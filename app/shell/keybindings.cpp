// SPDX-License-Identifier: GPL-3.0-or-later
#include "keybindings.h"

#include <QKeySequence>
#include <QMetaEnum>

QVariantList KeyBindings::of(const QString &standardKey, const QString &conventional)
{
    QVariantList out; // what Shortcut.sequences takes
    bool known = false;
    const int key = QMetaEnum::fromType<QKeySequence::StandardKey>().keyToValue(standardKey.toLatin1().constData(), &known);
    if (known)
        for (const auto &seq : QKeySequence::keyBindings(static_cast<QKeySequence::StandardKey>(key)))
            out << seq.toString(QKeySequence::PortableText);
    const QString extra = QKeySequence(conventional).toString(QKeySequence::PortableText);
    if (!extra.isEmpty() && !out.contains(extra))
        out << extra;
    return out;
}
