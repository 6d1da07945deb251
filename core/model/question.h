// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/node.h"
#include "core/model/values.h"

namespace Parcours {

/**
 * A question of the bank. Which fields apply depends on the type:
 * - MultiChoice: answers (fractions), single, numbering, shuffle, combined feedback;
 * - TrueFalse: answers[0] is "true", answers[1] is "false", the correct one has fraction 1;
 * - ShortAnswer: answers are patterns (* wildcard), caseSensitive;
 * - Numerical: answers are numbers (or *) with tolerance, units;
 * - Match: pairs, shuffle, combined feedback;
 * - Essay: essay options;
 * - Description: text only;
 * - GapSelect / DdWtoS: text with [[n]] gaps, answers are the choices with their group;
 * - MultiAnswer: cloze text ({1:MULTICHOICE:…}) holding its sub-questions;
 * - Other: otherType and rawXml as Moodle wrote them.
 */
struct QuestionData
{
    QuestionType type = QuestionType::MultiChoice;
    QString name;
    /** HTML. */
    QString text;
    double defaultMark = 1;
    QString generalFeedback;
    double penalty = 0.3333333;
    QString idNumber;
    bool shuffle = true;
    std::vector<Answer> answers;
    bool single = true;
    /** Moodle's answernumbering: abc, ABCD, 123, iii, IIII, none. */
    QString numbering = QStringLiteral("abc");
    bool showStandardInstruction = false;
    bool caseSensitive = false;
    CombinedFeedback feedback;
    std::vector<MatchPair> pairs;
    std::vector<NumericalUnit> units;
    EssayOptions essay;
    std::vector<Hint> hints;
    std::vector<FileRef> files;
    /** Moodle stamps, kept so that a re-export maps onto the same bank entries. */
    QString stamp;
    QString versionStamp;
    QString otherType;
    QString rawXml;
    QJsonObject extra;

    bool operator==(const QuestionData &) const = default;
    template<class S, class V> static void reflect(S &s, V &&v)
    {
        v("type", s.type), v("name", s.name), v("text", s.text), v("defaultMark", s.defaultMark);
        v("generalFeedback", s.generalFeedback), v("penalty", s.penalty);
        v("idNumber", s.idNumber), v("shuffle", s.shuffle), v("answers", s.answers);
        v("single", s.single), v("numbering", s.numbering);
        v("showStandardInstruction", s.showStandardInstruction);
        v("caseSensitive", s.caseSensitive), v("feedback", s.feedback), v("pairs", s.pairs);
        v("units", s.units), v("essay", s.essay), v("hints", s.hints), v("files", s.files);
        v("stamp", s.stamp), v("versionStamp", s.versionStamp), v("otherType", s.otherType);
        v("rawXml", s.rawXml), v("extra", s.extra);
    }
};

/** Moodle's qtype name of a question type ("multichoice", "truefalse", …, "ddwtos"). */
QString qtypeName(QuestionType type);
std::optional<QuestionType> questionTypeFromName(const QString &qtype);

class Question : public DataNode<QuestionData, NodeType::Question>
{
public:
    using DataNode::DataNode;
    QString displayName() const override { return m_data.name; }
    std::unique_ptr<Node> cloneShallow() const override;
};

} // namespace Parcours
