// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/node.h"
#include "core/model/values.h"

namespace Parcours {

struct QuestionBankData
{
    bool operator==(const QuestionBankData &) const = default;
    template<class S, class V> static void reflect(S &, V &&) { }
};

/** Root of the question bank; its children are the top-level categories. */
class QuestionBank : public DataNode<QuestionBankData, NodeType::QuestionBank>
{
public:
    using DataNode::DataNode;
    QString displayName() const override;
    std::unique_ptr<Node> cloneShallow() const override;
};

struct QuestionCategoryData
{
    QString name;
    /** HTML description. */
    QString info;
    QString idNumber;
    /** Moodle stamp, kept from imports so that a re-export maps onto the same category. */
    QString stamp;
    QJsonObject extra;

    bool operator==(const QuestionCategoryData &) const = default;
    template<class S, class V> static void reflect(S &s, V &&v)
    {
        v("name", s.name), v("info", s.info), v("idNumber", s.idNumber), v("stamp", s.stamp);
        v("extra", s.extra);
    }
};

/** A category; its children are sub-categories and questions. */
class QuestionCategory : public DataNode<QuestionCategoryData, NodeType::QuestionCategory>
{
public:
    using DataNode::DataNode;
    QString displayName() const override { return m_data.name; }
    std::unique_ptr<Node> cloneShallow() const override;
};

} // namespace Parcours
