//! Contents with real page numbers, outline, page labels, second layout without code change.

import FolioDocument
import FolioLayout
import FolioPage
import FolioTestSupport
import XCTest

final class DocumentFurnitureTests: XCTestCase {
    func chapteredDocument() -> Document {
        var sections = [Section(template: "front", runningTitle: "Contents", blocks: [.tableOfContents(TableOfContents(title: "Contents", maxLevel: 2))])]
        for c in 1...6 {
            var blocks: [Block] = [.heading(Heading(level: 1, content: [.text("Chapter \(c)")], id: "ch\(c)", spanAll: true))]
            for s in 1...3 {
                blocks.append(.heading(Heading(level: 2, content: [.text("Section \(c).\(s)")], id: "s\(c)-\(s)")))
                for p in 0..<(2 + c) { blocks.append(.paragraph(Paragraph(content: [.text(LayoutFixtures.paragraphText(p + s, sentences: 6))]))) }
            }
            sections.append(Section(template: "body", runningTitle: "Chapter \(c)", blocks: blocks))
        }
        return Document(info: DocumentInfo(title: "Chaptered"), sections: sections)
    }

    func testContentsPageNumbersAreWhereHeadingsLanded() throws {
        let result = try LayoutFixtures.layouter().layout(chapteredDocument())
        XCTAssertGreaterThanOrEqual(result.passes, 2)
        let toc = result.pages[0].textLines
        for c in 1...6 {
            let id = "ch\(c)"
            let pageIndex = try XCTUnwrap(result.headingPageIndex[id])
            let label = result.pages[pageIndex].label
            XCTAssertTrue(result.pages[pageIndex].textLines.contains { $0.text == "Chapter \(c)" })
            // The contents line for the chapter ends with that label.
            let entry = try XCTUnwrap(toc.first { $0.text == "Chapter \(c)" })
            let number = toc.map { ($0, $0.text.trimmingCharacters(in: .whitespaces)) }
                .filter { abs($0.0.origin.y - entry.origin.y) < 0.5 && Int($0.1) != nil }
            XCTAssertEqual(number.map(\.1), [label], "contents give the wrong page for Chapter \(c)")
        }
    }

    /// Sections converted on two threads before the first pass give the pages, contents and
    /// diagnostics of a layout on one thread (each worker has its own shaper and hyphenator).
    func testSectionsConvertedInParallelGiveTheSerialLayout() throws {
        var document = chapteredDocument()
        // A figure-free section with a missing glyph: its diagnostic must survive the worker.
        document.sections.append(Section(template: "body", runningTitle: "Notes", blocks: [
            .paragraph(Paragraph(content: [.text("A character no font has: \u{0F00}.")])),
        ]))
        let serial = try LayoutFixtures.layouter().layout(document)
        for _ in 0..<3 {
            let layouter = try LayoutFixtures.layouter()
            layouter.conversionWorkers = 2
            let parallel = layouter.layout(document)
            XCTAssertEqual(parallel.pages, serial.pages)
            XCTAssertEqual(parallel.headingPages, serial.headingPages)
            XCTAssertEqual(parallel.diagnostics.map(\.message), serial.diagnostics.map(\.message))
            XCTAssertTrue(parallel.diagnostics.contains { $0.message.contains("U+0F00") })
        }
    }

    /// Sections converted in the first pass are reused in later ones; what converting them
    /// reported (here a character no bundled font has) must still reach the result.
    func testDiagnosticsOfReusedSectionsSurviveTheLaterPasses() throws {
        var document = chapteredDocument()
        document.sections[3].blocks.append(.paragraph(Paragraph(content: [.text("A face: \u{1F600}.")])))
        let result = try LayoutFixtures.layouter().layout(document)
        XCTAssertGreaterThanOrEqual(result.passes, 2)
        let missing = result.diagnostics.filter { $0.severity == .error && $0.message.contains("U+1F600") }
        XCTAssertEqual(missing.count, 1, "\(result.diagnostics)")
    }

    func testPageReferencesAreResolvedAndLinked() throws {
        var document = chapteredDocument()
        document.sections[1].blocks.insert(.paragraph(Paragraph(content: [
            .text("The fifth chapter starts on page "), .pageReference("ch5"), .text("."),
        ])), at: 1)
        let result = try LayoutFixtures.layouter().layout(document)
        let target = try XCTUnwrap(result.headingPageIndex["ch5"])
        let label = result.pages[target].label
        // A line with a link is drawn in parts (the link's text is its own element): join them.
        let lines = result.pages.flatMap { page in
            Dictionary(grouping: page.textLines) { ($0.origin.y * 100).rounded() }.values
                .map { $0.sorted { $0.origin.x < $1.origin.x }.map(\.text).joined() }
        }
        XCTAssertTrue(lines.contains { $0.contains("The fifth chapter starts on page \(label).") }, "\(lines.prefix(12))")
        let links = result.pages.flatMap(\.items).compactMap { item -> String? in
            if case .link(_, .destination(let d)) = item { return d }; return nil
        }
        XCTAssertTrue(links.contains("ch5"))
    }

    func testOutlineMirrorsHeadings() throws {
        let result = try LayoutFixtures.layouter().layout(chapteredDocument())
        let outline = result.pages.flatMap { $0.items.compactMap { if case .outline(let e) = $0 { return e }; return nil } }
        XCTAssertEqual(outline.filter { $0.level == 1 }.map(\.title), (1...6).map { "Chapter \($0)" })
        XCTAssertEqual(outline.filter { $0.level == 2 }.count, 18)
    }

    func testFrontMatterIsNumberedInRomanAndBodyRestartsAtOne() throws {
        let result = try LayoutFixtures.layouter().layout(chapteredDocument())
        XCTAssertEqual(result.pages[0].label, "i")
        // Page 1 opens on a right-hand page: a blank verso (still roman) comes first.
        XCTAssertEqual(result.pages[1].label, "ii")
        XCTAssertTrue(result.pages[1].items.isEmpty)
        XCTAssertEqual(result.pages[2].label, "1")
    }

    func testSameDocumentLaysOutUnderTheLetterLayout() throws {
        let a4 = try LayoutFixtures.layouter("print.yaml").layout(chapteredDocument())
        let letter = try LayoutFixtures.layouter("letter.yaml").layout(chapteredDocument())
        XCTAssertEqual(letter.pages[0].size, Size.letter)
        XCTAssertNotEqual(a4.pages.count, letter.pages.count)
        // One column: every body line starts at the same left margin.
        let lefts = Set(letter.pages[3].textLines.filter { ($0.runs.first?.size ?? 0) >= 10 && $0.runs.first!.size < 11 }.map { Int($0.origin.x) })
        XCTAssertLessThanOrEqual(lefts.count, 2, "indented first lines aside, one column: \(lefts)")
        XCTAssertTrue(letter.diagnostics.filter { $0.severity == .error }.isEmpty)
    }
}
