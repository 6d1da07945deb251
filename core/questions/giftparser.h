// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/questions/questionset.h"

#include <QCoreApplication>
#include <QString>

namespace Parcours {

/**
 * Reads Moodle's GIFT format as Moodle documents it: `//` comment lines, `$CATEGORY:` lines,
 * `::title::`, `[html]`/`[moodle]`/`[plain]`/`[markdown]` text formats, the escapes `\~ \= \#
 * \{ \} \: \\ \n`, and the answer block `{…}` of multiple choice (`=`/`~`, weights `~%50%`),
 * true/false (`{T}`, `{FALSE#wrong#right}`), short answer (`{=a =b}`), matching
 * (`{=a -> b}`), numerical (`{#3.14:0.01}`, `{#1..5}`, several `=` answers), missing word
 * (text after the block), essay (`{}`) and description (no block), with per-answer feedback
 * `#…` and general feedback `####…`.
 *
 * Non-HTML text is turned into HTML (escaped, line breaks as <br>); markdown is read as plain
 * text. The parser is linear in the input: no recursion, no allocation beyond the questions.
 *
 * Errors: parse() returns false, fills nothing, and errorString() is "line N: what is wrong".
 */
class GiftParser
{
    Q_DECLARE_TR_FUNCTIONS(GiftParser)

public:
    bool parse(const QString &text, QuestionSet *set);
    QString errorString() const { return m_error; }

private:
    struct Chunk;
    bool parseQuestion(const Chunk &chunk, const QStringList &category, QuestionSet *set);
    bool fail(int line, const QString &message);

    QString m_error;
};

} // namespace Parcours
