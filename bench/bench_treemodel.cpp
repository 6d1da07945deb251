// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how long the structure tree model takes on a large parcours (10,000 activities):
// building, walking every row as a view does, finding the index of every activity, and
// renaming, moving and undoing through commands.
#include "core/commands/nodecommands.h"
#include "core/model/coursedocument.h"
#include "core/models/coursetreemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QUndoStack>

#include <cstdio>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

/** A snapshot with `sections` sections of `perSection` pages each. */
QJsonObject largeSnapshot(int sections, int perSection)
{
    NodeId id = 2;
    QJsonArray sectionArray;
    for (int s = 0; s < sections; ++s) {
        QJsonArray activities;
        for (int a = 0; a < perSection; ++a) {
            activities.append(QJsonObject {{u"id"_s, ++id}, {u"type"_s, u"Activity"_s},
                {u"data"_s,
                    QJsonObject {{u"name"_s, u"Page %1.%2"_s.arg(s + 1).arg(a + 1)},
                        {u"kind"_s, u"Page"_s}}}});
        }
        sectionArray.append(QJsonObject {{u"id"_s, ++id}, {u"type"_s, u"Section"_s},
            {u"data"_s, QJsonObject {{u"title"_s, u"Section %1"_s.arg(s + 1)}}},
            {u"children"_s, activities}});
    }
    return QJsonObject {
        {u"course"_s,
            QJsonObject {{u"id"_s, 1}, {u"type"_s, u"Course"_s}, {u"children"_s, sectionArray}}},
        {u"questionBank"_s, QJsonObject {{u"id"_s, 2}, {u"type"_s, u"QuestionBank"_s}}}};
}

int walk(const QAbstractItemModel &model, const QModelIndex &parent)
{
    int count = 0;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.parent() != parent || model.data(index).toString().isEmpty())
            return -1;
        count += 1 + walk(model, index);
    }
    return count;
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

bool run(int sections, int perSection)
{
    QTemporaryDir dir;
    QString error;
    auto doc = CourseDocument::create(dir.filePath(u"bench.parcours"_s), &error);
    std::unique_ptr<Course> course;
    std::unique_ptr<QuestionBank> bank;
    if (!doc
        || !CourseDocument::treeFromSnapshot(
            largeSnapshot(sections, perSection), &course, &bank, &error)
        || !doc->resetContent(std::move(course), std::move(bank), &error)) {
        std::fprintf(stderr, "setup failed: %s\n", qPrintable(error));
        return false;
    }
    std::printf("%d sections x %d activities\n", sections, perSection);

    QElapsedTimer timer;
    timer.start();
    CourseTreeModel model(doc.get());
    const int rows = walk(model, {});
    std::printf("  walk every row (index, parent, data): %8.2f ms for %d rows\n", ms(timer), rows);

    std::vector<Node *> activities;
    doc->course()->forEach([&activities](Node *n) {
        if (n->type() == NodeType::Activity)
            activities.push_back(n);
    });
    timer.restart();
    int found = 0;
    for (Node *n : activities)
        found += model.indexForNode(n).isValid() ? 1 : 0;
    std::printf("  indexForNode for every activity:      %8.2f ms (%.2f us each, %d found)\n",
        ms(timer), ms(timer) * 1000 / double(activities.size()), found);

    Node *last = activities.back();
    timer.restart();
    model.setData(model.indexForNode(last), u"Renamed"_s);
    std::printf("  rename last activity (stored):        %8.2f ms\n", ms(timer));
    timer.restart();
    pushMoveNode(doc.get(), last, last->parent(), 0);
    std::printf("  move last activity to the top:        %8.2f ms\n", ms(timer));
    timer.restart();
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    std::printf("  undo both:                            %8.2f ms\n", ms(timer));
    auto *firstSection = static_cast<Section *>(doc->course()->childAt(0));
    timer.restart();
    duplicateSection(doc.get(), firstSection);
    std::printf("  duplicate the first section:          %8.2f ms\n", ms(timer));
    timer.restart();
    doc->undoStack()->undo();
    std::printf("  undo the duplicate:                   %8.2f ms\n", ms(timer));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return run(100, 100) && run(1, 10000) ? 0 : 1;
}
