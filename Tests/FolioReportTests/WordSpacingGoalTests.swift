//! The report's justified body text meets issue 18's spacing goal (better than Typst on the same text).

import FolioBuild
import FolioGraphics
import FolioLayout
import FolioPage
import FolioTestSupport
import Foundation
import XCTest

final class WordSpacingGoalTests: XCTestCase {
    /// Each full-measure body line's mean word space over the natural space, measured on the laid-out
    /// pages as `../shared/tools/word-spacing` measures the PDF: lines of at least five words.
    func testJustifiedBodyLinesAreEvenlySpaced() throws {
        let spec = try LayoutSpecLoader.load(path: TestResources.layoutPath("print.yaml"))
        let size = try XCTUnwrap(spec.theme.paragraphs["body"]?.size)
        let template = spec.template("body")
        let gutter = template.gutter?.points ?? 14
        let content = spec.page.pageSize.width - spec.page.margins.inner.points - spec.page.margins.outer.points
        let measure = (content - gutter * Double((template.columns ?? 1) - 1)) / Double(template.columns ?? 1)
        let shaper = TextShaper(fontSet: try FontSet(directory: TestResources.fontDirectory))
        let style = TextStyle(family: spec.theme.family("text"), size: size)
        let natural = shaper.width(of: "a a", style: style) - 2 * shaper.width(of: "a", style: style)

        var ratios: [Double] = []
        for page in try ReportFixture.output().pages {
            for line in page.textLines where line.width >= measure - 0.5 {
                let bodyRuns = line.runs.filter { abs($0.size - size) < 0.05 }
                guard bodyRuns.count == line.runs.count else { continue }
                let spaces = bodyRuns.flatMap { WordSpacing.spaces(in: $0) }.filter { $0 > 0.01 }
                guard spaces.count >= 4 else { continue }
                ratios.append(spaces.reduce(0, +) / Double(spaces.count) / natural)
            }
        }
        XCTAssertGreaterThan(ratios.count, 2000)
        ratios.sort()
        func quantile(_ q: Double) -> Double { ratios[min(ratios.count - 1, Int(q * Double(ratios.count)))] }
        let loose = Double(ratios.filter { $0 > 1.5 }.count) / Double(ratios.count)
        print(String(format: "body lines %d: space ratio p50 %.2f p95 %.2f p99 %.2f max %.2f, > 1.5x %.1f %%",
                     ratios.count, quantile(0.5), quantile(0.95), quantile(0.99), ratios.last!, 100 * loose))
        // Typst 0.15 on the same text (issue 18): 2.29, 2.75, 4.79, 39.3 %.
        XCTAssertLessThan(quantile(0.95), 2.29)
        XCTAssertLessThan(quantile(0.99), 2.75)
        XCTAssertLessThan(ratios.last!, 4.79)
        XCTAssertLessThan(loose, 0.393)
    }

    /// No more than two lines in a row end in a hyphen anywhere in the report (inserted or hard).
    func testNoMoreThanTwoHyphenatedLinesInARow() throws {
        var streak = 0, worst = 0
        for page in try ReportFixture.output().pages {
            for line in page.textLines {
                streak = line.runs.map(\.text).joined().hasSuffix("-") ? streak + 1 : 0
                worst = max(worst, streak)
            }
        }
        XCTAssertLessThanOrEqual(worst, 2)
    }
}
