//! Where a document's pages are cut into runs that are drawn into PDFs of their own.

import FolioPage

/// Cuts the pages into consecutive runs. A run starts only where no structure element is
/// open (a chapter's first page, say), so every element of the tagged structure lies within
/// one run and the runs' PDFs join into one tree.
///
/// The standard cut (`stable`) is defined by content, so that `folio watch` redraws little:
/// whether a run ends before a page depends on that page's own content (its chapter title)
/// and on how far back the run started and the next start lies, never on the page count.
/// An edit that keeps the page count moves no cut, so every other run is drawn exactly as
/// before and its drawing is reused (`PDFRunMemo`). A chapter that gains or loses pages
/// leaves the runs before it; after it, cuts fall on the same chapter starts again as soon
/// as one is chosen by content (the later pages' numbers still change, so those runs are
/// drawn anew). A fresh export cuts the same way, so its bytes are those the watch writes.
enum PageRuns {
    /// The shortest and longest standard run, in pages. Each run embeds its own font subsets
    /// (about 3 % of the report per run), so runs are not made shorter than needed to keep a
    /// save's redraw to a chapter or two.
    static let minimumPages = 9
    static let maximumPages = 15
    /// A page where a run may start ends the run before it when its fingerprint is divisible
    /// by this (and the run is long enough): about one start in three.
    static let cutDivisor: UInt64 = 3

    /// Content-defined runs (see the type's comment).
    static func stable(_ pages: [Page], closedAtStart: [Bool]) -> [Range<Int>] {
        guard pages.count > 1 else { return [0..<pages.count] }
        let starts = pages.indices.filter { $0 > 0 && closedAtStart[$0] }
        var cuts: [Int] = [0]
        for (k, p) in starts.enumerated() {
            let length = p - cuts.last!
            guard length >= minimumPages else { continue }
            // The next place to cut would make the run too long: cut here.
            let next = k + 1 < starts.count ? starts[k + 1] : pages.count
            if next - cuts.last! > maximumPages || fingerprint(pages[p]) % cutDivisor == 0 { cuts.append(p) }
        }
        return cuts.indices.map { i in cuts[i]..<(i + 1 < cuts.count ? cuts[i + 1] : pages.count) }
    }

    /// A digest of what a page shows that does not depend on where it is: its outline entries
    /// (a chapter's title and anchor) or, without any, its text outside page furniture
    /// (artifacts hold the page number). FNV-1a, the same in every process.
    static func fingerprint(_ page: Page) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ s: String) {
            for byte in s.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            hash = (hash ^ 0xFF) &* 0x0000_0100_0000_01B3
        }
        let outline = page.outlineEntries
        if !outline.isEmpty {
            for entry in outline { add(entry.destination); add(entry.title) }
        } else {
            var artifacts = 0, roles: [StructureRole] = []
            func walk(_ items: [PageItem]) {
                for item in items {
                    switch item {
                    case .beginTag(let t):
                        roles.append(t.role)
                        if t.role == .artifact { artifacts += 1 }
                    case .endTag:
                        if roles.popLast() == .artifact { artifacts -= 1 }
                    case .text(let line) where artifacts == 0:
                        for run in line.runs { add(run.text) }
                    case .group(let g): walk(g.items)
                    default: break
                    }
                }
            }
            walk(page.items)
        }
        // Mix the bits so that the low ones decide.
        hash ^= hash >> 33
        hash = hash &* 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 33
        return hash
    }

    /// `count` runs of about equal drawing work (`PDFExporter.runs`, to compare cuts).
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
