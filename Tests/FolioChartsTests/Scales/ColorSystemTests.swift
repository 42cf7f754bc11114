//! The colour system: distinguishable dimension and tier colours, also for colour-blind readers.

import FolioCharts
import FolioLayout
import FolioPage
import FolioTestSupport
import XCTest

final class ColorSystemTests: XCTestCase {
    /// Sharma, Wu & Dalal's published test pairs for CIEDE2000.
    func testDeltaEMatchesThePublishedTestData() {
        XCTAssertEqual(ColorDifference.deltaE(lab: (50, 2.6772, -79.7751), (50, 0, -82.7485)), 2.0425, accuracy: 1e-4)
        XCTAssertEqual(ColorDifference.deltaE(lab: (50, 2.5, 0), (73, 25, -18)), 27.1492, accuracy: 1e-4)
        XCTAssertEqual(ColorDifference.deltaE(lab: (2.0776, 0.0795, -1.1350), (0.9033, -0.0636, -0.5514)), 0.9082, accuracy: 1e-4)
    }

    /// A deuteranope sees red and green close together; normal vision does not.
    func testSimulationMergesRedAndGreenForDeuteranopia() {
        let red = Color(hex: "#d62728")!, green = Color(hex: "#2ca02c")!
        XCTAssertGreaterThan(ColorDifference.deltaE(red, green), 60)
        XCTAssertLessThan(ColorDifference.deltaE(red, green, vision: .deuteranopia), 20)
    }

    /// The colour system of each bundled layout, read from its theme.
    func layoutSystems() throws -> [(String, ColorSystem)] {
        try [("print.yaml", LayoutPurpose.report), ("letter.yaml", .report), ("brief.yaml", .brief)].map { name, purpose in
            let spec = try LayoutSpecLoader.load(path: TestResources.layoutPath(name), purpose: purpose)
            return (name, ColorSystem(palettes: spec.theme.palettes))
        }
    }

    /// Every pair of the twelve dimension colours, and of the tier colours, stays clearly apart
    /// for normal vision and the three dichromacies, in every bundled layout.
    func testThemeColoursAreDistinguishableForEveryVision() throws {
        for (name, system) in try layoutSystems() {
            XCTAssertEqual(system.dimensions.count, 12, name)
            for vision in ColorDifference.Vision.allCases {
                let minimum = vision == .normal ? 14.0 : 10.0
                for (what, colors) in [("dimensions", system.dimensions), ("tiers", system.tiers)] {
                    guard let pair = ColorDifference.closestPair(colors, vision: vision) else { return XCTFail(name) }
                    XCTAssertGreaterThanOrEqual(pair.deltaE, minimum,
                        "\(name) \(what) \(colors[pair.first].hexString) and \(colors[pair.second].hexString) for \(vision)")
                }
            }
        }
    }

    /// The three layouts share one colour system, so a brief and the report agree.
    func testLayoutsShareOneColourSystem() throws {
        let systems = try layoutSystems()
        for (name, system) in systems.dropFirst() { XCTAssertEqual(system, systems[0].1, name) }
    }

    /// Tier colours are the theme's as they are; more tiers than colours get distinct blends.
    func testTierColoursAreTheThemesAndNeverRepeat() {
        let system = ColorSystem.standard
        XCTAssertEqual((0..<3).map { system.tierColor($0, of: 3) }, Array(system.tiers.prefix(3)))
        let seven = (0..<7).map { system.tierColor($0, of: 7) }
        XCTAssertEqual(Set(seven.map(\.hexString)).count, 7)
        XCTAssertEqual(seven.first, system.tiers.first)
        XCTAssertEqual(seven.last, system.tiers.last)
    }

    /// Charts drawn in the system's style use its tier and dimension colours.
    func testChartsTakeTheirColoursFromTheSystem() {
        let system = ColorSystem.standard
        let style = system.chartStyle()
        let bars = RankedBarChart(bars: [BarDatum(label: "A", value: 3, group: "High"), BarDatum(label: "B", value: 1, group: "Low")],
                                  palette: "tiers", groupOrder: ["High", "Mid", "Low"], style: style)
        XCTAssertEqual(bars.groupColors()["High"], system.tiers[0])
        XCTAssertEqual(bars.groupColors()["Low"], system.tiers[2])
        let stacked = StackedBarChart(categories: ["A"], series: ["d1", "d2", "d3", "d4", "d5", "d6"], values: [[1, 2, 3, 4, 5, 6]],
                                      palette: "dimensions", style: style)
        XCTAssertEqual(stacked.seriesColors, Array(system.dimensions.prefix(6)))
        XCTAssertEqual(style.palette(named: style.divergingPalette)?.colors, system.correlations)
    }
}
