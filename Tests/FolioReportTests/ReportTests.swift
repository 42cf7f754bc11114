//! The print edition: page count, text layer of every scoring table, contents, outline, links.

import FolioBuild
import FolioCompose
@testable import FolioExport
import FolioModel
import FolioPage
import FolioTestSupport
import Foundation
import XCTest

final class ReportTests: XCTestCase {
    /// Writes the report PDF once for the text-layer tests, drawn in runs of pages on two
    /// threads and joined, as `folio build --formats pdf` writes it.
    nonisolated(unsafe) static var pdfPath: String?

    func reportPDF() throws -> String {
        if let p = Self.pdfPath { return p }
        let output = try ReportFixture.output()
        let dir = try ExternalTools.temporaryDirectory("report")
        let path = dir.appendingPathComponent("report.pdf").path
        try PDFExporter(workers: 2).export(output.pages, info: output.info, to: path)
        XCTAssertGreaterThan(PageRuns.stable(output.pages, closedAtStart: StructureWriter.scan(output.pages).closedAtStart).count, 1,
                             "the report is drawn in several runs")
        Self.pdfPath = path
        return path
    }

    /// The joined PDF says what a PDF drawn in one run says: text, named destinations and
    /// where they lead, outline, structure tree; every link names a destination that exists.
    func testReportDrawnInRunsMatchesOneRun() throws {
        let output = try ReportFixture.output()
        let joined = try reportPDF()
        let single = try ExternalTools.temporaryDirectory("report-single").appendingPathComponent("report.pdf").path
        try PDFExporter(runs: 1).export(output.pages, info: output.info, to: single)
        func run(_ tool: String, _ args: [String]) throws -> String { try ExternalTools.run(tool, args).stdout }
        XCTAssertEqual(try run("qpdf", ["--check", joined]).contains("No syntax or stream encoding errors"), true)
        // Text in reading order, not `-layout`: each run makes its own font subsets, and Cairo puts a
        // glyph into the WinAnsi or the CID subset by its first use in the run, which moves glyphs by
        // up to 0.07 pt and can shift `-layout`'s column spacing by a character (seen when chart
        // content moved the split between runs).
        XCTAssertEqual(try run("pdftotext", [joined, "-"]), try run("pdftotext", [single, "-"]))
        let dests = try run("pdfinfo", ["-dests", joined])
        XCTAssertEqual(dests, try run("pdfinfo", ["-dests", single]))
        // Structure trees: the same elements and attributes; only object numbers differ. (The
        // text inside elements is compared on a smaller document in TaggedPDFTests: poppler
        // takes 13 s to print it for the report.)
        func structure(_ path: String) throws -> [Substring] {
            try run("pdfinfo", ["-struct", path]).split(separator: "\n").filter { !$0.contains("Object ") }
        }
        let elements = try structure(joined)
        XCTAssertGreaterThan(elements.count, 5000)
        XCTAssertEqual(elements, try structure(single))
        XCTAssertEqual(try ParentTreeCheck.problems(joined), [])
        // Outline entries: titles and the pages they open, in order.
        func outline(_ path: String) throws -> [String] {
            let json = try JSONSerialization.jsonObject(with: Data(try run("qpdf", ["--json", "--json-key=outlines", path]).utf8)) as! [String: Any]
            var entries: [String] = []
            func walk(_ items: [[String: Any]]) {
                for item in items {
                    entries.append("\(item["title"] ?? "") → \(item["destpageposfrom1"] ?? "none")")
                    walk(item["kids"] as? [[String: Any]] ?? [])
                }
            }
            walk(json["outlines"] as? [[String: Any]] ?? [])
            return entries
        }
        let entries = try outline(joined)
        XCTAssertEqual(entries.count, 214)
        XCTAssertEqual(entries, try outline(single))
        XCTAssertFalse(entries.contains { $0.hasSuffix("none") }, "an outline entry leads nowhere")
        // Every link annotation's destination is one of the document's named destinations.
        let json = try JSONSerialization.jsonObject(with: Data(try run("qpdf", ["--json=2", "--json-key=qpdf", joined]).utf8)) as! [String: Any]
        let objects = (json["qpdf"] as! [Any])[1] as! [String: Any]
        let linkTargets = objects.values.compactMap { o -> String? in
            guard let value = (o as? [String: Any])?["value"] as? [String: Any], value["/Subtype"] as? String == "/Link" else { return nil }
            return (value["/Dest"] as? String).map { String($0.dropFirst(2)) }
        }
        XCTAssertGreaterThan(linkTargets.count, 50)
        for target in Set(linkTargets) { XCTAssertTrue(dests.contains("\"\(target)\""), "link to \(target) has no destination") }
    }

    func testPageCountIsStableAndLayoutIsClean() throws {
        let output = try ReportFixture.output()
        XCTAssertEqual(output.pages.count, 106, "the default edition's page count changed; check the pages and update")
        let findings = output.layout.diagnostics
        XCTAssertTrue(findings.isEmpty, findings.map(\.description).joined(separator: "\n"))
    }

    func testEveryScoreOfEveryTableIsInTheTextLayerInItsRow() throws {
        let edition = try ReportFixture.edition()
        let text = try ExternalTools.run("pdftotext", ["-layout", try reportPDF(), "-"]).stdout
        let lines = text.split(separator: "\n").map(String.init)
        var checked = 0
        let names = edition.cities.map(\.name).sorted { $0.count > $1.count }
        func parse(_ line: String) -> (rank: Int, city: String, numbers: [Int])? {
            // Names print with a typographic apostrophe (Xi’an); the edition spells them with '.
            let trimmed = line.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{2019}", with: "'")
            // A figure kept as published carries a note letter ("1,062a"); the figure is what counts.
            func figure(_ s: Substring) -> Int? { Int(String(s.reversed().drop { $0.isLowercase }.reversed()).replacingOccurrences(of: ",", with: "")) }
            guard let firstSpace = trimmed.firstIndex(of: " "), let rank = figure(trimmed[..<firstSpace]) else { return nil }
            let rest = trimmed[firstSpace...].trimmingCharacters(in: .whitespaces)
            guard let name = names.first(where: { rest.hasPrefix($0 + " ") }) else { return nil }
            let numbers = rest.dropFirst(name.count).split(separator: " ").compactMap(figure)
            return (rank, name, numbers)
        }
        for d in edition.dimensions {
            guard let start = lines.firstIndex(where: { $0.contains("\(d.name) scoring table") }) else {
                XCTFail("no scoring table for \(d.name) in the text layer"); continue
            }
            let table = edition.table(d.slug)!
            var found: [String: [Int]] = [:]
            for line in lines[start...].prefix(160) {
                guard let row = parse(line), row.numbers.count == d.variables.count + 1 else { continue }
                let slug = edition.cities.first { $0.name == row.city }!.slug
                if found[slug] == nil { found[slug] = [row.rank] + row.numbers }
            }
            for r in table.rows {
                XCTAssertEqual(found[r.city], [r.rank] + r.scores + [r.total], "\(d.name): row of \(r.city)")
                checked += r.scores.count
            }
        }
        XCTAssertEqual(checked, edition.cities.count * edition.dimensions.count * 5)
        // The overall table: ten published dimension totals and the total.
        let start = try XCTUnwrap(lines.firstIndex { $0.contains("Overall scoring table") })
        var overall: [String: [Int]] = [:]
        for line in lines[start...].prefix(200) {
            guard let row = parse(line), row.numbers.count == edition.dimensions.count + 1 else { continue }
            let slug = edition.cities.first { $0.name == row.city }!.slug
            if overall[slug] == nil { overall[slug] = [row.rank] + row.numbers }
        }
        for r in edition.overall.rows {
            XCTAssertEqual(overall[r.city], [r.rank] + r.dimensionTotals + [r.total], "overall: row of \(r.city)")
        }
    }

    func testContentsPageNumbersPointAtTheHeadings() throws {
        let output = try ReportFixture.output()
        let pdf = try reportPDF()
        let edition = try ReportFixture.edition()
        for d in edition.dimensions {
            let id = ReportIDs.chapter(d.slug)
            let index = try XCTUnwrap(output.layout.headingPageIndex[id])
            let page = try ExternalTools.run("pdftotext", ["-f", "\(index + 1)", "-l", "\(index + 1)", pdf, "-"]).stdout
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
            XCTAssertTrue(page.contains(d.name), "\(d.name) is not on PDF page \(index + 1)")
            // The contents page lists it with the same label.
            let label = output.pages[index].label
            let contents = output.pages[1].textLines.map { $0.text.trimmingCharacters(in: .whitespaces) }
            XCTAssertTrue(contents.contains(d.name) && contents.contains(label), "contents lack \(d.name) … \(label)")
        }
    }

    func testOutlineHasChaptersAndObservations() throws {
        let json = try ExternalTools.run("qpdf", ["--json", "--json-key=outlines", try reportPDF()]).stdout
        let edition = try ReportFixture.edition()
        for d in edition.dimensions { XCTAssertTrue(json.contains("\"\(d.name)\""), "outline lacks \(d.name)") }
        for o in edition.observations {
            let escaped = o.title.replacingOccurrences(of: "\"", with: "\\\"")
            XCTAssertTrue(json.contains(escaped), "outline lacks \(o.title)")
        }
    }

    func testFootnoteMarksLinkToTheReferencesPage() throws {
        let output = try ReportFixture.output()
        let references = try XCTUnwrap(output.layout.headingPageIndex["references"])
        let anchors = output.pages[references...].flatMap { $0.items }.compactMap { item -> String? in
            if case .anchor(let name, _) = item { return name }; return nil
        }
        let links = output.pages.flatMap { $0.items }.compactMap { item -> String? in
            if case .link(_, .destination(let d)) = item, d.hasPrefix("ref-") { return d }; return nil
        }
        XCTAssertGreaterThan(links.count, 20)
        for l in Set(links) { XCTAssertTrue(anchors.contains(l), "footnote link \(l) has no destination on the references pages") }
    }

    func testPDFIsValidEmbedsFontsAndIsSmall() throws {
        let pdf = try reportPDF()
        XCTAssertEqual(try ExternalTools.run("qpdf", ["--check", pdf]).status, 0)
        let fonts = try ExternalTools.run("pdffonts", [pdf]).stdout.split(separator: "\n").dropFirst(2)
        for line in fonts {
            let cols = line.split(separator: " ")
            XCTAssertEqual(cols[cols.count - 5], "yes", "not embedded: \(line)")
        }
        let size = try FileManager.default.attributesOfItem(atPath: pdf)[.size] as! Int
        XCTAssertLessThan(size, 10_000_000)
    }
}

/// Page geometry of the print edition: a reader opening the book finds page 1 and every odd
/// folio on a right-hand page, and every chapter opening on one, after a blank verso if needed.
final class PageParityTests: XCTestCase {
    func testOddFoliosAndChapterOpenersFallOnRightHandPages() throws {
        let output = try ReportFixture.output()
        let arabic = output.pages.enumerated().compactMap { i, p in Int(p.label).map { (index: i, folio: $0) } }
        XCTAssertEqual(arabic.first?.folio, 1)
        for page in arabic {
            // Index 0 (the cover) is a right-hand page, so right-hand pages have even indices.
            XCTAssertEqual(page.folio % 2 == 1, page.index % 2 == 0, "folio \(page.folio) at PDF page \(page.index + 1)")
        }
        let edition = try ReportFixture.edition()
        for d in edition.dimensions {
            let index = try XCTUnwrap(output.layout.headingPageIndex[ReportIDs.chapter(d.slug)])
            XCTAssertEqual(index % 2, 0, "\(d.name) opens on PDF page \(index + 1), a left-hand page")
            // A blank verso before an opener is truly blank: no running head, no folio.
            if output.pages[index - 1].textLines.isEmpty {
                XCTAssertTrue(output.pages[index - 1].items.isEmpty, "the blank verso before \(d.name) is empty")
            }
        }
    }
}
