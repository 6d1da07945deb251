// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/exporter.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Parcours {

class CourseDocument;

/**
 * The report of an export (Tiled's Issues pane): a summary line and one row per error or warning,
 * with its icon, its message and the item concerned. Activating a row (double click or Enter)
 * emits nodeActivated() so that the window can select that item.
 */
class ReportView : public QWidget
{
    Q_OBJECT

public:
    /** What the rows are, which names the message column (« Problème », « Message »). */
    enum class Rows {
        /** The errors and warnings of an export or of its check. */
        Problems,
        /** Remarks of an import or of a question file: kept items, what was left out. */
        Messages,
    };

    explicit ReportView(QWidget *parent = nullptr);

    /**
     * Shows report. summary is the first line (translated, e.g. "Exported to …"); document
     * names the items concerned and may be nullptr; rows names the columns.
     */
    void setReport(const ExportReport &report,
        const QString &summary,
        const CourseDocument *document,
        Rows rows = Rows::Problems);
    void clear();

    /** Number of rows (issues) shown. */
    int issueCount() const;

Q_SIGNALS:
    void nodeActivated(qint64 nodeId);

private:
    void setRows(Rows rows);
    void onItemActivated(QTreeWidgetItem *item);

    QLabel *m_summaryLabel;
    QTreeWidget *m_issueTreeWidget;
    QLabel *m_detailLabel;
};

} // namespace Parcours
