// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/forms/nodeform.h"

namespace Parcours {

class RestrictionBinder;
class Section;

/**
 * The form of a section in the editor's form pane: title, summary (HTML source), visibility and
 * access restriction. Every edit is an undo command; typing in one field merges into one step.
 */
class SectionForm : public NodeForm
{
    Q_OBJECT

public:
    explicit SectionForm(CourseDocument *document, QWidget *parent = nullptr);
    ~SectionForm() override;

    /** The section to edit, or nullptr (the form is then disabled). */
    void setSection(Section *section);
    Section *section() const;

protected:
    void nodeBound() override;

private:
    RestrictionBinder *m_restrictionBinder = nullptr;
};

} // namespace Parcours
