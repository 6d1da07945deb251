// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/questions/questionset.h"

#include <QCoreApplication>
#include <QString>

namespace Parcours {

/**
 * Writes questions in Moodle's GIFT format, which GiftParser reads back to the same fields.
 * GIFT expresses multiple choice, true/false, short answer, numerical (without units),
 * matching, essay and description questions, with their answer and general feedback; other
 * types are skipped and named in skipped(). Text with markup is written as `[html]`.
 */
class GiftWriter
{
    Q_DECLARE_TR_FUNCTIONS(GiftWriter)

public:
    QString write(const QuestionSet &set);
    /** Translated notes on the questions that were not written. */
    QStringList skipped() const { return m_skipped; }

    /** One question in GIFT, or a null string when GIFT cannot express its type. */
    static QString question(const QuestionData &data);

private:
    QStringList m_skipped;
};

} // namespace Parcours
