// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"
#include "ui/preferences.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Parcours Studio"_s);
    QCoreApplication::setOrganizationDomain(u"parcoursstudio.fr"_s);
    QCoreApplication::setApplicationName(u"Parcours Studio"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PARCOURS_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(PARCOURS_APP_ID));

    // The language chosen in Edit → Preferences…, else the system's: French when the system
    // speaks French, English (the source) otherwise.
    const QLocale locale
        = Parcours::Preferences::uiLocale(Parcours::Preferences::language(), QLocale::system());
    QLocale::setDefault(locale);
    Parcours::Preferences::installTranslators(&app, locale);

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
