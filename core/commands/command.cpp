// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/command.h"

#include "core/model/coursedocument.h"

namespace Parcours {

void CompoundCommand::redo()
{
    m_document->beginEdit();
    QUndoCommand::redo();
    m_document->endEdit();
}

void CompoundCommand::undo()
{
    m_document->beginEdit();
    QUndoCommand::undo();
    m_document->endEdit();
}

} // namespace Parcours
