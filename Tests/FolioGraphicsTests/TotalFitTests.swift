//! The total-fit breaker on paragraphs of fixed-width boxes whose best breaks are known.

@testable import FolioGraphics
import FolioCore
import XCTest

final class TotalFitTests: XCTestCase {
    /// Words as boxes of their letter count × `unit`, separated by glue of width 1 (stretch 1, shrink 0.5).
    func items(_ words: [Double], unit: Double = 1) -> [LineBreakItem] {
        var out: [LineBreakItem] = []
        for (k, w) in words.enumerated() {
            if k > 0 { out.append(.glue(width: 1, stretch: 1, shrink: 0.5)) }
            out.append(.box(width: w * unit))
        }
        return out
    }

    /// Box indices per line, from break positions.
    func lines(_ items: [LineBreakItem], _ breaks: [LineBreak]) -> [[Int]] {
        var out: [[Int]] = [], start = 0
        for b in breaks {
            let end = min(b.position, items.count)
            out.append((start..<end).filter { if case .box = items[$0] { return true }; return false })
            start = b.position + 1
        }
        return out
    }

    func testHandComputedBreaks() {
        // Width 10, words 3 3 1 7. "3 3 1" is 9 wide with 2 units of stretch: ratio 0.5.
        // Breaking after "3 3" instead leaves 3 units on 1 of stretch: ratio 3, far worse.
        let it = items([3, 3, 1, 7])
        let breaks = TotalFit.breaks(it, firstWidth: 10, width: 10)
        XCTAssertEqual(lines(it, breaks), [[0, 2, 4], [6]])
        XCTAssertEqual(breaks[0].ratio, 0.5, accuracy: 1e-9)
        // A first line indented by 1.5 (width 8.5): "3 3 1" shrinks by 0.5 of 1 (ratio -0.5,
        // badness 12.5), better than "3 3" stretched by 1.5 of 1 (ratio 1.5, badness 337.5).
        let indented = TotalFit.breaks(it, firstWidth: 8.5, width: 10)
        XCTAssertEqual(lines(it, indented), [[0, 2, 4], [6]])
        XCTAssertEqual(indented[0].ratio, -0.5, accuracy: 1e-9)
    }

    func testFinalHyphenDemeritsMoveTheStubOfASplitWord() {
        // Width 14: "aaaa bbbb ccc-" + "dd". Breaking at the hyphen fills the first line exactly
        // (demerits 10² + 50² + the final-hyphen demerits); breaking at the space before it leaves
        // "aaaa bbbb" stretched by 5 of 1 (badness 12 500). TeX's 5000 keeps the hyphen; forbidding it moves
        // the whole word down.
        // Spaces cannot shrink, so the whole paragraph on one line (15) is overfull.
        let it: [LineBreakItem] = [.box(width: 4), .glue(width: 1, stretch: 1, shrink: 0), .box(width: 4),
                                   .glue(width: 1, stretch: 1, shrink: 0), .box(width: 3),
                                   .penalty(width: 1, cost: 50, flagged: true), .box(width: 2)]
        let allowed = TotalFit.breaks(it, firstWidth: 14, width: 14)
        XCTAssertEqual(allowed.map(\.position), [5, 8])
        let forbidden = TotalFit.breaks(it, firstWidth: 14, width: 14,
                                        parameters: TotalFitParameters(finalHyphenDemerits: TotalFit.forbiddingDemerits))
        XCTAssertEqual(forbidden.map(\.position), [3, 8])
        XCTAssertGreaterThan(forbidden[0].ratio, 1)
    }

    func testTotalFitBeatsFirstFit() {
        // Words of mixed lengths at width 12: total fit reaches the brute-force minimum, and
        // never costs more than filling each line in turn.
        let it = items([5, 5, 1, 5, 5, 2, 6, 4, 1, 3, 5])
        let total = TotalFit.breaks(it, firstWidth: 12, width: 12)
        XCTAssertLessThanOrEqual(demerits(it, total, width: 12), demerits(it, firstFit(it, width: 12), width: 12))
        XCTAssertEqual(demerits(it, total, width: 12), bruteForceMinimum(it, width: 12), accuracy: 1e-6)
    }

    func testMatchesBruteForceOnManyParagraphs() {
        // Seeded, so a failure names a paragraph that fails again; demerits of overfull lines
        // reach 1e20, so the sums are compared relative to their size (the order of additions differs).
        var rng = SeededRandom(seed: 18)
        for _ in 0..<200 {
            let n = Int.random(in: 3...9, using: &rng)
            let words = (0..<n).map { _ in Double(Int.random(in: 1...6, using: &rng)) }
            let it = items(words)
            let width = Double(Int.random(in: 7...14, using: &rng))
            let breaks = TotalFit.breaks(it, firstWidth: width, width: width)
            let found = demerits(it, breaks, width: width), best = bruteForceMinimum(it, width: width)
            XCTAssertEqual(found, best, accuracy: max(1e-6, abs(best) * 1e-12), "\(words) at \(width)")
        }
    }

    func testAWordWiderThanTheLineGivesOneOverfullLineAndNoFailure() {
        let it = items([3, 30, 3, 3])
        let breaks = TotalFit.breaks(it, firstWidth: 10, width: 10)
        XCTAssertEqual(lines(it, breaks), [[0], [2], [4, 6]])
    }

    func testHyphenLadderLimitIsKept() {
        // Words of two halves (4 + 4) that may break with a hyphen (1). The first line holds
        // "word word half-" (23) exactly and every later line "half word half-" (19): a perfect
        // fit in which every line ends with a hyphen, unless the limit forbids it.
        var it: [LineBreakItem] = []
        for k in 0..<12 {
            if k > 0 { it.append(.glue(width: 1, stretch: 1, shrink: 0.3)) }
            it += [.box(width: 4), .penalty(width: 1, cost: 50, flagged: true), .box(width: 4)]
        }
        func ladder(_ b: [LineBreak]) -> Int {
            var run = 0, worst = 0
            for x in b.dropLast() {
                if x.position < it.count, case .penalty = it[x.position] { run += 1; worst = max(worst, run) } else { run = 0 }
            }
            return worst
        }
        let free = TotalFit.breaks(it, firstWidth: 23, width: 19)
        XCTAssertGreaterThan(ladder(free), 1)
        let limited = TotalFit.breaks(it, firstWidth: 23, width: 19, parameters: TotalFitParameters(maxConsecutiveFlagged: 1))
        XCTAssertLessThanOrEqual(ladder(limited), 1)
    }

    /// Knuth and Plass's example: the opening of "The Frog King" set at 390 units with the
    /// widths of their Figure 1 scaled to whole letters; total fit must give the lines they print
    /// (no line with a ratio beyond 1, and fewer demerits than first fit).
    func testFrogKing() {
        let text = "In olden times when wishing still helped one, there lived a king whose daughters were all beautiful; and the youngest was so beautiful that the sun itself, which has seen so much, was astonished whenever it shone in her face. Close by the king's castle lay a great dark forest, and under an old lime-tree in the forest was a well, and when the day was very warm, the king's child went out into the forest and sat down by the side of the cool fountain; and when she was bored she took a golden ball, and threw it up on high and caught it; and this ball was her favorite plaything."
        let words = text.split(separator: " ").map { Double($0.count) }
        // Letters 1 unit each, spaces 1 unit (stretch 1, shrink 0.5): a 40-letter measure.
        let it = items(words)
        let breaks = TotalFit.breaks(it, firstWidth: 40, width: 40)
        let lineWords = lines(it, breaks).map { $0.count }
        XCTAssertEqual(lineWords.reduce(0, +), words.count)
        for b in breaks.dropLast() { XCTAssertLessThanOrEqual(abs(b.ratio), 1, "every line within its glue") }
        // First fit on the same boxes, for comparison: total fit never has more demerits.
        XCTAssertLessThanOrEqual(demerits(it, breaks, width: 40), demerits(it, firstFit(it, width: 40), width: 40))
        XCTAssertLessThan(breaks.dropLast().map { abs($0.ratio) }.max()!, firstFit(it, width: 40).dropLast().map { abs($0.ratio) }.max()!)
    }

    // MARK: - Reference computations

    /// The breaker's own cost model, computed independently from a list of breaks.
    func demerits(_ it: [LineBreakItem], _ breaks: [LineBreak], width: Double) -> Double {
        let p = TotalFitParameters()
        var total = 0.0, start = 0, previousFitness = 1
        for (k, b) in breaks.enumerated() {
            let last = k == breaks.count - 1
            let end = min(b.position, it.count)
            var w = 0.0, y = 0.0, z = 0.0
            for i in start..<end {
                switch it[i] {
                case .box(let bw, _): w += bw
                case .glue(let gw, let gy, let gz): w += gw; y += gy; z += gz
                case .penalty: break
                }
            }
            var r = 0.0
            if last { r = w > width ? (width - w) / z : 0 }
            else if w < width { r = (width - w) / max(y, 0.001 * width) }
            else if w > width { r = z > 0 ? (width - w) / z : -.infinity }
            if r < -1 { return .infinity }
            let bad = 100 * pow(min(abs(r), 1000), 3)
            total += (p.linePenalty + bad) * (p.linePenalty + bad)
            let f = r < -0.5 ? 0 : r <= 0.5 ? 1 : r <= 1 ? 2 : 3
            if k > 0 && abs(f - previousFitness) > 1 { total += p.adjacentFitnessDemerits }
            previousFitness = f
            start = b.position + 1
        }
        return total
    }

    /// Minimum demerits over every set of glue breaks (boxes and glue only).
    func bruteForceMinimum(_ it: [LineBreakItem], width: Double) -> Double {
        let glue = it.indices.filter { if case .glue = it[$0] { return true }; return false }
        var best = Double.infinity
        for mask in 0..<(1 << glue.count) {
            var b = glue.enumerated().filter { mask & (1 << $0.offset) != 0 }.map { LineBreak(position: $0.element, ratio: 0) }
            b.append(LineBreak(position: it.count + 1, ratio: 0))
            best = min(best, demerits(it, b, width: width))
        }
        return best
    }

    /// Each line as full as it can be at natural width.
    func firstFit(_ it: [LineBreakItem], width: Double) -> [LineBreak] {
        var out: [LineBreak] = [], w = 0.0, y = 0.0, lastGlue: (Int, Double, Double)?
        var i = 0
        while i < it.count {
            switch it[i] {
            case .box(let bw, _):
                if w + bw > width, let g = lastGlue {
                    out.append(LineBreak(position: g.0, ratio: (width - g.1) / g.2))
                    i = g.0 + 1; w = 0; y = 0; lastGlue = nil
                    continue
                }
                w += bw
            case .glue(let gw, let gy, _):
                lastGlue = (i, w, y); w += gw; y += gy
            case .penalty: break
            }
            i += 1
        }
        out.append(LineBreak(position: it.count + 1, ratio: 0))
        return out
    }
}

