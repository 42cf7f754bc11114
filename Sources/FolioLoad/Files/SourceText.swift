//! One input file as checked text: size-limited, UTF-8, BOM stripped, line ends normalised.

import Foundation

/// The text of one edition file, ready for a parser. `path` is the display path used in
/// messages (`cities-2025/cities.csv`); line ends are `\n` whatever the file used.
struct SourceText {
    let path: String
    /// Path inside the edition folder, e.g. `scores/economic-strength.csv`.
    let relative: String
    let text: String
}

extension SourceText {
    /// Decodes file bytes, reporting what an editor can fix: BOM (warning), UTF-16, invalid
    /// UTF-8 and control characters (errors, with the line).
    static func decode(_ data: Data, path: String, relative: String, sink: inout DiagnosticSink) -> SourceText? {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            sink.error("file is UTF-16 encoded; save it as UTF-8", path, 1)
            return nil
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            sink.warning("file starts with a byte order mark (BOM); ignored, but save it as UTF-8 without BOM", path, 1)
            bytes.removeFirst(3)
        }
        if let bad = firstInvalidUTF8(bytes) {
            let line = 1 + bytes[..<bad].filter { $0 == 0x0A }.count
            sink.error("file is not valid UTF-8 (byte 0x\(String(bytes[bad], radix: 16, uppercase: true)) at byte \(bad)); save it as UTF-8", path, line)
            return nil
        }
        var text = String(decoding: bytes, as: UTF8.self)
        // A byte test: Foundation's `String.contains` searched slowly on Linux.
        if bytes.contains(0x0D) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        if let (scalar, line) = firstControlCharacter(text) {
            let code = String(scalar.value, radix: 16, uppercase: true)
            let padded = String(repeating: "0", count: max(0, 4 - code.count)) + code
            sink.error("control character U+\(padded) in the text; remove it", path, line)
            return nil
        }
        return SourceText(path: path, relative: relative, text: text)
    }

    /// Offset of the first byte that does not start or continue a valid UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s):
                offset += UTF8.width(s)
            case .emptyInput:
                return nil
            case .error:
                return min(offset, bytes.count - 1)
            }
        }
    }

    /// C0 controls other than tab and line feed, DEL and C1 controls: invisible in an editor
    /// and never meant in edition text.
    static func firstControlCharacter(_ text: String) -> (Unicode.Scalar, Int)? {
        var line = 1
        for s in text.unicodeScalars {
            if s == "\n" { line += 1; continue }
            if s == "\t" { continue }
            if s.value < 0x20 || s.value == 0x7F || (0x80...0x9F).contains(s.value) { return (s, line) }
        }
        return nil
    }
}
