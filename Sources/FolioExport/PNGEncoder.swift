//! PNG encoding of rendered pages with a fast zlib level: Cairo's writer always uses
//! libpng's default compression, which made encoding most of the cost of a PNG page.

import CZlib
import FolioGraphics

/// Encodes an opaque Cairo ARGB32 image as an 8-bit RGB PNG (filter "Up", zlib level 2 by
/// default: ~3× faster than Cairo's writer for a few per cent larger files).
struct PNGEncoder {
    var level: Int32 = 2

    func encode(_ surface: CairoSurface) throws -> [UInt8] {
        let (width, height, stride, data) = surface.pixels()
        let rowBytes = width * 3
        // Raw scanlines: a filter byte then RGB triples. Filter Up (2) subtracts the row above.
        var raw = [UInt8](repeating: 0, count: (rowBytes + 1) * height)
        var previous = [UInt8](repeating: 0, count: rowBytes)
        var current = [UInt8](repeating: 0, count: rowBytes)
        data.withUnsafeBufferPointer { src in
            raw.withUnsafeMutableBufferPointer { dst in
                for y in 0..<height {
                    let row = y * stride
                    for x in 0..<width {
                        // Cairo ARGB32 is native-endian: B, G, R, A in memory on little-endian machines.
                        let p = row + x * 4
                        current[x * 3] = src[p + 2]
                        current[x * 3 + 1] = src[p + 1]
                        current[x * 3 + 2] = src[p]
                    }
                    let out = y * (rowBytes + 1)
                    dst[out] = 2
                    for i in 0..<rowBytes { dst[out + 1 + i] = current[i] &- previous[i] }
                    swap(&previous, &current)
                }
            }
        }
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var header: [UInt8] = []
        header += Self.bigEndian(UInt32(width)) + Self.bigEndian(UInt32(height))
        header += [8, 2, 0, 0, 0]  // 8-bit, RGB, deflate, adaptive filtering, no interlace
        Self.chunk("IHDR", header, into: &png)
        Self.chunk("IDAT", try deflate(raw), into: &png)
        Self.chunk("IEND", [], into: &png)
        return png
    }

    private func deflate(_ input: [UInt8]) throws -> [UInt8] {
        var bound = compressBound(uLong(input.count))
        var output = [UInt8](repeating: 0, count: Int(bound))
        let status = output.withUnsafeMutableBufferPointer { out in
            input.withUnsafeBufferPointer { inp in
                compress2(out.baseAddress, &bound, inp.baseAddress, uLong(input.count), level)
            }
        }
        guard status == Z_OK else { throw GraphicsError.unreadableImage("zlib could not compress a page (status \(status))") }
        output.removeSubrange(Int(bound)...)
        return output
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
