// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/enums.h"

#include <QList>
#include <QPair>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;
class QTextEdit;

namespace Parcours {

class CourseDocument;
class HtmlEditor;
class Node;

/**
 * Base of the forms of the editor's form pane (SectionForm, ActivityForm): it binds plain
 * controls to fields of one node. Each control has a getter (the field's value in the node) and
 * a setter that pushes a command; the add…() helpers make the control, put it in a form layout
 * with an accessible name, and connect both ways.
 *
 * The form follows the document: on nodeChanged for its node, only the controls that show one of
 * the changed fields are refreshed, and none while the form's own command is being pushed
 * (Subsurface's placingCommand), so the control being edited keeps its cursor. A push the
 * document refuses (read-only) puts the controls back to the node's values. The node is
 * forgotten when it leaves the tree.
 */
class NodeForm : public QWidget
{
    Q_OBJECT

public:
    explicit NodeForm(CourseDocument *document, QWidget *parent = nullptr);
    ~NodeForm() override;

    Node *node() const { return m_node; }
    CourseDocument *document() const { return m_document; }

    /** The label without its mnemonic and colon, for accessible names and undo texts. */
    static QString plainLabel(const QString &label);

protected:
    /** Makes node the edited node (nullptr for none) and refreshes every control. */
    void bindNode(Node *node);
    /** Called once the node changed, before the controls are refreshed. */
    virtual void nodeBound() { }

    /** Runs push (which returns whether a command was pushed) under the placingCommand guard. */
    void place(const std::function<bool()> &push);
    /** Refreshes the controls that show one of fields. */
    void refresh(NodeFields fields);
    /** Registers how to refresh a control that shows fields. */
    void addRefresher(NodeFields fields, std::function<void()> refresher);
    QLineEdit *addLineEdit(QFormLayout *form,
        const QString &label,
        const QString &objectName,
        NodeFields fields,
        std::function<QString()> get,
        std::function<bool(const QString &)> set);
    /** A multi-line plain text shown and edited as is (HTML fields use addHtmlEdit()). */
    QTextEdit *addTextEdit(QFormLayout *form,
        const QString &label,
        const QString &objectName,
        NodeFields fields,
        std::function<QString()> get,
        std::function<bool(const QString &)> set);
    /**
     * A rich-text editor of an HTML field (HtmlEditor: visual and source views). Its images are
     * files of the node in area ("summary" for a section, "intro" for an activity's
     * description, "content" for a page, …, as Moodle names the file areas); inserting one adds
     * the file and changes the HTML in one undo step. set receives the HTML as edited.
     */
    HtmlEditor *addHtmlEdit(QFormLayout *form,
        const QString &label,
        const QString &objectName,
        NodeFields fields,
        const QString &area,
        std::function<QString()> get,
        std::function<bool(const QString &)> set);
    QCheckBox *addCheckBox(QFormLayout *form,
        const QString &text,
        const QString &objectName,
        NodeFields fields,
        std::function<bool()> get,
        std::function<bool(bool)> set);
    QSpinBox *addSpinBox(QFormLayout *form,
        const QString &label,
        const QString &objectName,
        NodeFields fields,
        int minimum,
        int maximum,
        std::function<int()> get,
        std::function<bool(int)> set);
    QDoubleSpinBox *addDoubleSpinBox(QFormLayout *form,
        const QString &label,
        const QString &objectName,
        NodeFields fields,
        double maximum,
        std::function<double()> get,
        std::function<bool(double)> set);
    /** A choice among items (text, value). */
    QComboBox *addComboBox(QFormLayout *form,
        const QString &label,
        const QString &objectName,
        NodeFields fields,
        const QList<QPair<QString, int>> &items,
        std::function<int()> get,
        std::function<bool(int)> set);
    /**
     * An optional date (Unix time, 0 = none): a check box that enables it and a date-time edit.
     * Returns the check box; the date edit is named objectName + "Edit".
     */
    QCheckBox *addDateEdit(QFormLayout *form,
        const QString &label,
        const QString &objectName,
        NodeFields fields,
        std::function<qint64()> get,
        std::function<bool(qint64)> set);

    CourseDocument *m_document;
    Node *m_node = nullptr;
    bool m_placingCommand = false;

private:
    void onNodeChanged(Node *node, NodeFields fields);
    void onAboutToBeRemoved(Node *parent, int row);

    QList<QPair<NodeFields, std::function<void()>>> m_refreshers;
};

} // namespace Parcours
