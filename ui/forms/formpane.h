// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScrollArea>

class QLabel;
class QStackedWidget;

namespace Parcours {

class ActivityForm;
class CourseDocument;
class Node;
class QuestionForm;
class SectionForm;

/**
 * The editor's form pane, right of the structure tree: the form of the selected section,
 * activity or question, or a message when nothing is selected. It scrolls when the form is taller
 * than the window. A read-only parcours shows its forms disabled, under the reason.
 */
class FormPane : public QScrollArea
{
    Q_OBJECT

public:
    explicit FormPane(QWidget *parent = nullptr);
    ~FormPane() override;

    /** The document whose nodes are edited (the forms are made anew), or nullptr. */
    void setDocument(CourseDocument *document);
    /** Shows the form of a section, an activity or a question; any other node shows the message. */
    void setNode(Node *node);
    /** Shows a message in place of a form. */
    void showMessage(const QString &text);

    SectionForm *sectionForm() const { return m_sectionForm; }
    ActivityForm *activityForm() const { return m_activityForm; }
    QuestionForm *questionForm() const { return m_questionForm; }

private:
    void updateReadOnly();

    CourseDocument *m_document = nullptr;
    QStackedWidget *m_stack;
    QLabel *m_messageLabel;
    QLabel *m_readOnlyLabel;
    SectionForm *m_sectionForm = nullptr;
    ActivityForm *m_activityForm = nullptr;
    QuestionForm *m_questionForm = nullptr;
};

} // namespace Parcours
