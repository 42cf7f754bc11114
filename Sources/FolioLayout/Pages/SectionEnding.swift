//! How a section's text ends: level columns on its last page, and no last page with a few stranded lines.

import FolioCore

extension ColumnFiller {
    /// The shortest region height that still ends the fill where `target` ended, so the columns
    /// end level (above a full-width block, or on a section's last page). A height is only taken
    /// when it breaks no keep rule the full height kept: three lines of a paragraph with widows
    /// and orphans of 2 stay together in one column rather than split 2 + 1. The heights are
    /// tried by measuring; the chosen one is filled once more to place its boxes, unless
    /// `measuring` (then only its stop and bottom matter).
    func balanced(from start: Int, region: ColumnRegion, target: FillResult, measuring: Bool = false) -> FillResult {
        guard region.xs.count > 1, target.next > start else { return target }
        var lo = region.top, hi = region.bottom
        var best = target
        var bestBottom: Double?
        for _ in 0..<18 {
            let mid = (lo + hi) / 2
            var r = region
            r.bottom = mid
            let attempt = fill(from: start, region: r, measuring: true)
            if attempt.stop == target.stop && attempt.next == target.next && attempt.diagnostics.count <= target.diagnostics.count {
                best = attempt
                bestBottom = mid
                hi = mid
            } else {
                lo = mid
            }
            if hi - lo < 0.5 { break }
        }
        guard let bestBottom, !measuring else { return best }
        var r = region
        r.bottom = bestBottom
        return fill(from: start, region: r)
    }
}

extension FillStop {
    /// The fill reached the end of the section or of a part of it that a page break closes.
    var endsPart: Bool { self == .end || self == .pageBreak }
}

/// Chooses where a section's next-to-last page stops, so that its last page is not left with a
/// few stranded lines (`SectionEndings` in the template says how far it may go).
struct SectionEnding {
    let filler: ColumnFiller
    /// Where the part being filled stops (a run of full-width content); nil: the list's end.
    var limit: Int? = nil
    let endings: SectionEndings
    /// A grid line (or a body line where there is no grid): what a column may run longer by.
    let step: Double

    /// The share of the last page's column height a section's end fills at least, by default.
    static let defaultMinimumFill = 1.0 / 3
    /// A last page filled less than this (whatever the target) holds a stranded end: a finding.
    static let strandedShare = 1.0 / 3

    enum Decision {
        /// The page as filled; the rest fills enough of the last page, or is more than a page.
        case keep
        /// Fill the page like this instead (longer to take the rest, or shorter to leave more).
        case replace(FillResult)
        /// Nothing helped: the last page will hold this many boxes (lines, rows, figures).
        case stranded(boxes: Int)
    }

    /// `full` filled the page `region` from `start` and stopped because the page was full; the
    /// rest of the section (or of its part, up to a page break) would go on `next`, a fresh page.
    func decide(from start: Int, region: ColumnRegion, full: FillResult, next: ColumnRegion) -> Decision {
        guard full.stop == .full, full.next < (limit ?? filler.items.count),
              let share = restShare(from: full.next, on: next) else { return .keep }
        let minimum = endings.minimumFill ?? Self.defaultMinimumFill
        guard share < minimum else { return .keep }
        // A line of looseness: the page runs a little longer and takes the rest back.
        for k in stride(from: 1, through: endings.looseness ?? 0, by: 1) {
            var longer = region
            longer.bottom += Double(k) * step
            let attempt = filler.fill(from: start, to: limit, region: longer)
            if attempt.stop.endsPart && attempt.diagnostics.count <= full.diagnostics.count {
                return .replace(filler.balanced(from: start, region: longer, target: attempt))
            }
        }
        // Otherwise stop this page earlier, as little as leaves the last page enough, one grid
        // line at a time; this page stays filled to the same share at least.
        let least = region.bottom - region.fullHeight * (1 - minimum)
        var bottom = region.bottom - step
        while bottom >= least {
            var shorter = region
            shorter.bottom = bottom
            let attempt = filler.fill(from: start, to: limit, region: shorter, measuring: true)
            bottom -= step
            guard attempt.stop == .full, attempt.bottom >= least, attempt.diagnostics.count <= full.diagnostics.count else { continue }
            guard let rest = restShare(from: attempt.next, on: next) else { break }  // the rest no longer fits one page
            if rest >= minimum { return .replace(filler.fill(from: start, to: limit, region: shorter)) }
        }
        // Short of the target but not stranded: the page stays as it was, without a finding.
        guard share < Self.strandedShare else { return .keep }
        return .stranded(boxes: filler.fill(from: full.next, to: limit, region: next).placed.count)
    }

    /// The share of `next`'s column height the rest of the section takes from `start` with its
    /// columns balanced; nil when it does not end on that page.
    func restShare(from start: Int, on next: ColumnRegion) -> Double? {
        // Most pages are followed by more than a page of their section: the boxes' heights
        // alone (a lower bound of what they take) say so without filling the next page.
        let capacity = Double(max(1, next.xs.count)) * (next.bottom - next.top)
        var least = 0.0
        scan: for item in filler.items[start..<(limit ?? filler.items.count)] {
            switch item {
            case .box(let box): least += box.height
            case .pageBreak: break scan  // the part ends there: fill to see where
            case .space, .columnBreak: continue
            }
            if least > capacity + ColumnFiller.epsilon { return nil }
        }
        let rest = filler.fill(from: start, to: limit, region: next, measuring: true)
        guard rest.stop.endsPart else { return nil }
        let level = limit == nil ? filler.balanced(from: start, region: next, target: rest, measuring: true) : rest
        return (level.bottom - next.top) / max(1, next.fullHeight)
    }
}
