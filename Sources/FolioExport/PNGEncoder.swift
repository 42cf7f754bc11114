//! PNG encoding of rendered pages with a fast zlib level: Cairo's writer always uses
//! libpng's default compression, which made encoding most of the cost of a PNG page.

import CZlib
import FolioGraphics

/// Encodes an opaque Cairo ARGB32 image as an 8-bit RGB PNG (filter "None", zlib level 2).
///
/// Measured on the 60 city briefs (1241 × 1754 px): filter None gives files ≈ 14 % smaller
/// than filter Up and deflates slightly faster (mostly white pages with anti-aliased text:
/// the row above predicts text edges badly, and deflate finds repeated rows by itself);
/// zlib level 1 is no faster than 2 and `Z_RLE` is slower and 1.7–3× larger. Pixels are
/// read in place and scanlines are deflated a band at a time, so no page-sized buffer is
/// copied or allocated besides the output.
struct PNGEncoder {
    var level: Int32 = 2
    /// Scanlines converted and handed to zlib per call (≈ 60 KB at 150 dpi: fits the cache).
    static let bandRows = 16

    func encode(_ surface: CairoSurface) throws -> [UInt8] {
        try surface.withPixels { width, height, stride, pixels in
            var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
            var header: [UInt8] = []
            header += Self.bigEndian(UInt32(width)) + Self.bigEndian(UInt32(height))
            header += [8, 2, 0, 0, 0]  // 8-bit, RGB, deflate, adaptive filtering, no interlace
            Self.chunk("IHDR", header, into: &png)
            Self.chunk("IDAT", try compress(width: width, height: height, stride: stride, pixels: pixels), into: &png)
            Self.chunk("IEND", [], into: &png)
            return png
        }
    }

    /// The zlib stream of the scanlines (filter byte 0, then R, G, B per pixel).
    private func compress(width: Int, height: Int, stride: Int, pixels: UnsafeRawBufferPointer) throws -> [UInt8] {
        let rowBytes = 1 + width * 3
        // One spare byte: each pixel is stored as a 4-byte word whose last byte the next overwrites.
        let band = UnsafeMutablePointer<UInt8>.allocate(capacity: rowBytes * Self.bandRows + 1)
        defer { band.deallocate() }
        var stream = z_stream()
        guard deflateInit_(&stream, level, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw GraphicsError.unreadableImage("zlib could not start compressing a page")
        }
        defer { deflateEnd(&stream) }
        // Room for the worst case, so every call consumes its whole band.
        let bound = Int(deflateBound(&stream, uLong(rowBytes * height)))
        var failure: Int32?
        // Uninitialised capacity: only the pages zlib writes are ever touched.
        let output = [UInt8](unsafeUninitializedCapacity: bound) { out, count in
            stream.next_out = out.baseAddress
            stream.avail_out = uInt(bound)
            var y = 0
            repeat {
                let rows = min(Self.bandRows, height - y)
                for r in 0..<rows {
                    Self.convertRow(pixels.baseAddress! + (y + r) * stride, width: width, into: band + r * rowBytes)
                }
                y += rows
                let last = y == height
                stream.next_in = band
                stream.avail_in = uInt(rows * rowBytes)
                let status = deflate(&stream, last ? Z_FINISH : Z_NO_FLUSH)
                if status != (last ? Z_STREAM_END : Z_OK) || stream.avail_in != 0 { failure = status; break }
            } while y < height
            count = failure == nil ? Int(stream.total_out) : 0
        }
        if let failure { throw GraphicsError.unreadableImage("zlib could not compress a page (status \(failure))") }
        return output
    }

    /// One scanline: filter byte 0 (None), then each native-endian ARGB word as R, G, B.
    /// Alpha is dropped: pages are painted on opaque white. Written as overlapping 4-byte
    /// stores so the loop has no bounds checks and no byte shuffling.
    @inline(__always)
    static func convertRow(_ source: UnsafeRawPointer, width: Int, into row: UnsafeMutablePointer<UInt8>) {
        row.pointee = 0
        let out = UnsafeMutableRawPointer(row + 1)
        for x in 0..<width {
            let p = source.load(fromByteOffset: x &* 4, as: UInt32.self)
            let rgb = (p >> 16) & 0xff | (p & 0xff00) | (p & 0xff) << 16
            out.storeBytes(of: rgb.littleEndian, toByteOffset: x &* 3, as: UInt32.self)
        }
    }

    static func bigEndian(_ v: UInt32) -> [UInt8] {
        [UInt8(v >> 24), UInt8((v >> 16) & 0xff), UInt8((v >> 8) & 0xff), UInt8(v & 0xff)]
    }

    static func chunk(_ type: String, _ body: [UInt8], into png: inout [UInt8]) {
        let typeBytes = Array(type.utf8)
        png += bigEndian(UInt32(body.count))
        png += typeBytes
        png += body
        var crc = crc32(0, nil, 0)
        crc = typeBytes.withUnsafeBufferPointer { crc32(crc, $0.baseAddress, uInt($0.count)) }
        crc = body.withUnsafeBufferPointer { crc32(crc, $0.baseAddress, uInt($0.count)) }
        png += bigEndian(UInt32(crc))
    }
}
