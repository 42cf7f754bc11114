//! Tagged PDF and print-ready output, checked the way a reader or print shop would: the
//! structure tree (`pdfinfo -struct-text`, `qpdf --json`), metadata and page boxes.

import FolioBuild
import FolioDocument
import FolioExport
import FolioGraphics
import FolioLayout
import FolioPage
import FolioTestSupport
import Foundation
import XCTest

final class TaggedPDFTests: XCTestCase {
    func layout(_ document: Document) throws -> [Page] {
        let shaper = TextShaper(fontSet: try FontSet(directory: TestResources.fontDirectory))
        let spec = try LayoutSpecLoader.load(path: TestResources.layoutPath("print.yaml"))
        return DocumentLayouter(spec: spec, shaper: shaper, hyphenator: try Hyphenator()).layout(document).pages
    }

    func export(_ document: Document, pages: [Page]? = nil, tagged: Bool = true) throws -> String {
        let path = try ExternalTools.temporaryDirectory().appendingPathComponent("doc.pdf").path
        try PDFExporter(tagged: tagged).export(try pages ?? layout(document), info: document.info, to: path)
        return path
    }

    /// The element names of `pdfinfo -struct-text`, indented two spaces per level.
    func structure(_ path: String) throws -> [(depth: Int, role: String)] {
        let out = try ExternalTools.run("pdfinfo", ["-struct-text", path])
        XCTAssertEqual(out.status, 0, out.stderr)
        return out.stdout.split(separator: "\n").compactMap { line in
            let trimmed = line.drop(while: { $0 == " " })
            // Skip text, object lines and attribute lines ("/Scope /Column"); "TH:" has attributes.
            guard let first = trimmed.first, first != "\"", first != "/", !trimmed.hasPrefix("Object") else { return nil }
            let role = trimmed.split(separator: " ")[0]
            return ((line.count - trimmed.count) / 2, String(role.hasSuffix(":") ? role.dropLast() : role))
        }
    }

    /// Every object of the PDF as qpdf's JSON (stream data left out).
    func objects(_ path: String) throws -> [String: Any] {
        let out = try ExternalTools.run("qpdf", ["--json=2", "--json-key=qpdf", "--json-stream-data=none", path])
        let json = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as! [String: Any]
        return (json["qpdf"] as! [Any])[1] as! [String: Any]
    }

    func elements(_ objects: [String: Any], role: String) -> [[String: Any]] {
        objects.values.compactMap { ($0 as? [String: Any])?["value"] as? [String: Any] }.filter { $0["/S"] as? String == role }
    }

    func testDemoStructureIsInReadingOrder() throws {
        let (pages, info) = try demo()
        let path = try export(Document(info: info, sections: []), pages: pages)
        let tree = try structure(path)
        XCTAssertEqual(tree.first?.role, "Document")
        XCTAssertEqual(tree.filter { $0.role.hasPrefix("H") && $0.role.count == 2 }.map(\.role), ["H1", "H2", "H2", "H2"],
                       "headings in reading order")
        let text = try ExternalTools.run("pdfinfo", ["-struct-text", path]).stdout
        let order = ["A demonstration of Folio", "\"Text\"", "A table and a shape"].map { text.range(of: $0)?.lowerBound }
        XCTAssertFalse(order.contains(nil), text)
        XCTAssertEqual(order.compactMap { $0 }, order.compactMap { $0 }.sorted(), "headings out of order")
        // Tables: a caption, header cells as TH, data as TD, every cell inside a row.
        let roles = tree.map(\.role)
        XCTAssertTrue(roles.contains("Table") && roles.contains("TH") && roles.contains("TD"), "\(roles)")
        for (i, e) in tree.enumerated() where e.role == "TH" || e.role == "TD" {
            let parent = tree[..<i].last { $0.depth == e.depth - 1 }
            XCTAssertEqual(parent?.role, "TR")
        }
        // The footnote mark is a Reference element holding its link.
        let reference = try XCTUnwrap(tree.firstIndex { $0.role == "Reference" }, "no Reference element: \(roles)")
        XCTAssertEqual(tree[reference - 1].role == "P" || tree[..<reference].last { $0.depth == tree[reference].depth - 1 }?.role == "P", true)
        let children = tree[(reference + 1)...].prefix { $0.depth > tree[reference].depth }.filter { $0.depth == tree[reference].depth + 1 }
        XCTAssertTrue(children.contains { $0.role == "Link" }, "the Reference element lacks its link: \(children)")
        // Every Link element holds its annotation and its text (PDF/UA 7.18.5).
        let lines = text.components(separatedBy: "\n")
        let linkLines = lines.indices.filter { lines[$0].trimmingCharacters(in: .whitespaces) == "Link (inline)" }
        // Three links, one of them broken across two lines: one Link element per line.
        XCTAssertEqual(linkLines.count, 4, text)
        for i in linkLines where i + 2 < lines.count {
            XCTAssertTrue(lines[i + 1].contains("Object "), "link element without its annotation: \(lines[i...(i + 2)])")
            let linkText = lines[i + 2].trimmingCharacters(in: .whitespaces)
            XCTAssertTrue(linkText.count > 2 && linkText.hasPrefix("\""), "link element without text: \(lines[i...(i + 2)])")
        }
        // No artifact placeholder left in the tree; Chinese text is a Span in zh.
        XCTAssertFalse(roles.contains("Private"))
        let all = try objects(path)
        let figures = elements(all, role: "/Figure")
        XCTAssertFalse(figures.isEmpty)
        for f in figures {
            XCTAssertNotNil(f["/Alt"], "figure without alt text: \(f)")
            // The figure's area on the page: inside the A4 page, and the drawn chart's size (90 pt tall).
            let box = ((f["/A"] as? [String: Any])?["/BBox"] as? [Any])?.compactMap { ($0 as? NSNumber)?.doubleValue } ?? []
            XCTAssertEqual(box.count, 4, "figure without a bounding box: \(f)")
            guard box.count == 4 else { continue }
            XCTAssertTrue(box[0] >= 0 && box[1] >= 0 && box[2] <= 595.3 && box[3] <= 841.9, "\(box)")
            XCTAssertEqual(box[3] - box[1], 90, accuracy: 0.01, "\(box)")
            XCTAssertGreaterThan(box[2] - box[0], 100, "\(box)")
        }
        let links = all.values.compactMap { ($0 as? [String: Any])?["value"] as? [String: Any] }
            .filter { $0["/Subtype"] as? String == "/Link" }
        XCTAssertFalse(links.isEmpty)
        for l in links { XCTAssertTrue((l["/Contents"] as? String)?.hasPrefix("u:Link to ") ?? false, "link without a description: \(l)") }
        let headers = elements(all, role: "/TH")
        XCTAssertFalse(headers.isEmpty)
        // Four column headers (Rank, City, Economic strength, Total) and the city of each of the three rows.
        let scopes = headers.map { (($0["/A"] as? [String: Any])?["/Scope"] as? String) ?? "none" }
        XCTAssertEqual(scopes.filter { $0 == "/Column" }.count, 4, "\(scopes)")
        XCTAssertEqual(scopes.filter { $0 == "/Row" }.count, 3, "\(scopes)")
        XCTAssertEqual(scopes.count, 7, "a header cell without scope: \(scopes)")
        XCTAssertFalse(elements(all, role: "/Span").filter { $0["/Lang"] as? String == "u:zh" }.isEmpty, "no zh span")
        // Furniture is marked content of type Artifact, outside the tree; nothing refers to a placeholder.
        let qdf = try ExternalTools.run("qpdf", ["--qdf", "--object-streams=disable", path, "-"]).stdout
        XCTAssertTrue(qdf.contains("/Artifact BMC"), "no artifacts in the content stream")
        XCTAssertFalse(qdf.contains("/Private"), "artifact placeholders left in the file")
    }

    /// Every text and painting operator of every page sits inside marked content: a structure
    /// element's or an artifact's (PDF/UA: no content outside the tree except artifacts).
    func testNoContentOutsideTheTreeOrArtifacts() throws {
        let (pages, info) = try demo()
        let path = try export(Document(info: info, sections: []), pages: pages)
        let qdf = try ExternalTools.run("qpdf", ["--qdf", "--object-streams=disable", path, "-"]).stdout
        let chunks = qdf.components(separatedBy: "%% Contents for page").dropFirst()
        XCTAssertEqual(chunks.count, pages.count)
        var painted = 0
        for chunk in chunks {
            guard let start = chunk.range(of: "stream\n"), let end = chunk.range(of: "endstream") else { continue }
            var depth = 0
            for line in chunk[start.upperBound..<end.lowerBound].split(separator: "\n") {
                let t = line.trimmingCharacters(in: .whitespaces)
                if t.hasSuffix("BDC") || t.hasSuffix("BMC") { depth += 1; continue }
                if t == "EMC" { depth -= 1; continue }
                let last = t.split(separator: " ").last.map(String.init) ?? ""
                let paints = t.hasSuffix("Tj") || t.hasSuffix("TJ") || ["f", "f*", "S", "B", "B*", "b", "b*"].contains(last)
                guard paints else { continue }
                painted += 1
                XCTAssertGreaterThan(depth, 0, "content outside marked content: \(t.prefix(60))")
            }
        }
        XCTAssertGreaterThan(painted, 20)
    }

    func testCatalogHasLanguageTitleDisplayAndXMP() throws {
        let (pages, info) = try demo()
        let path = try export(Document(info: info, sections: []), pages: pages)
        let all = try objects(path)
        let catalog = all.values.compactMap { ($0 as? [String: Any])?["value"] as? [String: Any] }
            .first { $0["/Type"] as? String == "/Catalog" }
        XCTAssertEqual(catalog?["/Lang"] as? String, "u:en")
        XCTAssertEqual((catalog?["/ViewerPreferences"] as? [String: Any])?["/DisplayDocTitle"] as? Bool, true)
        XCTAssertEqual((catalog?["/MarkInfo"] as? [String: Any])?["/Marked"] as? Bool, true)
        let xmp = try ExternalTools.run("pdfinfo", ["-meta", path]).stdout
        XCTAssertTrue(xmp.contains("<rdf:li xml:lang=\"x-default\">Folio demonstration</rdf:li>"), xmp)
        XCTAssertTrue(xmp.contains("<rdf:li>en</rdf:li>"), xmp)
        XCTAssertTrue(xmp.contains("<xmp:CreateDate>2023-11-14T22:13:20Z</xmp:CreateDate>"), xmp)
        let check = try ExternalTools.run("qpdf", ["--check", path])
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
    }

    /// A paragraph long enough to run from the first column into the second (and a list, and
    /// a running head that must stay out of the tree).
    func testParagraphSplitAcrossColumnsIsOneElement() throws {
        let sentence = "Cities that score well on one dimension tend to score well on the next, and the exceptions are where the story is. "
        let long = Paragraph(content: [.text(String(repeating: sentence, count: 40))])
        let list = ListBlock(ordered: true, items: [[.paragraph(Paragraph(content: [.text("First point")]))],
                                                    [.paragraph(Paragraph(content: [.text("Second point")]))]])
        let document = Document(info: DocumentInfo(title: "Split test", creationDate: 0), sections: [
            Section(template: "body", runningTitle: "Running head", blocks: [
                .heading(Heading(level: 1, content: [.text("Split paragraph")], id: "split")),
                .paragraph(long), .list(list),
            ]),
        ])
        let pages = try layout(document)
        // The paragraph really is split: its lines sit in both columns of page 1.
        let xs = Set(pages[0].textLines.filter { $0.width > 100 }.map { ($0.origin.x / 100).rounded() })
        XCTAssertGreaterThan(xs.count, 1, "the paragraph should fill two columns")
        let path = try export(document, pages: pages)
        let tree = try structure(path)
        XCTAssertEqual(tree.map(\.role), ["Document", "Sect", "H1", "P", "L", "LI", "Lbl", "LBody", "P", "LI", "Lbl", "LBody", "P"])
        let text = try ExternalTools.run("pdfinfo", ["-struct-text", path]).stdout
        XCTAssertFalse(text.contains("Running head"), "running heads are artifacts")
    }

    /// Three chapters, each from a new page, drawn in runs on two threads and joined: the
    /// structure tree with its text, the links between chapters (across runs) and the outline
    /// are those of the file drawn in one run, and the file is valid.
    func testDocumentDrawnInRunsJoinsIntoTheSameStructure() throws {
        var sections: [Section] = []
        for c in 1...3 {
            let next = c % 3 + 1
            sections.append(Section(template: "body", runningTitle: "Chapter \(c)", blocks: [
                .heading(Heading(level: 1, content: [.text("Chapter \(c)")], id: "ch\(c)")),
                .paragraph(Paragraph(content: [.text("Chapter \(c) refers to "), .link([.text("chapter \(next)")], .destination("ch\(next)")),
                                               .text(". " + String(repeating: "Scores and ranks of cities. ", count: 30))])),
                .pageBreak,
            ]))
        }
        let document = Document(info: DocumentInfo(title: "Runs", creationDate: 0), sections: sections)
        let pages = try layout(document)
        let dir = try ExternalTools.temporaryDirectory()
        func export(runs: Int, workers: Int, to name: String) throws -> String {
            let path = dir.appendingPathComponent(name).path
            try PDFExporter(runs: runs, workers: workers).export(pages, info: document.info, to: path)
            return path
        }
        let joined = try export(runs: 2, workers: 2, to: "joined.pdf"), single = try export(runs: 1, workers: 2, to: "single.pdf")
        // Two runs really were drawn: each has its own subset of the body font.
        let fonts = try ExternalTools.run("pdffonts", [joined]).stdout
        XCTAssertGreaterThan(fonts.components(separatedBy: "NotoSerif-Regular").count - 1,
                             try ExternalTools.run("pdffonts", [single]).stdout.components(separatedBy: "NotoSerif-Regular").count - 1)
        let check = try ExternalTools.run("qpdf", ["--check", joined])
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
        func text(_ path: String) throws -> [Substring] {
            try ExternalTools.run("pdfinfo", ["-struct-text", path]).stdout.split(separator: "\n").filter { !$0.contains("Object ") }
        }
        let tree = try text(joined)
        XCTAssertEqual(tree, try text(single))
        XCTAssertEqual(try ParentTreeCheck.problems(single), [])
        XCTAssertEqual(try ParentTreeCheck.problems(joined), [])
        XCTAssertEqual(tree.filter { $0.trimmingCharacters(in: .whitespaces) == "Sect" }.count, 3)
        XCTAssertEqual(try ExternalTools.run("pdfinfo", ["-dests", joined]).stdout, try ExternalTools.run("pdfinfo", ["-dests", single]).stdout)
        let outline = try ExternalTools.run("qpdf", ["--json", "--json-key=outlines", joined]).stdout
        for c in 1...3 { XCTAssertTrue(outline.contains("\"Chapter \(c)\""), "outline lacks chapter \(c)") }
        // The same bytes every time, and whether the runs are drawn on one thread or two.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: joined))
        XCTAssertEqual(bytes, try Data(contentsOf: URL(fileURLWithPath: export(runs: 2, workers: 2, to: "again.pdf"))))
        XCTAssertEqual(bytes, try Data(contentsOf: URL(fileURLWithPath: export(runs: 2, workers: 1, to: "one-thread.pdf"))))
    }

    /// Untagged output (`FOLIO_PDF_TAGS=0`) keeps only the one `Document` element that
    /// Cairo 1.16 needs for valid link annotations.
    func testUntaggedExportHasOnlyTheDocumentElement() throws {
        let (pages, info) = try demo()
        let path = try export(Document(info: info, sections: []), pages: pages, tagged: false)
        XCTAssertEqual(try structure(path).map(\.role).filter { $0 != "Link" }, ["Document"])
        XCTAssertEqual(try ExternalTools.run("qpdf", ["--check", path]).status, 0)
    }

    func testPrintReadyPagesHaveBleedTrimAndMarks() throws {
        let (pages, info) = try demo()
        let setup = PrintSetup(trim: "A4", bleed: Length(parsing: "3mm")!, cropMarks: true)
        let print = PrintPreparer.prepare(pages, setup: setup)
        let path = try export(Document(info: info, sections: []), pages: print)
        let out = try ExternalTools.run("pdfinfo", ["-box", "-f", "1", "-l", "1", path]).stdout
        func box(_ name: String) -> [Double] {
            let line = out.split(separator: "\n").first { $0.hasPrefix("Page    1 \(name):") }.map(String.init) ?? ""
            return line.split(separator: " ").compactMap { Double($0) }.suffix(4).map { ($0 * 10).rounded() / 10 }
        }
        let mm = 72 / 25.4, slug = 6 * mm + 3 * mm
        let w = 595.276, h = 841.89
        XCTAssertEqual(box("MediaBox"), [0, 0, w + 2 * slug, h + 2 * slug].map { ($0 * 10).rounded() / 10 }, out)
        XCTAssertEqual(box("BleedBox"), [6 * mm, 6 * mm, w + 6 * mm + 6 * mm, h + 6 * mm + 6 * mm].map { ($0 * 10).rounded() / 10 }, out)
        XCTAssertEqual(box("TrimBox"), [slug, slug, w + slug, h + slug].map { ($0 * 10).rounded() / 10 }, out)
        // Crop marks: hairlines outside the bleed, in line with the trim edges.
        let marks = print[0].items.compactMap { item -> Shape? in if case .shape(let s) = item, s.stroke?.width == 0.25 { return s }; return nil }
        XCTAssertEqual(marks.count, 8)
        let bleed = print[0].printBoxes!.bleed
        for m in marks { XCTAssertFalse(m.path.bounds.insetBy(0.01).intersects(bleed), "mark inside the bleed: \(m.path.bounds)") }
    }

    func testFullBleedFillsExtendIntoTheBleed() {
        let page = Page(size: Size(width: 100, height: 200), items: [
            .shape(Shape(path: .rect(Rect(x: 0, y: 0, width: 100, height: 40)), fill: Color(red: 1, green: 0, blue: 0))),
            .shape(Shape(path: .rect(Rect(x: 10, y: 50, width: 20, height: 20)), fill: Color(red: 0, green: 1, blue: 0))),
        ])
        let out = PrintPreparer.prepare(page, setup: PrintSetup(bleed: 5, cropMarks: false))
        XCTAssertEqual(out.size, Size(width: 110, height: 210))
        guard case .shape(let band) = out.items[0], case .shape(let box) = out.items[1] else { return XCTFail() }
        XCTAssertEqual(band.path.bounds, Rect(x: 0, y: 0, width: 110, height: 45), "band reaches the bleed on three sides")
        XCTAssertEqual(box.path.bounds, Rect(x: 15, y: 55, width: 20, height: 20), "inner shapes only move")
    }

    func demo() throws -> ([Page], DocumentInfo) {
        let document = DemoDocument.make(creationDate: 1_700_000_000)
        return (try layout(document), document.info)
    }
}

private extension Rect {
    func insetBy(_ d: Double) -> Rect { Rect(x: minX + d, y: minY + d, width: width - 2 * d, height: height - 2 * d) }
}

extension TaggedPDFTests {
    /// Ghostscript turns the print-ready demo into PDF/X-3 with a CMYK output intent.
    func testGhostscriptWritesPDFXWithOutputIntent() throws {
        guard PDFXConverter.isAvailable else { throw XCTSkip("ghostscript is not installed") }
        let (pages, info) = try demo()
        let print = PrintPreparer.prepare(pages, setup: PrintSetup(bleed: Length(parsing: "3mm")!))
        let dir = try ExternalTools.temporaryDirectory()
        let rgb = dir.appendingPathComponent("print.pdf").path, cmyk = dir.appendingPathComponent("pdfx.pdf").path
        try PDFExporter().export(print, info: info, to: rgb)
        try PDFXConverter().convert(rgb, to: cmyk, title: info.title)
        XCTAssertEqual(try ExternalTools.run("qpdf", ["--check", cmyk]).status, 0)
        let objects = try ExternalTools.run("qpdf", ["--json=2", "--json-key=qpdf", "--json-stream-data=none", cmyk]).stdout
        XCTAssertTrue(objects.contains("\"/S\": \"/GTS_PDFX\""), "no PDF/X output intent")
        XCTAssertTrue(objects.contains("PDF/X-3:2002"))
        XCTAssertTrue(objects.contains("/DeviceCMYK") || objects.contains("/DestOutputProfile"))
        let boxes = try ExternalTools.run("pdfinfo", ["-box", "-f", "1", "-l", "1", cmyk]).stdout
        let trim = boxes.split(separator: "\n").first { $0.contains("TrimBox:") }.map { $0.split(separator: " ").suffix(4).joined(separator: " ") }
        XCTAssertEqual(trim, "25.51 25.51 620.79 867.40", "Ghostscript keeps the trim box: \(boxes)")
    }
}
