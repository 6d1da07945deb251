// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/values.h"

#include <QList>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QMenu;
class QToolButton;
class QVBoxLayout;

namespace Parcours {

class CourseDocument;

/**
 * Edits an access restriction the way Moodle's restriction builder does: "The participant
 * [must / must not] match [all / any] of the following", a row per condition (activity
 * completion, date, grade) or nested set, an eye button per item (or for the whole set when it
 * is "any"), a delete button per row and an "Add restriction…" menu. Under the rows, a label
 * says the restriction in words (RestrictionText).
 *
 * The widget never changes the document: it emits restrictionEdited() with the whole new value
 * and a merge key, and a RestrictionBinder turns that into an undo command. Consecutive edits of
 * one control (typing in a spin box) share a key, so that they make one undo step; adding,
 * removing or reordering items gets a key of its own.
 */
class RestrictionEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RestrictionEditor(QWidget *parent = nullptr);
    ~RestrictionEditor() override;

    /** The document whose activities conditions can name; not owned. */
    void setDocument(const CourseDocument *document);
    /** An activity that conditions may not name (the one being edited), 0 for none. */
    void setExcludedActivity(NodeId id);

    Restriction restriction() const { return m_restriction; }
    /** Shows a restriction (does not emit restrictionEdited()). */
    void setRestriction(const Restriction &restriction);
    /** Rebuilds the rows, for instance after an activity was renamed, added or removed. */
    void refresh();

Q_SIGNALS:
    /** The user changed the restriction; mergeKey tells edits of one control apart. */
    void restrictionEdited(const Parcours::Restriction &restriction, int mergeKey);

private:
    using Path = QList<int>;

    void rebuild();
    void buildSet(const Restriction &set, const Path &path, QVBoxLayout *layout);
    QWidget *buildCondition(const RestrictionItem &item, const Path &path, bool eye);
    QWidget *buildNestedSet(const RestrictionItem &item, const Path &path, bool eye);
    QToolButton *eyeButton(bool hidden, const std::function<void(bool)> &onToggled);
    QToolButton *deleteButton(const Path &path);
    QToolButton *addButton(const Path &setPath);
    QComboBox *activityComboBox(NodeId current, bool gradedOnly);
    QComboBox *matchComboBox(RestrictionOp op);
    QComboBox *opComboBox(RestrictionOp op);
    void updateSentence();

    Restriction &setAt(const Path &path);
    RestrictionItem &itemAt(const Path &path);
    /** Changes a value in place (the rows stay) and emits, merging with the same control. */
    void edit(const Path &path, int field, const std::function<void(RestrictionItem &)> &change);
    /** Changes the structure, rebuilds the rows and emits an edit of its own. */
    void restructure(const std::function<void()> &change);
    void addItem(const Path &setPath, ConditionType type, bool nestedSet);

    const CourseDocument *m_document = nullptr;
    NodeId m_excluded = 0;
    Restriction m_restriction;
    int m_structuralKey = 0;

    QComboBox *m_matchComboBox = nullptr;
    QComboBox *m_opComboBox = nullptr;
    QToolButton *m_rootEyeButton = nullptr;
    QWidget *m_rows = nullptr;
    QVBoxLayout *m_rowsLayout = nullptr;
    QToolButton *m_addButton = nullptr;
    QLabel *m_sentenceLabel = nullptr;
};

} // namespace Parcours
