// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/formpane.h"

#include "core/model/activity.h"
#include "core/model/coursedocument.h"
#include "core/model/question.h"
#include "core/model/section.h"
#include "ui/forms/activityform.h"
#include "ui/forms/sectionform.h"
#include "ui/questions/questionform.h"

#include <QLabel>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parcours {

FormPane::FormPane(QWidget *parent)
    : QScrollArea(parent)
    , m_stack(new QStackedWidget)
    , m_messageLabel(new QLabel)
    , m_readOnlyLabel(new QLabel)
{
    setObjectName(u"formPane"_s);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    m_readOnlyLabel->setObjectName(u"readOnlyLabel"_s);
    m_readOnlyLabel->setWordWrap(true);
    m_readOnlyLabel->hide();
    layout->addWidget(m_readOnlyLabel);
    layout->addWidget(m_stack, 1);

    m_messageLabel->setObjectName(u"detailsLabel"_s);
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setMargin(24);
    m_stack->addWidget(m_messageLabel);
    setWidget(content);
}

FormPane::~FormPane() = default;

void FormPane::setDocument(CourseDocument *document)
{
    m_stack->setCurrentWidget(m_messageLabel);
    delete m_sectionForm;
    delete m_activityForm;
    delete m_questionForm;
    m_sectionForm = nullptr;
    m_activityForm = nullptr;
    m_questionForm = nullptr;
    m_document = document;
    if (!document)
        return;
    m_sectionForm = new SectionForm(document);
    m_activityForm = new ActivityForm(document);
    m_questionForm = new QuestionForm(document);
    m_stack->addWidget(m_sectionForm);
    m_stack->addWidget(m_activityForm);
    m_stack->addWidget(m_questionForm);
    connect(document, &CourseDocument::storageFailed, this, &FormPane::updateReadOnly);
    updateReadOnly();
}

void FormPane::setNode(Node *node)
{
    if (!m_document || !node)
        return showMessage(QString());
    // Another item's form starts at its top.
    const auto *form = qobject_cast<NodeForm *>(m_stack->currentWidget());
    const Node *shown = form ? form->node() : nullptr;
    if (shown != node)
        verticalScrollBar()->setValue(0);
    if (node->type() == NodeType::Section) {
        m_activityForm->setActivity(nullptr);
        m_questionForm->setQuestion(nullptr);
        m_sectionForm->setSection(static_cast<Section *>(node));
        m_stack->setCurrentWidget(m_sectionForm);
    } else if (node->type() == NodeType::Activity) {
        m_sectionForm->setSection(nullptr);
        m_questionForm->setQuestion(nullptr);
        m_activityForm->setActivity(static_cast<Activity *>(node));
        m_stack->setCurrentWidget(m_activityForm);
    } else if (node->type() == NodeType::Question) {
        m_sectionForm->setSection(nullptr);
        m_activityForm->setActivity(nullptr);
        m_questionForm->setQuestion(static_cast<Question *>(node));
        m_stack->setCurrentWidget(m_questionForm);
    } else {
        showMessage(QString());
    }
    updateReadOnly();
}

void FormPane::showMessage(const QString &text)
{
    if (m_sectionForm)
        m_sectionForm->setSection(nullptr);
    if (m_activityForm)
        m_activityForm->setActivity(nullptr);
    if (m_questionForm)
        m_questionForm->setQuestion(nullptr);
    m_messageLabel->setText(text);
    m_stack->setCurrentWidget(m_messageLabel);
}

void FormPane::updateReadOnly()
{
    const bool readOnly = m_document && m_document->isReadOnly();
    m_readOnlyLabel->setVisible(readOnly);
    if (!readOnly)
        return;
    m_readOnlyLabel->setText(m_document->readOnlyReason());
    m_sectionForm->setEnabled(false);
    m_activityForm->setEnabled(false);
    m_questionForm->setEnabled(false);
}

} // namespace Parcours
