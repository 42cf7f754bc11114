//! Checks an image file before it is used: only well-formed PNG and JPEG files are accepted.

import Foundation
import FolioModel

/// A checked image file: its format, bytes and size in pixels.
struct ImageFile {
    var format: ProseImage.Format
    var bytes: [UInt8]
    var width: Int
    var height: Int
}

/// Why an image file is refused (one line, lower case).
struct ImageProblem: Error {
    var message: String
}

/// Decides whether a file may be used as an image. Folio accepts PNG and JPEG: SVG can pull
/// in external files and entities, so it is refused rather than sanitised, and other formats
/// are not drawn by the exporters. The check reads the PNG chunk structure (signature,
/// `IHDR` fields, every chunk's length and CRC, at least one `IDAT`, a final `IEND`) or the
/// JPEG markers up to the frame header (size, 1 or 3 components) and the end marker, so a
/// truncated or damaged file is an error with the Markdown line, not a broken page. The
/// compressed pixel data itself is decoded only when the page is drawn.
enum ImageFileCheck {
    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    static let jpegSignature: [UInt8] = [0xFF, 0xD8, 0xFF]

    /// nil when the file is a usable image, else what is wrong.
    static func problem(at link: URL) -> String? {
        if case .failure(let p) = read(at: link) { return p.message }
        return nil
    }

    /// The checked file, or what is wrong with it.
    static func read(at link: URL) -> Result<ImageFile, ImageProblem> {
        let fm = FileManager.default
        let url = link.resolvingSymlinksInPath()
        func fail(_ m: String) -> Result<ImageFile, ImageProblem> { .failure(ImageProblem(message: m)) }
        guard let attributes = try? fm.attributesOfItem(atPath: url.path) else { return fail("cannot read the file") }
        if let type = attributes[.type] as? FileAttributeType, type != .typeRegular {
            return fail(type == .typeDirectory ? "is a folder, not an image file" : "is not a regular file")
        }
        let size = attributes[.size] as? Int ?? 0
        if size > LoadLimits.maxImageBytes {
            return fail("file is \(size) bytes; the limit is \(LoadLimits.maxImageBytes) bytes (5 MB)")
        }
        guard let data = fm.contents(atPath: url.path) else { return fail("cannot read the file (permission denied or I/O error)") }
        let bytes = [UInt8](data)
        let name = link.lastPathComponent.lowercased()
        if bytes.starts(with: pngSignature) {
            if let p = pngProblem(bytes) { return fail(p) }
            func u32(_ i: Int) -> Int { Int(bytes[i]) << 24 | Int(bytes[i + 1]) << 16 | Int(bytes[i + 2]) << 8 | Int(bytes[i + 3]) }
            return .success(ImageFile(format: .png, bytes: bytes, width: u32(16), height: u32(20)))
        }
        if bytes.starts(with: jpegSignature) {
            if name.hasSuffix(".png") { return fail("is a JPEG file named .png; rename it to .jpg") }
            switch jpegSize(bytes) {
            case .success(let (w, h)): return .success(ImageFile(format: .jpeg, bytes: bytes, width: w, height: h))
            case .failure(let p): return .failure(p)
            }
        }
        return fail("\(format(of: bytes, name: link.lastPathComponent)); only PNG and JPEG images are supported")
    }

    /// Width and height from a JPEG's frame header, after checking the markers before it.
    static func jpegSize(_ bytes: [UInt8]) -> Result<(Int, Int), ImageProblem> {
        func fail(_ m: String) -> Result<(Int, Int), ImageProblem> { .failure(ImageProblem(message: "corrupt JPEG: " + m)) }
        guard bytes.count >= 4, bytes[bytes.count - 2] == 0xFF, bytes[bytes.count - 1] == 0xD9 else {
            return fail("no end marker; the file is truncated")
        }
        var offset = 2
        while offset + 4 <= bytes.count {
            guard bytes[offset] == 0xFF else { return fail("expected a marker at byte \(offset)") }
            let marker = bytes[offset + 1]
            if marker == 0xFF { offset += 1; continue }
            let length = Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3])
            guard length >= 2, offset + 2 + length <= bytes.count else { return fail("segment at byte \(offset) runs past the end of the file") }
            // Start-of-frame markers (baseline, progressive…), not DHT, JPG or DAC.
            if (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker) {
                guard length >= 8 else { return fail("frame header too short") }
                let height = Int(bytes[offset + 5]) << 8 | Int(bytes[offset + 6])
                let width = Int(bytes[offset + 7]) << 8 | Int(bytes[offset + 8])
                let components = Int(bytes[offset + 9])
                guard width > 0, height > 0 else { return fail("width or height is zero") }
                guard width <= LoadLimits.maxImagePixels, height <= LoadLimits.maxImagePixels else {
                    return .failure(ImageProblem(message: "image is \(width)×\(height) pixels; the limit is \(LoadLimits.maxImagePixels) per side"))
                }
                guard components == 1 || components == 3 else {
                    return .failure(ImageProblem(message: "JPEG with \(components) colour components (CMYK?); save it as RGB or greyscale"))
                }
                return .success((width, height))
            }
            if marker == 0xDA { break }
            offset += 2 + length
        }
        return fail("no frame header before the image data")
    }

    /// A name for a file that is not PNG, so the message says what was found.
    static func format(of bytes: [UInt8], name: String) -> String {
        let head = String(decoding: bytes.prefix(512), as: UTF8.self).lowercased()
        if name.lowercased().hasSuffix(".svg") || head.contains("<svg") {
            return "is an SVG file, which can reference external files and is never loaded; export it as PNG"
        }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return "is a JPEG file" }
        if bytes.starts(with: Array("GIF8".utf8)) { return "is a GIF file" }
        if name.lowercased().hasSuffix(".png") { return "is not a valid PNG file (wrong signature)" }
        return "is not a PNG file"
    }

    /// Walks the chunks of a file that starts with the PNG signature.
    static func pngProblem(_ bytes: [UInt8]) -> String? {
        func u32(_ i: Int) -> UInt32 {
            UInt32(bytes[i]) << 24 | UInt32(bytes[i + 1]) << 16 | UInt32(bytes[i + 2]) << 8 | UInt32(bytes[i + 3])
        }
        var offset = pngSignature.count
        var index = 0
        var sawData = false
        while offset < bytes.count {
            guard offset + 12 <= bytes.count else { return "corrupt PNG: truncated chunk at byte \(offset)" }
            let length = Int(u32(offset))
            let type = String(decoding: bytes[offset + 4 ..< offset + 8], as: UTF8.self)
            guard length <= bytes.count - offset - 12 else { return "corrupt PNG: chunk \"\(type)\" runs past the end of the file (truncated?)" }
            let body = offset + 8 ..< offset + 8 + length
            if CRC32.checksum(bytes[offset + 4 ..< body.upperBound]) != u32(body.upperBound) {
                return "corrupt PNG: checksum of chunk \"\(type)\" does not match"
            }
            if index == 0 {
                guard type == "IHDR", length == 13 else { return "corrupt PNG: the first chunk is not a header (IHDR)" }
                if let problem = headerProblem(width: u32(body.lowerBound), height: u32(body.lowerBound + 4),
                                               fields: Array(bytes[body.lowerBound + 8 ..< body.upperBound])) {
                    return problem
                }
            }
            if type == "IDAT" { sawData = true }
            if type == "IEND" {
                return sawData ? nil : "corrupt PNG: no image data (IDAT)"
            }
            offset = body.upperBound + 4
            index += 1
        }
        return "corrupt PNG: no end chunk (IEND); the file is truncated"
    }

    private static func headerProblem(width: UInt32, height: UInt32, fields: [UInt8]) -> String? {
        guard width > 0, height > 0 else { return "corrupt PNG: width or height is zero" }
        guard width <= LoadLimits.maxImagePixels, height <= LoadLimits.maxImagePixels else {
            return "image is \(width)×\(height) pixels; the limit is \(LoadLimits.maxImagePixels) per side"
        }
        let depth = fields[0], colour = fields[1]
        let allowed: [UInt8: [UInt8]] = [0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16]]
        guard let depths = allowed[colour], depths.contains(depth) else {
            return "corrupt PNG: colour type \(colour) with bit depth \(depth) is not valid"
        }
        guard fields[2] == 0, fields[3] == 0, fields[4] <= 1 else { return "corrupt PNG: unknown compression, filter or interlace method" }
        return nil
    }
}

/// CRC-32 as PNG uses it (ISO 3309, polynomial 0xEDB88320).
enum CRC32 {
    static let table: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}
