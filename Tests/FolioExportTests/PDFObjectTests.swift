//! The in-process PDF reader and writer that replace qpdf in the post-processing step.

@testable import FolioExport
import FolioTestSupport
import Foundation
import XCTest

final class PDFObjectTests: XCTestCase {
    func parse(_ text: String) throws -> PDFValue {
        var lexer = PDFLexer(Array(text.utf8))
        return try lexer.value()
    }

    func testLexerReadsEverySyntaxCairoWrites() throws {
        let value = try parse("""
        << /Type /Page % 1
           /Name#20With#23Hash (a\\(b\\)c \\\\ (nested) \\101\\n)
           /Hex <48 65 6C6C 6F> /Real -0.75 /Int 42 /Ref 12 0 R /Arr [ 1 2 0 R /N true false null ]
           /Empty << >> /Gone null
        >>
        """)
        guard let dict = value.dict else { return XCTFail("not a dictionary: \(value)") }
        XCTAssertEqual(dict["Type"], .name("Page"))
        XCTAssertEqual(dict["Name With#Hash"], .string(Array("a(b)c \\ (nested) A\n".utf8)))
        XCTAssertEqual(dict["Hex"], .string(Array("Hello".utf8)))
        XCTAssertEqual(dict["Real"], .real("-0.75"))
        XCTAssertEqual(dict["Int"], .int(42))
        XCTAssertEqual(dict["Ref"], .ref(12, 0))
        XCTAssertEqual(dict["Arr"], .array([.int(1), .ref(2, 0), .name("N"), .bool(true), .bool(false), .null]))
        XCTAssertEqual(dict["Empty"], .dict(PDFDict()))
        XCTAssertNil(dict["Gone"], "a null entry is the same as no entry")
        XCTAssertEqual(dict.entries.map(\.key), ["Type", "Name With#Hash", "Hex", "Real", "Int", "Ref", "Arr", "Empty"])
    }

    func testWrittenValuesReadBackUnchanged() throws {
        let original = PDFValue.dict(PDFDict([
            ("Odd Name/(x)", .string([0x28, 0x29, 0x5C, 0x0D, 0x0A, 0x00, 0xFF])),
            ("Text", .text("深圳 Shenzhen")), ("Array", .array([.real("1.5"), .int(-3), .ref(7, 0), .null])),
        ]))
        var bytes: [UInt8] = []
        original.write(into: &bytes)
        var lexer = PDFLexer(bytes)
        XCTAssertEqual(try lexer.value(), original)
        XCTAssertEqual(PDFValue.text("深圳 Shenzhen").textValue, "深圳 Shenzhen")
        XCTAssertEqual(PDFValue.text("plain").string, Array("plain".utf8), "ASCII text stays one byte per character")
    }

    func testBrokenSyntaxIsAnErrorWithItsPosition() {
        XCTAssertThrowsError(try parse("<< /A (unterminated")) { XCTAssertTrue("\($0)".contains("unterminated string")) }
        XCTAssertThrowsError(try parse("[ 1 2")) { XCTAssertTrue("\($0)".contains("unterminated array")) }
        XCTAssertThrowsError(try parse("<< 3 4 >>")) { XCTAssertTrue("\($0)".contains("not a name")) }
        XCTAssertThrowsError(try PDFFile(bytes: Array("not a pdf".utf8))) { XCTAssertTrue("\($0)".contains("startxref")) }
    }

    /// A file from the writer alone (object streams, xref stream) is one qpdf and poppler accept.
    func testWriterOutputIsAValidPDF() throws {
        let content = Array("BT /F1 24 Tf 72 720 Td (Hello) Tj ET".utf8)
        let font = PDFDict([("Type", .name("Font")), ("Subtype", .name("Type1")), ("BaseFont", .name("Helvetica"))])
        let page = PDFDict([("Type", .name("Page")), ("Parent", .ref(2, 0)), ("MediaBox", .array([0, 0, 612, 792].map { .int($0) })),
                            ("Contents", .ref(4, 0)), ("Resources", .dict(PDFDict([("Font", .dict(PDFDict([("F1", .ref(5, 0))])))])))])
        let objects: [PDFObject?] = [
            nil,
            PDFObject(value: .dict(PDFDict([("Type", .name("Catalog")), ("Pages", .ref(2, 0))]))),
            PDFObject(value: .dict(PDFDict([("Type", .name("Pages")), ("Kids", .array([.ref(3, 0)])), ("Count", .int(1))]))),
            PDFObject(value: .dict(page)),
            PDFObject(value: .dict(PDFDict([("Filter", .name("FlateDecode"))])), stream: try Flate.deflate(content)),
            PDFObject(value: .dict(font)),
        ]
        let writer = PDFWriter(objects: objects, trailer: PDFDict([("Root", .ref(1, 0))]), objectsPerStream: 2)
        let bytes = try writer.write()
        XCTAssertEqual(bytes, try writer.write(), "same objects, same bytes")
        let url = try ExternalTools.temporaryDirectory().appendingPathComponent("written.pdf")
        try Data(bytes).write(to: url)
        let check = try ExternalTools.run("qpdf", ["--check", url.path])
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
        XCTAssertTrue(check.stdout.contains("No syntax or stream encoding errors"), check.stdout)
        let text = try ExternalTools.run("pdftotext", [url.path, "-"])
        XCTAssertEqual(text.stdout.trimmingCharacters(in: .whitespacesAndNewlines), "Hello")
    }

    func testFlateRoundTripsLargeStreams() throws {
        let data = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 * 7 % 251) }
        XCTAssertEqual(try Flate.inflate(try Flate.deflate(data)), data)
        XCTAssertThrowsError(try Flate.inflate([1, 2, 3, 4]))
    }
}

private extension PDFValue {
    var string: [UInt8]? { if case .string(let s) = self { return s } else { return nil } }
}
