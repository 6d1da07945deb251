// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFlags>
#include <QObject>
#include <QtGlobal>

/**
 * Enumerations of the parcours model. They are registered with Qt's meta-object system so that
 * the project file stores them by name (stable across reorderings) and the UI can list them.
 * Where an enum mirrors a Moodle code, its order follows Moodle's numbers (noted per enum).
 */
namespace Parcours {
Q_NAMESPACE

/** Stable identifier of a node, unique within one project file, never reused. 0 means none. */
using NodeId = qint64;

enum class NodeType { Course, Section, Activity, QuestionBank, QuestionCategory, Question };
Q_ENUM_NS(NodeType)

/** Activity kinds. The order is the order of the alternatives of ActivitySettings. */
enum class ActivityKind {
    Page,
    Label,
    Url,
    Resource,
    Folder,
    Forum,
    Assign,
    Quiz,
    WordCloud,
    MindMap,
    CompletionMarker,
    Opaque
};
Q_ENUM_NS(ActivityKind)

/** Moodle's course_modules.completion: 0 none, 1 manual, 2 automatic. */
enum class CompletionMode { None, Manual, Automatic };
Q_ENUM_NS(CompletionMode)

/** Moodle's availability "op": & | !& !| */
enum class RestrictionOp { All, Any, NotAll, NotAny };
Q_ENUM_NS(RestrictionOp)

/** Availability condition types the model understands; Other keeps the raw JSON. */
enum class ConditionType { Completion, Date, Grade, Other };
Q_ENUM_NS(ConditionType)

/** Moodle's completion condition "e": 0 incomplete, 1 complete, 2 complete-pass, 3 complete-fail.
 */
enum class CompletionState { Incomplete, Complete, Passed, Failed };
Q_ENUM_NS(CompletionState)

/** Date condition: "from" (>=) or "until" (<). */
enum class DateDirection { From, Until };
Q_ENUM_NS(DateDirection)

/** m@gistère typology of a parcours. */
enum class Typology { SelfPaced, Tutored, Hybrid };
Q_ENUM_NS(Typology)

enum class Aggregation { All, Any };
Q_ENUM_NS(Aggregation)

/** Moodle's RESOURCELIB_DISPLAY_* codes 0..6, in that order. */
enum class DisplayMode { Automatic, Embed, Frame, NewWindow, Download, Open, Popup };
Q_ENUM_NS(DisplayMode)

/** Moodle forum types: general, single, eachuser, qanda, blog, news. */
enum class ForumType { General, Single, EachUser, QAndA, Blog, News };
Q_ENUM_NS(ForumType)

/** Moodle group modes 0 none, 1 separate, 2 visible. */
enum class GroupMode { NoGroups, SeparateGroups, VisibleGroups };
Q_ENUM_NS(GroupMode)

/** Quiz grade method 1..4 in Moodle: highest, average, first, last. */
enum class GradeMethod { Highest, Average, First, Last };
Q_ENUM_NS(GradeMethod)

enum class QuizNavigation { Free, Sequential };
Q_ENUM_NS(QuizNavigation)

/** Question behaviours; the Moodle name is the lowercase enum name. */
enum class QuizBehaviour {
    DeferredFeedback,
    AdaptiveNoPenalty,
    Adaptive,
    Interactive,
    ImmediateFeedback,
    DeferredCbm,
    ImmediateCbm
};
Q_ENUM_NS(QuizBehaviour)

/** Question types. Other keeps a question of an unmodelled type as raw XML. */
enum class QuestionType {
    MultiChoice,
    TrueFalse,
    ShortAnswer,
    Numerical,
    Match,
    Essay,
    Description,
    GapSelect,
    DdWtoS,
    MultiAnswer,
    Other
};
Q_ENUM_NS(QuestionType)

enum class MindMapMode { Collaborative, Individual };
Q_ENUM_NS(MindMapMode)

/**
 * What a change touched, so that views refresh only what they show (Tiled's change events,
 * Subsurface's DiveField).
 */
enum class NodeField {
    Name = 0x1,
    Description = 0x2,
    Visibility = 0x4,
    Restriction = 0x8,
    Completion = 0x10,
    Settings = 0x20,
    Files = 0x40,
    Metadata = 0x80,
    Content = 0x100,
    All = 0xffff
};
Q_DECLARE_FLAGS(NodeFields, NodeField)
Q_FLAG_NS(NodeFields)

} // namespace Parcours

Q_DECLARE_OPERATORS_FOR_FLAGS(Parcours::NodeFields)
