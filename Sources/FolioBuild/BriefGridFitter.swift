//! Lays a brief out on the fixed grid of its structure: each block alone in its region, the
//! regions then moved into place, so a block is at the same place on every brief.

import FolioCompose
import FolioCore
import FolioDocument
import FolioGraphics
import FolioLayout
import FolioPage

/// The band, header and footer are a page of the brief layout; every other block is laid
/// out alone on a one-column page as wide as its region (and far taller), measured, condensed
/// with its own steps of the structure's `condense:` list while it is taller than its region,
/// and moved to the region's place. Condensing changes what is inside a region, never where
/// a region is; a block still too tall is a finding, and the regions below it make room.
struct BriefGridFitter {
    let composer: BriefComposer
    let grid: BriefGrid
    let frameLayouter: DocumentLayouter
    /// One layouter per region width (a column, or both columns).
    let regionLayouters: [Double: DocumentLayouter]
    let columns: BriefGrid.Columns
    /// The lowest point content may reach on the real page.
    let contentBottom: Double

    static let regionTemplate = "brief-region"
    /// The height of the page a region is measured on: taller than any brief.
    static let measuringHeight = 2_000.0

    init(composer: BriefComposer, grid: BriefGrid, spec: LayoutSpec, shaper: TextShaper, hyphenator: Hyphenator?) {
        self.composer = composer
        self.grid = grid
        frameLayouter = DocumentLayouter(spec: spec, shaper: shaper, hyphenator: hyphenator)
        let size = spec.page.pageSize
        let template = spec.templates["brief"] ?? PageTemplate()
        let gutter = template.gutter?.points ?? 0
        let left = spec.page.margins.inner.points + (template.inset?.points ?? 0)
        let right = spec.page.margins.outer.points + (template.inset?.points ?? 0)
        columns = BriefGrid.Columns(left: left, width: (size.width - left - right - gutter) / 2, gutter: gutter)
        contentBottom = size.height - spec.page.margins.bottom.points
        var layouters: [Double: DocumentLayouter] = [:]
        for width in [columns.width, columns.fullWidth] {
            layouters[width] = DocumentLayouter(spec: Self.regionSpec(spec, width: width), shaper: shaper, hyphenator: hyphenator)
        }
        regionLayouters = layouters
    }

    /// The brief layout on a page of the region's width, no margins, one column, no furniture.
    static func regionSpec(_ spec: LayoutSpec, width: Double) -> LayoutSpec {
        var region = spec
        region.page.size = "custom"
        region.page.orientation = nil
        region.page.width = Length(points: width)
        region.page.height = Length(points: measuringHeight)
        region.page.margins.top = Length(points: 0); region.page.margins.bottom = Length(points: 0)
        region.page.margins.inner = Length(points: 0); region.page.margins.outer = Length(points: 0)
        var template = PageTemplate()
        template.columns = 1
        region.templates[regionTemplate] = template
        return region
    }

    /// One block laid out alone: its items (at the origin), its height and the layout's findings.
    struct Laid {
        var items: [PageItem] = []
        var height = 0.0
        var pages = 1
        var diagnostics: [Diagnostic] = []
    }

    func fit(_ slug: String) throws -> BriefsJob.Brief {
        let frameDocument = try composer.frame(city: slug)
        let frame = frameLayouter.layout(frameDocument)
        guard var page = frame.pages.first else { throw Diagnostic.error("the brief of \(slug) has no page") }
        var findings = frame.diagnostics
        let name = composer.edition.city(slug)?.name ?? slug
        // Blocks that ran past their region (or the header past the grid's top), in the order
        // of the structure, with how far: findings, and the culprit if the page overflows.
        var overruns: [(block: BriefBlock, by: Double)] = []
        var grid = self.grid
        let headerBottom = PageExtent.contentBottom(page)
        if headerBottom > grid.top + 0.5, let header = composer.structure.block(.header) {
            overruns.append((header, headerBottom - grid.top))
            findings.append(.warning("the header reaches \(Int((headerBottom - grid.top).rounded())) pt below the grid's top "
                                     + "(\(Self.points(grid.top))); the regions moved down", at: header.source))
            grid.top = headerBottom + grid.gap
        }
        var laid: [String: Laid] = [:]
        var taken: [TakenStep] = []
        for block in composer.structure.blocks {
            guard let regionName = block.region, let region = grid.region(regionName) else { continue }
            let (result, steps) = try fitRegion(block, region: region, city: slug)
            taken += steps
            laid[regionName] = result
            if result.height > region.height + 0.5 {
                overruns.append((block, result.height - region.height))
                findings.append(.warning("\(block.kind.noun) runs \(Int((result.height - region.height).rounded())) pt past its region "
                                         + "\"\(region.name)\" (\(Self.points(region.height))) even condensed; the regions below it moved down",
                                         at: block.source ?? region.source))
            }
            findings += result.diagnostics
        }
        let overflowing = laid.filter { $0.value.height > (grid.region($0.key)?.height ?? 0) + 0.5 }.mapValues(\.height)
        let frames = grid.frames(in: columns, heights: overflowing)
        if let low = grid.regions.first(where: { (frames[$0.name]?.maxY ?? 0) > contentBottom + 0.5 }), let f = frames[low.name] {
            let over = Int((f.maxY - contentBottom).rounded())
            let why = "region \"\(low.name)\" ends \(over) pt below the page's content area"
            if let first = overruns.first {
                throw Diagnostic.error("the brief for \(name) does not fit on one page: the \(first.block.kind.rawValue) block is the first that "
                                       + "does not fit (\(first.block.kind.noun) runs \(Int(first.by.rounded())) pt past its room); \(why); "
                                       + "shorten the note or the city's name, or make the grid's regions fewer or smaller",
                                       at: first.block.source ?? SourceLocation(file: composer.structure.path))
            }
            throw Diagnostic.error("the brief for \(name) does not fit on one page: \(why); make the grid's regions fewer or smaller",
                                   at: low.source ?? SourceLocation(file: composer.structure.path))
        }
        // Reading order: the regions in the order the structure lists their blocks.
        for block in composer.structure.blocks {
            guard let regionName = block.region, let f = frames[regionName], let result = laid[regionName] else { continue }
            page.items += result.items.translated(dx: f.minX, dy: f.minY)
        }
        taken.sort { a, b in
            (composer.structure.condense.firstIndex(of: a.step) ?? 0) < (composer.structure.condense.firstIndex(of: b.step) ?? 0)
        }
        return BriefsJob.Brief(city: slug, name: name, page: page, info: frameDocument.info, condensed: taken, findings: findings)
    }

    /// Lays one block out in its region, taking its own condensing steps in the structure's
    /// order until it fits; then undoes any earlier step the fitted block does not need.
    func fitRegion(_ block: BriefBlock, region: BriefGrid.Region, city slug: String) throws -> (Laid, [TakenStep]) {
        let candidates = composer.structure.condense.filter { $0.kind == block.kind && composer.changes($0, city: slug) }
        var tried: [[String]: Laid] = [:]
        func attempt(_ steps: [CondenseStep]) throws -> Laid {
            let key = steps.map(\.name)
            if let known = tried[key] { return known }
            let laid = try layOut(block, region: region, city: slug, steps: steps)
            tried[key] = laid
            return laid
        }
        func fits(_ laid: Laid) -> Bool { laid.pages == 1 && laid.diagnostics.isEmpty && laid.height <= region.height + 0.5 }
        var applied: [CondenseStep] = []
        var result = try attempt(applied)
        while !fits(result), applied.count < candidates.count {
            applied.append(candidates[applied.count])
            result = try attempt(applied)
        }
        for step in applied.dropLast().reversed() where fits(result) {
            let without = applied.filter { $0 != step }
            let trial = try attempt(without)
            if fits(trial) { applied = without; result = trial }
        }
        var taken: [TakenStep] = []
        for (i, step) in applied.enumerated() {
            let before = try attempt(Array(applied[..<i]))
            let why = before.height > region.height + 0.5
                ? "it was \(Int((before.height - region.height).rounded())) pt taller than its region \"\(region.name)\" (\(Self.points(region.height)))"
                : "the layout reported: " + (before.diagnostics.first?.message ?? "a problem")
            taken.append(TakenStep(step: step, action: composer.structure.describe(step), reason: why, goal: "its region"))
        }
        return (result, taken)
    }

    func layOut(_ block: BriefBlock, region: BriefGrid.Region, city slug: String, steps: [CondenseStep]) throws -> Laid {
        guard !steps.contains(where: { $0.action == .drop }) else { return Laid() }
        let compact = steps.contains { $0.action == .compact }
        var block = block
        if region.sizing == .fill, block.kind == .radar {
            // A radar in a `fill` region is drawn as tall as the region; its compact form keeps
            // the declared difference.
            let grow = region.height - 1 - block.number("height")
            block.numbers["height"] = block.number("height") + grow
            block.numbers["compactHeight"] = block.number("compactHeight") + grow
        }
        guard let document = try composer.region(city: slug, block: block, compact: compact, template: Self.regionTemplate) else { return Laid() }
        let width = region.column == .full ? columns.fullWidth : columns.width
        guard let layouter = regionLayouters[width] else { return Laid() }
        let result = layouter.layout(document)
        let items = result.pages.first?.items ?? []
        let height = result.pages.first.map { PageExtent.contentBottom($0) } ?? 0
        return Laid(items: items, height: height, pages: result.pages.count, diagnostics: result.diagnostics)
    }

    /// How tall the block of each `auto` region is, uncondensed, at its tallest over `slugs`
    /// (every city of the edition, so the grid does not depend on which briefs are asked for).
    func tallest(over slugs: [String]) throws -> [String: Double] {
        var tallest: [String: Double] = [:]
        for block in composer.structure.blocks {
            guard let name = block.region, let region = grid.region(name), region.sizing == .auto else { continue }
            for slug in slugs {
                tallest[name] = max(tallest[name] ?? 0, try layOut(block, region: region, city: slug, steps: []).height)
            }
        }
        return tallest
    }

    /// The grid sized for the edition: `auto` regions measured over every city, `fill`
    /// regions given the room left in their column above the page's content bottom.
    func resolvedGrid(over slugs: [String]) throws -> BriefGrid {
        guard grid.regions.contains(where: { $0.sizing != .fixed }) else { return grid }
        return grid.resolved(measured: try tallest(over: slugs), columns: columns, bottom: contentBottom)
    }

    static func points(_ v: Double) -> String { v == v.rounded() ? "\(Int(v)) pt" : "\(v) pt" }
}
