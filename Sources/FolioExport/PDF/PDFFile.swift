//! Random access to the objects of a PDF written by Cairo: cross-reference table, trailer, streams.

/// One indirect object as read: its value and, for a stream, the stream's raw (still encoded) bytes.
struct PDFObject: Sendable {
    var value: PDFValue
    var stream: [UInt8]?
}

/// Reads a PDF with a classic cross-reference table and no incremental updates — what Cairo
/// 1.16 writes. Objects are parsed when first asked for.
struct PDFFile {
    let bytes: [UInt8]
    let trailer: PDFDict
    /// Byte offset of each object by number; nil for free or missing numbers.
    private(set) var offsets: [Int?]

    init(bytes: [UInt8]) throws {
        self.bytes = bytes
        guard let startxref = Self.lastIndex(of: Array("startxref".utf8), in: bytes) else {
            throw PDFSyntaxError(position: bytes.count, problem: "no startxref")
        }
        var lexer = PDFLexer(bytes, at: startxref + 9)
        guard case .int(let xrefOffset) = try lexer.value(), xrefOffset >= 0, xrefOffset < bytes.count else {
            throw PDFSyntaxError(position: startxref, problem: "bad startxref offset")
        }
        lexer.position = xrefOffset
        guard lexer.accept("xref") else {
            throw PDFSyntaxError(position: xrefOffset, problem: "expected a cross-reference table (xref streams are not read)")
        }
        var offsets: [Int?] = []
        while true {
            lexer.skipSpace()
            if lexer.accept("trailer") { break }
            guard case .int(let first) = try lexer.value(), case .int(let count) = try lexer.value(),
                  first >= 0, count >= 0, first + count < 10_000_000 else {
                throw PDFSyntaxError(position: lexer.position, problem: "bad xref subsection")
            }
            if offsets.count < first + count { offsets += Array(repeating: nil, count: first + count - offsets.count) }
            for i in 0..<count {
                lexer.skipSpace()
                // Each entry is exactly 20 bytes: 10-digit offset, 5-digit generation, n or f.
                let p = lexer.position
                guard p + 18 <= bytes.count else { throw PDFSyntaxError(position: p, problem: "truncated xref entry") }
                var offset = 0
                for b in bytes[p..<(p + 10)] { offset = offset * 10 + Int(b &- 0x30) }
                if bytes[p + 17] == UInt8(ascii: "n") { offsets[first + i] = offset }
                lexer.position = p + 18
            }
        }
        guard case .dict(let trailer) = try lexer.value() else {
            throw PDFSyntaxError(position: lexer.position, problem: "trailer is not a dictionary")
        }
        if trailer["Prev"] != nil || trailer["Encrypt"] != nil {
            throw PDFSyntaxError(position: lexer.position, problem: "incremental updates and encryption are not read")
        }
        self.trailer = trailer
        self.offsets = offsets
    }

    /// The largest object number in use.
    var maxObjectNumber: Int { (offsets.lastIndex { $0 != nil }) ?? 0 }

    /// Parses object `number`; a stream's bytes are read with its `/Length` (direct or indirect).
    func object(_ number: Int) throws -> PDFObject {
        guard number > 0, number < offsets.count, let offset = offsets[number] else {
            throw PDFSyntaxError(position: 0, problem: "object \(number) is not in the file")
        }
        var lexer = PDFLexer(bytes, at: offset)
        guard case .int(number) = try lexer.value(), case .int = try lexer.value(), lexer.accept("obj") else {
            throw PDFSyntaxError(position: offset, problem: "object \(number) does not start where the xref says")
        }
        let value = try lexer.value()
        guard lexer.accept("stream") else { return PDFObject(value: value, stream: nil) }
        // The keyword is followed by CR LF or LF, then the data.
        if lexer.position < bytes.count, bytes[lexer.position] == 0x0D { lexer.position += 1 }
        if lexer.position < bytes.count, bytes[lexer.position] == 0x0A { lexer.position += 1 }
        guard let dict = value.dict, let length = try resolve(dict["Length"]).int, length >= 0,
              lexer.position + length <= bytes.count else {
            throw PDFSyntaxError(position: lexer.position, problem: "stream \(number) has no usable /Length")
        }
        return PDFObject(value: value, stream: Array(bytes[lexer.position..<(lexer.position + length)]))
    }

    /// The value of object `number`, or nil when it is not in the file.
    func value(_ number: Int) -> PDFValue? { try? object(number).value }

    /// Follows a reference (once); any other value is returned as it is.
    func resolve(_ value: PDFValue?) throws -> PDFValue {
        guard let value else { return .null }
        if case .ref(let n, _) = value { return try object(n).value }
        return value
    }

    private static func lastIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var i = haystack.count - needle.count
        let stop = max(0, haystack.count - 4096 - needle.count)
        while i >= stop {
            if haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i -= 1
        }
        return nil
    }
}
