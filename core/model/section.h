// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/node.h"
#include "core/model/values.h"

namespace Parcours {

struct SectionData
{
    QString title;
    /** HTML. */
    QString summary;
    bool visible = true;
    Restriction restriction;
    std::vector<FileRef> files;
    QJsonObject extra;

    bool operator==(const SectionData &) const = default;
    template<class S, class V> static void reflect(S &s, V &&v)
    {
        v("title", s.title), v("summary", s.summary), v("visible", s.visible);
        v("restriction", s.restriction), v("files", s.files), v("extra", s.extra);
    }
};

/** A section of the course; its children are activities, in order. */
class Section : public DataNode<SectionData, NodeType::Section>
{
public:
    using DataNode::DataNode;
    QString displayName() const override { return m_data.title; }
    std::unique_ptr<Node> cloneShallow() const override;
};

} // namespace Parcours
