// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/mbzexporter.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace Parcours {

/**
 * The user's preferences, kept in QSettings (group "General"; the export target shares the
 * key ExportDialog reads, so the preference is the dialog's starting choice). No widgets here:
 * app/studio/main.cpp applies the language before any window exists.
 */
class Preferences
{
    Q_DECLARE_TR_FUNCTIONS(Preferences)

public:
    /** The language of the interface. */
    enum class Language { System, French, English };

    static Language language();
    static void setLanguage(Language language);
    /** "system", "fr", "en": the spelling kept in the settings file. */
    static QString languageKey(Language language);
    static Language languageFromKey(const QString &key);

    /**
     * The locale whose translation the interface uses: French or English when chosen, else the
     * system's (French when the system speaks French, English — the source — otherwise).
     */
    static QLocale uiLocale(Language language, const QLocale &system);
    /**
     * Loads the application's and Qt's translations for locale and installs them in app (they
     * are app's children). Returns true when the application's translation was found; English
     * needs none (it is the source), so false is normal for it.
     */
    static bool installTranslators(QCoreApplication *app, const QLocale &locale);

    /** The Moodle version File → Export… starts with (Moodle 4.1 unless chosen otherwise). */
    static MoodleTarget defaultExportTarget();
    static void setDefaultExportTarget(MoodleTarget target);

    /**
     * The name written as the author of new parcours (their m@gistère indexation) and of
     * comments. Empty until chosen.
     */
    static QString authorName();
    static void setAuthorName(const QString &name);

    /** The folder the last file dialog was in (the user's documents folder at first). */
    static QString lastFolder();
    /** Remembers the folder of path (a file or a folder). */
    static void setLastFolder(const QString &path);
};

} // namespace Parcours
