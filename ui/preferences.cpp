// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preferences.h"

#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

const QString LanguageKey = u"General/Language"_s;
const QString AuthorKey = u"General/AuthorName"_s;
const QString FolderKey = u"General/LastFolder"_s;
// ExportDialog reads this key for its starting choice.
const QString TargetKey = u"Export/Target"_s;

} // namespace

Preferences::Language Preferences::language()
{
    return languageFromKey(QSettings().value(LanguageKey).toString());
}

void Preferences::setLanguage(Language language)
{
    QSettings().setValue(LanguageKey, languageKey(language));
}

QString Preferences::languageKey(Language language)
{
    switch (language) {
    case Language::French:
        return u"fr"_s;
    case Language::English:
        return u"en"_s;
    case Language::System:
        break;
    }
    return u"system"_s;
}

Preferences::Language Preferences::languageFromKey(const QString &key)
{
    if (key == "fr"_L1)
        return Language::French;
    if (key == "en"_L1)
        return Language::English;
    return Language::System;
}

QLocale Preferences::uiLocale(Language language, const QLocale &system)
{
    switch (language) {
    case Language::French:
        return QLocale(QLocale::French, QLocale::France);
    case Language::English:
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    case Language::System:
        break;
    }
    // Only French is translated: any other system language gets the English source.
    if (system.language() == QLocale::French)
        return system;
    return QLocale(QLocale::English, system.territory());
}

bool Preferences::installTranslators(QCoreApplication *app, const QLocale &locale)
{
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(
            locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    } else {
        delete qtTranslator;
    }
    auto *translator = new QTranslator(app);
    if (translator->load(locale, u"parcours"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

MoodleTarget Preferences::defaultExportTarget()
{
    return MbzExporter::targetFromString(QSettings().value(TargetKey).toString())
        .value_or(MoodleTarget::Moodle41);
}

void Preferences::setDefaultExportTarget(MoodleTarget target)
{
    QSettings().setValue(TargetKey, MbzExporter::targetName(target));
}

QString Preferences::authorName()
{
    return QSettings().value(AuthorKey).toString();
}

void Preferences::setAuthorName(const QString &name)
{
    QSettings().setValue(AuthorKey, name.trimmed());
}

QString Preferences::lastFolder()
{
    const QString folder = QSettings().value(FolderKey).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void Preferences::setLastFolder(const QString &path)
{
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    QSettings().setValue(FolderKey, info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

} // namespace Parcours
