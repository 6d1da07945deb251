// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reportview.h"

#include "core/model/coursedocument.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Parcours {

namespace {
constexpr int NodeIdRole = Qt::UserRole + 1;
} // namespace

ReportView::ReportView(QWidget *parent)
    : QWidget(parent)
    , m_summaryLabel(new QLabel(this))
    , m_issueTreeWidget(new QTreeWidget(this))
    , m_detailLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("reportView"));
    m_summaryLabel->setObjectName(QStringLiteral("reportSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_issueTreeWidget->setObjectName(QStringLiteral("issueTreeWidget"));
    m_issueTreeWidget->setRootIsDecorated(false);
    m_issueTreeWidget->setUniformRowHeights(true);
    setRows(Rows::Problems);
    m_issueTreeWidget->header()->setStretchLastSection(false);
    m_issueTreeWidget->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_issueTreeWidget->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_issueTreeWidget->header()->resizeSection(1, 200);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_issueTreeWidget, 1);
    // A row shows the start of a long message; the current one is shown whole below.
    m_detailLabel->setObjectName(QStringLiteral("issueDetailLabel"));
    m_detailLabel->setWordWrap(true);
    m_detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(m_detailLabel);
    connect(m_issueTreeWidget, &QTreeWidget::currentItemChanged, this,
        [this](QTreeWidgetItem *current) {
            m_detailLabel->setText(current ? current->text(0) : QString());
            m_detailLabel->setVisible(current);
        });

    connect(m_issueTreeWidget, &QTreeWidget::itemActivated, this, &ReportView::onItemActivated);
}

void ReportView::setRows(Rows rows)
{
    if (rows == Rows::Problems) {
        m_issueTreeWidget->setAccessibleName(tr("Export problems"));
        m_issueTreeWidget->setHeaderLabels({tr("Problem"), tr("Item")});
    } else {
        m_issueTreeWidget->setAccessibleName(tr("Report messages"));
        m_issueTreeWidget->setHeaderLabels({tr("Message"), tr("Item")});
    }
}

void ReportView::setReport(
    const ExportReport &report, const QString &summary, const CourseDocument *document, Rows rows)
{
    m_issueTreeWidget->clear();
    setRows(rows);
    m_summaryLabel->setText(summary);
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    // Errors first: they are what stops an export.
    QList<Issue> issues = report.issues;
    std::stable_sort(issues.begin(), issues.end(), [](const Issue &a, const Issue &b) {
        return a.severity == Issue::Severity::Error && b.severity != Issue::Severity::Error;
    });
    for (const Issue &issue : std::as_const(issues)) {
        auto *item = new QTreeWidgetItem(m_issueTreeWidget);
        const bool error = issue.severity == Issue::Severity::Error;
        item->setIcon(0, error ? errorIcon : warningIcon);
        item->setText(0, issue.message);
        item->setToolTip(0, issue.message);
        // The severity in words, for screen readers and colour-blind users.
        item->setData(0, Qt::AccessibleTextRole,
            error ? tr("Error: %1").arg(issue.message) : tr("Warning: %1").arg(issue.message));
        item->setData(0, NodeIdRole, issue.node);
        const Node *node = document && issue.node ? document->node(issue.node) : nullptr;
        if (node) {
            item->setText(1, node->displayName());
            item->setToolTip(1, node->displayName());
        }
    }
    if (m_issueTreeWidget->topLevelItemCount() > 0)
        m_issueTreeWidget->setCurrentItem(m_issueTreeWidget->topLevelItem(0));
}

void ReportView::clear()
{
    m_summaryLabel->clear();
    m_issueTreeWidget->clear();
    m_detailLabel->clear();
}

int ReportView::issueCount() const
{
    return m_issueTreeWidget->topLevelItemCount();
}

void ReportView::onItemActivated(QTreeWidgetItem *item)
{
    const qint64 id = item->data(0, NodeIdRole).toLongLong();
    if (id != 0)
        Q_EMIT nodeActivated(id);
}

} // namespace Parcours
