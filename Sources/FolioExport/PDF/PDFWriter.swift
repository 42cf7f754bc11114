//! Writes a whole PDF 1.5 file: streams as they are, every other object packed into
//! compressed object streams, and a cross-reference stream (ISO 32000-1 §7.5.7–7.5.8).

import FolioCore
import Foundation

/// Serialises numbered objects into a complete file. The output depends only on the objects,
/// so the same input gives the same bytes; the file `/ID` is a hash of the content.
struct PDFWriter {
    /// Objects by number (1…); nil numbers are written as free entries.
    var objects: [PDFObject?]
    var trailer: PDFDict
    /// Objects per object stream: small enough to read quickly, large enough to compress well.
    var objectsPerStream = 200
    /// The object streams compressed for the last file (`folio watch`); the bytes do not depend on it.
    var streamMemo: ObjectStreamMemo?
    /// Threads compressing object streams; the bytes do not depend on it.
    var workers = 1

    func write() throws -> [UInt8] {
        var out: [UInt8] = Array("%PDF-1.5\n%\u{B5}\u{ED}\u{AE}\u{FB}\n".unicodeScalars.map { UInt8($0.value) })
        enum Entry { case free, offset(Int), packed(stream: Int, index: Int) }
        var entries = [Entry](repeating: .free, count: objects.count)
        var packable: [Int] = []
        for (number, object) in objects.enumerated() where number > 0 {
            guard let object else { continue }
            if let data = object.stream {
                entries[number] = .offset(out.count)
                Self.writeStream(number: number, value: object.value, data: data, into: &out)
            } else {
                packable.append(number)
            }
        }
        // Object streams take the numbers after the last object; the xref stream the one after those.
        var nextNumber = objects.count
        var uncompressed: [[UInt8]] = []
        var firsts: [Int] = []
        var counts: [Int] = []
        // A stream never spans two blocks of object numbers (see `PDFJoiner.blockSize`): the
        // streams of a run of pages stay the same when another run changes.
        var chunks: [ArraySlice<Int>] = []
        var chunkStart = 0
        for i in packable.indices where i + 1 == packable.count || i + 1 - chunkStart == objectsPerStream
            || (packable[i + 1] - 1) / PDFJoiner.blockSize != (packable[chunkStart] - 1) / PDFJoiner.blockSize {
            chunks.append(packable[chunkStart...i])
            chunkStart = i + 1
        }
        // Each stream's objects are written on the workers.
        let objects = self.objects, streams = chunks
        let written = WorkerSlots<(bytes: [UInt8], first: Int)>(count: chunks.count)
        WorkerThreads.forEach(chunks.count, workers: workers) { i in
            var header: [UInt8] = []
            var body: [UInt8] = []
            for number in streams[i] {
                header += Array("\(number) \(body.count) ".utf8)
                objects[number]!.value.write(into: &body)
                body.append(0x0A)
            }
            written.store(i, (header + body, header.count))
        }
        for (i, chunk) in chunks.enumerated() {
            for (index, number) in chunk.enumerated() { entries[number] = .packed(stream: nextNumber, index: index) }
            uncompressed.append(written.values[i]!.bytes)
            firsts.append(written.values[i]!.first)
            counts.append(chunk.count)
            nextNumber += 1
        }
        let compressed = try ObjectStreamMemo.compress(uncompressed, memo: streamMemo, workers: workers)
        for i in uncompressed.indices {
            let dict = PDFDict([("Type", .name("ObjStm")), ("N", .int(counts[i])), ("First", .int(firsts[i])),
                                ("Filter", .name("FlateDecode"))])
            entries.append(.offset(out.count))
            Self.writeStream(number: objects.count + i, value: .dict(dict), data: compressed[i], into: &out)
        }
        // The cross-reference stream: type (1 byte), offset or stream number (4), generation or index (2).
        let xrefNumber = nextNumber
        let xrefOffset = out.count
        entries.append(.offset(xrefOffset))
        var table: [UInt8] = []
        table.reserveCapacity(entries.count * 7)
        for (number, entry) in entries.enumerated() {
            switch entry {
            case .free: table += [0] + Self.bigEndian(0, 4) + Self.bigEndian(number == 0 ? 65535 : 0, 2)
            case .offset(let offset): table += [1] + Self.bigEndian(offset, 4) + Self.bigEndian(0, 2)
            case .packed(let stream, let index): table += [2] + Self.bigEndian(stream, 4) + Self.bigEndian(index, 2)
            }
        }
        let id = PDFValue.string(Self.fingerprint(out))
        var dict = trailer
        dict["Type"] = .name("XRef")
        dict["Size"] = .int(entries.count)
        dict["W"] = .array([.int(1), .int(4), .int(2)])
        dict["ID"] = .array([id, id])
        dict["Filter"] = .name("FlateDecode")
        Self.writeStream(number: xrefNumber, value: .dict(dict), data: try Flate.deflate(table), into: &out)
        out += Array("startxref\n\(xrefOffset)\n%%EOF\n".utf8)
        return out
    }

    private static func writeStream(number: Int, value: PDFValue, data: [UInt8], into out: inout [UInt8]) {
        var dict = value.dict ?? PDFDict()
        dict["Length"] = .int(data.count)
        out += Array("\(number) 0 obj\n".utf8)
        dict.write(into: &out)
        out += Array("\nstream\n".utf8)
        out += data
        // CR LF before `endstream`: with a lone LF, data that ends in CR reads as ending in a
        // CR LF marker, one byte short of its /Length, to readers that strip the longest EOL.
        out += Array("\r\nendstream\nendobj\n".utf8)
    }

    private static func bigEndian(_ value: Int, _ width: Int) -> [UInt8] {
        (0..<width).reversed().map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) }
    }

    /// 16 bytes from two 64-bit FNV-1a hashes with different offsets: a file identifier that is
    /// the same for the same content (PDF only asks that it be unlikely to repeat).
    static func fingerprint(_ bytes: [UInt8]) -> [UInt8] {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325, b: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in bytes {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            b = (b ^ UInt64(byte ^ 0x5A)) &* 0x0000_0100_0000_01B3
        }
        return bigEndian(Int(truncatingIfNeeded: a), 8) + bigEndian(Int(truncatingIfNeeded: b), 8)
    }
}

/// Object streams compressed for the last file written, by their uncompressed bytes: a file
/// written again after a small change (one run of pages redrawn) compresses only the streams
/// whose objects changed. Keyed by content and compared in full, so it changes no byte.
/// Not thread-safe: one write at a time.
public final class ObjectStreamMemo: @unchecked Sendable {
    private var kept: [Bytes: [UInt8]] = [:]

    /// Uncompressed stream bytes as a key: hashed in one pass over the buffer (hashing byte by
    /// byte took longer than compressing the few streams that changed), compared in full.
    private struct Bytes: Hashable {
        var bytes: [UInt8]
        func hash(into hasher: inout Hasher) { bytes.withUnsafeBytes { hasher.combine(bytes: $0) } }
    }

    public init() {}

    public func removeAll() { kept = [:] }

    /// `streams` compressed, taken from `memo` where it has them and compressed on up to
    /// `workers` threads where not; the memo then keeps these streams only.
    static func compress(_ streams: [[UInt8]], memo: ObjectStreamMemo?, workers: Int) throws -> [[UInt8]] {
        let results = WorkerSlots<Result<[UInt8], Error>>(count: streams.count)
        var missing: [Int] = []
        for i in streams.indices {
            if let hit = memo?.kept[Bytes(bytes: streams[i])] { results.store(i, .success(hit)) } else { missing.append(i) }
        }
        let toCompress = missing
        WorkerThreads.forEach(toCompress.count, workers: workers) { m in
            let i = toCompress[m]
            results.store(i, Result { try Flate.deflate(streams[i]) })
        }
        let compressed = try results.values.map { try $0!.get() }
        if let memo {
            var kept: [Bytes: [UInt8]] = [:]
            for (raw, packed) in zip(streams, compressed) { kept[Bytes(bytes: raw)] = packed }
            memo.kept = kept
        }
        return compressed
    }
}
