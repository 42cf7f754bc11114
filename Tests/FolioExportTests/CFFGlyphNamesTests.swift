//! Glyph names read from CFF font programs, and the font dictionaries completed with them.

@testable import FolioExport
import FolioBuild
import FolioGraphics
import FolioLayout
import FolioPage
import FolioTestSupport
import Foundation
import XCTest

final class CFFGlyphNamesTests: XCTestCase {
    /// A minimal CFF: four glyphs named by a charset in `format`, one name from the String INDEX.
    func program(charsetFormat format: UInt8) -> [UInt8] {
        func index(_ items: [[UInt8]]) -> [UInt8] {
            var offsets = [1]
            for item in items { offsets.append(offsets.last! + item.count) }
            return [0, UInt8(items.count), 1] + offsets.map(UInt8.init) + items.flatMap { $0 }
        }
        func number(_ n: Int) -> [UInt8] { [28, UInt8(n >> 8), UInt8(n & 0xFF)] }
        let header: [UInt8] = [1, 0, 4, 1]
        let names = index([Array("Test".utf8)])
        let strings = index([Array("custom.name".utf8)])
        let globalSubrs: [UInt8] = [0, 0]
        // string ids: space 1, exclam 2, custom.name 391
        let charset: [UInt8] = switch format {
        case 0: [0, 0, 1, 0, 2, 0x01, 0x87]
        case 1: [1, 0, 1, 1, 0x01, 0x87, 0]
        default: [2, 0, 1, 0, 1, 0x01, 0x87, 0, 0]
        }
        let charStrings = index([[14], [14], [14], [14]])
        let topSize = 2 + 1 + 2 + 8  // an INDEX of one 8-byte DICT
        let charsetOffset = header.count + names.count + topSize + strings.count + globalSubrs.count
        let top = index([number(charsetOffset) + [15] + number(charsetOffset + charset.count) + [17]])
        XCTAssertEqual(top.count, topSize)
        return header + names + top + strings + globalSubrs + charset + charStrings
    }

    func testReadsNamesFromEachCharsetFormat() throws {
        for format: UInt8 in [0, 1, 2] {
            XCTAssertEqual(try CFFGlyphNames.read(program(charsetFormat: format)), [".notdef", "space", "exclam", "custom.name"],
                           "charset format \(format)")
        }
    }

    func testDamagedProgramsAreErrors() {
        let good = program(charsetFormat: 1)
        XCTAssertThrowsError(try CFFGlyphNames.read(Array(good.prefix(30))))
        XCTAssertThrowsError(try CFFGlyphNames.read([2, 0, 4, 1] + good.dropFirst(4)), "a CFF2 header is refused")
        var unknownFormat = good
        unknownFormat[good.count - 12 - 7] = 7  // before the charset (7 bytes) and the CharStrings INDEX (12)
        XCTAssertThrowsError(try CFFGlyphNames.read(unknownFormat)) { error in
            XCTAssertTrue("\(error)".contains("unknown charset format 7"), "\(error)")
        }
    }

    /// The demo as written: Cairo's Type 1 (CFF) fonts get a /CharSet naming every glyph of
    /// their program, its TrueType CIDFonts `/CIDToGIDMap /Identity`.
    func testFontDictionariesAreCompleteInAWrittenPDF() throws {
        let shaper = TextShaper(fontSet: try FontSet(directory: TestResources.fontDirectory))
        let spec = try LayoutSpecLoader.load(path: TestResources.layoutPath("print.yaml"))
        let document = DemoDocument.make(creationDate: 1_700_000_000)
        let pages = DocumentLayouter(spec: spec, shaper: shaper, hyphenator: try Hyphenator()).layout(document).pages
        let path = try ExternalTools.temporaryDirectory().appendingPathComponent("demo.pdf").path
        try PDFExporter().export(pages, info: document.info, to: path)

        // qpdf writes the objects out of their object streams, for `PDFFile` to read.
        let plain = path + ".plain.pdf"
        XCTAssertEqual(try ExternalTools.run("qpdf", ["--object-streams=disable", path, plain]).status, 0)
        let file = try PDFFile(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: plain))))
        let objects = try (1...file.maxObjectNumber).map { n in file.offsets.indices.contains(n) && file.offsets[n] != nil ? try file.object(n) : nil }
        func object(_ ref: PDFValue?) -> PDFObject? { ref?.ref.flatMap { objects.indices.contains($0 - 1) ? objects[$0 - 1] : nil } }
        let fonts = objects.compactMap { $0?.value.dict }.filter { $0["Type"]?.name == "Font" }
        let trueTypeCIDFonts = fonts.filter { $0["Subtype"]?.name == "CIDFontType2" }
        let type1Fonts = fonts.filter { $0["Subtype"]?.name == "Type1" }
        XCTAssertFalse(trueTypeCIDFonts.isEmpty, "the demo should show a glyph outside WinAnsi in Noto Serif")
        XCTAssertFalse(type1Fonts.isEmpty, "the demo should show WinAnsi text in Inter")
        for font in trueTypeCIDFonts {
            XCTAssertEqual(font["CIDToGIDMap"], .name("Identity"), "\(font["BaseFont"]?.name ?? "?")")
        }
        for font in type1Fonts {
            let descriptor = try XCTUnwrap(object(font["FontDescriptor"])?.value.dict)
            let charSet = try XCTUnwrap(descriptor["CharSet"]?.textValue, "\(font["BaseFont"]?.name ?? "?") has no /CharSet")
            let program = try XCTUnwrap(object(descriptor["FontFile3"])?.stream)
            let names = try CFFGlyphNames.read(try Flate.inflate(program))
            XCTAssertGreaterThan(names.count, 1)
            XCTAssertEqual(charSet, names.dropFirst().map { "/" + $0 }.joined(), "\(font["BaseFont"]?.name ?? "?")")
        }
    }
}
