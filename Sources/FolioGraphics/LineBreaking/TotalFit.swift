//! Knuth–Plass total-fit line breaking over boxes, glue and penalties.

/// One element of a paragraph as the line breaker sees it (Knuth and Plass, 1981).
public enum LineBreakItem: Hashable, Sendable {
    /// Unbreakable material (a word or part of one). `stretch` is what spacing its letters may
    /// add, at the same adjustment ratio as the glue (letter-space justification; 0: fixed width).
    case box(width: Double, stretch: Double = 0)
    /// A space that may stretch and shrink; a line may end before it when a box precedes it.
    case glue(width: Double, stretch: Double, shrink: Double)
    /// A possible break costing `cost` (`.infinity` forbids it, `-.infinity` forces it); `width`
    /// is added to the line only when it ends here (an inserted hyphen). `flagged` marks
    /// hyphen breaks, which should not follow one another.
    case penalty(width: Double, cost: Double, flagged: Bool)
}

/// Costs of the total-fit breaker, TeX's names and scale.
public struct TotalFitParameters: Hashable, Sendable {
    /// Added to every line's badness: fewer lines are better (TeX's `\linepenalty`).
    public var linePenalty: Double = 10
    /// Extra demerits when two lines in a row end with a hyphen (`\doublehyphendemerits`).
    public var doubleHyphenDemerits: Double = 3000
    /// Extra demerits when the next-to-last line ends with a hyphen (`\finalhyphendemerits`).
    public var finalHyphenDemerits: Double = 5000
    /// Extra demerits when a line's fitness class differs by more than one from the line before
    /// (a tight line after a loose one: `\adjdemerits`).
    public var adjacentFitnessDemerits: Double = 10000
    /// No more than this many flagged (hyphenated) lines in a row; nil for no limit.
    public var maxConsecutiveFlagged: Int?
    /// Largest adjustment ratio a line may have before the emergency rule applies; lines looser
    /// than this are still allowed but cost as much as an overfull line would.
    public var tolerance: Double = .infinity
    public init(maxConsecutiveFlagged: Int? = nil, finalHyphenDemerits: Double = 5000) {
        self.maxConsecutiveFlagged = maxConsecutiveFlagged
        self.finalHyphenDemerits = finalHyphenDemerits
    }
}

/// A chosen break: the index of the item it falls on, and the adjustment ratio of the line
/// that ends there (0 natural, 1 all stretch used, -1 all shrink used; the last line of the
/// paragraph reports 0 or its shrink).
public struct LineBreak: Hashable, Sendable {
    public var position: Int
    public var ratio: Double
}

/// Total-fit (Knuth–Plass) line breaking: chooses the breaks of a whole paragraph that
/// minimise the sum of the lines' demerits, rather than filling each line in turn.
///
/// One pass with an unbounded tolerance: an active break stays active until the line from it
/// becomes overfull, so the active set is bounded by the breaks of about one line, and every
/// paragraph has a solution (a box wider than the line gives one overfull line, at the
/// first break after it — the emergency case). Badness is not capped as in TeX (10000 for
/// every hopeless line), so the breaker always prefers the least bad of several bad choices.
public enum TotalFit {
    /// Breaks `items` into lines: the first line `firstWidth` wide, the others `width`. The
    /// paragraph is finished with infinitely stretchable glue and a forced break, so the last
    /// break is at `items.count + 1`.
    ///
    /// `margins` lets lines hang into the margins (optical margin alignment): a line that ends at
    /// break `i` may be `margins.end[i]` wider, one that starts after it `margins.start[i]` wider
    /// (and the first line `margins.first`). Arrays shorter than `items` count as zeros.
    public static func breaks(_ items: [LineBreakItem], firstWidth: Double, width: Double,
                              parameters: TotalFitParameters = TotalFitParameters(),
                              margins: MarginRoom = MarginRoom()) -> [LineBreak] {
        var items = items
        while case .glue = items.last { items.removeLast() }
        items.append(.glue(width: 0, stretch: finishingStretch, shrink: 0))
        items.append(.penalty(width: 0, cost: -.infinity, flagged: false))
        return Breaker(items: items, firstWidth: firstWidth, width: width, p: parameters, margins: margins).run()
    }

    /// Stretch of the glue that fills the last line: large enough to make its ratio zero.
    static let finishingStretch = 1e9
    /// Ratios count up to this much in a line's badness (100 r³): far beyond any line worth
    /// setting, so a hopeless line still costs more than a merely bad one, and demerits stay
    /// finite (at most about 1e22).
    static let ratioCap = 1000.0
    /// Stretch charged to a line that has none, as a fraction of its width.
    static let minimumStretch = 0.001
    /// Demerits of an overfull line (per point of excess): above any line that fits.
    static let overfullDemerits = 1e25
    /// Demerits that rule a break out unless every alternative is hopeless: above a line stretched
    /// to about 20 times its stretch, below an overfull line.
    public static let forbiddingDemerits = 1e20
}

/// Extra room of lines at each break, from characters that may hang into the margins.
public struct MarginRoom: Sendable {
    public var first: Double = 0
    public var start: [Double] = []
    public var end: [Double] = []
    public init(first: Double = 0, start: [Double] = [], end: [Double] = []) {
        self.first = first; self.start = start; self.end = end
    }
    func start(after position: Int) -> Double {
        position < 0 ? first : position < start.count ? start[position] : 0
    }
    func end(at position: Int) -> Double { position < end.count ? end[position] : 0 }
}

/// The state of one run of the algorithm.
private struct Breaker {
    let items: [LineBreakItem]
    let firstWidth: Double
    let width: Double
    let p: TotalFitParameters
    let margins: MarginRoom

    /// A feasible break reached by the best path for its fitness class and hyphen streak.
    struct Node {
        var position: Int
        var fitness: Int
        /// Flagged lines in a row ending here.
        var streak: Int
        /// Sums of widths, stretch and shrink from the paragraph start to the first box after
        /// the break (glue and penalties after a break are discarded).
        var totalWidth, totalStretch, totalShrink: Double
        var demerits: Double
        var ratio: Double
        var previous: Int?
    }

    func run() -> [LineBreak] {
        var nodes = [Node(position: -1, fitness: 1, streak: 0, totalWidth: 0, totalStretch: 0, totalShrink: 0,
                          demerits: 0, ratio: 0, previous: nil)]
        var active: [Int] = [0]
        var sumW = 0.0, sumY = 0.0, sumZ = 0.0
        for (i, item) in items.enumerated() {
            switch item {
            case .box(let w, let y):
                sumW += w; sumY += y
            case .glue(let w, let y, let z):
                if i > 0, case .box = items[i - 1] {
                    consider(i, sums: (sumW, sumY, sumZ), nodes: &nodes, active: &active)
                }
                sumW += w; sumY += y; sumZ += z
            case .penalty(_, let cost, _):
                if cost < .infinity { consider(i, sums: (sumW, sumY, sumZ), nodes: &nodes, active: &active) }
            }
        }
        // The forced final break left exactly the nodes at the end active.
        guard let best = active.filter({ nodes[$0].position == items.count - 1 })
            .min(by: { nodes[$0].demerits < nodes[$1].demerits }) else { return [] }
        var out: [LineBreak] = []
        var k: Int? = best
        while let n = k, nodes[n].position >= 0 {
            out.append(LineBreak(position: nodes[n].position, ratio: nodes[n].ratio))
            k = nodes[n].previous
        }
        return out.reversed()
    }

    private func penalty(at i: Int) -> (width: Double, cost: Double, flagged: Bool) {
        if case .penalty(let w, let c, let f) = items[i] { return (w, c, f) }
        return (0, 0, false)
    }

    /// Tries every active node against a break at item `b`, deactivating the nodes whose lines
    /// have become overfull, and records the best new node per fitness class and streak.
    private func consider(_ b: Int, sums: (Double, Double, Double), nodes: inout [Node], active: inout [Int]) {
        let (pw, cost, flagged) = penalty(at: b)
        let forced = cost == -.infinity
        let last = b == items.count - 1
        // The best candidate per fitness class and streak (kept small: streaks above the limit
        // are never made, and without a limit they are counted up to 3).
        let streaks = (p.maxConsecutiveFlagged ?? 2) + 2
        var best = [(demerits: Double, from: Int, ratio: Double)?](repeating: nil, count: 4 * streaks)
        var keep: [Int] = []
        keep.reserveCapacity(active.count)
        for a in active {
            let node = nodes[a]
            let lineWidth = (node.position < 0 ? firstWidth : width) + margins.start(after: node.position) + margins.end(at: b)
            let natural = sums.0 - node.totalWidth + pw
            var ratio: Double
            if natural < lineWidth {
                let stretch = sums.1 - node.totalStretch
                // A line without glue (one word, or CJK text) cannot be justified: it is charged as
                // if it had a sliver of stretch, so a short one costs far more than a loose one.
                ratio = (lineWidth - natural) / max(stretch, TotalFit.minimumStretch * lineWidth)
            } else if natural > lineWidth {
                let shrink = sums.2 - node.totalShrink
                ratio = shrink > 0 ? (lineWidth - natural) / shrink : -.infinity
            } else {
                ratio = 0
            }
            let overfull = ratio < -1
            if !overfull && !forced { keep.append(a) }
            let streak = flagged ? node.streak + 1 : 0
            if let limit = p.maxConsecutiveFlagged, streak > limit { continue }
            var demerits = lineDemerits(ratio: ratio, cost: cost)
            if overfull { demerits += TotalFit.overfullDemerits * (1 + natural - lineWidth) }
            if ratio > p.tolerance { demerits += TotalFit.overfullDemerits }
            if flagged && node.streak > 0 { demerits += p.doubleHyphenDemerits }
            if last && node.streak > 0 { demerits += p.finalHyphenDemerits }
            let fitness = Self.fitness(ratio)
            if abs(fitness - node.fitness) > 1 && node.position >= 0 { demerits += p.adjacentFitnessDemerits }
            let total = node.demerits + demerits
            let key = fitness * streaks + min(streak, streaks - 1)
            if best[key].map({ total < $0.demerits }) ?? true { best[key] = (total, a, last ? 0 : ratio) }
        }
        active = keep
        guard best.contains(where: { $0 != nil }) else { return }
        let after = totalsAfterBreak(b, sums: sums)
        for key in best.indices {
            guard let c = best[key] else { continue }
            nodes.append(Node(position: b, fitness: key / streaks, streak: key % streaks, totalWidth: after.0,
                              totalStretch: after.1, totalShrink: after.2, demerits: c.demerits,
                              ratio: c.ratio, previous: c.from))
            active.append(nodes.count - 1)
        }
    }

    /// TeX's demerits of a line: (line penalty + badness)² plus or minus the break's penalty².
    private func lineDemerits(ratio: Double, cost: Double) -> Double {
        let r = min(abs(ratio), TotalFit.ratioCap)
        let badness = 100 * r * r * r
        let base = (p.linePenalty + badness) * (p.linePenalty + badness)
        if cost == -.infinity { return base }
        return cost >= 0 ? base + cost * cost : base - cost * cost
    }

    /// TeX's fitness classes: 0 tight, 1 decent, 2 loose, 3 very loose.
    static func fitness(_ ratio: Double) -> Int {
        ratio < -0.5 ? 0 : ratio <= 0.5 ? 1 : ratio <= 1 ? 2 : 3
    }

    /// Sums up to the first box after a break at `b`: the glue and penalties there vanish.
    private func totalsAfterBreak(_ b: Int, sums: (Double, Double, Double)) -> (Double, Double, Double) {
        var (w, y, z) = sums
        for i in b..<items.count {
            switch items[i] {
            case .box: return (w, y, z)
            case .glue(let gw, let gy, let gz): w += gw; y += gy; z += gz
            case .penalty(_, let c, _): if c == -.infinity && i > b { return (w, y, z) }
            }
        }
        return (w, y, z)
    }
}
