//! Drawing a document in runs of pages on several threads: where runs start, and the joined file.

@testable import FolioExport
import FolioPage
import FolioTestSupport
import Foundation
import XCTest

final class PageRunsTests: XCTestCase {
    let size = Size(width: 200, height: 200)

    func text(_ s: String) -> PageItem {
        .text(TextLine(origin: Point(x: 10, y: 20), runs: [GlyphRun(face: FontFace(path: "", index: 0), size: 10, color: .black,
                                                                   offset: .zero, glyphs: s.map { _ in Glyph(id: 1, x: 0, y: 0) },
                                                                   text: s, clusters: [], width: 10)],
                       width: 10, ascent: 8, descent: 2))
    }

    /// Six pages: a section over pages 1–3, one over 4–6, each element opened and closed
    /// on different pages. The only place to start a second run is page 4.
    func sections() -> [Page] {
        let open = PageItem.beginTag(StructureTag(.sect)), close = PageItem.endTag
        return [[open, text("aaaa")], [text("bbbb")], [text("cccc"), close],
                [open, text("dd")], [text("ee")], [text("ff"), close]].map { Page(size: size, items: $0) }
    }

    func testRunsStartOnlyWhereNoElementIsOpen() {
        let pages = sections()
        let scan = StructureWriter.scan(pages)
        XCTAssertEqual(scan.closedAtStart, [true, false, false, true, false, false])
        XCTAssertEqual(scan.tagsBefore, [0, 1, 1, 1, 2, 2, 2])
        XCTAssertEqual(PageRuns.split(pages, closedAtStart: scan.closedAtStart, into: 2), [0..<3, 3..<6])
        // Three runs wanted, but no third place to cut: two runs.
        XCTAssertEqual(PageRuns.split(pages, closedAtStart: scan.closedAtStart, into: 3), [0..<3, 3..<6])
        XCTAssertEqual(PageRuns.split(pages, closedAtStart: scan.closedAtStart, into: 1), [0..<6])
        // Nowhere to cut: one run.
        XCTAssertEqual(PageRuns.split(pages, closedAtStart: [true, false, false, false, false, false], into: 2), [0..<6])
    }

    func testRunsBalanceTheWork() {
        // Ten pages open to cuts; the first five carry most of the glyphs.
        let pages = (0..<10).map { i in Page(size: size, items: [text(String(repeating: "x", count: i < 5 ? 100 : 10))]) }
        let runs = PageRuns.split(pages, closedAtStart: Array(repeating: true, count: 10), into: 2)
        XCTAssertEqual(runs, [0..<3, 3..<10])
    }
}

extension PageRunsTests {
    /// A chapter: a section opened on its first page and closed on its last, with a title
    /// (an outline entry) and some text on each page.
    func chapter(_ title: String, pages count: Int) -> [Page] {
        let open = PageItem.beginTag(StructureTag(.sect)), close = PageItem.endTag
        return (0..<count).map { i in
            var items: [PageItem] = []
            if i == 0 { items += [open, .outline(OutlineEntry(title: title, level: 1, destination: title))] }
            items.append(text("\(title) page \(i)"))
            if i == count - 1 { items.append(close) }
            return Page(size: size, items: items)
        }
    }

    func book(_ lengths: [Int]) -> [Page] {
        lengths.enumerated().flatMap { chapter("Chapter \($0.offset)", pages: $0.element) }
    }

    func stableRuns(_ pages: [Page]) -> [Range<Int>] {
        PageRuns.stable(pages, closedAtStart: StructureWriter.scan(pages).closedAtStart)
    }

    /// Content-defined runs start at chapter starts only, are never shorter than the minimum
    /// (but the last), and longer than the maximum only where no chapter starts.
    func testStableRunsStartAtChaptersWithinTheirLengths() {
        let lengths = [1, 3, 2, 4, 2, 2, 5, 3, 2, 2, 3, 4, 2, 2, 2, 3, 20, 2, 3, 2, 2, 4, 3, 2, 2]
        let pages = book(lengths)
        let runs = stableRuns(pages)
        XCTAssertGreaterThan(runs.count, 3)
        XCTAssertEqual(runs.first?.lowerBound, 0)
        XCTAssertEqual(runs.last?.upperBound, pages.count)
        let scan = StructureWriter.scan(pages)
        for (a, b) in zip(runs, runs.dropFirst()) { XCTAssertEqual(a.upperBound, b.lowerBound) }
        for run in runs {
            XCTAssertTrue(scan.closedAtStart[run.lowerBound], "a run starts inside a chapter at page \(run.lowerBound)")
            if run != runs.last { XCTAssertGreaterThanOrEqual(run.count, PageRuns.minimumPages) }
            // Longer than the maximum only when one chapter alone is (the 20-page one).
            if run.count > PageRuns.maximumPages {
                XCTAssertTrue(run.contains(lengths.prefix(16).reduce(0, +)), "\(run) is too long")
            }
        }
    }

    /// An edit inside a chapter that keeps its page count moves no cut; one that adds pages
    /// keeps every run ending before the chapter as it was, and the runs after it mostly follow
    /// their content (cuts are made at pages chosen by content; only the distance rules of
    /// `minimumPages`/`maximumPages` can move a later one).
    func testAChapterThatGrowsLeavesTheOtherRunsAlone() {
        let lengths = [1, 3, 2, 4, 2, 2, 5, 3, 2, 2, 3, 4, 2, 2, 2, 3, 6, 2, 3, 2, 2, 4, 3, 2, 2, 3, 2, 4, 2, 3]
        let before = book(lengths)
        let runsBefore = stableRuns(before)
        let contents = Set(runsBefore.map { Array(before[$0]) })
        var edited = before
        edited[20] = Page(size: size, items: edited[20].items + [text("a new line")])
        XCTAssertEqual(stableRuns(edited), runsBefore)
        var keptAfter = 0, after = 0
        for chapter in lengths.indices.dropFirst() {
            for extra in [1, 2] {
                var grown = lengths
                grown[chapter] += extra
                let pages = book(grown)
                let runs = stableRuns(pages)
                let start = lengths.prefix(chapter).reduce(0, +)
                for run in runs where run.upperBound < start {
                    XCTAssertTrue(contents.contains(Array(pages[run])), "chapter \(chapter) + \(extra): \(run) was cut anew")
                }
                let later = runs.filter { $0.lowerBound > start + lengths[chapter] + extra + PageRuns.maximumPages }
                keptAfter += later.filter { contents.contains(Array(pages[$0])) }.count
                after += later.count
            }
        }
        XCTAssertGreaterThan(Double(keptAfter), 0.5 * Double(after), "most runs well after a grown chapter keep their content")
    }
}
