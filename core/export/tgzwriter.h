// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <deque>
#include <future>

class QIODevice;

namespace Parcours {

/**
 * Writes a gzip-compressed plain POSIX ustar archive, the dialect Moodle's tgz_extractor reads:
 * ustar headers only (no pax, no GNU long names), mode 0644, uid/gid 0, empty user names, two
 * zero blocks at the end.
 *
 * The tar stream is cut into chunks that are deflated on worker threads, each primed with the
 * last 32 KiB of the previous chunk (as pigz does), and joined into ONE gzip member whose CRC is
 * combined from the chunks' CRCs. The output depends only on the input bytes, so it is
 * deterministic; memory stays bounded by a few chunks whatever the size of the entries.
 *
 * Errors: every method returns false once writing failed; errorString() says why, naming
 * displayName (the file the user chose).
 */
class TgzWriter
{
    Q_DECLARE_TR_FUNCTIONS(TgzWriter)

public:
    /** The device must be open for writing; it is not owned. */
    TgzWriter(QIODevice *device, const QString &displayName);
    ~TgzWriter();
    TgzWriter(const TgzWriter &) = delete;
    TgzWriter &operator=(const TgzWriter &) = delete;

    /** Largest path the ustar header can hold (prefix 155 + '/' + name 100). */
    static bool isValidPath(const QByteArray &path);

    bool addFile(const QByteArray &path, const QByteArray &content, qint64 mtime);
    /**
     * Streams an entry: beginFile(), then exactly size bytes through writeData(), then endFile().
     */
    bool beginFile(const QByteArray &path, qint64 size, qint64 mtime);
    bool writeData(const char *data, qint64 size) { return append(data, size); }
    bool endFile(qint64 size);
    /** Writes the end blocks and the gzip trailer. */
    bool finish();

    QString errorString() const { return m_error; }
    /** Uncompressed bytes written so far (headers included). */
    qint64 tarBytes() const { return m_total; }

    /** One compressed chunk (internal, public for the worker function). */
    struct Compressed
    {
        QByteArray data;
        quint32 crc = 0;
        qint64 length = 0;
        bool ok = true;
    };

private:
    bool writeHeader(const QByteArray &path, qint64 size, qint64 mtime);
    bool append(const char *data, qint64 size);
    bool flushChunk(bool last);
    bool drain(size_t keep);
    bool writeOut(const QByteArray &bytes);
    bool fail(const QString &message);

    QIODevice *m_device;
    QString m_displayName;
    QString m_error;
    QByteArray m_chunk;
    QByteArray m_dictionary;
    std::deque<std::future<Compressed>> m_pending;
    quint32 m_crc = 0;
    qint64 m_total = 0;
    bool m_headerWritten = false;
    bool m_finished = false;
};

} // namespace Parcours
