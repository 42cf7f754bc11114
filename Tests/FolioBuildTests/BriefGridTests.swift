//! Briefs as a series: every section at the same place on every brief of an edition.

import FolioBuild
import FolioCompose
import FolioLoad
import FolioPage
import FolioTestSupport
import Foundation
import XCTest

final class BriefGridTests: XCTestCase {
    /// Text that opens a section of the brief, by section: the first line starting with it is
    /// where the section is. (The summary opens with the city's name, found per brief.)
    static let openers: [(section: String, prefix: String)] = [
        ("radar", "Profile across"), ("strongest", "Strongest variables"), ("weakest", "Weakest variables"),
        ("scores", "Scores by dimension"), ("neighbours", "Neighbours in the ranking"),
        ("observation", "Specialised observation"), ("source", "Source:"), ("distribution", "Where "),
    ]

    /// The top of the first line of each section on a page, its transform applied.
    static func sectionTops(_ page: Page, city: String) -> [String: Double] {
        var tops: [String: Double] = [:]
        func walk(_ items: [PageItem], _ map: (Point) -> Point) {
            for item in items {
                switch item {
                case .text(let line):
                    // Typographic apostrophes in the text ("Xi’an"), straight ones in names.
                    let text = line.text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{2019}", with: "'")
                    let y = map(Point(x: line.bounds.minX, y: line.bounds.minY)).y
                    var sections = openers.filter { text.hasPrefix($0.prefix) }.map(\.section)
                    if text.hasPrefix(city + " ranks") { sections.append("summary") }
                    for s in sections where tops[s] == nil || y < tops[s]! { tops[s] = y }
                case .group(let g): walk(g.items) { map(g.transform.apply($0)) }
                default: break
                }
            }
        }
        walk(page.items) { $0 }
        return tops
    }

    /// The spread (highest minus lowest top) of every section across all briefs of an edition.
    func spreads(edition directory: String) throws -> (spreads: [String: Double], briefs: Int, condensed: Int) {
        let (edition, _) = try EditionLoader.load(directory: directory)
        let job = BriefsJob(editionDirectory: directory, layoutPath: TestResources.layoutPath("brief.yaml"),
                            reportLayoutPath: TestResources.layoutPath("print.yaml"), structurePath: TestResources.layoutPath("report.yaml"),
                            outputDirectory: "", jobs: 2, png: false)
        let briefs = try job.render(edition: edition, slugs: edition.cities.map(\.slug), observationPages: [:])
        var tops: [String: [Double]] = [:]
        for b in briefs {
            for (section, y) in Self.sectionTops(b.page, city: b.name) { tops[section, default: []].append(y) }
        }
        XCTAssertEqual(tops["summary"]?.count, briefs.count, "every brief opens with its summary")
        XCTAssertEqual(tops["scores"]?.count, briefs.count, "every brief has its scores by dimension")
        return (tops.mapValues { ($0.max() ?? 0) - ($0.min() ?? 0) }, briefs.count, briefs.filter { !$0.condensed.isEmpty }.count)
    }

    func testEverySectionIsAtTheSamePlaceOnEveryBriefOfBothEditions() throws {
        let editions = [TestResources.repositoryRoot.appendingPathComponent("Assets/editions/cities-2025").path,
                        TestResources.repositoryRoot.appendingPathComponent("Tests/Fixtures/editions/europe-2026").path]
        for directory in editions {
            let (spreads, count, condensed) = try spreads(edition: directory)
            XCTAssertGreaterThanOrEqual(spreads.count, 8, "sections found in \(directory): \(spreads.keys.sorted())")
            for (section, spread) in spreads.sorted(by: { $0.key < $1.key }) {
                XCTAssertLessThanOrEqual(spread, 2, "the \(section) section moves by \(spread) pt across the briefs of \(directory)")
            }
            // Condensing is the exception: at most a quarter of the briefs take a step.
            XCTAssertLessThanOrEqual(condensed * 4, count, "\(condensed) of \(count) briefs condensed in \(directory)")
        }
    }

    /// Auto regions take the tallest measured height under their cap; a fill region takes
    /// what its column has left above the full-width region below, within its min and max.
    func testAutoAndFillRegionsAreSizedFromTheEdition() {
        func region(_ name: String, _ column: BriefGrid.Column, _ height: Double, _ sizing: BriefGrid.Sizing = .fixed, max: Double? = nil) -> BriefGrid.Region {
            var r = BriefGrid.Region(name: name, column: column, height: height)
            r.sizing = sizing; r.maxHeight = max
            return r
        }
        let grid = BriefGrid(top: 100, gap: 10, regions: [
            region("chart", .left, 50, .fill, max: 400), region("list", .left, 0, .auto, max: 80),
            region("bars", .right, 0, .auto, max: 300), region("band", .full, 100),
        ])
        let columns = BriefGrid.Columns(left: 40, width: 200, gutter: 20)
        let sized = grid.resolved(measured: ["list": 120, "bars": 150], columns: columns, bottom: 700)
        XCTAssertEqual(sized.region("list")?.height, 80, "capped by its max")
        XCTAssertEqual(sized.region("bars")?.height, 150, "the tallest measured")
        // The band starts at 700 - 100 - 10 = 590; the left column holds chart, gap, list (80)
        // from 100: the chart gets 590 - 100 - 10 - 80 = 400, its max.
        XCTAssertEqual(sized.region("chart")?.height, 400)
        let frames = sized.frames(in: columns)
        XCTAssertEqual(frames["band"]?.maxY ?? 0, 700, accuracy: 0.01, "the full-width band ends at the bottom")
        let tight = grid.resolved(measured: ["list": 60, "bars": 150], columns: columns, bottom: 500)
        XCTAssertEqual(tight.region("chart")?.height ?? 0, 500 - 100 - 10 - 100 - 10 - 60, accuracy: 0.01)
        let tooTight = grid.resolved(measured: ["list": 60], columns: columns, bottom: 250)
        XCTAssertEqual(tooTight.region("chart")?.height, 50, "never below its declared least height")
    }
}
