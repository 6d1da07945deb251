// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/richtext/tabledialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parcours {

TableDialog::TableDialog(QWidget *parent)
    : QDialog(parent)
    , m_rowsSpin(new QSpinBox)
    , m_columnsSpin(new QSpinBox)
    , m_headerCheck(new QCheckBox(tr("First row is a &header")))
{
    setObjectName(u"tableDialog"_s);
    setWindowTitle(tr("Insert a table"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_rowsSpin->setObjectName(u"rowsSpinBox"_s);
    m_rowsSpin->setAccessibleName(tr("Rows"));
    m_rowsSpin->setRange(1, 100);
    m_rowsSpin->setValue(3);
    form->addRow(tr("&Rows:"), m_rowsSpin);
    m_columnsSpin->setObjectName(u"columnsSpinBox"_s);
    m_columnsSpin->setAccessibleName(tr("Columns"));
    m_columnsSpin->setRange(1, 20);
    m_columnsSpin->setValue(3);
    form->addRow(tr("&Columns:"), m_columnsSpin);
    m_headerCheck->setObjectName(u"headerRowCheckBox"_s);
    m_headerCheck->setAccessibleName(tr("First row is a header"));
    m_headerCheck->setChecked(true);
    form->addRow(m_headerCheck);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(u"buttonBox"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_rowsSpin->setFocus();
}

TableDialog::~TableDialog() = default;

int TableDialog::rows() const
{
    return m_rowsSpin->value();
}

int TableDialog::columns() const
{
    return m_columnsSpin->value();
}

bool TableDialog::headerRow() const
{
    return m_headerCheck->isChecked();
}

} // namespace Parcours
