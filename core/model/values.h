// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/enums.h"
#include "core/model/reflect.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

/**
 * Value types held by the nodes of a parcours. They are plain aggregates: copyable, comparable
 * with ==, serialised through their reflect() list. Dates are Unix times in seconds (0 = none),
 * which is what Moodle stores; the UI converts them to local dates.
 *
 * Files: every file a node uses (an image in its HTML, a resource's file, a folder's content)
 * is a FileRef that names the media blob by its SHA-1. HTML refers to a file of the same node and
 * area as "@@PLUGINFILE@@/<path><name>", exactly as Moodle stores it.
 */
namespace Parcours {

/** A file used by a node. The content lives in the project's media store, keyed by sha1. */
struct FileRef
{
    /** Which field the file belongs to: "summary", "intro", "content", "questiontext", … */
    QString area;
    /** Moodle's itemid within the area (answer index for answer areas), usually 0. */
    int item = 0;
    QString path = QStringLiteral("/");
    QString name;
    QString sha1;
    QString mimeType;
    qint64 size = 0;
    QString author;
    QString license;
    int sortOrder = 0;

    bool operator==(const FileRef &) const = default;
    template<class S, class V> static void reflect(S &s, V &&v)
    {
        v("area", s.area), v("item", s.item), v("path", s.path), v("name", s.name);
        v("sha1", s.sha1), v("mimeType", s.mimeType), v("size", s.size);
        v("author", s.author), v("license", s.license), v("sortOrder", s.sortOrder);
    }
};

/** One condition of an access restriction. Activities are named by NodeId, never by position. */
struct Condition
{
    ConditionType type = ConditionType::Completion;
    /** Completion and grade conditions: the activity concerned. */
    NodeId activity = 0;
    CompletionState state = CompletionState::Complete;
    DateDirection direction = DateDirection::From;
    qint64 time = 0;
    /** Grade condition bounds, in percent (min inclusive, max exclusive). */
    std::optional<double> minPercent;
    std::optional<double> maxPercent;
    /** ConditionType::Other: Moodle's JSON for the condition (group, profile, plugins), as is. */
    QJsonObject raw;

    bool operator==(const Condition &) const = default;
    template<class S, class V> static void reflect(S &s, V &&v)
    {
        v("type", s.type), v("activity", s.activity), v("state", s.state);
        v("direction", s.direction), v("time", s.time), v("minPercent", s.minPercent);
        v("maxPercent", s.maxPercent), v("raw", s.raw);
    }
};

struct RestrictionItem;

/**
 * An access restriction: a set of items combined by op, each item a condition or a nested set.
 * It has the expressive power of Moodle's availability JSON. An empty restriction (no items)
 * means "no restriction". Visibility of a failing restriction: for All / NotAny roots each item
 * has its own hidden flag (Moodle's showc); for Any / NotAll roots the set's hidden flag applies
 * (Moodle's show). Nested sets carry neither, as in Moodle.
 */
struct Restriction
{
    RestrictionOp op = RestrictionOp::All;
    bool hidden = false;
    std::vector<RestrictionItem> items;

    bool isEmpty() const { return items.empty(); }
    bool operator==(const Restriction &) const;
    template<class S, class V> static void reflect(S &s, V &&v)
    {
        v("op", s.op), v("hidden", s.hidden), v("items", s.items);
    }
};

struct RestrictionItem
{
    /** True when the item is a nested set (then `set` applies), else `condition` applies. */
    bool isSet = false;
    Condition condition;
    Restriction set;
    bool hidden = false;

    bool operator==(const RestrictionItem &) const = default;
    template<class S, class V> static void reflect(S &s, V &&v)
    {
        v("isSet", s.isSet), v("condition", s.condition), v("set", s.set), v("hidden", s.hidden);
    }
};

inline bool Restriction::operator==(const Restriction &other) const
{
    return op == other.op && hidden == other.hidden && items == other.items;
}

/**
 * Activity completion. Which automatic conditions are meaningful depends on the kind: the
 * validator reports a condition the activity cannot meet.
 */
struct Completion
{
    CompletionMode mode = CompletionMode::None;
    bool view = false;
    bool receiveGrade = false;
    bool passGrade = false;
    /** Quiz: passing grade or all attempts used. */
    bool attemptsExhausted = false;
    /** Quiz: minimum number of attempts (0 = no rule). */
    int minAttempts = 0;
    /** Assignment: the participant must submit. */
    bool submit = false;
    /** Forum: minimum posts, discussions, replies (0 = no rule). */
    int forumPosts = 0;
    int forumDiscussions = 0;
    int forumReplies = 0;
    /** Word cloud: the participant must contribute its required words. */
    bool contributeWords = false;
    qint64 expected = 0;

    bool operator==(const Completion &) const = default;
    template<class S, class V> static void reflect(S &s, V &&v)
    {
        v("mode", s.mode), v("view", s.view), v("receiveGrade", s.receiveGrade);
        v("passGrade", s.passGrade), v("attemptsExhausted", s.attemptsExhausted);
        v("minAttempts", s.minAttempts), v("submit", s.submit), v("forumPosts", s.forumPosts);
        v("forumDiscussions", s.forumDiscussions), v("forumReplies", s.forumReplies);
        v("contributeWords", s.contributeWords), v("expected", s.expected);
    }
};

/** m@gistère indexation of a parcours. Durations are in minutes. */
struct Indexation
{
    Typology typology = Typology::SelfPaced;
    QString audience;
    int remoteMinutes = 0;
    int inPersonMinutes = 0;
    QString objectives;
    QStringList keywords;
    QStringList authors;
    QString version;

    int totalMinutes() const { return remoteMinutes + inPersonMinutes; }
    bool operator==(const Indexation &) const = default;
    template<class S, class V> static void reflect(S &s, V &&v)
    {
        v("typology", s.typology), v("audience", s.audience), v("remoteMinutes", s.remoteMinutes);
        v("inPersonMinutes", s.inPersonMinutes), v("objectives", s.objectives);
        v("keywords", s.keywords), v("authors", s.authors), v("version", s.version);
    }
};

/** Course completion criteria (Moodle's course_completion_criteria and aggregation rows). */
struct CourseCompletion
{
    bool enabled = true;
    Aggregation overall = Aggregation::All;
    std::vector<NodeId> activities;
    Aggregation activityAggregation = Aggregation::All;
    /** Complete on this date (0 = no rule). */
    qint64 date = 0;
    /** Complete after this many days of enrolment (0 = no rule). */
    int enrolmentDays = 0;
    /** Complete with this course grade, in percent. */
    std::optional<double> gradePercent;
    bool selfCompletion = false;

    bool operator==(const CourseCompletion &) const = default;
    template<class S, class V> static void reflect(S &s, V &&v)
    {
        v("enabled", s.enabled), v("overall", s.overall), v("activities", s.activities);
        v("activityAggregation", s.activityAggregation), v("date", s.date);
        v("enrolmentDays", s.enrolmentDays), v("gradePercent", s.gradePercent);
        v("selfCompletion", s.selfCompletion);
    }
};

// ---- Activity settings, one struct per kind -------------------------------------------------

struct PageSettings
{
    QString content;
    DisplayMode display = DisplayMode::Open;
    bool printIntro = false;
    bool printLastModified = true;

    bool operator==(const PageSettings &) const = default;
    template<class S, class V> static void reflect(S &s, V &&v)
    {
        v("content", s.content), v("display", s.display), v("printIntro", s.printIntro);
        v("printLastModified", s.printLastModified);
    }
};

/** A label's text is the activity description; it has no settings of its own. */
struct LabelSettings
{
    bool operator==(const LabelSettings &) const = default;
    template<class S, class V> static void reflect(S &, V &&) { }
};

struct UrlSettings
{
    QString url;
    DisplayMode display = DisplayMode::Automatic;

    bool operator==(const UrlSettings &) const = default;
    template<class S, class V> static void reflect(S &s, V &&v)
    {
        v("url", s.url), v("display", s.display);
    }
};

/** The resource's file is the activity's FileRef in area "content" with sortOrder 1. */
struct ResourceSettings
{
    DisplayMode display = DisplayMode::Automatic;
    bool showSize = false;
    bool showType = false;

    bool operator==(const ResourceSettings &) const = default;
    template<class S, class V> static void reflect(S &s, V &&v)
    {
        v("display", s.display), v("showSize", s.showSize), v("showType", s.showType);
    }
};

/** The folder's files are the activity's FileRefs in area "content". */
struct FolderSettings
{
    bool inlineOnCoursePage = false;
    bool showExpanded = true;
    bool showDownloadButton = true;
    bool forceDownload = true;

    bool operator==(const FolderSettings &) const = default;
    template<class S, class V> static void reflect(S &s, V &&v)
    {
        v("inlineOnCoursePage", s.inlineOnCoursePage), v("showExpanded", s.showExpanded);
        v("showDownloadButton", s.showDownloadButton), v("forceDownload", s.forceDownload);
    }
};

struct ForumSettings
{
    ForumType type = ForumType::General;
    /** Moodle's forcesubscribe: 0 optional, 1 forced, 2 auto, 3 disabled. */
    int subscription = 0;
    int maxAttachments = 9;
    qint64 dueDate = 0;
    qint64 cutoffDate = 0;

    bool operator==(const ForumSettings &) const = default;
    template<class S, class V> static void reflect(S &s, V &&v)
    {
        v("type", s.type), v("subscription", s.subscription);
        v("maxAttachments", s.maxAttachments), v("dueDate", s.dueDate);
        v("cutoffDate", s.cutoffDate);
    }
};

struct AssignSettings
{
    QString activityInstructions;
    qint64 allowSubmissionsFrom = 0;
    qint64 dueDate = 0;
    qint64 cutoffDate = 0;
    qint64 gradingDueDate = 0;
    double maxGrade = 100;
    double gradePass = 0;
    bool onlineText = true;
    bool fileSubmissions = false;
    int maxFiles = 1;
    int wordLimit = 0;
    bool requireStatement = false;

    bool operator==(const AssignSettings &) const = default;
    template<class S, class V> static void reflect(S &s, V &&v)
    {
        v("activityInstructions", s.activityInstructions);
        v("allowSubmissionsFrom", s.allowSubmissionsFrom), v("dueDate", s.dueDate);
        v("cutoffDate", s.cutoffDate), v("gradingDueDate", s.gradingDueDate);
        v("maxGrade", s.maxGrade), v("gradePass", s.gradePass), v("onlineText", s.onlineText);
        v("fileSubmissions", s.fileSubmissions), v("maxFiles", s.maxFiles);
        v("wordLimit", s.wordLimit), v("requireStatement", s.requireStatement);
    }
};

/**
 * One question of a quiz: a question of the bank, or (random) a question Moodle draws at each
 * attempt from a category of the bank.
 */
struct QuizSlot
{
    /** The question; 0 for a random slot. */
    NodeId question = 0;
    double mark = 1;
    /** The slot starts a new page (always true for the first slot). */
    bool newPage = true;
    bool requirePrevious = false;
    /** Moodle's random question (3.x qtype random, 4.x question_set_reference). */
    bool random = false;
    /** Random slot: the category drawn from, 0 for the top of the bank. */
    NodeId category = 0;
    /** Random slot: draw from the category's sub-categories too. */
    bool includeSubcategories = false;
    /** Random slot: only questions with all these tags, as Moodle names them ("id,name"). */
    QStringList tags {};

    bool operator==(const QuizSlot &) const = default;
    template<class S, class V> static void reflect(S &s, V &&v)
    {
        v("question", s.question), v("mark", s.mark), v("newPage", s.newPage);
        v("requirePrevious", s.requirePrevious), v("random", s.random);
        v("category", s.category), v("includeSubcategories", s.includeSubcategories);
        v("tags", s.tags);
    }
};

/** A quiz section (heading) starting at a slot index (0-based). */
struct QuizSection
{
    int firstSlot = 0;
    QString heading;
    bool shuffle = false;

    bool operator==(const QuizSection &) const = default;
    template<class S, class V> static void reflect(S &s, V &&v)
    {
        v("firstSlot", s.firstSlot), v("heading", s.heading), v("shuffle", s.shuffle);
    }
};

/** Overall feedback shown for grades from minPercent (inclusive) up to the previous band. */
struct FeedbackBand
{
    QString text;
    double minPercent = 0;

    bool operator==(const FeedbackBand &) const = default;
    template<class S, class V> static void reflect(S &s, V &&v)
    {
        v("text", s.text), v("minPercent", s.minPercent);
    }
};

/** Review options as Moodle's bitmasks (during 0x10000, immediately after 0x1000, later while
 * open 0x100, after close 0x10). */
struct ReviewOptions
{
    int attempt = 0x11110;
    int correctness = 0x1100;
    int maxMarks = 0x11110;
    int marks = 0x1100;
    int specificFeedback = 0x1100;
    int generalFeedback = 0x1100;
    int rightAnswer = 0x1100;
    int overallFeedback = 0x1100;

    bool operator==(const ReviewOptions &) const = default;
    template<class S, class V> static void reflect(S &s, V &&v)
    {
        v("attempt", s.attempt), v("correctness", s.correctness), v("maxMarks", s.maxMarks);
        v("marks", s.marks), v("specificFeedback", s.specificFeedback);
        v("generalFeedback", s.generalFeedback), v("rightAnswer", s.rightAnswer);
        v("overallFeedback", s.overallFeedback);
    }
};

struct QuizSettings
{
    std::vector<QuizSlot> slots;
    std::vector<QuizSection> sections;
    /** Attempts allowed, 0 = unlimited. */
    int attempts = 0;
    double grade = 10;
    double gradePass = 0;
    /** Seconds, 0 = none. */
    int timeLimit = 0;
    qint64 timeOpen = 0;
    qint64 timeClose = 0;
    GradeMethod gradeMethod = GradeMethod::Highest;
    bool shuffleAnswers = true;
    /** Questions per page when pages are recomputed; 0 = all on one page. */
    int questionsPerPage = 1;
    QuizNavigation navigation = QuizNavigation::Free;
    QuizBehaviour behaviour = QuizBehaviour::DeferredFeedback;
    ReviewOptions review;
    std::vector<FeedbackBand> feedback;
    int decimalPoints = 2;

    double sumOfMarks() const
    {
        double sum = 0;
        for (const QuizSlot &slot : slots)
            sum += slot.mark;
        return sum;
    }
    bool operator==(const QuizSettings &) const = default;
    template<class S, class V> static void reflect(S &s, V &&v)
    {
        v("slots", s.slots), v("sections", s.sections), v("attempts", s.attempts);
        v("grade", s.grade), v("gradePass", s.gradePass), v("timeLimit", s.timeLimit);
        v("timeOpen", s.timeOpen), v("timeClose", s.timeClose), v("gradeMethod", s.gradeMethod);
        v("shuffleAnswers", s.shuffleAnswers), v("questionsPerPage", s.questionsPerPage);
        v("navigation", s.navigation), v("behaviour", s.behaviour), v("review", s.review);
        v("feedback", s.feedback), v("decimalPoints", s.decimalPoints);
    }
};

struct WordCloudSettings
{
    QString instructions;
    QStringList seedWords;
    /** Words a participant must give (0..wordsMax) and may give (1..10). */
    int wordsRequired = 1;
    int wordsMax = 3;
    GroupMode groupMode = GroupMode::NoGroups;
    qint64 timeOpen = 0;
    qint64 timeClose = 0;

    bool operator==(const WordCloudSettings &) const = default;
    template<class S, class V> static void reflect(S &s, V &&v)
    {
        v("instructions", s.instructions), v("seedWords", s.seedWords);
        v("wordsRequired", s.wordsRequired), v("wordsMax", s.wordsMax);
        v("groupMode", s.groupMode), v("timeOpen", s.timeOpen), v("timeClose", s.timeClose);
    }
};

/** A node of a mind map; the map's root is the central idea. */
struct MindMapNode
{
    QString label;
    /** "#rrggbb" or empty for the default colour. */
    QString color;
    std::vector<MindMapNode> children;

    int count() const
    {
        int n = 1;
        for (const MindMapNode &child : children)
            n += child.count();
        return n;
    }
    bool operator==(const MindMapNode &) const = default;
    template<class S, class V> static void reflect(S &s, V &&v)
    {
        v("label", s.label), v("color", s.color), v("children", s.children);
    }
};

struct MindMapSettings
{
    MindMapMode mode = MindMapMode::Collaborative;
    bool editable = true;
    bool locking = false;
    MindMapNode root;

    bool operator==(const MindMapSettings &) const = default;
    template<class S, class V> static void reflect(S &s, V &&v)
    {
        v("mode", s.mode), v("editable", s.editable), v("locking", s.locking);
        v("root", s.root);
    }
};

struct CompletionMarkerSettings
{
    bool operator==(const CompletionMarkerSettings &) const = default;
    template<class S, class V> static void reflect(S &, V &&) { }
};

/**
 * An activity the app does not model, kept as Moodle wrote it so that it is exported unchanged:
 * the files of its backup directory (path relative to that directory → UTF-8 XML text). Its
 * media are the activity's FileRefs.
 */
struct OpaqueSettings
{
    QString moduleName;
    QMap<QString, QString> xmlFiles;

    bool operator==(const OpaqueSettings &) const = default;
    template<class S, class V> static void reflect(S &s, V &&v)
    {
        v("moduleName", s.moduleName), v("xmlFiles", s.xmlFiles);
    }
};

// ---- Questions ------------------------------------------------------------------------------

/**
 * An answer, a choice or a gap filler, depending on the question type: multichoice and
 * truefalse answers, shortanswer patterns, numerical values with tolerance, gapselect and
 * drag-and-drop choices (with their group), cloze sub-answers are in the question text.
 */
struct Answer
{
    QString text;
    /** Fraction of the mark, -1..1. */
    double fraction = 0;
    QString feedback;
    double tolerance = 0;
    int group = 1;
    bool infinite = false;

    bool operator==(const Answer &) const = default;
    template<class S, class V> static void reflect(S &s, V &&v)
    {
        v("text", s.text), v("fraction", s.fraction), v("feedback", s.feedback);
        v("tolerance", s.tolerance), v("group", s.group), v("infinite", s.infinite);
    }
};

/** A matching pair; an empty question makes the answer an extra distractor. */
struct MatchPair
{
    QString question;
    QString answer;

    bool operator==(const MatchPair &) const = default;
    template<class S, class V> static void reflect(S &s, V &&v)
    {
        v("question", s.question), v("answer", s.answer);
    }
};

struct NumericalUnit
{
    QString unit;
    double multiplier = 1;

    bool operator==(const NumericalUnit &) const = default;
    template<class S, class V> static void reflect(S &s, V &&v)
    {
        v("unit", s.unit), v("multiplier", s.multiplier);
    }
};

struct CombinedFeedback
{
    QString correct;
    QString partiallyCorrect;
    QString incorrect;
    bool showNumCorrect = false;

    bool operator==(const CombinedFeedback &) const = default;
    template<class S, class V> static void reflect(S &s, V &&v)
    {
        v("correct", s.correct), v("partiallyCorrect", s.partiallyCorrect);
        v("incorrect", s.incorrect), v("showNumCorrect", s.showNumCorrect);
    }
};

struct Hint
{
    QString text;
    bool showNumCorrect = false;
    bool clearWrong = false;

    bool operator==(const Hint &) const = default;
    template<class S, class V> static void reflect(S &s, V &&v)
    {
        v("text", s.text), v("showNumCorrect", s.showNumCorrect), v("clearWrong", s.clearWrong);
    }
};

struct EssayOptions
{
    /** Moodle's responseformat: editor, editorfilepicker, plain, monospaced, noinline. */
    QString responseFormat = QStringLiteral("editor");
    bool responseRequired = true;
    int responseFieldLines = 15;
    int minWords = 0;
    int maxWords = 0;
    int attachments = 0;
    int attachmentsRequired = 0;
    QString graderInfo;
    QString responseTemplate;

    bool operator==(const EssayOptions &) const = default;
    template<class S, class V> static void reflect(S &s, V &&v)
    {
        v("responseFormat", s.responseFormat), v("responseRequired", s.responseRequired);
        v("responseFieldLines", s.responseFieldLines), v("minWords", s.minWords);
        v("maxWords", s.maxWords), v("attachments", s.attachments);
        v("attachmentsRequired", s.attachmentsRequired), v("graderInfo", s.graderInfo);
        v("responseTemplate", s.responseTemplate);
    }
};

} // namespace Parcours
