//! Where a document's pages can be cut into runs that are drawn into PDFs side by side.

import FolioPage

/// Cuts the pages into consecutive runs of about equal drawing work. A run starts only where
/// no structure element is open (a chapter's first page, say), so every element of the
/// tagged structure lies within one run and the runs' PDFs join into one tree.
enum PageRuns {
    /// One run per 40 pages, at most 4: the 99-page report is drawn in two runs (one per
    /// core here), a brief in one. A function of the page count only, so the file is the
    /// same on every machine and for every `--jobs`.
    static func standardCount(_ pageCount: Int) -> Int {
        min(4, max(1, pageCount / 40))
    }

    static func split(_ pages: [Page], closedAtStart: [Bool], into count: Int) -> [Range<Int>] {
        guard count > 1, pages.count > 1 else { return [0..<pages.count] }
        var before = [0]
        for page in pages { before.append(before.last! + work(page.items)) }
        let total = before.last!
        var starts: [Int] = [0]
        for part in 1..<count {
            let target = total * part / count
            // The allowed start nearest to the target, after the previous one.
            let candidates = (starts.last! + 1)..<pages.count
            guard let best = candidates.filter({ closedAtStart[$0] })
                .min(by: { abs(before[$0] - target) < abs(before[$1] - target) }) else { break }
            starts.append(best)
        }
        return starts.indices.map { i in starts[i]..<(i + 1 < starts.count ? starts[i + 1] : pages.count) }
    }

    /// Roughly what drawing the items costs, in glyphs: a shape or image (path, colour,
    /// transparency) counts as eight, which balanced the report's two runs within 2 %.
    static func work(_ items: [PageItem]) -> Int {
        items.reduce(0) { sum, item in
            switch item {
            case .text(let line): return sum + line.runs.reduce(0) { $0 + $1.glyphs.count }
            case .shape, .image: return sum + 8
            case .group(let g): return sum + work(g.items)
            case .link, .anchor, .outline, .beginTag, .endTag: return sum
            }
        }
    }
}
