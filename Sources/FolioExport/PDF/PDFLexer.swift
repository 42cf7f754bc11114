//! Reads PDF object syntax from bytes: enough of ISO 32000-1 §7.2–7.3 for the files Cairo writes.

/// A cursor over a PDF file's bytes that parses one object at a time.
struct PDFLexer {
    let bytes: [UInt8]
    var position: Int

    init(_ bytes: [UInt8], at position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    static func isWhitespace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0C || b == 0x00 }

    static func isDelimiter(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: "%"):
            return true
        default: return false
        }
    }

    private static func isRegular(_ b: UInt8) -> Bool { !isWhitespace(b) && !isDelimiter(b) }

    var atEnd: Bool { position >= bytes.count }

    /// Skips white space and comments.
    mutating func skipSpace() {
        while position < bytes.count {
            let b = bytes[position]
            if Self.isWhitespace(b) {
                position += 1
            } else if b == UInt8(ascii: "%") {
                while position < bytes.count, bytes[position] != 0x0A, bytes[position] != 0x0D { position += 1 }
            } else {
                return
            }
        }
    }

    /// The next run of regular characters (a keyword or number), without consuming it.
    func peekWord() -> ArraySlice<UInt8> {
        var end = position
        while end < bytes.count, Self.isRegular(bytes[end]) { end += 1 }
        return bytes[position..<end]
    }

    /// Consumes `word` if it is the next token.
    mutating func accept(_ word: String) -> Bool {
        skipSpace()
        if peekWord().elementsEqual(word.utf8) {
            position += word.utf8.count
            return true
        }
        return false
    }

    mutating func value() throws -> PDFValue {
        skipSpace()
        guard position < bytes.count else { throw PDFSyntaxError(position: position, problem: "unexpected end of file") }
        let b = bytes[position]
        switch b {
        case UInt8(ascii: "/"):
            position += 1
            return .name(name())
        case UInt8(ascii: "("):
            position += 1
            return .string(try literalString())
        case UInt8(ascii: "<"):
            if position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "<") {
                position += 2
                return .dict(try dictionary())
            }
            position += 1
            return .string(try hexString())
        case UInt8(ascii: "["):
            position += 1
            var items: [PDFValue] = []
            while true {
                skipSpace()
                guard position < bytes.count else { throw PDFSyntaxError(position: position, problem: "unterminated array") }
                if bytes[position] == UInt8(ascii: "]") { position += 1; return .array(items) }
                items.append(try value())
            }
        default:
            return try wordValue()
        }
    }

    private mutating func dictionary() throws -> PDFDict {
        var entries: [(String, PDFValue)] = []
        while true {
            skipSpace()
            guard position + 1 < bytes.count else { throw PDFSyntaxError(position: position, problem: "unterminated dictionary") }
            if bytes[position] == UInt8(ascii: ">"), bytes[position + 1] == UInt8(ascii: ">") {
                position += 2
                var dict = PDFDict()
                for (k, v) in entries where v != .null { dict[k] = v }
                return dict
            }
            guard bytes[position] == UInt8(ascii: "/") else {
                throw PDFSyntaxError(position: position, problem: "dictionary key is not a name")
            }
            position += 1
            let key = name()
            entries.append((key, try value()))
        }
    }

    private mutating func name() -> String {
        var out: [UInt8] = []
        while position < bytes.count, Self.isRegular(bytes[position]) {
            let b = bytes[position]
            if b == UInt8(ascii: "#"), position + 2 < bytes.count,
               let hi = Self.hexDigit(bytes[position + 1]), let lo = Self.hexDigit(bytes[position + 2]) {
                out.append(hi << 4 | lo)
                position += 3
            } else {
                out.append(b)
                position += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func literalString() throws -> [UInt8] {
        var out: [UInt8] = []
        var depth = 1
        while position < bytes.count {
            let b = bytes[position]
            position += 1
            switch b {
            case UInt8(ascii: "("):
                depth += 1
                out.append(b)
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return out }
                out.append(b)
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { break }
                let e = bytes[position]
                position += 1
                switch e {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case 0x0D:
                    if position < bytes.count, bytes[position] == 0x0A { position += 1 }
                case 0x0A: break
                case UInt8(ascii: "0")...UInt8(ascii: "7"):
                    var code = Int(e - UInt8(ascii: "0"))
                    for _ in 0..<2 {
                        guard position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(bytes[position]) else { break }
                        code = code * 8 + Int(bytes[position] - UInt8(ascii: "0"))
                        position += 1
                    }
                    out.append(UInt8(truncatingIfNeeded: code))
                default: out.append(e)
                }
            default:
                out.append(b)
            }
        }
        throw PDFSyntaxError(position: position, problem: "unterminated string")
    }

    private mutating func hexString() throws -> [UInt8] {
        var out: [UInt8] = []
        var high: UInt8?
        while position < bytes.count {
            let b = bytes[position]
            position += 1
            if b == UInt8(ascii: ">") {
                if let high { out.append(high << 4) }
                return out
            }
            guard let digit = Self.hexDigit(b) else {
                if Self.isWhitespace(b) { continue }
                throw PDFSyntaxError(position: position - 1, problem: "bad hex string digit")
            }
            if let h = high { out.append(h << 4 | digit); high = nil } else { high = digit }
        }
        throw PDFSyntaxError(position: position, problem: "unterminated hex string")
    }

    /// A number, a reference `n g R`, or a keyword (`true`, `false`, `null`).
    private mutating func wordValue() throws -> PDFValue {
        let word = peekWord()
        guard !word.isEmpty else { throw PDFSyntaxError(position: position, problem: "unexpected character") }
        let start = position
        position += word.count
        if word.elementsEqual("true".utf8) { return .bool(true) }
        if word.elementsEqual("false".utf8) { return .bool(false) }
        if word.elementsEqual("null".utf8) { return .null }
        guard let first = Self.integer(word) else {
            let text = String(decoding: word, as: UTF8.self)
            guard Double(text) != nil else { throw PDFSyntaxError(position: start, problem: "unknown keyword \(text)") }
            return .real(text)
        }
        // `n g R`: look ahead two words without consuming unless both match.
        let afterFirst = position
        skipSpace()
        if let generation = Self.integer(peekWord()), first >= 0 {
            position += peekWord().count
            skipSpace()
            if peekWord().elementsEqual("R".utf8) {
                position += 1
                return .ref(first, generation)
            }
        }
        position = afterFirst
        return .int(first)
    }

    private static func integer(_ word: ArraySlice<UInt8>) -> Int? {
        guard !word.isEmpty else { return nil }
        var value = 0
        var negative = false
        var index = word.startIndex
        if word[index] == UInt8(ascii: "-") || word[index] == UInt8(ascii: "+") {
            negative = word[index] == UInt8(ascii: "-")
            index += 1
            guard index < word.endIndex else { return nil }
        }
        while index < word.endIndex {
            let b = word[index]
            guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(b - UInt8(ascii: "0"))
            index += 1
        }
        return negative ? -value : value
    }

    private static func hexDigit(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return b - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return b - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}

/// A file that is not the PDF Cairo was expected to write.
struct PDFSyntaxError: Error, CustomStringConvertible {
    var position: Int
    var problem: String
    var description: String { "\(problem) at byte \(position)" }
}
