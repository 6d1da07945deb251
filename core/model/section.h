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
    /** The title, or defaultName() when it is empty (as Moodle shows the section). */
    QString displayName() const override;
    /** True when the title is empty: Moodle then names the section after its number. */
    bool hasDefaultName() const { return m_data.title.isEmpty(); }
    /**
     * The section's number in the exported course: 0 for the general section. The first
     * section is the general one when its extra JSON says {"number": 0} (imported backups);
     * otherwise the exporter adds a general section and this one counts from 1. -1 when the
     * section is not in a course.
     */
    int number() const;
    /**
     * The name Moodle shows for an untitled section, in the user's language: « Généralités »
     * for section 0, « Sujet N » in the topics formats, the week's dates in the weekly format
     * (« Semaine N » without a start date), « Section N » in other formats. Never stored.
     */
    QString defaultName() const;
    std::unique_ptr<Node> cloneShallow() const override;
};

} // namespace Parcours
