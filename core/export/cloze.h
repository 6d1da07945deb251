// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/values.h"

#include <QList>
#include <QString>

namespace Parcours {

/** One embedded answer of a cloze (multianswer) question: a sub-question of Moodle. */
struct ClozePart
{
    /** The `{…}` code as written in the text; Moodle stores it as the sub-question's text. */
    QString code;
    /** ShortAnswer, Numerical or MultiChoice. */
    QuestionType type = QuestionType::ShortAnswer;
    double mark = 1;
    std::vector<Answer> answers;
    bool caseSensitive = false;
    bool single = true;
    bool shuffle = false;
    /** Multichoice layout: 0 dropdown, 1 vertical, 2 horizontal. */
    int layout = 0;
};

/** A cloze text split into its parts; text has `{#1}`, `{#2}` … in place of the codes. */
struct ClozeQuestion
{
    QString text;
    QList<ClozePart> parts;
};

/**
 * Parses Moodle's cloze syntax (`{2:MULTICHOICE:=Paris#Yes~Lyon#No}`, SHORTANSWER/SA/MW,
 * SHORTANSWER_C/SAC/MWC, NUMERICAL/NM with `value:tolerance`, MULTICHOICE/MC, _V, _H, _S,
 * MULTIRESPONSE/MR and their variants), as Moodle's qtype_multianswer does. Codes it does not
 * recognise are left in the text.
 */
ClozeQuestion parseCloze(const QString &text);

/**
 * The mindmapdata JSON of mod_mindmap for a tree: nodes in pre-order, ids "n0", "n1" …,
 * each listing its parent first and then its children, positions from a horizontal tree layout
 * (docs/moodle-plugins.md §5.4: the only encoding its loader restores exactly).
 */
QString mindMapJson(const MindMapNode &root);

} // namespace Parcours
