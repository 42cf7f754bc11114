//! Hyphenation narrows the widest word spaces of the justified two-column body text.

import FolioBuild
import FolioGraphics
import FolioLayout
import FolioTestSupport
import Foundation
import XCTest

final class HyphenationEffectTests: XCTestCase {
    func testHyphenationReducesTheLargestWordSpace() throws {
        let spec = try LayoutSpecLoader.load(path: TestResources.layoutPath("print.yaml"))
        let body = try XCTUnwrap(spec.theme.paragraphs["body"]?.size)
        let template = spec.template("body")
        let gutter = template.gutter?.points ?? 14
        let content = spec.page.pageSize.width - spec.page.margins.inner.points - spec.page.margins.outer.points
        let measure = (content - gutter * Double((template.columns ?? 1) - 1)) / Double(template.columns ?? 1)

        let with = try ReportFixture.output().pages
        // The same layout with hyphenation switched off in a copy of the layout file.
        let text = try String(contentsOfFile: TestResources.layoutPath("print.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "    enabled: true", with: "    enabled: false")
        let dir = try ExternalTools.temporaryDirectory("nohyph")
        let path = dir.appendingPathComponent("print.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        var job = ReportFixture.job()
        job.layoutPath = path
        let without = try job.build(shaper: TextShaper(fontSet: try FontSet(directory: TestResources.fontDirectory))).pages

        let a = WordSpacing.spaces(in: with, size: body, measure: measure)
        let b = WordSpacing.spaces(in: without, size: body, measure: measure)
        XCTAssertGreaterThan(a.count, 1000)
        let maxWith = a.max()!, maxWithout = b.max()!
        let mean = { (xs: [Double]) in xs.reduce(0, +) / Double(xs.count) }
        print("word spaces in justified body lines: without hyphenation max \(String(format: "%.2f", maxWithout)) pt, mean \(String(format: "%.2f", mean(b))) pt; with hyphenation max \(String(format: "%.2f", maxWith)) pt, mean \(String(format: "%.2f", mean(a))) pt")
        XCTAssertLessThan(maxWith, maxWithout)
        XCTAssertLessThan(mean(a), mean(b))
    }
}
