//! Colour scales and palettes, and readable text on every colour they can produce.

import FolioCharts
import FolioPage
import XCTest

final class ColorScaleTests: XCTestCase {
    func testEveryPaletteIsNamedAndWellFormed() {
        XCTAssertEqual(Set(Palette.all.map(\.name)).count, Palette.all.count, "palette names are unique")
        for p in Palette.all {
            XCTAssertEqual(Palette.named(p.name.uppercased()), p)
            XCTAssertGreaterThanOrEqual(p.colors.count, 8, p.name)
        }
        XCTAssertNil(Palette.named("rainbow"))
    }

    func testSequentialRampsRunLightToDark() {
        for p in Palette.all where p.kind == .sequential {
            let l = stride(from: 0.0, through: 1, by: 0.05).map { p.color(at: $0).relativeLuminance }
            for i in 1..<l.count { XCTAssertLessThan(l[i], l[i - 1] + 1e-9, "\(p.name) is not monotonic at \(i)") }
        }
    }

    func testDivergingRampsAreLightestInTheMiddle() {
        for p in Palette.all where p.kind == .diverging {
            let mid = p.color(at: 0.5).relativeLuminance
            XCTAssertGreaterThan(mid, p.color(at: 0.1).relativeLuminance, p.name)
            XCTAssertGreaterThan(mid, p.color(at: 0.9).relativeLuminance, p.name)
            XCTAssertGreaterThan(mid, 0.85, "\(p.name) has a neutral, near-white middle")
        }
    }

    func testDivergingScaleCentresOnZero() {
        let s = ColorScale.diverging(.rdBu, domain: -1...1)
        XCTAssertEqual(s.fraction(of: 0), 0.5)
        XCTAssertEqual(s.fraction(of: -0.5), 0.25)
        XCTAssertEqual(s.fraction(of: 2), 1, "clamped")
        XCTAssertEqual(s(0), Palette.rdBu.color(at: 0.5))
        // An asymmetric domain keeps equal distances from the centre equally strong.
        let a = ColorScale.diverging(.puOr, domain: -0.4...1)
        XCTAssertEqual(a.fraction(of: 0.4), 1 - a.fraction(of: -0.4), accuracy: 1e-12)
    }

    func testSequentialScaleClamps() {
        let s = ColorScale.sequential(.blues, domain: 1...60)
        XCTAssertEqual(s.fraction(of: 1), 0)
        XCTAssertEqual(s.fraction(of: 60), 1)
        XCTAssertEqual(s.fraction(of: 100), 1)
        XCTAssertEqual(ColorScale.sequential(.blues, domain: 5...5).fraction(of: 5), 0.5)
    }

    /// WCAG AA: every colour any palette can produce gets text with contrast ≥ 4.5:1.
    func testReadableTextMeetsAAOnEveryPaletteColour() {
        let style = ChartStyle.standard
        for p in Palette.all {
            let samples = stride(from: 0.0, through: 1, by: 0.005).map { p.color(at: $0) } + p.colors
            for c in samples {
                for text in [ColorScale.readableTextColor(on: c),
                             ColorScale.readableTextColor(on: c, dark: style.darkText, light: style.lightText),
                             ColorScale.readableTextColor(on: c, dark: Color(hex: "#555555")!, light: Color(hex: "#eeeeee")!)] {
                    XCTAssertGreaterThanOrEqual(text.contrastRatio(with: c), 4.5, "\(p.name) \(c.hexString) → \(text.hexString)")
                }
            }
        }
    }

    func testReadableTextPrefersTheThemeColours() {
        XCTAssertEqual(ColorScale.readableTextColor(on: .white, dark: Color(hex: "#1a1a1a")!), Color(hex: "#1a1a1a")!)
        XCTAssertEqual(ColorScale.readableTextColor(on: Palette.blues.color(at: 1)), .white)
        // A preferred grey that misses AA on a mid tone gives way to black or white.
        let mid = Color(hex: "#777777")!
        let t = ColorScale.readableTextColor(on: mid, dark: Color(hex: "#444444")!, light: Color(hex: "#bbbbbb")!)
        XCTAssertTrue(t == .black || t == .white)
    }

    func testOrdinalColoursRunDarkToLight() {
        let tiers = Palette.blues.ordinalColors(4)
        XCTAssertEqual(tiers.count, 4)
        for i in 1..<4 { XCTAssertGreaterThan(tiers[i].relativeLuminance, tiers[i - 1].relativeLuminance) }
        XCTAssertEqual(Palette.tolMuted.ordinalColors(12).count, 12, "categorical palettes cycle")
    }
}
