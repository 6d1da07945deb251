// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/tgzwriter.h"

#include <QIODevice>

#include <zlib.h>

#include <cstring>

namespace Parcours {

namespace {

constexpr qint64 s_chunkSize = 1 << 20;
constexpr int s_dictionarySize = 32768;
constexpr size_t s_maxPending = 4;
constexpr int s_level = 6;

// Media are often already compressed (images, PDF, video): deflating them costs much time for
// nothing. A fast probe of the chunk's start decides; the decision depends only on the bytes,
// so the output stays deterministic.
bool looksCompressible(const QByteArray &input)
{
    const qsizetype probeSize = qMin<qsizetype>(input.size(), 32768);
    if (probeSize < 4096)
        return true;
    z_stream zs {};
    if (deflateInit2(&zs, 1, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return true;
    QByteArray out(static_cast<qsizetype>(deflateBound(&zs, static_cast<uLong>(probeSize))),
        Qt::Uninitialized);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.constData()));
    zs.avail_in = static_cast<uInt>(probeSize);
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    deflate(&zs, Z_FINISH);
    const uLong produced = zs.total_out;
    deflateEnd(&zs);
    return produced < static_cast<uLong>(probeSize) * 95 / 100;
}

// Raw deflate of one chunk. Non-final chunks end on a byte boundary (Z_SYNC_FLUSH) so that the
// pieces concatenate into one valid deflate stream.
TgzWriter::Compressed compressChunk(QByteArray input, QByteArray dictionary, bool last)
{
    TgzWriter::Compressed out;
    out.length = input.size();
    out.crc = static_cast<quint32>(crc32(
        0L, reinterpret_cast<const Bytef *>(input.constData()), static_cast<uInt>(input.size())));
    z_stream zs {};
    if (deflateInit2(
            &zs, looksCompressible(input) ? s_level : 0, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY)
        != Z_OK) {
        out.ok = false;
        return out;
    }
    if (!dictionary.isEmpty())
        deflateSetDictionary(&zs, reinterpret_cast<const Bytef *>(dictionary.constData()),
            static_cast<uInt>(dictionary.size()));
    out.data.resize(
        static_cast<qsizetype>(deflateBound(&zs, static_cast<uLong>(input.size()))) + 64);
    zs.next_in = reinterpret_cast<Bytef *>(input.data());
    zs.avail_in = static_cast<uInt>(input.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data.data());
    zs.avail_out = static_cast<uInt>(out.data.size());
    const int rc = deflate(&zs, last ? Z_FINISH : Z_SYNC_FLUSH);
    out.ok = last ? rc == Z_STREAM_END : rc == Z_OK && zs.avail_in == 0;
    out.data.resize(static_cast<qsizetype>(zs.total_out));
    deflateEnd(&zs);
    return out;
}

void putOctal(char *field, int width, qint64 value)
{
    // width includes the terminating NUL.
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    std::memcpy(field, digits.constData(), static_cast<size_t>(width - 1));
    field[width - 1] = '\0';
}

} // namespace

TgzWriter::TgzWriter(QIODevice *device, const QString &displayName)
    : m_device(device)
    , m_displayName(displayName)
{
    m_chunk.reserve(s_chunkSize);
}

TgzWriter::~TgzWriter()
{
    for (auto &future : m_pending)
        future.wait();
}

bool TgzWriter::isValidPath(const QByteArray &path)
{
    if (path.isEmpty())
        return false;
    for (char c : path) {
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7e)
            return false;
    }
    if (path.size() <= 100)
        return true;
    // Split at a '/' so that prefix <= 155 and name <= 100.
    for (qsizetype i = path.size() - 1; i >= 0; --i) {
        if (path.at(i) == '/' && i <= 155 && path.size() - i - 1 <= 100 && i > 0)
            return true;
    }
    return false;
}

bool TgzWriter::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool TgzWriter::writeOut(const QByteArray &bytes)
{
    if (m_device->write(bytes) != bytes.size()) {
        return fail(tr("Could not write the archive %1: %2. Check the free space and that the "
                       "folder is writable.")
                        .arg(m_displayName, m_device->errorString()));
    }
    return true;
}

bool TgzWriter::drain(size_t keep)
{
    while (m_pending.size() > keep) {
        Compressed piece = m_pending.front().get();
        m_pending.pop_front();
        if (!piece.ok)
            return fail(tr("Could not compress the archive %1.").arg(m_displayName));
        m_crc = static_cast<quint32>(crc32_combine(m_crc, piece.crc, piece.length));
        if (!writeOut(piece.data))
            return false;
    }
    return true;
}

bool TgzWriter::flushChunk(bool last)
{
    if (!m_error.isEmpty())
        return false;
    if (!m_headerWritten) {
        // gzip header: no name, mtime 0 (determinism), OS 3 (Unix).
        static const char header[10] = {'\x1f', '\x8b', 8, 0, 0, 0, 0, 0, 0, 3};
        if (!writeOut(QByteArray(header, 10)))
            return false;
        m_headerWritten = true;
    }
    QByteArray input = m_chunk;
    QByteArray dictionary = m_dictionary;
    m_dictionary = input.right(s_dictionarySize);
    m_chunk.clear();
    m_chunk.reserve(s_chunkSize);
    m_pending.push_back(std::async(
        std::launch::async, compressChunk, std::move(input), std::move(dictionary), last));
    return drain(last ? 0 : s_maxPending);
}

bool TgzWriter::append(const char *data, qint64 size)
{
    if (!m_error.isEmpty())
        return false;
    m_total += size;
    while (size > 0) {
        const qint64 room = s_chunkSize - m_chunk.size();
        const qint64 n = qMin(room, size);
        m_chunk.append(data, static_cast<qsizetype>(n));
        data += n;
        size -= n;
        if (m_chunk.size() == s_chunkSize && !flushChunk(false))
            return false;
    }
    return true;
}

bool TgzWriter::writeHeader(const QByteArray &path, qint64 size, qint64 mtime)
{
    if (!isValidPath(path))
        return fail(tr("Cannot store the path %1 in the archive %2.")
                        .arg(QString::fromLatin1(path), m_displayName));
    char block[512];
    std::memset(block, 0, sizeof block);
    QByteArray name = path;
    QByteArray prefix;
    if (path.size() > 100) {
        for (qsizetype i = path.size() - 1; i > 0; --i) {
            if (path.at(i) == '/' && i <= 155 && path.size() - i - 1 <= 100) {
                prefix = path.left(i);
                name = path.mid(i + 1);
                break;
            }
        }
    }
    std::memcpy(block, name.constData(), static_cast<size_t>(name.size()));
    putOctal(block + 100, 8, 0644);
    putOctal(block + 108, 8, 0);
    putOctal(block + 116, 8, 0);
    putOctal(block + 124, 12, size);
    putOctal(block + 136, 12, mtime);
    std::memset(block + 148, ' ', 8);
    block[156] = '0';
    std::memcpy(block + 257, "ustar", 6);
    block[263] = '0';
    block[264] = '0';
    std::memcpy(block + 345, prefix.constData(), static_cast<size_t>(prefix.size()));
    unsigned int sum = 0;
    for (unsigned char c : block)
        sum += c;
    const QByteArray checksum = QByteArray::number(sum, 8).rightJustified(6, '0');
    std::memcpy(block + 148, checksum.constData(), 6);
    block[154] = '\0';
    block[155] = ' ';
    return append(block, 512);
}

bool TgzWriter::addFile(const QByteArray &path, const QByteArray &content, qint64 mtime)
{
    return beginFile(path, content.size(), mtime) && append(content.constData(), content.size())
        && endFile(content.size());
}

bool TgzWriter::beginFile(const QByteArray &path, qint64 size, qint64 mtime)
{
    return writeHeader(path, size, mtime);
}

bool TgzWriter::endFile(qint64 size)
{
    static const char zeros[512] = {};
    return append(zeros, (512 - size % 512) % 512);
}

bool TgzWriter::finish()
{
    if (m_finished)
        return m_error.isEmpty();
    m_finished = true;
    static const char zeros[1024] = {};
    if (!append(zeros, 1024) || !flushChunk(true))
        return false;
    char trailer[8];
    const quint32 length = static_cast<quint32>(m_total & 0xffffffff);
    for (int i = 0; i < 4; ++i) {
        trailer[i] = static_cast<char>((m_crc >> (8 * i)) & 0xff);
        trailer[4 + i] = static_cast<char>((length >> (8 * i)) & 0xff);
    }
    return writeOut(QByteArray(trailer, 8));
}

} // namespace Parcours
