//! Lays a whole document out into pages, repeating passes until contents page numbers settle.

import FolioCore
import FolioDocument
import FolioGraphics
import FolioPage

/// The pages of a document and what layout noticed on the way.
public struct LayoutResult: Sendable {
    public var pages: [Page]
    public var diagnostics: [Diagnostic]
    /// Page label of every heading and named destination, by id.
    public var headingPages: [String: String]
    /// 0-based page index of every heading and named destination, by id.
    public var headingPageIndex: [String: Int]
    public var passes: Int
    /// 0-based indices of the pages left blank on purpose (a verso before a right-hand start).
    public var blankPages: Set<Int> = []
    /// 0-based indices of the pages a section opens on (the others continue one).
    public var sectionStartPages: Set<Int> = []
    /// Time the geometric self-check took (seconds), to keep its cost in view.
    public var selfCheckSeconds: Double = 0
    /// Indices of the sections the last pass did not place again: their placement from the same
    /// start was known (an earlier pass, or an earlier layout through the section memo).
    public var keptPlacements: Set<Int> = []
}

/// Lays out documents with one shaper; create one per worker thread.
public final class DocumentLayouter {
    let spec: LayoutSpec
    let shaper: TextShaper
    let hyphenator: Hyphenator?
    /// Threads that convert sections before the first pass (1: everything on the caller's).
    /// Worth it for long documents; each extra worker sets up its own fonts (a few ms).
    public var conversionWorkers = 1
    /// Sections converted by an earlier layout of the same document (`folio watch`); nil: none.
    public var sectionMemo: SectionMemo?

    public init(spec: LayoutSpec, shaper: TextShaper, hyphenator: Hyphenator?) {
        self.spec = spec
        self.shaper = shaper
        self.hyphenator = hyphenator
    }

    struct Draft {
        var items: [PageItem] = []
        var template: String
        var sectionTitle: String
        /// The header band's height when its content needs more than the template's.
        var bandHeight: Double?
        /// A verso left blank so that the next section opens on a right-hand page.
        var intentionalBlank = false
        /// A section opens on this page.
        var opensSection = false
    }

    /// Space kept between a header band's content and the band's lower edge, and between the
    /// band and the text that follows it.
    static let bandPadding = 10.0

    /// Lays out the document. Documents with a table of contents take a second pass (or
    /// more, rarely) so that the listed page numbers are the real ones.
    public func layout(_ document: Document) -> LayoutResult {
        // Contents and "see page N" references need page numbers from a previous pass.
        let hasContents = document.sections.contains { $0.blocks.contains { $0.containsPageReference } }
        var previousLabels: [String: String] = [:]
        var previousHeadings: [(id: String, level: Int, title: String, inContents: Bool)] = []
        var cache = sectionMemo?.recall(document, spec: spec, hyphenator: hyphenator) ?? [:]
        if conversionWorkers > 1 {
            let converter = SectionPreconverter(spec: spec, shaper: shaper, hyphenator: hyphenator, workers: conversionWorkers)
            cache.merge(converter.convert(document, skipping: Set(cache.keys))) { known, _ in known }
        }
        defer { sectionMemo?.store(cache) }
        var pass = 0
        while true {
            pass += 1
            let context = LayoutContext(shaper: shaper, spec: spec, hyphenator: hyphenator, pageLabels: previousLabels)
            context.tocEntries = previousHeadings
            var kept: Set<Int> = []
            let (drafts, headingIndex) = run(document, context: context, cache: &cache, kept: &kept)
            let labels = PageLabels.labels(templates: drafts.map(\.template), roman: Set(spec.romanTemplates ?? []))
            let headingLabels = headingIndex.mapValues { labels[$0] }
            let settled = !hasContents || (headingLabels == previousLabels && pass > 1) || pass >= 4
            if settled {
                let lines = sectionMemo?.runningLines ?? RunningLines()
                defer { lines.finishLayout() }
                let decorator = PageDecorator(context: context, documentTitle: document.info.title, lines: lines)
                let arabicPages = labels.filter { Int($0) != nil }.count
                // Pages finished alike last time (`folio watch`) are taken with their findings.
                let known = sectionMemo?.decoratedPages
                var finished: [DecoratedPages.Finished] = []
                finished.reserveCapacity(drafts.count)
                var checkTime = Duration.zero
                for (i, d) in drafts.enumerated() {
                    let input = DecoratedPages.Input(items: d.items, template: d.template, bandHeight: d.bandHeight, sectionTitle: d.sectionTitle,
                                                     label: labels[i], arabicPages: arabicPages, pageCount: drafts.count,
                                                     documentTitle: document.info.title)
                    if let same = known?.page(at: i, for: input) {
                        finished.append(same)
                        continue
                    }
                    let page = Page(size: spec.page.pageSize,
                                    items: decorator.decorate(d.items, template: d.template, bandHeight: d.bandHeight, sectionTitle: d.sectionTitle,
                                                              pageIndex: i, label: labels[i], totalPages: arabicPages),
                                    label: labels[i])
                    let checkStart = ContinuousClock.now
                    let findings = LayoutSelfCheck().check(page, index: i, of: drafts.count)
                    checkTime += ContinuousClock.now - checkStart
                    finished.append(DecoratedPages.Finished(input: input, page: page, findings: findings))
                }
                known?.keep(finished)
                let pages = finished.map(\.page)
                var diagnostics = context.diagnostics
                if hasContents && headingLabels != previousLabels && pass > 1 {
                    diagnostics.append(.warning("contents page numbers did not settle after \(pass) passes"))
                }
                diagnostics += finished.flatMap(\.findings)
                var result = LayoutResult(pages: pages, diagnostics: diagnostics, headingPages: headingLabels,
                                          headingPageIndex: headingIndex, passes: pass,
                                          selfCheckSeconds: Double(checkTime.components.seconds) + Double(checkTime.components.attoseconds) / 1e18)
                result.blankPages = Set(drafts.indices.filter { drafts[$0].intentionalBlank })
                result.sectionStartPages = Set(drafts.indices.filter { drafts[$0].opensSection })
                result.keptPlacements = kept
                return result
            }
            previousLabels = headingLabels
            previousHeadings = context.headings
        }
    }

    /// One pass: every section placed on pages, or its placement from the same start taken
    /// from `cache` (its index then goes into `kept`).
    private func run(_ document: Document, context: LayoutContext, cache: inout [Int: ConvertedSection],
                     kept: inout Set<Int>) -> ([Draft], [String: Int]) {
        var drafts: [Draft] = []
        var headingIndex: [String: Int] = [:]
        var top = 0.0
        for (s, section) in document.sections.enumerated() {
            var template = spec.template(section.template)
            let continuous = section.start == .continuous && !drafts.isEmpty && drafts.last?.template == section.template
            let blankFirst = !continuous && startsOnVerso(section, after: drafts)
            // What placing the section reads from the sections before it: a section placed
            // from the same start before (an earlier pass, an earlier save) is placed alike.
            let base = continuous ? drafts.count - 1 : drafts.count
            let start = PlacementStart(continuous: continuous, blankFirst: blankFirst, verso: (spec.page.facing ?? false) && base % 2 == 1,
                                       openPage: continuous ? .init(top: top, template: drafts[base].template, bandHeight: drafts[base].bandHeight) : nil)
            if let known = cache[s]?.placements[start] {
                if continuous {
                    drafts[base].items += known.openPageItems
                    drafts[base].bandHeight = known.openPageBandHeight
                }
                drafts += known.pages
                headingIndex.merge(known.destinations.mapValues { $0 + base }) { earlier, _ in earlier }
                context.diagnostics += known.diagnostics
                context.headings += known.headings
                top = known.endTop
                kept.insert(s)
                continue
            }
            let openItems = continuous ? drafts[base].items.count : 0
            let reportedBefore = context.diagnostics.count, headingsBefore = context.headings.count
            var destinations: [String: Int] = [:]
            if !continuous {
                if blankFirst {
                    drafts.append(Draft(template: "blank", sectionTitle: "", intentionalBlank: true))
                }
                drafts.append(Draft(template: section.template, sectionTitle: section.runningTitle, opensSection: true))
                top = PageGeometry(spec: spec, template: template, pageIndex: drafts.count - 1).content.minY
            }
            let geometry0 = PageGeometry(spec: spec, template: template, pageIndex: drafts.count - 1)
            let items: [FlowItem]
            let hasContents = section.blocks.contains { $0.containsPageReference }
            if let cached = cache[s], !hasContents, cached.columnWidth == geometry0.columnWidth,
               cached.fullWidth == geometry0.content.width {
                items = cached.items
                // Every pass reports everything: the result carries the last pass's diagnostics.
                context.diagnostics += cached.diagnostics
                for case .box(let b) in cached.items { if let id = b.headingID, let h = cachedHeading(id, section) { context.headings.append(h) } }
            } else {
                let converter = BlockConverter(context: context, columnWidth: geometry0.columnWidth,
                                               fullWidth: geometry0.content.width, runningTitle: section.runningTitle)
                let reported = context.diagnostics.count
                items = converter.convert(section.blocks).tagged(StructureTag(.sect))
                if !hasContents {
                    cache[s] = ConvertedSection(items: items, diagnostics: Array(context.diagnostics[reported...]),
                                                columnWidth: geometry0.columnWidth, fullWidth: geometry0.content.width)
                }
            }
            let filler = ColumnFiller(items: items)
            var i = 0
            while i < items.count {
                let g = PageGeometry(spec: spec, template: template, pageIndex: drafts.count - 1)
                let pageTop = g.content.minY
                let grid = baselineGrid(pageTop: pageTop, context: context)
                let region = ColumnRegion(xs: g.columnXs, width: g.columnWidth, top: top, bottom: g.content.maxY,
                                          fullHeight: g.content.height, grid: grid)
                if case .box(let b) = items[i], b.spanAll, g.columnXs.count > 1 || template.band != nil {
                    // A run of full-width content (headings, tables, figures) is filled as one column
                    // across the whole text width, so tables split with repeated headers there too.
                    var end = i
                    while end < items.count {
                        if case .box(let x) = items[end], x.spanAll { end += 1; continue }
                        if case .space = items[end] { end += 1; continue }
                        break
                    }
                    let run = Array(items[i..<end])
                    var full = ColumnRegion(xs: [g.content.minX], width: g.content.width, top: top, bottom: g.content.maxY,
                                            fullHeight: g.content.height, grid: grid)
                    // Content that must stay with the columns below keeps room for two lines of it.
                    if case .box(let lastBox)? = run.last(where: { if case .box = $0 { return true }; return false }),
                       lastBox.keepWithNext, end < items.count {
                        full.bottom -= 30
                    }
                    var r = filler.fill(from: i, to: end, region: full)
                    if r.stop == .full, let endings = template.endings, closesPart(items, at: end) {
                        // The run ends its part of the section: its last page must not hold a scrap.
                        var next = nextPageRegion(after: drafts, context)
                        next.xs = [next.xs.first ?? full.xs[0]]
                        next.width = full.width
                        let ending = SectionEnding(filler: filler, limit: end, endings: endings, step: grid?.step ?? bodyLeading(context))
                        switch ending.decide(from: i, region: full, full: r, next: next) {
                        case .keep: break
                        case .replace(let better): r = better
                        case .stranded(let boxes):
                            context.diagnostics.append(.warning(
                                "section \"\(section.runningTitle)\" ends with \(boxes) full-width box(es) alone on its last page; "
                                + "nothing could be moved to keep them company (templates.\(section.template).endings)",
                                at: lastSource(Array(items[i..<end]))))
                        }
                    }
                    if r.placed.isEmpty && top > pageTop + ColumnFiller.epsilon {
                        newPage(&drafts, section, &top, &template)
                        continue
                    }
                    for p in r.placed {
                        place(p.box, x: p.x, y: p.y, page: drafts.count - 1, drafts: &drafts, headingIndex: &headingIndex, own: &destinations)
                    }
                    context.diagnostics += r.diagnostics
                    i = max(r.next, i + 1)
                    if r.stop == .end {
                        top = r.bottom
                        // The space after the run separates it from the columns below.
                        if let trailing = run.last, case .space(let sp) = trailing { top += sp }
                        if let band = template.band?.height.points {
                            top = fitBand(band, around: r.placed, below: top, draft: &drafts[drafts.count - 1])
                        }
                    } else {
                        newPage(&drafts, section, &top, &template)
                    }
                    continue
                }
                var result = filler.fill(from: i, region: region)
                switch result.stop {
                case .spanAll:
                    // Columns end level above full-width content…
                    result = filler.balanced(from: i, region: region, target: result)
                case .end, .pageBreak:
                    // …and, where the template asks for it, where the section (or a part of it) ends.
                    if template.endings != nil { result = filler.balanced(from: i, region: region, target: result) }
                case .full:
                    if let endings = template.endings {
                        let ending = SectionEnding(filler: filler, endings: endings, step: grid?.step ?? bodyLeading(context))
                        switch ending.decide(from: i, region: region, full: result, next: nextPageRegion(after: drafts, context)) {
                        case .keep: break
                        case .replace(let better): result = better
                        case .stranded(let boxes):
                            context.diagnostics.append(.warning(
                                "section \"\(section.runningTitle)\" ends with \(boxes) line(s) or other box(es) alone on its last page; "
                                + "neither the looseness nor moving lines forward could avoid it (templates.\(section.template).endings)",
                                at: lastSource(items)))
                        }
                    }
                }
                for p in result.placed {
                    place(p.box, x: p.x, y: p.y, page: drafts.count - 1, drafts: &drafts, headingIndex: &headingIndex, own: &destinations)
                }
                context.diagnostics += result.diagnostics
                i = result.next
                switch result.stop {
                case .end:
                    top = result.bottom
                case .spanAll:
                    top = result.bottom + 12
                case .full, .pageBreak:
                    if i < items.count { newPage(&drafts, section, &top, &template) }
                }
            }
            if cache[s] != nil, !hasContents {
                let placement = SectionPlacement(
                    openPageItems: continuous ? Array(drafts[base].items[openItems...]) : [],
                    openPageBandHeight: continuous ? drafts[base].bandHeight : nil,
                    pages: continuous ? Array(drafts[(base + 1)...]) : Array(drafts[base...]),
                    destinations: destinations.mapValues { $0 - base },
                    diagnostics: Array(context.diagnostics[reportedBefore...]),
                    headings: Array(context.headings[headingsBefore...]), endTop: top)
                if cache[s]!.placements.count >= SectionPlacement.keptPerSection { cache[s]!.placements = [:] }
                cache[s]!.placements[start] = placement
            }
        }
        return (drafts, headingIndex)
    }

    /// The layout's baseline grid on a page whose text area starts at `pageTop`.
    private func baselineGrid(pageTop: Double, context: LayoutContext) -> BaselineGrid? {
        guard let style = spec.page.baselineGrid else { return nil }
        let step = context.styles.leading(spec.theme.paragraph(style))
        return step > 0 ? BaselineGrid(origin: pageTop, step: step) : nil
    }

    /// A header band holds the full-width content that starts on it (kicker, title, standfirst,
    /// key figures, a note on ties): when that content runs past the template's height, the band
    /// grows to cover it with some padding, and the text that follows starts below it, never on the
    /// band (dark text on the band's colour) however short the header is. Returns the new top.
    private func fitBand(_ band: Double, around placed: [PlacedBox], below top: Double, draft: inout Draft) -> Double {
        let onBand = placed.filter { $0.y < band - ColumnFiller.epsilon }
        let contentBottom = onBand.map { $0.y + $0.box.height }.max() ?? 0
        let needed = contentBottom > band + ColumnFiller.epsilon ? contentBottom + Self.bandPadding : band
        let height = max(draft.bandHeight ?? band, needed)
        if height > band + ColumnFiller.epsilon { draft.bandHeight = height }
        return onBand.isEmpty ? top : max(top, height + Self.bandPadding)
    }

    /// Whether `section` would open on a left-hand page where it must open on a right-hand one,
    /// so an intentional blank verso goes first. In facing layouts that is a section asking for
    /// a right-hand page (`start: recto` in the structure) and the first section numbered in
    /// arabic, so that page 1 and every odd folio fall on right-hand pages.
    private func startsOnVerso(_ section: Section, after drafts: [Draft]) -> Bool {
        guard spec.page.facing ?? false, drafts.count % 2 == 1 else { return false }
        if section.start == .rightPage { return true }
        let roman = Set(spec.romanTemplates ?? [])
        return !roman.isEmpty && !roman.contains(section.template) && drafts.allSatisfy { roman.contains($0.template) }
    }

    private func cachedHeading(_ id: String, _ section: Section) -> (id: String, level: Int, title: String, inContents: Bool)? {
        for case .heading(let h) in section.blocks where h.id == id {
            return (h.id, h.level, h.content.plainText, h.inContents)
        }
        return nil
    }

    private func newPage(_ drafts: inout [Draft], _ section: Section, _ top: inout Double, _ template: inout PageTemplate) {
        // A section that opened on a one-off template (cover, opener) continues on its `next`.
        let current = drafts.last?.template ?? section.template
        let name = spec.template(current).next ?? current
        drafts.append(Draft(template: name, sectionTitle: section.runningTitle))
        template = spec.template(name)
        top = PageGeometry(spec: spec, template: template, pageIndex: drafts.count - 1).content.minY
    }

    /// `own`: the destinations of the section being placed, first page of each (kept with its placement).
    private func place(_ box: FlowBox, x: Double, y: Double, page: Int, drafts: inout [Draft], headingIndex: inout [String: Int],
                       own: inout [String: Int]) {
        drafts[page].items += box.items.translated(dx: x, dy: y)
        if let id = box.headingID {
            if headingIndex[id] == nil { headingIndex[id] = page }
            if own[id] == nil { own[id] = page }
        }
        // Every named destination (tables, figures, references) can be cited by page.
        for case .anchor(let name, _) in box.items {
            if headingIndex[name] == nil { headingIndex[name] = page }
            if own[name] == nil { own[name] = page }
        }
    }

    /// The leading of the body style: the step of a column's looseness where there is no grid.
    private func bodyLeading(_ context: LayoutContext) -> Double {
        context.styles.leading(spec.theme.paragraph(spec.page.baselineGrid ?? "body"))
    }

    /// The column region of the fresh page that would follow the last draft, where the rest of a
    /// section would continue (the template's `next`, as `newPage` chooses it).
    private func nextPageRegion(after drafts: [Draft], _ context: LayoutContext) -> ColumnRegion {
        let current = drafts.last?.template ?? "body"
        let g = PageGeometry(spec: spec, template: spec.template(spec.template(current).next ?? current), pageIndex: drafts.count)
        return ColumnRegion(xs: g.columnXs, width: g.columnWidth, top: g.content.minY, bottom: g.content.maxY,
                            fullHeight: g.content.height, grid: baselineGrid(pageTop: g.content.minY, context: context))
    }

    /// Whether nothing but space follows `index` up to a page break or the end of the list.
    private func closesPart(_ items: [FlowItem], at index: Int) -> Bool {
        for item in items[index...] {
            switch item {
            case .space: continue
            case .pageBreak: return true
            case .box, .columnBreak: return false
            }
        }
        return true
    }

    /// Where the last box of a section came from, for a finding about its end.
    private func lastSource(_ items: [FlowItem]) -> SourceLocation? {
        for case .box(let b) in items.reversed() where b.source != nil { return b.source }
        return nil
    }
}
