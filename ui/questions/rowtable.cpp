// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/questions/rowtable.h"

#include "ui/forms/nodeform.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

/** The value of a cell, in the role it keeps it. */
constexpr int ValueRole = Qt::UserRole + 1;

bool sameGrade(double a, double b)
{
    return std::abs(a - b) < 1e-6;
}

} // namespace

/** Edits a grade with a combo box of Moodle's grades, numbers with spin boxes. */
class RowTableDelegate : public QStyledItemDelegate
{
public:
    explicit RowTableDelegate(RowTable *table)
        : QStyledItemDelegate(table)
        , m_rowTable(table)
    { }

    QWidget *createEditor(QWidget *parent,
        const QStyleOptionViewItem &option,
        const QModelIndex &index) const override
    {
        const RowTable::Column &column = m_rowTable->m_columns.at(index.column());
        switch (column.kind) {
        case RowTable::Kind::Grade: {
            auto *combo = new QComboBox(parent);
            combo->setAccessibleName(column.title);
            QList<double> grades = m_rowTable->m_grades;
            const double value = index.data(ValueRole).toDouble();
            if (std::none_of(grades.cbegin(), grades.cend(),
                    [value](double g) { return sameGrade(g, value); }))
                grades.append(value);
            for (double grade : std::as_const(grades))
                combo->addItem(RowTable::gradeText(grade), grade);
            return combo;
        }
        case RowTable::Kind::Number: {
            auto *spin = new QDoubleSpinBox(parent);
            spin->setAccessibleName(column.title);
            spin->setRange(-1e12, 1e12);
            spin->setDecimals(6);
            return spin;
        }
        case RowTable::Kind::Integer: {
            auto *spin = new QSpinBox(parent);
            spin->setAccessibleName(column.title);
            spin->setRange(column.minimum, column.maximum);
            return spin;
        }
        case RowTable::Kind::Check:
            return nullptr;
        case RowTable::Kind::Text:
            break;
        }
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        editor->setAccessibleName(column.title);
        return editor;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        const QVariant value = index.data(ValueRole);
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            for (int i = 0; i < combo->count(); ++i) {
                if (sameGrade(combo->itemData(i).toDouble(), value.toDouble()))
                    combo->setCurrentIndex(i);
            }
        } else if (auto *doubleSpin = qobject_cast<QDoubleSpinBox *>(editor)) {
            doubleSpin->setValue(value.toDouble());
        } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
            spin->setValue(value.toInt());
        } else {
            QStyledItemDelegate::setEditorData(editor, index);
        }
    }

    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            const double value = combo->currentData().toDouble();
            // The value first: the table reports the change of the text, and reads the value.
            model->setData(index, value, ValueRole);
            model->setData(index, RowTable::gradeText(value), Qt::DisplayRole);
        } else if (auto *doubleSpin = qobject_cast<QDoubleSpinBox *>(editor)) {
            doubleSpin->interpretText();
            const double value = doubleSpin->value();
            model->setData(index, value, ValueRole);
            model->setData(index, QLocale().toString(value, 'g', 12), Qt::DisplayRole);
        } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
            spin->interpretText();
            model->setData(index, spin->value(), ValueRole);
            model->setData(index, QString::number(spin->value()), Qt::DisplayRole);
        } else {
            QStyledItemDelegate::setModelData(editor, model, index);
        }
    }

private:
    RowTable *m_rowTable;
};

RowTable::RowTable(const QString &accessibleName,
    const QString &addText,
    const QString &removeText,
    const QList<Column> &columns,
    QWidget *parent)
    : QWidget(parent)
    , m_columns(columns)
    , m_grades(moodleGrades(false))
    , m_table(new QTableWidget(0, static_cast<int>(columns.size())))
    , m_addButton(new QPushButton(addText))
    , m_removeButton(new QPushButton(removeText))
    , m_upButton(new QPushButton(tr("Move up")))
    , m_downButton(new QPushButton(tr("Move down")))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table->setAccessibleName(accessibleName);
    m_table->setItemDelegate(new RowTableDelegate(this));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    QStringList titles;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        titles.append(columns.at(c).title);
        const bool stretch = columns.at(c).kind == Kind::Text;
        m_table->horizontalHeader()->setSectionResizeMode(
            static_cast<int>(c), stretch ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    }
    m_table->setHorizontalHeaderLabels(titles);
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (!columns.at(c).toolTip.isEmpty())
            m_table->horizontalHeaderItem(static_cast<int>(c))->setToolTip(columns.at(c).toolTip);
    }
    m_table->setToolTip(tr("Insert adds a row, Delete removes it, Ctrl+Up and Ctrl+Down move it, "
                           "F2 edits the cell."));
    m_table->installEventFilter(this);
    m_table->setMinimumHeight(m_table->fontMetrics().lineSpacing() * 7);
    auto *title = new QLabel(accessibleName);
    title->setBuddy(m_table);
    layout->addWidget(title);
    layout->addWidget(m_table);

    auto *buttons = new QHBoxLayout;
    m_addButton->setAccessibleName(NodeForm::plainLabel(addText));
    m_removeButton->setAccessibleName(NodeForm::plainLabel(removeText));
    m_upButton->setAccessibleName(tr("Move up"));
    m_downButton->setAccessibleName(tr("Move down"));
    m_addButton->setToolTip(tr("Add a row after the current one (Insert)"));
    m_removeButton->setToolTip(tr("Remove the current row (Delete)"));
    m_upButton->setToolTip(tr("Move the current row up (Ctrl+Up)"));
    m_downButton->setToolTip(tr("Move the current row down (Ctrl+Down)"));
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addWidget(m_upButton);
    buttons->addWidget(m_downButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        Q_EMIT insertRequested(row < 0 ? m_table->rowCount() : row + 1);
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        if (currentRow() >= 0)
            Q_EMIT removeRequested(currentRow());
    });
    connect(m_upButton, &QPushButton::clicked, this, [this] { requestMove(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { requestMove(1); });
    connect(m_table, &QTableWidget::cellChanged, this, &RowTable::onItemChanged);
    connect(m_table, &QTableWidget::currentCellChanged, this, &RowTable::updateButtons);
    updateButtons();
}

RowTable::~RowTable() = default;

QString RowTable::gradeText(double fraction)
{
    if (std::abs(fraction) < 1e-7)
        return tr("None");
    return tr("%1 %").arg(QLocale().toString(fraction * 100, 'g', 7));
}

QList<double> RowTable::moodleGrades(bool negatives)
{
    // question_bank::fraction_options() and fraction_options_full().
    static const QList<double> positive = {1.0, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5,
        0.4, 0.3333333, 0.3, 0.25, 0.2, 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05};
    QList<double> grades = positive;
    grades.append(0);
    if (negatives) {
        for (auto it = positive.crbegin(); it != positive.crend(); ++it)
            grades.append(-*it);
    }
    return grades;
}

void RowTable::setGrades(const QList<double> &grades)
{
    m_grades = grades;
}

void RowTable::setRows(const QList<QVariantList> &rows)
{
    if (rows == this->rows())
        return;
    const int row = m_table->currentRow();
    const int column = m_table->currentColumn();
    m_filling = true;
    {
        const QSignalBlocker blocker(m_table);
        m_table->setRowCount(static_cast<int>(rows.size()));
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < m_columns.size(); ++c)
                setCell(r, c, rows.at(r).value(c));
        }
    }
    m_filling = false;
    if (row >= 0 && row < m_table->rowCount())
        m_table->setCurrentCell(row, std::max(column, 0));
    updateButtons();
}

QList<QVariantList> RowTable::rows() const
{
    QList<QVariantList> result;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QVariantList row;
        for (int c = 0; c < m_columns.size(); ++c)
            row.append(cellValue(r, c));
        result.append(row);
    }
    return result;
}

void RowTable::setCurrentRow(int row)
{
    if (row >= 0 && row < m_table->rowCount())
        m_table->setCurrentCell(row, std::max(m_table->currentColumn(), 0));
    updateButtons();
}

int RowTable::currentRow() const
{
    return m_table->currentRow();
}

void RowTable::setCell(int row, int column, const QVariant &value)
{
    auto *item = m_table->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        m_table->setItem(row, column, item);
    }
    const Column &spec = m_columns.at(column);
    switch (spec.kind) {
    case Kind::Text:
        item->setText(value.toString());
        break;
    case Kind::Grade:
        item->setText(gradeText(value.toDouble()));
        item->setData(ValueRole, value.toDouble());
        break;
    case Kind::Number:
        item->setText(QLocale().toString(value.toDouble(), 'g', 12));
        item->setData(ValueRole, value.toDouble());
        break;
    case Kind::Integer:
        item->setText(QString::number(value.toInt()));
        item->setData(ValueRole, value.toInt());
        break;
    case Kind::Check:
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(value.toBool() ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::AccessibleTextRole, spec.title);
        break;
    }
    if (!spec.toolTip.isEmpty())
        item->setToolTip(spec.toolTip);
}

QVariant RowTable::cellValue(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    switch (m_columns.at(column).kind) {
    case Kind::Text:
        return item ? item->text() : QString();
    case Kind::Grade:
    case Kind::Number:
        return item ? item->data(ValueRole).toDouble() : 0.0;
    case Kind::Integer:
        return item ? item->data(ValueRole).toInt() : 0;
    case Kind::Check:
        return item && item->checkState() == Qt::Checked;
    }
    return {};
}

void RowTable::onItemChanged(int row, int column)
{
    if (m_filling)
        return;
    Q_EMIT cellEdited(row, column, cellValue(row, column));
}

void RowTable::requestMove(int delta)
{
    const int row = currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_table->rowCount())
        return;
    Q_EMIT moveRequested(row, to);
}

void RowTable::updateButtons()
{
    const int row = currentRow();
    m_removeButton->setEnabled(row >= 0);
    m_upButton->setEnabled(row > 0);
    m_downButton->setEnabled(row >= 0 && row + 1 < m_table->rowCount());
}

bool RowTable::eventFilter(QObject *watched, QEvent *event)
{
    // An open editor has the focus: the table only sees keys when no cell is edited.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Insert) {
            m_addButton->click();
            return true;
        }
        if (key->key() == Qt::Key_Delete) {
            m_removeButton->click();
            return true;
        }
        if (key->modifiers() & Qt::ControlModifier) {
            if (key->key() == Qt::Key_Up) {
                requestMove(-1);
                return true;
            }
            if (key->key() == Qt::Key_Down) {
                requestMove(1);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Parcours
