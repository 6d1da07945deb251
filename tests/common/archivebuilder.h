// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builds tgz and zip archives in memory with libarchive's writer, entry by entry, the way an
// attacker would: links, devices, "..", bombs. Shared by the archive reader's tests and the fuzz
// regression test.

#include <QByteArray>
#include <QList>

#include <archive.h>
#include <archive_entry.h>
#include <sys/sysmacros.h>

#include <algorithm>
#include <memory>

namespace TestArchive {

// One entry of a hostile archive.
struct Spec
{
    Spec(QByteArray name_ = {},
        QByteArray data_ = {},
        mode_t type_ = AE_IFREG,
        QByteArray link_ = {},
        qint64 zeros_ = 0)
        : name(std::move(name_))
        , data(std::move(data_))
        , type(type_)
        , link(std::move(link_))
        , zeros(zeros_)
    { }

    QByteArray name;
    QByteArray data;
    mode_t type = AE_IFREG;
    QByteArray link;  // symlink or hard-link target
    qint64 zeros = 0; // run of zero bytes after data (for bombs)
};

inline la_ssize_t appendToByteArray(archive *, void *client, const void *buffer, size_t length)
{
    static_cast<QByteArray *>(client)->append(
        static_cast<const char *>(buffer), static_cast<qsizetype>(length));
    return static_cast<la_ssize_t>(length);
}

enum class Kind { Tgz, Zip };

// Writes an archive with libarchive, as an attacker would.
inline QByteArray makeArchive(const QList<Spec> &specs, Kind kind = Kind::Tgz)
{
    QByteArray out;
    std::unique_ptr<archive, decltype(&archive_write_free)> a(
        archive_write_new(), archive_write_free);
    if (kind == Kind::Tgz) {
        archive_write_set_format_pax_restricted(a.get());
        archive_write_add_filter_gzip(a.get());
    } else {
        archive_write_set_format_zip(a.get());
    }
    archive_write_open(a.get(), &out, nullptr, appendToByteArray, nullptr);
    const QByteArray zeros(1 << 20, '\0');
    for (const Spec &spec : specs) {
        archive_entry *e = archive_entry_new();
        archive_entry_copy_pathname(e, spec.name.constData());
        archive_entry_set_filetype(e, spec.type);
        archive_entry_set_perm(e, 0644);
        archive_entry_set_mtime(e, 1356998400, 0);
        if (spec.type == AE_IFLNK)
            archive_entry_copy_symlink(e, spec.link.constData());
        else if (!spec.link.isEmpty())
            archive_entry_copy_hardlink(e, spec.link.constData());
        if (spec.type == AE_IFCHR)
            archive_entry_set_rdev(e, makedev(1, 3));
        const qint64 size
            = spec.type == AE_IFREG && spec.link.isEmpty() ? spec.data.size() + spec.zeros : 0;
        archive_entry_set_size(e, size);
        archive_write_header(a.get(), e);
        if (size > 0) {
            archive_write_data(a.get(), spec.data.constData(), size_t(spec.data.size()));
            for (qint64 left = spec.zeros; left > 0; left -= zeros.size())
                archive_write_data(
                    a.get(), zeros.constData(), size_t(std::min<qint64>(left, zeros.size())));
        }
        archive_entry_free(e);
    }
    archive_write_close(a.get());
    return out;
}

} // namespace TestArchive
