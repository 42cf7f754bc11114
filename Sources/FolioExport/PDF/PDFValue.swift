//! The PDF object syntax (ISO 32000-1 §7.3) as values, and writing them back as bytes.

/// One PDF object: what the post-processor reads from Cairo's file and writes back.
/// Reals keep their source text so an unchanged number is written exactly as Cairo wrote it.
indirect enum PDFValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case real(String)
    case name(String)
    case string([UInt8])
    case array([PDFValue])
    case dict(PDFDict)
    case ref(Int, Int)

    /// A text string: PDFDocEncoding-compatible ASCII as is, anything else as UTF-16BE with a BOM.
    static func text(_ s: String) -> PDFValue {
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return .string(Array(s.utf8)) }
        var bytes: [UInt8] = [0xFE, 0xFF]
        for unit in s.utf16 { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        return .string(bytes)
    }

    var dict: PDFDict? { if case .dict(let d) = self { return d } else { return nil } }
    var array: [PDFValue]? { if case .array(let a) = self { return a } else { return nil } }
    var name: String? { if case .name(let n) = self { return n } else { return nil } }
    var int: Int? { if case .int(let i) = self { return i } else { return nil } }
    /// The object number of a reference.
    var ref: Int? { if case .ref(let n, _) = self { return n } else { return nil } }

    /// A text string decoded for reading (UTF-16BE with BOM, else byte = code point).
    var textValue: String? {
        guard case .string(let bytes) = self else { return nil }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            let units = stride(from: 2, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
            return String(decoding: units, as: UTF16.self)
        }
        return String(bytes.map { Character(Unicode.Scalar($0)) })
    }

    /// The bytes of this value in PDF syntax.
    func write(into out: inout [UInt8]) {
        switch self {
        case .null: out += Array("null".utf8)
        case .bool(let b): out += Array((b ? "true" : "false").utf8)
        case .int(let i): out += Array(String(i).utf8)
        case .real(let text): out += Array(text.utf8)
        case .name(let n): Self.writeName(n, into: &out)
        case .string(let bytes): Self.writeString(bytes, into: &out)
        case .ref(let n, let g): out += Array("\(n) \(g) R".utf8)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(0x20) }
                item.write(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .dict(let d): d.write(into: &out)
        }
    }

    static func writeName(_ name: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "/"))
        for b in name.utf8 {
            if b > 0x20, b < 0x7F, b != UInt8(ascii: "#"), !PDFLexer.isDelimiter(b) {
                out.append(b)
            } else {
                out += Array("#".utf8) + hex(b)
            }
        }
    }

    /// A literal string with only the bytes that must be escaped escaped; binary bytes pass as is.
    static func writeString(_ bytes: [UInt8], into out: inout [UInt8]) {
        out.append(UInt8(ascii: "("))
        for b in bytes {
            switch b {
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), b]
            case 0x0D: out += Array("\\r".utf8)
            case 0x0A: out += Array("\\n".utf8)
            default: out.append(b)
            }
        }
        out.append(UInt8(ascii: ")"))
    }

    private static func hex(_ b: UInt8) -> [UInt8] {
        let digits = Array("0123456789ABCDEF".utf8)
        return [digits[Int(b >> 4)], digits[Int(b & 0xF)]]
    }
}

/// A dictionary that keeps its keys in the order they were read or added, so a rewritten
/// object has the same bytes on every run.
struct PDFDict: Equatable, Sendable {
    private(set) var entries: [(key: String, value: PDFValue)] = []

    init(_ entries: [(String, PDFValue)] = []) {
        for (k, v) in entries { self[k] = v }
    }

    subscript(key: String) -> PDFValue? {
        get { entries.first { $0.key == key }?.value }
        set {
            if let i = entries.firstIndex(where: { $0.key == key }) {
                if let newValue { entries[i].value = newValue } else { entries.remove(at: i) }
            } else if let newValue {
                entries.append((key, newValue))
            }
        }
    }

    static func == (a: PDFDict, b: PDFDict) -> Bool {
        a.entries.count == b.entries.count && zip(a.entries, b.entries).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }

    func write(into out: inout [UInt8]) {
        out += Array("<<".utf8)
        for (key, value) in entries {
            PDFValue.writeName(key, into: &out)
            out.append(0x20)
            value.write(into: &out)
        }
        out += Array(">>".utf8)
    }
}
