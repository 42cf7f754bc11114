//! Emits the page model's structure tags as Cairo PDF tags, working around Cairo 1.16's limits.

import CCairo
import FolioGraphics
import FolioPage

/// Turns `beginTag`/`endTag` items into `cairo_tag_begin`/`cairo_tag_end` calls and records,
/// in the order elements are opened, what the post-processor adds that Cairo 1.16 cannot
/// write (alternative text, languages, artifacts).
///
/// Cairo 1.16 keeps only the child elements of an element that has both children and
/// content of its own (the content's marked-content ids are dropped). So content drawn
/// directly in an element that also has children is wrapped in a leaf: text in a `Span`,
/// shapes and images (backgrounds, rules) in an artifact. Which elements have children is
/// known beforehand from `Scan`.
final class StructureWriter {
    /// Content drawn outside any child element.
    enum Content: Equatable { case text(chinese: Bool), shape }

    private let context: CairoContext
    private var cr: OpaquePointer { context.pointer }
    /// Source begin-tag indices (pre-order over the whole document) of elements with children.
    private let parents: Set<Int>
    private var sourceIndex = 0
    private enum Kind { case element, wrapper, ignored, ignoredLink }
    private struct Open { var tag: StructureTag; var source: Int?; var kind: Kind }
    private var stack: [Open] = []
    private var artifactDepth = 0
    /// Every element Cairo writes, in the order it was opened (= pre-order of the tree);
    /// elements inside artifacts are not listed.
    private(set) var elements: [StructureTag] = []

    /// Page heights, to turn box corners into PDF coordinates (origin at the bottom left).
    private let pageHeights: [Double]
    private var pageIndex: Int

    /// A writer for the document's pages from `firstPage` on (a run of pages may go to a PDF
    /// of its own, see `PageRuns`); `scan` is `StructureWriter.scan` of all the pages.
    init(context: CairoContext, pages: [Page], scan: Scan, firstPage: Int = 0) {
        self.context = context
        parents = scan.parents
        pageHeights = pages.map(\.size.height)
        pageIndex = firstPage
        sourceIndex = scan.tagsBefore[firstPage]
    }

    /// Begin tags counted so far over the document's pages, in drawing order.
    var tagsWritten: Int { sourceIndex }

    /// Opens the root `Document` element.
    func beginDocument() { push(StructureTag(.document), source: nil, kind: .element) }

    func begin(_ tag: StructureTag) {
        closeWrapper()
        let index = sourceIndex
        sourceIndex += 1
        if artifactDepth > 0 {
            // Tags inside page furniture are not part of the structure.
            stack.append(Open(tag: tag, source: index, kind: .ignored))
            return
        }
        var placed = tag
        placed.bbox = tag.bbox.map(pdfBox)
        push(placed, source: index, kind: .element)
    }

    /// A box in the current user space as a PDF page rectangle (points, y up), through the
    /// transforms of the groups it is drawn in.
    private func pdfBox(_ r: Rect) -> Rect {
        let corners = [(r.minX, r.minY), (r.maxX, r.minY), (r.minX, r.maxY), (r.maxX, r.maxY)].map { corner in
            var (x, y) = corner
            cairo_user_to_device(cr, &x, &y)
            return (x, y)
        }
        let height = pageHeights.indices.contains(pageIndex) ? pageHeights[pageIndex] : 0
        let xs = corners.map(\.0), ys = corners.map { height - $0.1 }
        return Rect(x: xs.min()!, y: ys.min()!, width: xs.max()! - xs.min()!, height: ys.max()! - ys.min()!)
    }

    func end() {
        closeWrapper()
        guard let top = stack.popLast() else { return }
        if top.kind == .ignored { return }
        if top.kind == .ignoredLink { cairo_tag_end(cr, CAIRO_TAG_LINK); return }
        if top.tag.role == .artifact { artifactDepth -= 1 }
        cairo_tag_end(cr, Self.cairoName(top.tag.role))
    }

    /// Closes everything still open (the document end).
    func endAll() {
        closeWrapper()
        while !stack.isEmpty { end() }
    }

    /// Call before `cairo_show_page`: wrappers never span pages.
    func endPage() {
        closeWrapper()
        pageIndex += 1
    }

    /// Opens a `Link` element that Cairo writes as one link tag (annotation attributes and the
    /// text drawn until `end()`), standing for the next begin tag of the pages.
    func beginLink(_ attributes: String) {
        closeWrapper()
        let index = sourceIndex
        sourceIndex += 1
        let tag = StructureTag(.link)
        if artifactDepth > 0 {
            // A link in page furniture still works; it is just not part of the structure.
            cairo_tag_begin(cr, CAIRO_TAG_LINK, attributes)
            stack.append(Open(tag: tag, source: index, kind: .ignoredLink))
            return
        }
        cairo_tag_begin(cr, CAIRO_TAG_LINK, attributes)
        elements.append(tag)
        stack.append(Open(tag: tag, source: index, kind: .element))
    }

    /// Passes over a begin tag of the pages that is not written (its `endTag` is not drawn either).
    func skipTag() { sourceIndex += 1 }

    /// Cairo makes a `Link` element for every link annotation drawn inside a structure element.
    func willEmitLink() {
        closeWrapper()
        if !stack.isEmpty, artifactDepth == 0 { elements.append(StructureTag(.link)) }
    }

    /// Wraps content in a leaf when the current element cannot hold it itself.
    func directContent(_ content: Content) {
        let wanted: StructureTag
        switch content {
        case .text(let chinese): wanted = StructureTag(.span, language: chinese ? "zh" : nil)
        case .shape: wanted = StructureTag(.artifact)
        }
        if let top = stack.last, top.kind == .wrapper {
            if top.tag == wanted { return }
            closeWrapper()
        }
        guard artifactDepth == 0, let host = stack.last, host.source.map(parents.contains) ?? true else { return }
        push(wanted, source: nil, kind: .wrapper)
    }

    private func closeWrapper() {
        guard let top = stack.last, top.kind == .wrapper else { return }
        stack.removeLast()
        if top.tag.role == .artifact { artifactDepth -= 1 }
        cairo_tag_end(cr, Self.cairoName(top.tag.role))
    }

    private func push(_ tag: StructureTag, source: Int?, kind: Kind) {
        cairo_tag_begin(cr, Self.cairoName(tag.role), "")
        elements.append(tag)
        if tag.role == .artifact { artifactDepth += 1 }
        stack.append(Open(tag: tag, source: source, kind: kind))
    }

    /// Cairo 1.16 accepts only the standard structure types; artifacts are written as
    /// `Private` elements that the post-processor takes out of the tree.
    static func cairoName(_ role: StructureRole) -> String {
        role == .artifact ? "Private" : role.rawValue
    }

    /// Runs set in the bundled CJK face are Chinese.
    static func isChinese(_ face: FontFace) -> Bool { face.path.contains("CJK") }

    /// What the writer needs to know of all pages before drawing any.
    struct Scan: Sendable {
        /// Indices of the begin tags whose elements get children: nested tags, links, or
        /// Chinese runs (which become `Span` elements with their own language).
        var parents: Set<Int>
        /// Begin tags on the pages before each page (one more entry: all of them).
        var tagsBefore: [Int]
        /// Whether no element is open where each page starts.
        var closedAtStart: [Bool]
    }

    static func scan(_ pages: [Page]) -> Scan {
        var parents: Set<Int> = []
        var tagsBefore: [Int] = []
        var closedAtStart: [Bool] = []
        var stack: [(index: Int, artifact: Bool, link: Bool)] = []
        var counter = 0
        // The face of the last run looked at: runs of one face share its path string, so
        // comparing with it is cheap and most runs skip the search for "CJK".
        var lastFace: (path: String, chinese: Bool) = ("", false)
        func chinese(_ face: FontFace) -> Bool {
            if face.path != lastFace.path { lastFace = (face.path, isChinese(face)) }
            return lastFace.chinese
        }
        func walk(_ items: [PageItem]) {
            for item in items {
                switch item {
                case .beginTag(let t):
                    if let top = stack.last { parents.insert(top.index) }
                    stack.append((counter, t.role == .artifact || stack.last?.artifact == true, t.role == .link))
                    counter += 1
                case .endTag: _ = stack.popLast()
                // A link element's own annotation is not a child element.
                case .link: if let top = stack.last, !top.link { parents.insert(top.index) }
                case .text(let line):
                    if let top = stack.last, !top.artifact, !parents.contains(top.index), line.runs.contains(where: { chinese($0.face) }) {
                        parents.insert(top.index)
                    }
                case .group(let g): walk(g.items)
                case .shape, .image, .anchor, .outline: break
                }
            }
        }
        for page in pages {
            tagsBefore.append(counter)
            closedAtStart.append(stack.isEmpty)
            walk(page.items)
        }
        tagsBefore.append(counter)
        return Scan(parents: parents, tagsBefore: tagsBefore, closedAtStart: closedAtStart)
    }
}
