// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/questions/questionform.h"

#include "core/commands/setnodefield.h"
#include "core/model/question.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

template<class T>
bool setQuestionField(QuestionForm *form,
    T QuestionData::*member,
    T value,
    NodeFields fields,
    const QString &label,
    int mergeKey = 0)
{
    Question *question = form->question();
    return SetNodeField<Question, T>::push(form->document(), question, member, std::move(value),
        fields, QuestionForm::tr("Edit “%1” of “%2”").arg(label, question->displayName()),
        mergeKey);
}

} // namespace

QuestionForm::QuestionForm(CourseDocument *document, QWidget *parent)
    : NodeForm(document, parent)
{
    setObjectName(u"questionForm"_s);
    auto *layout = new QVBoxLayout(this);
    buildCommon(layout);
    layout->addStretch(1);
    bindNode(nullptr);
}

QuestionForm::~QuestionForm() = default;

void QuestionForm::setQuestion(Question *question)
{
    bindNode(question);
}

Question *QuestionForm::question() const
{
    return static_cast<Question *>(m_node);
}

QStringList QuestionForm::shownProblems() const
{
    return m_problems;
}

void QuestionForm::nodeBound() { }

void QuestionForm::buildCommon(QVBoxLayout *layout)
{
    auto *box = new QGroupBox(tr("Question"));
    auto *form = new QFormLayout(box);
    layout->addWidget(box);
    const auto current = [this] { return question()->data(); };
    addLineEdit(
        form, tr("Question &name:"), u"nameLineEdit"_s, NodeField::Name,
        [current] { return current().name; },
        [this](const QString &text) {
            return setQuestionField(
                this, &QuestionData::name, text, NodeField::Name, tr("Question name"));
        });
    addTextEdit(
        form, tr("Question &text (HTML):"), u"questionTextEdit"_s, NodeField::Content,
        [current] { return current().text; },
        [this](const QString &text) {
            return setQuestionField(
                this, &QuestionData::text, text, NodeField::Content, tr("Question text"));
        });
}

} // namespace Parcours
