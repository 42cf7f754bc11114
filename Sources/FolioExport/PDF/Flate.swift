//! zlib compression for PDF streams (`/FlateDecode`).

import CZlib

/// Compresses and decompresses PDF stream data with zlib.
enum Flate {
    static func deflate(_ input: [UInt8], level: Int32 = 1) throws -> [UInt8] {
        var bound = compressBound(uLong(input.count))
        var output = [UInt8](repeating: 0, count: Int(bound))
        let status = output.withUnsafeMutableBufferPointer { out in
            input.withUnsafeBufferPointer { inp in
                compress2(out.baseAddress, &bound, inp.baseAddress, uLong(input.count), level)
            }
        }
        guard status == Z_OK else { throw PDFSyntaxError(position: 0, problem: "zlib could not compress a stream (status \(status))") }
        output.removeSubrange(Int(bound)...)
        return output
    }

    /// Inflates a whole zlib stream, growing the buffer until it fits.
    static func inflate(_ input: [UInt8]) throws -> [UInt8] {
        var capacity = max(4096, input.count * 8)
        while capacity < 1 << 31 {
            var size = uLongf(capacity)
            var output = [UInt8](repeating: 0, count: capacity)
            let status = output.withUnsafeMutableBufferPointer { out in
                input.withUnsafeBufferPointer { inp in uncompress(out.baseAddress, &size, inp.baseAddress, uLong(input.count)) }
            }
            switch status {
            case Z_OK:
                output.removeSubrange(Int(size)...)
                return output
            case Z_BUF_ERROR:
                capacity *= 4
            default:
                throw PDFSyntaxError(position: 0, problem: "corrupt compressed stream (zlib status \(status))")
            }
        }
        throw PDFSyntaxError(position: 0, problem: "compressed stream too large")
    }
}
