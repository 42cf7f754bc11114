//! Layouts that keep sections between edits (`folio watch`) give the pages of a fresh layout.

import FolioDocument
import FolioLayout
import FolioPage
import XCTest

final class PlacementMemoTests: XCTestCase {
    /// A report-like document on facing pages: a cover, the contents, a foreword, chapters that
    /// open on right-hand pages with a continuing section after one of them, and back matter.
    /// `chapterParagraphs` sets each chapter's length; `titles` the chapters' headings.
    private func document(chapterParagraphs: [Int], titles: [String], word: String = "cities") -> Document {
        func paragraphs(_ n: Int, seed: Int) -> [Block] {
            (0..<n).map { .paragraph(Paragraph(content: [.text(LayoutFixtures.paragraphText(seed * 100 + $0, sentences: 5))])) }
        }
        var sections = [
            Section(template: "cover", runningTitle: "", blocks: [.paragraph(Paragraph(content: [.text("Cover")]))]),
            Section(template: "front", runningTitle: "Contents", blocks: [.tableOfContents(TableOfContents())]),
            Section(template: "front", runningTitle: "Foreword", blocks: [
                .heading(Heading(level: 1, content: [.text("Foreword")], id: "foreword")),
                .paragraph(Paragraph(content: [.text("The \(word) of this edition.")])),
            ]),
        ]
        for (c, count) in chapterParagraphs.enumerated() {
            sections.append(Section(template: "body", runningTitle: titles[c], start: .rightPage, blocks: [
                .heading(Heading(level: 1, content: [.text(titles[c])], id: "chapter-\(c)", spanAll: true)),
            ] + paragraphs(count, seed: c)))
            if c == 0 {
                sections.append(Section(template: "body", runningTitle: titles[c], start: .continuous, blocks: [
                    .heading(Heading(level: 2, content: [.text("Scores")], id: "scores-\(c)")),
                    .table(LayoutFixtures.table(rows: 30)),
                ]))
            }
        }
        sections.append(Section(template: "wide", runningTitle: "About", blocks: [
            .heading(Heading(level: 1, content: [.text("About")], id: "about")),
        ] + paragraphs(3, seed: 99)))
        return Document(info: DocumentInfo(title: "Memo test"), sections: sections)
    }

    func testLayoutsAfterEditsWithTheMemoEqualFreshLayouts() throws {
        let memo = SectionMemo()
        let titles = ["Economy", "Mobility", "Culture"]
        let edits: [(name: String, document: Document)] = [
            ("first layout", document(chapterParagraphs: [12, 14, 10], titles: titles)),
            ("a word in the foreword", document(chapterParagraphs: [12, 14, 10], titles: titles, word: "towns")),
            ("the last chapter a page longer", document(chapterParagraphs: [12, 14, 28], titles: titles, word: "towns")),
            ("and two more pages", document(chapterParagraphs: [12, 14, 46], titles: titles, word: "towns")),
            ("a middle chapter longer", document(chapterParagraphs: [12, 30, 46], titles: titles, word: "towns")),
            ("a chapter title in the contents", document(chapterParagraphs: [12, 30, 46], titles: ["Economy", "Transport and mobility", "Culture"], word: "towns")),
            ("back to the start", document(chapterParagraphs: [12, 14, 10], titles: titles)),
        ]
        var pageCounts: [Int] = []
        var keptAny = false
        for edit in edits {
            let remembering = try LayoutFixtures.layouter()
            remembering.sectionMemo = memo
            let kept = remembering.layout(edit.document)
            let fresh = try LayoutFixtures.layouter().layout(edit.document)
            XCTAssertEqual(kept.pages.count, fresh.pages.count, edit.name)
            for (i, (a, b)) in zip(kept.pages, fresh.pages).enumerated() where a != b {
                XCTFail("\(edit.name): page \(i + 1) differs from a fresh layout's")
            }
            XCTAssertEqual(kept.headingPages, fresh.headingPages, edit.name)
            XCTAssertEqual(kept.headingPageIndex, fresh.headingPageIndex, edit.name)
            XCTAssertEqual(kept.diagnostics, fresh.diagnostics, edit.name)
            XCTAssertEqual(kept.blankPages, fresh.blankPages, edit.name)
            XCTAssertEqual(kept.sectionStartPages, fresh.sectionStartPages, edit.name)
            XCTAssertEqual(kept.passes, fresh.passes, edit.name)
            // Pages of the last chapter: from its heading to the section after it (no blank between).
            pageCounts.append((fresh.headingPageIndex["about"] ?? 0) - (fresh.headingPageIndex["chapter-2"] ?? 0))
            if edit.name != "first layout" { keptAny = keptAny || kept.keptPlacements.contains(where: { $0 > 3 }) }
        }
        // The edits did what they are named for: the chapter grew by a page (moving the section
        // after it to pages of the other hand), then by two more (back to the first hand).
        XCTAssertEqual(pageCounts[2], pageCounts[1] + 1)
        XCTAssertEqual(pageCounts[3], pageCounts[2] + 2)
        XCTAssertTrue(keptAny, "sections after an edit kept their placement at least once")
    }

    /// Within one layout, the second pass (for the contents) takes every section whose start did
    /// not move from the first, and a fresh layout gives the same pages with or without a memo.
    func testTheContentsPassKeepsTheOtherSectionsPlacements() throws {
        let doc = document(chapterParagraphs: [6, 8, 6], titles: ["One", "Two", "Three"])
        let result = try LayoutFixtures.layouter().layout(doc)
        XCTAssertEqual(result.passes, 2)
        let citing = Set(doc.sections.indices.filter { s in doc.sections[s].blocks.contains { $0.containsPageReference } })
        XCTAssertEqual(citing, [1])
        XCTAssertEqual(result.keptPlacements, Set(doc.sections.indices).subtracting(citing))
    }

    /// A narrative edit changes only the edited section's key: the figures of the other sections
    /// hash as the values they draw.
    func testEqualFiguresAreEqualBlocks() {
        let a = Block.figure(Figure(content: ImageFigure(source: .png([1, 2, 3]), pixelWidth: 10, pixelHeight: 10, altText: "A"), height: 40, id: "f"))
        let b = Block.figure(Figure(content: ImageFigure(source: .png([1, 2, 3]), pixelWidth: 10, pixelHeight: 10, altText: "A"), height: 40, id: "f"))
        let c = Block.figure(Figure(content: ImageFigure(source: .png([1, 2, 4]), pixelWidth: 10, pixelHeight: 10, altText: "A"), height: 40, id: "f"))
        XCTAssertEqual(a, b)
        XCTAssertEqual(a.hashValue, b.hashValue)
        XCTAssertNotEqual(a, c)
    }
}
