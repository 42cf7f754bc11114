//! The extent of a page's content, used to say how much too full a brief is.

@testable import FolioBuild
import FolioPage
import XCTest

final class PageExtentTests: XCTestCase {
    func testFurnitureIsLeftOutAndGroupsAndFigureBoxesCount() {
        let line = TextLine(origin: Point(x: 10, y: 100), runs: [], width: 50, ascent: 8, descent: 2)
        let footer = TextLine(origin: Point(x: 10, y: 800), runs: [], width: 50, ascent: 8, descent: 2)
        var page = Page(size: Size(width: 595, height: 842), items: [.text(line)] + [PageItem.text(footer)].asArtifact)
        XCTAssertEqual(PageExtent.contentBottom(page), 102, accuracy: 1e-9, "the footer is an artifact")

        // A chart moved down by its group's transform, its marks inside a figure box.
        let bar = Shape(path: .rect(Rect(x: 0, y: 0, width: 20, height: 30)), fill: Color(hex: "#000000")!)
        page.items += [.group(Group(transform: .translation(5, 200), items: [.shape(bar)]))]
        XCTAssertEqual(PageExtent.contentBottom(page), 230, accuracy: 1e-9)
        page.items += [PageItem.shape(bar)].tagged(StructureTag(.figure, altText: "chart", bbox: Rect(x: 0, y: 250, width: 10, height: 60)))
        XCTAssertEqual(PageExtent.contentBottom(page), 310, accuracy: 1e-9, "the figure's box reaches below its marks")
    }
}
