// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/enums.h"

#include <QIcon>
#include <QList>
#include <QString>

namespace Parcours {

/** How the quiz editor and the bank browser show question types. */
class QuestionTypeInfo
{
public:
    /** Types a user can create, in Moodle's order of the « Ajouter une question » dialog. */
    static QList<QuestionType> creatableTypes();
    /** Translated name as Moodle's French interface says it (« Question à choix multiple »). */
    static QString name(QuestionType type);
    /** Name with a mnemonic, for menus. */
    static QString menuText(QuestionType type);
    /** A small badge with the type's abbreviation, drawn so that it needs no icon theme. */
    static QIcon icon(QuestionType type);
    /** A die, for a quiz's random questions. */
    static QIcon randomIcon();
    /** A padlock, for a question that needs the previous one finished first. */
    static QIcon lockIcon();
};

} // namespace Parcours
