// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/node.h"
#include "core/model/values.h"

namespace Parcours {

/** Course-level fields: metadata, m@gistère indexation and course completion. */
struct CourseData
{
    QString title;
    QString shortName;
    /** HTML. */
    QString summary;
    /** Forced language ("fr", "en") or empty for the user's language. */
    QString language;
    /** Moodle course format name; free text so that m@gistère formats survive. */
    QString format = QStringLiteral("topics");
    qint64 startDate = 0;
    qint64 endDate = 0;
    /** Creation time of the parcours, used as the stable timestamp of exports. */
    qint64 created = 0;
    Indexation indexation;
    CourseCompletion completion;
    std::vector<FileRef> files;
    /** Fields read from a backup that the model does not know, kept for export. */
    QJsonObject extra;

    bool operator==(const CourseData &) const = default;
    template<class S, class V> static void reflect(S &s, V &&v)
    {
        v("title", s.title), v("shortName", s.shortName), v("summary", s.summary);
        v("language", s.language), v("format", s.format), v("startDate", s.startDate);
        v("endDate", s.endDate), v("created", s.created), v("indexation", s.indexation);
        v("completion", s.completion), v("files", s.files), v("extra", s.extra);
    }
};

/** The root of a parcours; its children are the sections, in order. */
class Course : public DataNode<CourseData, NodeType::Course>
{
public:
    using DataNode::DataNode;
    QString displayName() const override { return m_data.title; }
    std::unique_ptr<Node> cloneShallow() const override;
};

} // namespace Parcours
