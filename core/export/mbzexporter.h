// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/exporter.h"

#include <QCoreApplication>
#include <QMap>

#include <optional>

namespace Parcours {

/** Moodle release an archive is written for. */
enum class MoodleTarget { Moodle41, Moodle45, Moodle50 };

/** Which word cloud plugin receives the word clouds. */
enum class WordCloudPlugin { CollabWordCloud, WordCloud };

/**
 * Exports a parcours as a Moodle course backup (.mbz) that Moodle restores with no warning
 * (docs/moodle-backup-format.md §15, §17).
 *
 * Ids are derived from NodeIds (cmid = instance id = grade item id = activity NodeId, section id
 * = section NodeId, context id = 1000000 + NodeId, question and category ids = NodeIds), other
 * records are numbered in document order, and every timestamp is the parcours' creation time, so
 * the same project and target always give a byte-identical archive. Entries are sorted by path
 * after an exact `.ARCHIVE_INDEX`; media are streamed from the project file.
 *
 * Validation for the target runs first: errors stop the export (report().hasErrors()), warnings
 * are kept in report().
 *
 * Targets: 4.1 and 4.5 keep the question bank in the course context; 5.0 puts it in a `qbank`
 * activity of section 0 (module context), so that the restore does not move it with a warning.
 * A general section 0 is added unless the first section's extra JSON says {"number": 0}.
 *
 * Kept Moodle data: an opaque activity's files are written byte for byte under the cmid its
 * `<modname>.xml` names, except module.xml and inforef.xml, which the model owns (completion,
 * restriction, files). A question of type Other is written with the common question fields and
 * its rawXml (the `plugin_qtype_*_question` element as Moodle wrote it) inside `<question>`.
 * What MbzImporter keeps in extra JSON is written back too: "keptFiles" of the course and of
 * activities (blocks turn the "blocks" root setting on), raw tags / custom fields / format
 * options, question tags, and 4.5 subsections (parentcmid, insubsection, mod_subsection).
 * Random slots are question_set_references: the legacy filter condition for 4.1 (and for a
 * tagged slot, which only it names by tag), the 4.3+ one for 4.5 and 5.0.
 */
class MbzExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(MbzExporter)

public:
    struct Options
    {
        MoodleTarget target = MoodleTarget::Moodle41;
        WordCloudPlugin wordCloud = WordCloudPlugin::CollabWordCloud;
    };

    MbzExporter();
    explicit MbzExporter(Options options);

    QString name() const override;
    QString fileFilter() const override;
    bool write(const CourseDocument &document, QIODevice *device, const QString &fileName) override;

    /** Checks the document for the target without writing anything. */
    ExportReport validate(const CourseDocument &document) const;

    /**
     * The XML files of the archive (path → content), without media. For tests and previews;
     * returns an empty map when validation fails.
     */
    QMap<QByteArray, QByteArray> xmlFiles(const CourseDocument &document);

    /** "4.1", "4.5", "5.0" ↔ target. */
    static std::optional<MoodleTarget> targetFromString(const QString &text);
    static QString targetName(MoodleTarget target);
    static std::optional<WordCloudPlugin> wordCloudFromString(const QString &text);

private:
    Options m_options;
};

} // namespace Parcours
