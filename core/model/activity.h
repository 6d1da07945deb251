// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/node.h"
#include "core/model/values.h"

#include <variant>

namespace Parcours {

/** Kind-specific settings; the alternative's index is the ActivityKind. */
using ActivitySettings = std::variant<PageSettings,
    LabelSettings,
    UrlSettings,
    ResourceSettings,
    FolderSettings,
    ForumSettings,
    AssignSettings,
    QuizSettings,
    WordCloudSettings,
    MindMapSettings,
    CompletionMarkerSettings,
    OpaqueSettings>;

/** Default settings for a kind. */
ActivitySettings defaultSettings(ActivityKind kind);
/** Moodle module name of a kind ("page", "quiz", "collabwordcloud" is decided by the exporter:
 * here a word cloud is "wordcloud"); an opaque activity's own module name is in its settings. */
QString moduleName(ActivityKind kind);
/** The kind named by moduleName(), if any. */
std::optional<ActivityKind> kindFromModuleName(const QString &name);
/** Translated name of a kind as Moodle's French interface calls it ("Test", "URL", …). */
QString activityKindName(ActivityKind kind);

struct ActivityData
{
    QString name;
    /** HTML (Moodle's intro). */
    QString description;
    bool showDescription = false;
    bool visible = true;
    QString idNumber;
    Completion completion;
    Restriction restriction;
    std::vector<FileRef> files;
    ActivitySettings settings;
    QJsonObject extra;

    ActivityKind kind() const { return static_cast<ActivityKind>(settings.index()); }
    bool operator==(const ActivityData &) const = default;

    /** Reflection of the common fields; settings are written under "kind" and "settings". */
    template<class S, class V> static void reflectCommon(S &s, V &&v)
    {
        v("name", s.name), v("description", s.description);
        v("showDescription", s.showDescription), v("visible", s.visible);
        v("idNumber", s.idNumber), v("completion", s.completion);
        v("restriction", s.restriction), v("files", s.files), v("extra", s.extra);
    }
};

struct ActivityData;
/** The JSON form of an activity's fields (Activity::dataToJson() without needing a node). */
QJsonObject activityDataToJson(const ActivityData &data);

/** An activity of a section. It has no children. */
class Activity : public Node
{
public:
    using Data = ActivityData;
    static constexpr NodeType StaticType = NodeType::Activity;

    explicit Activity(NodeId id = 0)
        : Node(NodeType::Activity, id)
    { }

    const ActivityData &data() const { return m_data; }
    ActivityKind kind() const { return m_data.kind(); }

    template<class T> const T *settings() const { return std::get_if<T>(&m_data.settings); }

    QString displayName() const override { return m_data.name; }
    QJsonObject dataToJson() const override;
    void dataFromJson(const QJsonObject &json) override;
    std::unique_ptr<Node> cloneShallow() const override;

private:
    friend class CourseDocument;
    friend class DocumentBuilder;
    void setData(ActivityData data) { m_data = std::move(data); }

    ActivityData m_data;
};

} // namespace Parcours
