// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/nodeform.h"

#include "core/model/coursedocument.h"
#include "ui/richtext/htmleditor.h"
#include "ui/richtext/htmlmedia.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace Parcours {

NodeForm::NodeForm(CourseDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    connect(document, &CourseDocument::nodeChanged, this, &NodeForm::onNodeChanged);
    connect(document, &CourseDocument::nodeAboutToBeRemoved, this, &NodeForm::onAboutToBeRemoved);
    connect(document, &CourseDocument::contentAboutToBeReset, this, [this] { bindNode(nullptr); });
}

NodeForm::~NodeForm() = default;

void NodeForm::bindNode(Node *node)
{
    m_node = node;
    setEnabled(node && !m_document->isReadOnly());
    if (!node)
        return;
    nodeBound();
    refresh(NodeField::All);
}

void NodeForm::place(const std::function<bool()> &push)
{
    if (!m_node)
        return;
    m_placingCommand = true;
    const bool pushed = push();
    m_placingCommand = false;
    // A refused push (read-only document) leaves the node as it was: so must the controls. A
    // push that changes nothing (a blank line in a list) leaves the control as it is.
    if (!pushed && m_document->isReadOnly())
        refresh(NodeField::All);
}

void NodeForm::refresh(NodeFields fields)
{
    if (!m_node)
        return;
    for (const auto &[shown, refresher] : std::as_const(m_refreshers)) {
        if (shown & fields)
            refresher();
    }
}

void NodeForm::addRefresher(NodeFields fields, std::function<void()> refresher)
{
    m_refreshers.append({fields, std::move(refresher)});
}

QString NodeForm::plainLabel(const QString &label)
{
    QString text = label;
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text.trimmed();
}

void NodeForm::onNodeChanged(Node *node, NodeFields fields)
{
    if (m_placingCommand || node != m_node)
        return;
    refresh(fields);
}

void NodeForm::onAboutToBeRemoved(Node *parent, int row)
{
    if (!m_node)
        return;
    const Node *removed = parent->childAt(row);
    for (const Node *n = m_node; n; n = n->parent()) {
        if (n == removed) {
            bindNode(nullptr);
            return;
        }
    }
}

QLineEdit *NodeForm::addLineEdit(QFormLayout *form,
    const QString &label,
    const QString &objectName,
    NodeFields fields,
    std::function<QString()> get,
    std::function<bool(const QString &)> set)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setAccessibleName(plainLabel(label));
    form->addRow(label, edit);
    connect(edit, &QLineEdit::textEdited, this,
        [this, set](const QString &text) { place([&] { return set(text); }); });
    addRefresher(fields, [edit, get] {
        const QString value = get();
        if (edit->text() != value) {
            const QSignalBlocker blocker(edit);
            edit->setText(value);
        }
    });
    return edit;
}

QTextEdit *NodeForm::addTextEdit(QFormLayout *form,
    const QString &label,
    const QString &objectName,
    NodeFields fields,
    std::function<QString()> get,
    std::function<bool(const QString &)> set)
{
    auto *edit = new QTextEdit;
    edit->setObjectName(objectName);
    edit->setAccessibleName(plainLabel(label));
    edit->setAcceptRichText(false);
    // Tab moves the focus on, as everywhere else in the form.
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 5);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 10);
    form->addRow(label, edit);
    connect(edit, &QTextEdit::textChanged, this, [this, edit, set] {
        const QString text = edit->toPlainText();
        place([&] { return set(text); });
    });
    addRefresher(fields, [edit, get] {
        const QString value = get();
        if (edit->toPlainText() != value) {
            const QSignalBlocker blocker(edit);
            edit->setPlainText(value);
        }
    });
    return edit;
}

HtmlEditor *NodeForm::addHtmlEdit(QFormLayout *form,
    const QString &label,
    const QString &objectName,
    NodeFields fields,
    const QString &area,
    std::function<QString()> get,
    std::function<bool(const QString &)> set)
{
    auto *editor = new HtmlEditor;
    editor->setObjectName(objectName);
    editor->setFieldName(plainLabel(label));
    editor->setMedia(std::make_unique<NodeHtmlMedia>(
        m_document, [this] { return m_node; }, area));
    form->addRow(label, editor);
    connect(editor, &HtmlEditor::htmlChanged, this,
        [this, set](const QString &html) { place([&] { return set(html); }); });
    addRefresher(fields, [editor, get] {
        const QString value = get();
        if (editor->html() != value)
            editor->setHtml(value);
    });
    return editor;
}

QCheckBox *NodeForm::addCheckBox(QFormLayout *form,
    const QString &text,
    const QString &objectName,
    NodeFields fields,
    std::function<bool()> get,
    std::function<bool(bool)> set)
{
    auto *check = new QCheckBox(text);
    check->setObjectName(objectName);
    check->setAccessibleName(plainLabel(text));
    form->addRow(check);
    connect(
        check, &QCheckBox::toggled, this, [this, set](bool on) { place([&] { return set(on); }); });
    addRefresher(fields, [check, get] {
        const QSignalBlocker blocker(check);
        check->setChecked(get());
    });
    return check;
}

QSpinBox *NodeForm::addSpinBox(QFormLayout *form,
    const QString &label,
    const QString &objectName,
    NodeFields fields,
    int minimum,
    int maximum,
    std::function<int()> get,
    std::function<bool(int)> set)
{
    auto *spin = new QSpinBox;
    spin->setObjectName(objectName);
    spin->setAccessibleName(plainLabel(label));
    spin->setRange(minimum, maximum);
    form->addRow(label, spin);
    connect(spin, &QSpinBox::valueChanged, this,
        [this, set](int value) { place([&] { return set(value); }); });
    addRefresher(fields, [spin, get] {
        const QSignalBlocker blocker(spin);
        spin->setValue(get());
    });
    return spin;
}

QDoubleSpinBox *NodeForm::addDoubleSpinBox(QFormLayout *form,
    const QString &label,
    const QString &objectName,
    NodeFields fields,
    double maximum,
    std::function<double()> get,
    std::function<bool(double)> set)
{
    auto *spin = new QDoubleSpinBox;
    spin->setObjectName(objectName);
    spin->setAccessibleName(plainLabel(label));
    spin->setRange(0, maximum);
    spin->setDecimals(2);
    form->addRow(label, spin);
    connect(spin, &QDoubleSpinBox::valueChanged, this,
        [this, set](double value) { place([&] { return set(value); }); });
    addRefresher(fields, [spin, get] {
        const QSignalBlocker blocker(spin);
        spin->setValue(get());
    });
    return spin;
}

QComboBox *NodeForm::addComboBox(QFormLayout *form,
    const QString &label,
    const QString &objectName,
    NodeFields fields,
    const QList<QPair<QString, int>> &items,
    std::function<int()> get,
    std::function<bool(int)> set)
{
    auto *combo = new QComboBox;
    combo->setObjectName(objectName);
    combo->setAccessibleName(plainLabel(label));
    for (const auto &[text, value] : items)
        combo->addItem(text, value);
    form->addRow(label, combo);
    connect(combo, &QComboBox::activated, this, [this, combo, set](int index) {
        const int value = combo->itemData(index).toInt();
        place([&] { return set(value); });
    });
    addRefresher(fields, [combo, get] {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(combo->findData(get()));
    });
    return combo;
}

QCheckBox *NodeForm::addDateEdit(QFormLayout *form,
    const QString &label,
    const QString &objectName,
    NodeFields fields,
    std::function<qint64()> get,
    std::function<bool(qint64)> set)
{
    auto *check = new QCheckBox(label);
    check->setObjectName(objectName);
    check->setAccessibleName(plainLabel(label));
    auto *edit = new QDateTimeEdit;
    edit->setObjectName(objectName + u"Edit"_s);
    edit->setAccessibleName(plainLabel(label));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(locale().dateTimeFormat(QLocale::ShortFormat));
    // The check box is the row's label: the dates line up with the other fields.
    form->addRow(check, edit);

    const auto push = [this, check, edit, set] {
        const qint64 value = check->isChecked() ? edit->dateTime().toSecsSinceEpoch() : 0;
        edit->setEnabled(check->isChecked());
        place([&] { return set(value); });
    };
    connect(check, &QCheckBox::toggled, this, push);
    connect(edit, &QDateTimeEdit::dateTimeChanged, this, push);
    addRefresher(fields, [check, edit, get] {
        const qint64 value = get();
        const QSignalBlocker checkBlocker(check);
        const QSignalBlocker editBlocker(edit);
        check->setChecked(value != 0);
        edit->setEnabled(value != 0);
        if (value != 0)
            edit->setDateTime(QDateTime::fromSecsSinceEpoch(value));
        else
            edit->setDateTime(QDateTime(QDate::currentDate().addDays(7), QTime(8, 0)));
    });
    return check;
}

} // namespace Parcours
