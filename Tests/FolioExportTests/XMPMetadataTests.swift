//! The XMP packet and the /Info dictionary the PDF rewrite writes.

@testable import FolioExport
import FolioPage
import XCTest

final class XMPMetadataTests: XCTestCase {
    let info = DocumentInfo(title: "Cities & <Towns>", author: "Folio editors", subject: "Scores", creator: "Folio",
                            language: "en", creationDate: 1_764_000_000)

    func metadata(claims: Bool) -> XMPMetadata {
        XMPMetadata(info: info, date: 1_764_000_000, producer: "cairo 1.16.0", claimsConformance: claims)
    }

    func testTaggedFileClaimsPDFA2aAndPDFUA1AndDescribesThePDFUASchema() {
        let packet = metadata(claims: true).packet()
        for expected in ["<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>A</pdfaid:conformance>", "<pdfuaid:part>1</pdfuaid:part>",
                         "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>",
                         "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>", "<pdfaProperty:name>part</pdfaProperty:name>"] {
            XCTAssertTrue(packet.contains(expected), "missing \(expected) in\n\(packet)")
        }
    }

    func testUntaggedFileClaimsNothing() {
        let packet = metadata(claims: false).packet()
        XCTAssertFalse(packet.contains("pdfaid"), packet)
        XCTAssertFalse(packet.contains("pdfuaid"), packet)
        XCTAssertTrue(packet.contains("<dc:title>"), packet)
    }

    /// PDF/A wants /Info and XMP to agree: same title, author, subject, tools and instant.
    func testInfoDictionaryMirrorsThePacket() {
        let m = metadata(claims: true)
        let packet = m.packet()
        let dict = m.infoDictionary()
        XCTAssertEqual(dict["Title"]?.textValue, "Cities & <Towns>")
        XCTAssertTrue(packet.contains(">Cities &amp; &lt;Towns&gt;<"), "the title is escaped in XML: \(packet)")
        XCTAssertEqual(dict["Author"]?.textValue, "Folio editors")
        XCTAssertTrue(packet.contains("<rdf:li>Folio editors</rdf:li>"), packet)
        XCTAssertEqual(dict["Subject"]?.textValue, "Scores")
        XCTAssertTrue(packet.contains("<rdf:li xml:lang=\"x-default\">Scores</rdf:li></rdf:Alt></dc:description>"), packet)
        XCTAssertEqual(dict["Producer"]?.textValue, "cairo 1.16.0")
        XCTAssertTrue(packet.contains("<pdf:Producer>cairo 1.16.0</pdf:Producer>"), packet)
        XCTAssertEqual(dict["CreationDate"]?.textValue, "D:20251124160000Z")
        XCTAssertEqual(dict["ModDate"]?.textValue, "D:20251124160000Z")
        XCTAssertTrue(packet.contains("<xmp:CreateDate>2025-11-24T16:00:00Z</xmp:CreateDate>"), packet)
        XCTAssertTrue(packet.contains("<xmp:ModifyDate>2025-11-24T16:00:00Z</xmp:ModifyDate>"), packet)
    }

    /// PDF/A forbids the `bytes` and `encoding` attributes in the packet header.
    func testPacketHeaderHasOnlyBeginAndID() {
        let first = metadata(claims: true).packet().split(separator: "\n").first.map(String.init) ?? ""
        XCTAssertEqual(first, "<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>")
    }
}
