// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QVariant>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace Parcours {

/**
 * A table of rows the user adds, removes, moves and edits in place (answers, choices, pairs,
 * units, hints). It shows rows it is given and reports what the user asks for as signals; the
 * form turns them into undo commands and gives the table its new rows back.
 *
 * Keyboard: Insert adds a row after the current one, Delete removes it, Ctrl+Up and Ctrl+Down
 * move it, F2 (or typing) edits the current cell, Space toggles a check cell.
 */
class RowTable : public QWidget
{
    Q_OBJECT

public:
    enum class Kind {
        /** QString. */
        Text,
        /** A grade: a double chosen among grades(). */
        Grade,
        /** A double. */
        Number,
        /** An int between minimum and maximum. */
        Integer,
        /** A bool shown as a check box. */
        Check
    };
    struct Column
    {
        QString title;
        Kind kind = Kind::Text;
        QString toolTip;
        int minimum = 0;
        int maximum = 100;
    };

    /** itemName names one row for the buttons ("answer": "Add answer"). */
    RowTable(const QString &accessibleName,
        const QString &addText,
        const QString &removeText,
        const QList<Column> &columns,
        QWidget *parent = nullptr);
    ~RowTable() override;

    /** Shows rows, one value per column; keeps the current cell. Emits nothing. */
    void setRows(const QList<QVariantList> &rows);
    QList<QVariantList> rows() const;
    /** The grades a Grade cell offers (fractions, -1..1); a value not among them is added. */
    void setGrades(const QList<double> &grades);
    void setCurrentRow(int row);
    int currentRow() const;

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_addButton; }
    QPushButton *removeButton() const { return m_removeButton; }

    /** Moodle's way of showing a grade: "100 %", "83,33333 %", "None" for 0. */
    static QString gradeText(double fraction);
    /** Moodle's grade choices, from 100 % down to None, then negatives when asked. */
    static QList<double> moodleGrades(bool negatives);

Q_SIGNALS:
    void cellEdited(int row, int column, const QVariant &value);
    void insertRequested(int row);
    void removeRequested(int row);
    void moveRequested(int from, int to);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setCell(int row, int column, const QVariant &value);
    QVariant cellValue(int row, int column) const;
    void onItemChanged(int row, int column);
    void requestMove(int delta);
    void updateButtons();

    QList<Column> m_columns;
    QList<double> m_grades;
    QTableWidget *m_table;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QPushButton *m_upButton;
    QPushButton *m_downButton;
    bool m_filling = false;

    friend class RowTableDelegate;
};

} // namespace Parcours
