//! Fits a city brief on one page: the condensing steps of the brief structure, in order,
//! each one recorded with why it was needed; an error naming the block when nothing helps.

import FolioCompose
import FolioCore
import FolioDocument
import FolioGraphics
import FolioLayout
import FolioPage

/// One condensing step a brief took, and why.
public struct TakenStep: Sendable, Equatable {
    public var step: CondenseStep
    /// What it did: "dropped the analyst note".
    public var action: String
    /// Why: "the page was 14 pt too full".
    public var reason: String
    /// What it made fit: "one page", or on a grid "its region".
    public var goal: String = "one page"
}

/// Lays a brief out with one worker's layouter, condensing it until it fits. A second
/// layouter with the same layout on a page far taller than the real one measures how much
/// too full a page is (only when it is).
struct BriefFitter {
    let composer: BriefComposer
    let layouter: DocumentLayouter
    let measurer: DocumentLayouter
    /// The lowest point content may reach on the real page.
    let contentBottom: Double
    /// Places the blocks on the structure's grid, when it has one.
    let grid: BriefGridFitter?

    init(composer: BriefComposer, spec: LayoutSpec, shaper: TextShaper, hyphenator: Hyphenator?) {
        self.composer = composer
        layouter = DocumentLayouter(spec: spec, shaper: shaper, hyphenator: hyphenator)
        measurer = DocumentLayouter(spec: Self.tall(spec), shaper: shaper, hyphenator: hyphenator)
        contentBottom = spec.page.pageSize.height - spec.page.margins.bottom.points
        grid = composer.structure.grid.map { BriefGridFitter(composer: composer, grid: $0, spec: spec, shaper: shaper, hyphenator: hyphenator) }
    }

    /// The same layout on a page 2,000 pt taller, so any brief fits on its first page.
    static func tall(_ spec: LayoutSpec) -> LayoutSpec {
        var tall = spec
        let size = spec.page.pageSize
        tall.page.size = "custom"
        tall.page.orientation = nil
        tall.page.width = Length(points: size.width)
        tall.page.height = Length(points: size.height + 2_000)
        return tall
    }

    /// Applies the structure's condensing steps in order until the brief fits (one page, no
    /// layout finding); then undoes any earlier step the fitted brief does not need (most
    /// drastic first), so a step that did not help (a smaller radar when the right column is
    /// the long one) leaves no trace.
    func fit(_ slug: String) throws -> BriefsJob.Brief {
        if let grid { return try grid.fit(slug) }
        let candidates = composer.structure.condense.filter { composer.changes($0, city: slug) }
        // Layouts by the steps they apply: the reasons below revisit earlier attempts.
        var tried: [[String]: (Document, LayoutResult)] = [:]
        func attempt(_ slug: String, _ steps: [CondenseStep]) throws -> (Document, LayoutResult) {
            let key = steps.map(\.name)
            if let known = tried[key] { return known }
            let document = try composer.compose(city: slug, condensing: steps)
            let result = (document, layouter.layout(document))
            tried[key] = result
            return result
        }
        var applied: [CondenseStep] = []
        var (document, result) = try attempt(slug, applied)
        while !fits(result) {
            guard applied.count < candidates.count else {
                // No step cleared the layout's findings. The least condensed attempt that is
                // one page without errors is kept, its findings reported as warnings (a finding
                // that condensing cannot fix must not cost the city its brief).
                guard let k = (0...applied.count).first(where: { usable(tried[applied.prefix($0).map(\.name)]!.1) }) else {
                    throw doesNotFit(slug, steps: candidates, why: reason(result, document))
                }
                applied = Array(applied.prefix(k))
                (document, result) = try attempt(slug, applied)
                break
            }
            applied.append(candidates[applied.count])
            (document, result) = try attempt(slug, applied)
        }
        for step in applied.dropLast().reversed() where fits(result) {
            let without = applied.filter { $0 != step }
            let trial = try attempt(slug, without)
            if fits(trial.1) { applied = without; (document, result) = trial }
        }
        // Why each kept step was needed: how full the page was before it.
        var taken: [TakenStep] = []
        for (i, step) in applied.enumerated() {
            let before = try attempt(slug, Array(applied[..<i]))
            taken.append(TakenStep(step: step, action: composer.structure.describe(step), reason: reason(before.1, before.0)))
        }
        return BriefsJob.Brief(city: slug, name: composer.edition.city(slug)?.name ?? slug, page: result.pages[0],
                               info: document.info, condensed: taken, findings: result.diagnostics)
    }

    /// One page and no layout finding at all.
    func fits(_ result: LayoutResult) -> Bool { result.pages.count == 1 && result.diagnostics.isEmpty }

    /// One page, nothing below its content area and no error: a brief that can be written,
    /// its findings reported beside it.
    func usable(_ result: LayoutResult) -> Bool {
        guard result.pages.count == 1, !result.diagnostics.contains(where: { $0.severity == .error }) else { return false }
        return PageExtent.contentBottom(result.pages[0]) <= contentBottom + 0.5
    }

    /// Why a layout does not fit: how much too full the page is, or the layout's own finding.
    func reason(_ result: LayoutResult, _ document: Document) -> String {
        // Content that spills onto a second page is measured on the tall page; a box taller
        // than a whole column stays on the page and runs past its foot.
        let over = result.pages.count > 1 ? overflow(document)
                                           : result.pages.first.map { PageExtent.contentBottom($0) - contentBottom } ?? 0
        if over >= 1 { return "the page was \(Int(over.rounded())) pt too full" }
        if result.pages.count > 1 { return "the brief ran onto a second page" }
        return "the layout reported: " + (result.diagnostics.first?.message ?? "a problem")
    }

    /// How far the document's content reaches below the real page's content area.
    func overflow(_ document: Document) -> Double {
        guard let page = measurer.layout(document).pages.first else { return 0 }
        return PageExtent.contentBottom(page) - contentBottom
    }

    /// The error for a brief that does not fit even with every step: it names the city and
    /// the first block (in the structure's order) from which on the page no longer fits.
    func doesNotFit(_ slug: String, steps: [CondenseStep], why: String) -> Diagnostic {
        let name = composer.edition.city(slug)?.name ?? slug
        let blocks = composer.structure.blocks
        var culprit: BriefBlock?
        for k in 1...max(1, blocks.count) {
            guard let document = try? composer.compose(city: slug, condensing: steps, firstBlocks: k) else { break }
            if !usable(layouter.layout(document)) { culprit = blocks[k - 1]; break }
        }
        let tried = steps.isEmpty ? "with no condensing step left to try" : "even condensed (" + steps.map(\.name).joined(separator: ", ") + ")"
        let block = culprit.map { " the \($0.kind.rawValue) block is the first that does not fit (\($0.kind.noun));" } ?? ""
        return .error("the brief for \(name) does not fit on one page \(tried):\(block) \(why); shorten the note or the city's name, or make the blocks of the brief structure fewer or smaller",
                      at: culprit?.source ?? SourceLocation(file: composer.structure.path))
    }
}

/// The extent of a page's content, furniture (artifacts: band, running heads) left out.
enum PageExtent {
    /// The lowest point reached by any text, shape, image or figure box outside artifacts.
    static func contentBottom(_ page: Page) -> Double {
        var bottom = 0.0
        var artifactDepth = 0
        var depth = 0
        func walk(_ items: [PageItem], _ map: (Point) -> Point) {
            for item in items {
                switch item {
                case .beginTag(let tag):
                    depth += 1
                    if tag.role == .artifact && artifactDepth == 0 { artifactDepth = depth }
                    // A figure's box covers its chart, whose marks may be artifacts.
                    if artifactDepth == 0, let box = tag.bbox { extend(box, map) }
                case .endTag:
                    if artifactDepth == depth { artifactDepth = 0 }
                    depth -= 1
                case .text(let line) where artifactDepth == 0: extend(line.bounds, map)
                case .shape(let shape) where artifactDepth == 0: extend(shape.path.bounds, map)
                case .image(let image) where artifactDepth == 0: extend(image.frame, map)
                case .group(let g) where artifactDepth == 0:
                    walk(g.items) { map(g.transform.apply($0)) }
                default: break
                }
            }
        }
        func extend(_ r: Rect, _ map: (Point) -> Point) {
            for p in [Point(x: r.minX, y: r.minY), Point(x: r.maxX, y: r.maxY), Point(x: r.minX, y: r.maxY), Point(x: r.maxX, y: r.minY)] {
                bottom = max(bottom, map(p).y)
            }
        }
        walk(page.items) { $0 }
        return bottom
    }
}
