//! Linear scales and tick generation on the domains the report meets.

import FolioCharts
import Foundation
import XCTest

final class LinearScaleTests: XCTestCase {
    func testMapsDomainOntoRangeAndBack() {
        let x = LinearScale(domain: 0...300, from: 100, to: 400)
        XCTAssertEqual(x(0), 100)
        XCTAssertEqual(x(150), 250)
        XCTAssertEqual(x(300), 400)
        XCTAssertEqual(x.value(at: 250), 150)
        // A vertical axis: larger values higher up the page (smaller y).
        let y = LinearScale(domain: -1...1, from: 200, to: 0)
        XCTAssertEqual(y(-1), 200)
        XCTAssertEqual(y(0), 100)
        XCTAssertEqual(y(1), 0)
    }

    func testZeroWidthDomainMapsToTheMiddleAndNicesToAUnit() {
        let flat = LinearScale(domain: 7...7, from: 0, to: 100)
        XCTAssertEqual(flat(7), 50)
        XCTAssertEqual(LinearScale(domain: 0...0).nice().domain, 0...1)
        XCTAssertEqual(LinearScale(domain: 5...5).nice().domain, 4...6)
        XCTAssertEqual(LinearScale(covering: []).nice().domain, 0...1)
    }

    func testCoveringIncludesZeroForBars() {
        XCTAssertEqual(LinearScale(covering: [613, 2446], includingZero: true).domain, 0...2446)
        XCTAssertEqual(LinearScale(covering: [-0.35, -0.05], includingZero: true).domain, -0.35...0)
        XCTAssertEqual(LinearScale(covering: [3, .nan, 9]).domain, 3...9)
    }

    func testNiceDomainsOfTheReport() {
        // Dimension totals: 0–300 and a minimum of 19.
        XCTAssertEqual(LinearScale(domain: 0...300).niceTicks().values, [0, 100, 200, 300])
        XCTAssertEqual(LinearScale(domain: 19...300).nice().domain, 0...300)
        XCTAssertEqual(LinearScale(domain: 0...300).niceTicks(count: 7).values, [0, 50, 100, 150, 200, 250, 300])
        // Shares and correlations.
        XCTAssertEqual(LinearScale(domain: 0...1).niceTicks().values, [0, 0.25, 0.5, 0.75, 1])
        XCTAssertEqual(LinearScale(domain: -1...1).niceTicks().values, [-1, -0.5, 0, 0.5, 1])
        XCTAssertEqual(LinearScale(domain: -0.4...1).niceTicks(count: 7).values, [-0.4, -0.2, 0, 0.2, 0.4, 0.6, 0.8, 1])
        XCTAssertEqual(LinearScale(domain: -0.4...1).nice().domain, -0.5...1)
        // Wholly negative correlations keep zero as the end next to them.
        XCTAssertEqual(LinearScale(domain: -0.35...(-0.05)).niceTicks(count: 3).values, [-0.4, -0.2, 0])
        // Overall totals.
        XCTAssertEqual(LinearScale(domain: 0...2446).niceTicks().values, [0, 500, 1000, 1500, 2000, 2500])
        XCTAssertGreaterThanOrEqual(LinearScale(domain: 0...2446).niceTicks(count: 3).values.count, 3, "never just the two ends")
    }

    func testTicksInsideAFixedDomain() {
        XCTAssertEqual(LinearScale(domain: 1...60).ticks(), [10, 20, 30, 40, 50, 60])
        XCTAssertEqual(LinearScale(domain: 0...300).ticks(count: 4), [0, 100, 200, 300])
        XCTAssertEqual(LinearScale(domain: 0...0).ticks(), [0])
    }

    /// Properties every loose labelling must have, over a spread of domains.
    func testTickPropertiesHoldForManyDomains() {
        let domains: [(Double, Double)] = [
            (0, 300), (19, 300), (0, 1), (-1, 1), (-0.4, 1), (-0.35, -0.05), (-120, 45), (613, 2446), (1, 60),
            (0.28, 1), (0, 73.1), (-3e6, 7e6), (0.0012, 0.0047), (99, 101), (-5, -4.9),
        ]
        // Steps are q · j · 10ⁿ with q in 1, 5, 2, 2.5, 4, 3 and a small skip j.
        let niceMantissas: [Double] = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5, 8, 10]
        for (lo, hi) in domains {
            for count in [3, 5, 7] {
                let t = TickGenerator.extended(lower: lo, upper: hi, count: count, loose: true)
                let v = t.values
                XCTAssertGreaterThanOrEqual(v.count, 2)
                XCTAssertLessThanOrEqual(v.count, 3 * count, "\(lo)…\(hi): \(v)")
                XCTAssertLessThanOrEqual(v.first!, lo + 1e-9, "\(lo)…\(hi) not covered: \(v)")
                XCTAssertGreaterThanOrEqual(v.last!, hi - 1e-9, "\(lo)…\(hi) not covered: \(v)")
                let mantissa = t.step / pow(10, floor(log10(t.step)))
                XCTAssertTrue(niceMantissas.contains { abs($0 - mantissa) < 1e-9 }, "step \(t.step) for \(lo)…\(hi)")
                for i in 1..<v.count { XCTAssertEqual(v[i] - v[i - 1], t.step, accuracy: t.step * 1e-9) }
                if lo <= 0 && hi >= 0 { XCTAssertTrue(v.contains(0), "\(lo)…\(hi) spans zero but ticks \(v) miss it") }
            }
        }
    }

    func testTickLabelsPrintExactly() {
        let t = LinearScale(domain: -0.4...1).niceTicks(count: 7)
        XCTAssertEqual(t.values.map(t.format.string), ["−0.4", "−0.2", "0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        let totals = LinearScale(domain: 0...2446).niceTicks()
        XCTAssertEqual(totals.values.map(totals.format.string), ["0", "500", "1,000", "1,500", "2,000", "2,500"])
    }
}
