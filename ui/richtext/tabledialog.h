// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QSpinBox;

namespace Parcours {

/** Asks for the size of a table to insert: rows, columns and whether the first row is a head. */
class TableDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TableDialog(QWidget *parent = nullptr);
    ~TableDialog() override;

    int rows() const;
    int columns() const;
    bool headerRow() const;

private:
    QSpinBox *m_rowsSpin;
    QSpinBox *m_columnsSpin;
    QCheckBox *m_headerCheck;
};

} // namespace Parcours
