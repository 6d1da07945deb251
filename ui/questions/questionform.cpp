// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/questions/questionform.h"

#include "core/commands/setnodefield.h"
#include "core/export/cloze.h"
#include "core/model/question.h"
#include "core/validation/questioncheck.h"
#include "ui/questions/rowtable.h"
#include "ui/richtext/htmleditor.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStyle>
#include <QTableWidget>
#include <QTextEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Parcours {

/** What the user did in a RowTable, applied by a table's binding to a vector of the question. */
struct RowEdit
{
    enum Op { Edit, Insert, Remove, Move };
    Op op = Edit;
    int row = 0;
    int column = 0;
    QVariant value;
    int to = 0;
    int mergeKey = 0;
};

namespace {

/**
 * A page of the type stack that takes no room while hidden: QStackedWidget asks every page, for
 * its size hints and for its height at a width, and takes the largest, so a description would
 * otherwise leave the tallest page's height empty under it.
 */
class StackPage : public QWidget
{
public:
    QSize sizeHint() const override { return isHidden() ? QSize(0, 0) : QWidget::sizeHint(); }
    QSize minimumSizeHint() const override
    {
        return isHidden() ? QSize(0, 0) : QWidget::minimumSizeHint();
    }
    int heightForWidth(int width) const override
    {
        return isHidden() ? 0 : QWidget::heightForWidth(width);
    }
};

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

/** How the items of a vector of the question are shown as rows and edited cell by cell. */
template<class T> struct RowAdapter
{
    std::function<QVariantList(const T &)> toRow;
    std::function<void(T &, int column, const QVariant &value)> setCell;
    std::function<T()> make = [] { return T {}; };
};

template<class T>
std::function<QList<QVariantList>()> vectorRows(
    QuestionForm *form, std::vector<T> QuestionData::*member, const RowAdapter<T> &adapter)
{
    return [form, member, toRow = adapter.toRow] {
        QList<QVariantList> rows;
        for (const T &item : form->question()->data().*member)
            rows.append(toRow(item));
        return rows;
    };
}

template<class T>
std::function<bool(const RowEdit &)> vectorEditor(QuestionForm *form,
    std::vector<T> QuestionData::*member,
    const RowAdapter<T> &adapter,
    const QString &label)
{
    return [form, member, adapter, label](const RowEdit &edit) {
        std::vector<T> items = form->question()->data().*member;
        const int count = static_cast<int>(items.size());
        switch (edit.op) {
        case RowEdit::Edit:
            if (edit.row < 0 || edit.row >= count)
                return false;
            adapter.setCell(items[edit.row], edit.column, edit.value);
            break;
        case RowEdit::Insert:
            items.insert(items.begin() + std::clamp(edit.row, 0, count), adapter.make());
            break;
        case RowEdit::Remove:
            if (edit.row < 0 || edit.row >= count)
                return false;
            items.erase(items.begin() + edit.row);
            break;
        case RowEdit::Move: {
            if (edit.row < 0 || edit.row >= count || edit.to < 0 || edit.to >= count)
                return false;
            T item = items[edit.row];
            items.erase(items.begin() + edit.row);
            items.insert(items.begin() + edit.to, std::move(item));
            break;
        }
        }
        return setQuestionField(
            form, member, std::move(items), NodeField::Content, label, edit.mergeKey);
    };
}

/** Moodle's names of the question types, as its French language pack says them. */
QString typeName(QuestionType type)
{
    switch (type) {
    case QuestionType::MultiChoice:
        return QuestionForm::tr("Multiple choice");
    case QuestionType::TrueFalse:
        return QuestionForm::tr("True/False");
    case QuestionType::ShortAnswer:
        return QuestionForm::tr("Short answer");
    case QuestionType::Numerical:
        return QuestionForm::tr("Numerical");
    case QuestionType::Match:
        return QuestionForm::tr("Matching");
    case QuestionType::Essay:
        return QuestionForm::tr("Essay");
    case QuestionType::Description:
        return QuestionForm::tr("Description");
    case QuestionType::GapSelect:
        return QuestionForm::tr("Select missing words");
    case QuestionType::DdWtoS:
        return QuestionForm::tr("Drag and drop into text");
    case QuestionType::MultiAnswer:
        return QuestionForm::tr("Embedded answers (Cloze)");
    case QuestionType::Other:
        break;
    }
    return QuestionForm::tr("Other type");
}

/** Moodle's penalty for each incorrect try (question_edit_form's penalty options). */
const QList<double> &penalties()
{
    static const QList<double> values = {1.0, 0.5, 0.3333333, 0.25, 0.2, 0.1, 0};
    return values;
}

/** Moodle's answernumbering values, in the order of its form. */
const QStringList &numberings()
{
    static const QStringList values
        = {u"abc"_s, u"ABCD"_s, u"123"_s, u"iii"_s, u"IIII"_s, u"none"_s};
    return values;
}

/** Moodle's responseformat values of an essay, in the order of its form. */
const QStringList &responseFormats()
{
    static const QStringList values
        = {u"editor"_s, u"editorfilepicker"_s, u"plain"_s, u"monospaced"_s, u"noinline"_s};
    return values;
}

bool hasHints(QuestionType type)
{
    switch (type) {
    case QuestionType::MultiChoice:
    case QuestionType::ShortAnswer:
    case QuestionType::Numerical:
    case QuestionType::Match:
    case QuestionType::GapSelect:
    case QuestionType::DdWtoS:
    case QuestionType::MultiAnswer:
        return true;
    case QuestionType::TrueFalse:
    case QuestionType::Essay:
    case QuestionType::Description:
    case QuestionType::Other:
        break;
    }
    return false;
}

/** The answers of a true/false question, as Moodle stores them: "true" then "false". */
std::vector<Answer> trueFalseAnswers(const QuestionData &data)
{
    std::vector<Answer> answers = data.answers;
    answers.resize(2);
    answers[0].text = u"true"_s;
    answers[1].text = u"false"_s;
    return answers;
}

} // namespace

QuestionForm::QuestionForm(CourseDocument *document, QWidget *parent)
    : NodeForm(document, parent)
{
    setObjectName(u"questionForm"_s);
    auto *layout = new QVBoxLayout(this);

    m_checksBox = new QFrame;
    m_checksBox->setObjectName(u"questionChecks"_s);
    auto *checksLayout = new QHBoxLayout(m_checksBox);
    auto *icon = new QLabel;
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize));
    icon->setAlignment(Qt::AlignTop);
    checksLayout->addWidget(icon);
    m_checksLabel = new QLabel;
    m_checksLabel->setObjectName(u"questionChecksLabel"_s);
    m_checksLabel->setWordWrap(true);
    m_checksLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checksLabel->setAccessibleName(tr("Problems of the question"));
    checksLayout->addWidget(m_checksLabel, 1);
    static_cast<QFrame *>(m_checksBox)->setFrameShape(QFrame::StyledPanel);
    m_checksBox->hide();
    layout->addWidget(m_checksBox);

    buildCommon(layout);

    m_pages = new QStackedWidget;
    m_pages->setObjectName(u"questionPages"_s);
    layout->addWidget(m_pages);
    buildMultiChoice();
    buildTrueFalse();
    buildShortAnswer();
    buildNumerical();
    buildMatch();
    buildEssay();
    buildDescription();
    buildGaps(QuestionType::GapSelect);
    buildGaps(QuestionType::DdWtoS);
    buildCloze();
    buildOther();

    auto *hintsBox = new QGroupBox(tr("Multiple tries"));
    m_hintsBox = hintsBox;
    auto *hintsForm = new QFormLayout(hintsBox);
    addHints(hintsForm);
    layout->addWidget(hintsBox);
    layout->addStretch(1);

    addRefresher(NodeField::All, [this] { updateType(); });
    connect(document, &CourseDocument::nodeChanged, this, [this](Node *node) {
        if (node == m_node)
            updateChecks();
    });
    bindNode(nullptr);
}

QuestionForm::~QuestionForm() = default;

void QuestionForm::setQuestion(Question *question)
{
    bindNode(question);
    if (!question) {
        m_problems.clear();
        m_checksBox->hide();
    }
}

Question *QuestionForm::question() const
{
    return static_cast<Question *>(m_node);
}

QStringList QuestionForm::shownProblems() const
{
    return m_problems;
}

void QuestionForm::nodeBound()
{
    updateType();
}

void QuestionForm::updateType()
{
    if (!question())
        return;
    const QuestionData &q = question()->data();
    m_typeLabel->setText(q.type == QuestionType::Other
            ? tr("%1 (%2)").arg(typeName(q.type), q.otherType)
            : typeName(q.type));
    if (QWidget *page = m_pageOf.value(static_cast<int>(q.type))) {
        m_pages->setCurrentWidget(page);
        // The pages' hints changed with their visibility.
        m_pages->updateGeometry();
    }
    // A cloze is edited in its own monospace editor, with its sub-questions under it.
    m_commonForm->setRowVisible(m_textEdit, q.type != QuestionType::MultiAnswer);
    // A description has no mark; an essay is graded by hand, without penalty. A type the app
    // does not model keeps its common fields editable: the exporter writes them.
    m_commonForm->setRowVisible(m_markEdit, q.type != QuestionType::Description);
    m_commonForm->setRowVisible(
        m_penaltyEdit, q.type != QuestionType::Essay && q.type != QuestionType::Description);
    m_hintsBox->setVisible(hasHints(q.type));
    updateChecks();
}

void QuestionForm::updateChecks()
{
    if (!question())
        return;
    QStringList problems;
    for (const QuestionProblem &problem : checkQuestion(question()->data()))
        problems.append(problem.message);
    // Negative grades only make sense when several answers may be chosen.
    m_multiChoiceAnswers->setGrades(RowTable::moodleGrades(!question()->data().single));
    if (question()->data().type == QuestionType::MultiAnswer)
        updateCloze();
    if (problems == m_problems && m_checksBox->isVisible() == !problems.isEmpty())
        return;
    m_problems = problems;
    QStringList lines;
    for (const QString &problem : std::as_const(problems))
        lines.append(problem.toHtmlEscaped());
    m_checksLabel->setText(lines.join(u"<br>"_s));
    m_checksLabel->setAccessibleDescription(problems.join(QLatin1Char('\n')));
    m_checksBox->setVisible(!problems.isEmpty());
}

QFormLayout *QuestionForm::addPage(QuestionType type)
{
    auto *box = new QGroupBox(typeName(type));
    auto *form = new QFormLayout(box);
    auto *page = new StackPage;
    page->setObjectName(u"page_"_s + qtypeName(type));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);
    m_pages->addWidget(page);
    m_pageOf.insert(static_cast<int>(type), page);
    return form;
}

void QuestionForm::bindTable(RowTable *table,
    const std::function<QList<QVariantList>()> &rows,
    const std::function<bool(const RowEdit &)> &apply)
{
    const int base = ++m_tableCount << 20;
    addRefresher(NodeField::Content, [table, rows] { table->setRows(rows()); });
    connect(table, &RowTable::cellEdited, this,
        [this, apply, base](int row, int column, const QVariant &value) {
            RowEdit edit;
            edit.row = row;
            edit.column = column;
            edit.value = value;
            edit.mergeKey = base + (row << 5) + column;
            place([&] { return apply(edit); });
        });
    // Adding, removing and moving rows are undo steps of their own: unique merge keys.
    const auto structural = [this, table, rows, apply](RowEdit edit, int select) {
        edit.mergeKey = -(++m_structureCount);
        place([&] { return apply(edit); });
        table->setRows(rows());
        table->setCurrentRow(select);
        table->table()->setFocus();
    };
    connect(table, &RowTable::insertRequested, this, [structural](int row) {
        RowEdit edit;
        edit.op = RowEdit::Insert;
        edit.row = row;
        structural(edit, row);
    });
    connect(table, &RowTable::removeRequested, this, [structural](int row) {
        RowEdit edit;
        edit.op = RowEdit::Remove;
        edit.row = row;
        structural(edit, std::max(0, row - 1));
    });
    connect(table, &RowTable::moveRequested, this, [structural](int from, int to) {
        RowEdit edit;
        edit.op = RowEdit::Move;
        edit.row = from;
        edit.to = to;
        structural(edit, to);
    });
}

void QuestionForm::buildCommon(QVBoxLayout *layout)
{
    auto *box = new QGroupBox(tr("General"));
    auto *form = new QFormLayout(box);
    m_commonForm = form;
    layout->addWidget(box);
    const auto current = [this] { return question()->data(); };

    m_typeLabel = new QLabel;
    m_typeLabel->setObjectName(u"typeLabel"_s);
    m_typeLabel->setAccessibleName(tr("Question type"));
    form->addRow(tr("Type:"), m_typeLabel);

    addLineEdit(
        form, tr("Question &name:"), u"nameLineEdit"_s, NodeField::Name,
        [current] { return current().name; },
        [this](const QString &text) {
            return setQuestionField(
                this, &QuestionData::name, text, NodeField::Name, tr("Question name"));
        });
    m_textEdit = addHtmlEdit(
        form, tr("Question &text:"), u"questionTextEdit"_s, NodeField::Content, u"questiontext"_s,
        [current] { return current().text; },
        [this](const QString &text) {
            return setQuestionField(
                this, &QuestionData::text, text, NodeField::Content, tr("Question text"));
        });
    auto *mark = addDoubleSpinBox(
        form, tr("Default &mark:"), u"defaultMarkSpinBox"_s, NodeField::Content, 1000,
        [current] { return current().defaultMark; },
        [this](double value) {
            return setQuestionField(
                this, &QuestionData::defaultMark, value, NodeField::Content, tr("Default mark"));
        });
    mark->setToolTip(tr("The mark of the question in a quiz, before the quiz scales it."));
    m_markEdit = mark;
    addHtmlEdit(
        form, tr("General &feedback:"), u"generalFeedbackEdit"_s, NodeField::Content,
        u"generalfeedback"_s, [current] { return current().generalFeedback; },
        [this](const QString &text) {
            return setQuestionField(this, &QuestionData::generalFeedback, text, NodeField::Content,
                tr("General feedback"));
        });
    QList<QPair<QString, int>> penaltyItems;
    for (int i = 0; i < penalties().size(); ++i)
        penaltyItems.append({RowTable::gradeText(penalties().at(i)), i});
    penaltyItems.last().first = tr("0 %");
    auto *penalty = addComboBox(
        form, tr("&Penalty for each incorrect try:"), u"penaltyComboBox"_s, NodeField::Content,
        penaltyItems,
        [current] {
            const double value = current().penalty;
            const auto nearest = std::min_element(penalties().cbegin(), penalties().cend(),
                [value](double a, double b) { return std::abs(a - value) < std::abs(b - value); });
            return static_cast<int>(nearest - penalties().cbegin());
        },
        [this](int index) {
            return setQuestionField(this, &QuestionData::penalty, penalties().value(index),
                NodeField::Content, tr("Penalty"));
        });
    penalty->setToolTip(tr("Taken off the mark for each incorrect try, in the interactive and "
                           "adaptive behaviours."));
    m_penaltyEdit = penalty;
    addLineEdit(
        form, tr("&ID number:"), u"idNumberLineEdit"_s, NodeField::Content,
        [current] { return current().idNumber; },
        [this](const QString &text) {
            return setQuestionField(
                this, &QuestionData::idNumber, text, NodeField::Content, tr("ID number"));
        });
}

RowTable *QuestionForm::addAnswerTable(QFormLayout *form, QuestionType type)
{
    QList<RowTable::Column> columns;
    columns.append({tr("Answer"), RowTable::Kind::Text,
        type == QuestionType::ShortAnswer ? tr("* matches any characters: “*” alone accepts any "
                                               "other answer.")
            : type == QuestionType::Numerical ? tr("A number, or * for any other answer.")
                                              : QString()});
    const bool numerical = type == QuestionType::Numerical;
    if (numerical)
        columns.append({tr("Error"), RowTable::Kind::Number,
            tr("Accepted error: answers within the number ± the error are right.")});
    columns.append({tr("Grade"), RowTable::Kind::Grade, tr("Part of the mark this answer gives.")});
    columns.append({tr("Feedback"), RowTable::Kind::Text,
        tr("Shown to a participant who gave this answer (HTML).")});
    auto *table
        = new RowTable(tr("Answers"), tr("Add an answer"), tr("Remove the answer"), columns);
    table->setObjectName(qtypeName(type) + u"Answers"_s);
    form->addRow(table);

    RowAdapter<Answer> adapter;
    adapter.toRow = [numerical](const Answer &a) {
        return numerical ? QVariantList {a.text, a.tolerance, a.fraction, a.feedback}
                         : QVariantList {a.text, a.fraction, a.feedback};
    };
    adapter.setCell = [numerical](Answer &a, int column, const QVariant &value) {
        if (!numerical && column > 0)
            ++column;
        switch (column) {
        case 0:
            a.text = value.toString();
            break;
        case 1:
            a.tolerance = value.toDouble();
            break;
        case 2:
            a.fraction = value.toDouble();
            break;
        default:
            a.feedback = value.toString();
            break;
        }
    };
    bindTable(table, vectorRows(this, &QuestionData::answers, adapter),
        vectorEditor(this, &QuestionData::answers, adapter, tr("Answers")));
    return table;
}

void QuestionForm::addCombinedFeedback(QFormLayout *form, const QString &prefix)
{
    const auto current = [this] { return question()->data().feedback; };
    const struct
    {
        QString label;
        QString name;
        QString area;
        QString CombinedFeedback::*member;
    } fields[] = {
        {tr("For any &correct response:"), u"CorrectFeedbackEdit"_s, u"correctfeedback"_s,
            &CombinedFeedback::correct},
        {tr("For any partially correct &response:"), u"PartiallyCorrectFeedbackEdit"_s,
            u"partiallycorrectfeedback"_s, &CombinedFeedback::partiallyCorrect},
        {tr("For any inc&orrect response:"), u"IncorrectFeedbackEdit"_s, u"incorrectfeedback"_s,
            &CombinedFeedback::incorrect},
    };
    for (const auto &field : fields) {
        const int key = nextMergeKey();
        const QString label = plainLabel(field.label);
        addHtmlEdit(
            form, field.label, prefix + field.name, NodeField::Content, field.area,
            [current, member = field.member] { return current().*member; },
            [this, current, member = field.member, key, label](const QString &text) {
                CombinedFeedback feedback = current();
                feedback.*member = text;
                return setQuestionField(
                    this, &QuestionData::feedback, feedback, NodeField::Content, label, key);
            });
    }
    const int key = nextMergeKey();
    addCheckBox(
        form, tr("Show the number of correct responses once the question has finished"),
        prefix + u"ShowNumCorrectCheckBox"_s, NodeField::Content,
        [current] { return current().showNumCorrect; },
        [this, current, key](bool on) {
            CombinedFeedback feedback = current();
            feedback.showNumCorrect = on;
            return setQuestionField(this, &QuestionData::feedback, feedback, NodeField::Content,
                tr("Show the number of correct responses"), key);
        });
}

void QuestionForm::addHints(QFormLayout *form)
{
    auto *table = new RowTable(tr("Hints"), tr("Add a hint"), tr("Remove the hint"),
        {{tr("Hint"), RowTable::Kind::Text, tr("Shown after an incorrect try (HTML).")},
            {tr("Show the number of correct responses"), RowTable::Kind::Check, {}},
            {tr("Clear incorrect responses"), RowTable::Kind::Check, {}}});
    table->setObjectName(u"hintsTable"_s);
    auto *label = new QLabel(tr("Hints are given in turn after each incorrect try, in the "
                                "interactive behaviour."));
    label->setWordWrap(true);
    form->addRow(label);
    form->addRow(table);
    RowAdapter<Hint> adapter;
    adapter.toRow = [](const Hint &h) {
        return QVariantList {h.text, h.showNumCorrect, h.clearWrong};
    };
    adapter.setCell = [](Hint &h, int column, const QVariant &value) {
        if (column == 0)
            h.text = value.toString();
        else if (column == 1)
            h.showNumCorrect = value.toBool();
        else
            h.clearWrong = value.toBool();
    };
    bindTable(table, vectorRows(this, &QuestionData::hints, adapter),
        vectorEditor(this, &QuestionData::hints, adapter, tr("Hints")));
}

void QuestionForm::buildMultiChoice()
{
    QFormLayout *form = addPage(QuestionType::MultiChoice);
    const auto current = [this] { return question()->data(); };
    addComboBox(
        form, tr("One or multiple &answers?"), u"singleComboBox"_s, NodeField::Content,
        {{tr("One answer only"), 1}, {tr("Multiple answers allowed"), 0}},
        [current] { return current().single ? 1 : 0; },
        [this](int single) {
            return setQuestionField(this, &QuestionData::single, single == 1, NodeField::Content,
                tr("One or multiple answers"));
        });
    addCheckBox(
        form, tr("&Shuffle the choices"), u"multichoiceShuffleCheckBox"_s, NodeField::Content,
        [current] { return current().shuffle; },
        [this](bool on) {
            return setQuestionField(
                this, &QuestionData::shuffle, on, NodeField::Content, tr("Shuffle the choices"));
        });
    const QStringList numberingLabels = {tr("a., b., c., …"), tr("A., B., C., …"),
        tr("1., 2., 3., …"), tr("i., ii., iii., …"), tr("I., II., III., …"), tr("No numbering")};
    QList<QPair<QString, int>> numberingItems;
    for (int i = 0; i < numberingLabels.size(); ++i)
        numberingItems.append({numberingLabels.at(i), i});
    addComboBox(
        form, tr("N&umber the choices?"), u"numberingComboBox"_s, NodeField::Content,
        numberingItems,
        [current] { return static_cast<int>(numberings().indexOf(current().numbering)); },
        [this](int index) {
            return setQuestionField(this, &QuestionData::numbering, numberings().value(index),
                NodeField::Content, tr("Number the choices"));
        });
    addCheckBox(
        form, tr("Sho&w standard instructions"), u"standardInstructionCheckBox"_s,
        NodeField::Content, [current] { return current().showStandardInstruction; },
        [this](bool on) {
            return setQuestionField(this, &QuestionData::showStandardInstruction, on,
                NodeField::Content, tr("Show standard instructions"));
        });
    m_multiChoiceAnswers = addAnswerTable(form, QuestionType::MultiChoice);
    addCombinedFeedback(form, u"multichoice"_s);
}

void QuestionForm::buildTrueFalse()
{
    QFormLayout *form = addPage(QuestionType::TrueFalse);
    auto *row = new QWidget;
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    auto *trueButton = new QRadioButton(tr("T&rue"));
    auto *falseButton = new QRadioButton(tr("F&alse"));
    trueButton->setObjectName(u"trueRadioButton"_s);
    falseButton->setObjectName(u"falseRadioButton"_s);
    trueButton->setAccessibleName(tr("Correct answer: true"));
    falseButton->setAccessibleName(tr("Correct answer: false"));
    auto *group = new QButtonGroup(row);
    group->addButton(trueButton, 0);
    group->addButton(falseButton, 1);
    rowLayout->addWidget(trueButton);
    rowLayout->addWidget(falseButton);
    rowLayout->addStretch(1);
    form->addRow(tr("Correct answer:"), row);
    const int key = nextMergeKey();
    connect(group, &QButtonGroup::idClicked, this, [this, key](int id) {
        place([&] {
            std::vector<Answer> answers = trueFalseAnswers(question()->data());
            answers[0].fraction = id == 0 ? 1 : 0;
            answers[1].fraction = id == 1 ? 1 : 0;
            return setQuestionField(this, &QuestionData::answers, answers, NodeField::Content,
                tr("Correct answer"), key);
        });
    });
    addRefresher(NodeField::Content, [this, trueButton, falseButton] {
        const std::vector<Answer> &answers = question()->data().answers;
        const bool isTrue = !answers.empty() && answers[0].fraction > 0.5;
        const bool isFalse = answers.size() > 1 && answers[1].fraction > 0.5;
        const QSignalBlocker trueBlocker(trueButton);
        const QSignalBlocker falseBlocker(falseButton);
        trueButton->setChecked(isTrue);
        falseButton->setChecked(isFalse && !isTrue);
    });
    const struct
    {
        QString label;
        QString name;
        size_t index;
    } feedbacks[] = {{tr("Feedbac&k for the response “True”:"), u"trueFeedbackEdit"_s, 0},
        {tr("Feed&back for the response “False”:"), u"falseFeedbackEdit"_s, 1}};
    for (const auto &feedback : feedbacks) {
        const int feedbackKey = nextMergeKey();
        const QString label = plainLabel(feedback.label);
        addTextEdit(
            form, feedback.label, feedback.name, NodeField::Content,
            [this, index = feedback.index] {
                const std::vector<Answer> &answers = question()->data().answers;
                return index < answers.size() ? answers[index].feedback : QString();
            },
            [this, index = feedback.index, feedbackKey, label](const QString &text) {
                std::vector<Answer> answers = trueFalseAnswers(question()->data());
                answers[index].feedback = text;
                return setQuestionField(
                    this, &QuestionData::answers, answers, NodeField::Content, label, feedbackKey);
            });
    }
}

void QuestionForm::buildShortAnswer()
{
    QFormLayout *form = addPage(QuestionType::ShortAnswer);
    const auto current = [this] { return question()->data(); };
    addComboBox(
        form, tr("&Case sensitivity:"), u"caseSensitiveComboBox"_s, NodeField::Content,
        {{tr("No, case is unimportant"), 0}, {tr("Yes, case must match"), 1}},
        [current] { return current().caseSensitive ? 1 : 0; },
        [this](int on) {
            return setQuestionField(this, &QuestionData::caseSensitive, on == 1, NodeField::Content,
                tr("Case sensitivity"));
        });
    auto *note = new QLabel(tr("An answer may use * as a wildcard that matches any characters. "
                               "Answers are checked in their order: put the most specific "
                               "first."));
    note->setWordWrap(true);
    form->addRow(note);
    addAnswerTable(form, QuestionType::ShortAnswer);
}

void QuestionForm::buildNumerical()
{
    QFormLayout *form = addPage(QuestionType::Numerical);
    addAnswerTable(form, QuestionType::Numerical);
    auto *units = new RowTable(tr("Units"), tr("Add a unit"), tr("Remove the unit"),
        {{tr("Unit"), RowTable::Kind::Text, tr("As the participant types it, for example “cm”.")},
            {tr("Multiplier"), RowTable::Kind::Number,
                tr("The answer in this unit is the number times the multiplier; the first unit's "
                   "multiplier is 1.")}});
    units->setObjectName(u"unitsTable"_s);
    auto *note = new QLabel(tr("Units are optional: when there are some, a response may give "
                               "one of them after its number; it is not graded."));
    note->setWordWrap(true);
    form->addRow(note);
    form->addRow(units);
    RowAdapter<NumericalUnit> adapter;
    adapter.toRow = [](const NumericalUnit &u) { return QVariantList {u.unit, u.multiplier}; };
    adapter.setCell = [](NumericalUnit &u, int column, const QVariant &value) {
        if (column == 0)
            u.unit = value.toString();
        else
            u.multiplier = value.toDouble();
    };
    bindTable(units, vectorRows(this, &QuestionData::units, adapter),
        vectorEditor(this, &QuestionData::units, adapter, tr("Units")));
}

void QuestionForm::buildMatch()
{
    QFormLayout *form = addPage(QuestionType::Match);
    const auto current = [this] { return question()->data(); };
    addCheckBox(
        form, tr("&Shuffle"), u"matchShuffleCheckBox"_s, NodeField::Content,
        [current] { return current().shuffle; },
        [this](bool on) {
            return setQuestionField(
                this, &QuestionData::shuffle, on, NodeField::Content, tr("Shuffle"));
        });
    auto *note = new QLabel(tr("Give at least two questions and three answers. An answer with "
                               "an empty question is an extra wrong answer."));
    note->setWordWrap(true);
    form->addRow(note);
    auto *table = new RowTable(tr("Pairs"), tr("Add a pair"), tr("Remove the pair"),
        {{tr("Question"), RowTable::Kind::Text, tr("HTML; empty for an extra wrong answer.")},
            {tr("Answer"), RowTable::Kind::Text, {}}});
    table->setObjectName(u"pairsTable"_s);
    form->addRow(table);
    RowAdapter<MatchPair> adapter;
    adapter.toRow = [](const MatchPair &p) { return QVariantList {p.question, p.answer}; };
    adapter.setCell = [](MatchPair &p, int column, const QVariant &value) {
        (column == 0 ? p.question : p.answer) = value.toString();
    };
    bindTable(table, vectorRows(this, &QuestionData::pairs, adapter),
        vectorEditor(this, &QuestionData::pairs, adapter, tr("Pairs")));
    addCombinedFeedback(form, u"match"_s);
}

void QuestionForm::buildEssay()
{
    QFormLayout *form = addPage(QuestionType::Essay);
    const auto current = [this] { return question()->data().essay; };
    const auto setEssay = [this](auto member, auto value, const QString &label, int key) {
        EssayOptions essay = question()->data().essay;
        essay.*member = value;
        return setQuestionField(
            this, &QuestionData::essay, essay, NodeField::Content, plainLabel(label), key);
    };
    const QStringList formatLabels = {tr("HTML editor"), tr("HTML editor with file picker"),
        tr("Plain text"), tr("Plain text, monospaced font"), tr("No online text")};
    QList<QPair<QString, int>> formatItems;
    for (int i = 0; i < formatLabels.size(); ++i)
        formatItems.append({formatLabels.at(i), i});
    const QString formatLabel = tr("Response f&ormat:");
    const int formatKey = nextMergeKey();
    addComboBox(
        form, formatLabel, u"responseFormatComboBox"_s, NodeField::Content, formatItems,
        [current] { return static_cast<int>(responseFormats().indexOf(current().responseFormat)); },
        [setEssay, formatLabel, formatKey](int index) {
            return setEssay(&EssayOptions::responseFormat, responseFormats().value(index),
                formatLabel, formatKey);
        });
    const QString requiredLabel = tr("&Require text:");
    const int requiredKey = nextMergeKey();
    addComboBox(
        form, requiredLabel, u"responseRequiredComboBox"_s, NodeField::Content,
        {{tr("Require the student to enter text"), 1}, {tr("Text input is optional"), 0}},
        [current] { return current().responseRequired ? 1 : 0; },
        [setEssay, requiredLabel, requiredKey](int on) {
            return setEssay(&EssayOptions::responseRequired, on == 1, requiredLabel, requiredKey);
        });
    const struct
    {
        QString label;
        QString name;
        int EssayOptions::*member;
        int minimum;
        int maximum;
    } spins[] = {
        {tr("Input box &size (lines):"), u"responseLinesSpinBox"_s,
            &EssayOptions::responseFieldLines, 5, 40},
        {tr("Minimum &word limit (0 = none):"), u"minWordsSpinBox"_s, &EssayOptions::minWords, 0,
            100000},
        {tr("Ma&ximum word limit (0 = none):"), u"maxWordsSpinBox"_s, &EssayOptions::maxWords, 0,
            100000},
        {tr("Allow &attachments (-1 = unlimited):"), u"attachmentsSpinBox"_s,
            &EssayOptions::attachments, -1, 3},
        {tr("Re&quired attachments:"), u"attachmentsRequiredSpinBox"_s,
            &EssayOptions::attachmentsRequired, 0, 3},
    };
    for (const auto &spin : spins) {
        const int key = nextMergeKey();
        addSpinBox(
            form, spin.label, spin.name, NodeField::Content, spin.minimum, spin.maximum,
            [current, member = spin.member] { return current().*member; },
            [setEssay, member = spin.member, label = spin.label, key](
                int value) { return setEssay(member, value, label, key); });
    }
    const QString templateLabel = tr("Response templat&e (HTML):");
    const int templateKey = nextMergeKey();
    addTextEdit(
        form, templateLabel, u"responseTemplateEdit"_s, NodeField::Content,
        [current] { return current().responseTemplate; },
        [setEssay, templateLabel, templateKey](const QString &value) {
            return setEssay(&EssayOptions::responseTemplate, value, templateLabel, templateKey);
        });
    const QString graderLabel = tr("Information for &graders:");
    const int graderKey = nextMergeKey();
    addHtmlEdit(
        form, graderLabel, u"graderInfoEdit"_s, NodeField::Content, u"graderinfo"_s,
        [current] { return current().graderInfo; },
        [setEssay, graderLabel, graderKey](const QString &value) {
            return setEssay(&EssayOptions::graderInfo, value, graderLabel, graderKey);
        });
}

void QuestionForm::buildDescription()
{
    QFormLayout *form = addPage(QuestionType::Description);
    auto *note = new QLabel(tr("A description is only text: it has no answer and no mark. Use it "
                               "for instructions or a text several questions share."));
    note->setWordWrap(true);
    form->addRow(note);
}

void QuestionForm::buildGaps(QuestionType type)
{
    QFormLayout *form = addPage(type);
    const auto current = [this] { return question()->data(); };
    const bool dragDrop = type == QuestionType::DdWtoS;
    auto *note = new QLabel(tr("In the question text, write [[1]], [[2]]… where the gaps are, "
                               "with the number of the right choice for each gap. A gap offers "
                               "the choices of the same group as its right choice."));
    note->setWordWrap(true);
    form->addRow(note);
    addCheckBox(
        form, tr("&Shuffle"), qtypeName(type) + u"ShuffleCheckBox"_s, NodeField::Content,
        [current] { return current().shuffle; },
        [this](bool on) {
            return setQuestionField(
                this, &QuestionData::shuffle, on, NodeField::Content, tr("Shuffle"));
        });
    QList<RowTable::Column> columns = {
        {tr("Choice"), RowTable::Kind::Text, tr("Its number in the list is the one gaps use.")},
        {tr("Group"), RowTable::Kind::Integer, tr("Gaps offer the choices of one group."), 1, 20},
    };
    if (dragDrop)
        columns.append({tr("Unlimited"), RowTable::Kind::Check,
            tr("The choice can be dropped into several gaps.")});
    auto *table = new RowTable(tr("Choices"), tr("Add a choice"), tr("Remove the choice"), columns);
    table->setObjectName(qtypeName(type) + u"Choices"_s);
    form->addRow(table);
    RowAdapter<Answer> adapter;
    adapter.toRow = [dragDrop](const Answer &a) {
        return dragDrop ? QVariantList {a.text, a.group, a.infinite}
                        : QVariantList {a.text, a.group};
    };
    adapter.setCell = [](Answer &a, int column, const QVariant &value) {
        if (column == 0)
            a.text = value.toString();
        else if (column == 1)
            a.group = std::max(1, value.toInt());
        else
            a.infinite = value.toBool();
    };
    bindTable(table, vectorRows(this, &QuestionData::answers, adapter),
        vectorEditor(this, &QuestionData::answers, adapter, tr("Choices")));
    addCombinedFeedback(form, qtypeName(type));
}

void QuestionForm::buildCloze()
{
    QFormLayout *form = addPage(QuestionType::MultiAnswer);
    auto *note = new QLabel(tr("Write the text with its embedded answers, for example "
                               "{1:SHORTANSWER:=Paris#Right!~*#Wrong}, "
                               "{2:NUMERICAL:=3.14:0.01} or {1:MULTICHOICE:=yes~no}."));
    note->setWordWrap(true);
    form->addRow(note);
    QTextEdit *edit = addTextEdit(
        form, tr("Cloze &text:"), u"clozeTextEdit"_s, NodeField::Content,
        [this] { return question()->data().text; },
        [this](const QString &text) {
            return setQuestionField(
                this, &QuestionData::text, text, NodeField::Content, tr("Question text"));
        });
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setLineWrapMode(QTextEdit::WidgetWidth);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 8);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 16);

    m_clozeErrors = new QLabel;
    m_clozeErrors->setObjectName(u"clozeErrorsLabel"_s);
    m_clozeErrors->setWordWrap(true);
    m_clozeErrors->setAccessibleName(tr("Errors of the cloze text"));
    QPalette palette = m_clozeErrors->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_clozeErrors->setPalette(palette);
    m_clozeErrors->hide();
    form->addRow(m_clozeErrors);

    m_clozeParts = new QTreeWidget;
    m_clozeParts->setObjectName(u"clozePartsTree"_s);
    m_clozeParts->setAccessibleName(tr("Sub-questions"));
    m_clozeParts->setRootIsDecorated(false);
    m_clozeParts->setHeaderLabels({tr("#"), tr("Type"), tr("Mark"), tr("Answers")});
    m_clozeParts->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_clozeParts->header()->setStretchLastSection(true);
    m_clozeParts->setWordWrap(true);
    m_clozeParts->setMinimumHeight(m_clozeParts->fontMetrics().lineSpacing() * 6);
    m_clozeParts->setMaximumHeight(m_clozeParts->fontMetrics().lineSpacing() * 12);
    form->addRow(tr("Sub-questions:"), m_clozeParts);
    // The parse follows the typing, not only the document.
    connect(edit, &QTextEdit::textChanged, this, &QuestionForm::updateCloze);
}

void QuestionForm::updateCloze()
{
    if (!question() || !m_clozeParts)
        return;
    const QString text = question()->data().text;
    const ClozeQuestion cloze = parseCloze(text);
    m_clozeParts->clear();
    int number = 0;
    for (const ClozePart &part : cloze.parts) {
        QStringList answers;
        for (const Answer &answer : part.answers) {
            QString shown = answer.text;
            if (part.type == QuestionType::Numerical && answer.tolerance != 0)
                shown += tr(" ± %1").arg(QLocale().toString(answer.tolerance));
            answers.append(tr("%1 (%2)").arg(shown, RowTable::gradeText(answer.fraction)));
        }
        QString type = typeName(part.type);
        if (part.type == QuestionType::MultiChoice && !part.single)
            type = tr("Multiple response");
        auto *item = new QTreeWidgetItem(m_clozeParts,
            {QString::number(++number), type, QLocale().toString(part.mark),
                answers.join(tr("; "))});
        item->setToolTip(3, part.code);
    }
    const QStringList errors = clozeProblems(text);
    m_clozeErrors->setText(errors.join(QLatin1Char('\n')));
    m_clozeErrors->setVisible(!errors.isEmpty());
}

void QuestionForm::buildOther()
{
    QFormLayout *form = addPage(QuestionType::Other);
    auto *note = new QLabel(tr("Parcours Studio edits only the common fields of this type of "
                               "question. Its own settings are kept exactly as Moodle wrote them "
                               "and exported unchanged: edit them in Moodle."));
    note->setWordWrap(true);
    form->addRow(note);
    auto *xml = new QPlainTextEdit;
    xml->setObjectName(u"rawXmlEdit"_s);
    xml->setAccessibleName(tr("Moodle XML"));
    xml->setReadOnly(true);
    xml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    xml->setLineWrapMode(QPlainTextEdit::NoWrap);
    form->addRow(tr("Moodle XML:"), xml);
    addRefresher(NodeField::Content, [this, xml] {
        const QString value = question()->data().rawXml;
        if (xml->toPlainText() != value)
            xml->setPlainText(value);
    });
}

} // namespace Parcours
