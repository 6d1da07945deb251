// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Parcours Studio"_s);
    QCoreApplication::setOrganizationDomain(u"parcoursstudio.fr"_s);
    QCoreApplication::setApplicationName(u"Parcours Studio"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PARCOURS_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(PARCOURS_APP_ID));

    // The French translation when the system speaks French; English (the source) otherwise.
    QTranslator qtTranslator;
    if (qtTranslator.load(
            QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&qtTranslator);
    }
    QTranslator translator;
    if (translator.load(QLocale(), u"parcours"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Design m@gistère parcours offline."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"file"_s,
        QCoreApplication::translate("main", "The parcours to open."), u"[FILE.parcours]"_s);
    parser.process(app);

    Parcours::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openFile(files.first());
    return app.exec();
}
