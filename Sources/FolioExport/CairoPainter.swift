//! Draws page items on a Cairo context: the one walk over `PageItem` that every exporter shares.

import CCairo
import FolioGraphics
import FolioPage

/// Paints pages with Cairo. PDF export also emits link, destination and outline tags, and
/// (with `structure`) the logical structure; raster and SVG export ignore them.
final class CairoPainter {
    let context: CairoContext
    let fonts: CairoFontCache
    let emitsPDFTags: Bool
    /// Writes structure tags; nil when the output is untagged.
    let structure: StructureWriter?

    init(context: CairoContext, fonts: CairoFontCache, emitsPDFTags: Bool, structure: StructureWriter? = nil) {
        self.context = context
        self.fonts = fonts
        self.emitsPDFTags = emitsPDFTags
        self.structure = structure
    }

    var cr: OpaquePointer { context.pointer }

    func draw(_ items: [PageItem]) {
        var index = items.startIndex
        while index < items.endIndex {
            let item = items[index]
            index += 1
            if case .beginTag(let tag) = item, tag.role == .link, let structure, emitsPDFTags,
               let end = Self.matchingEnd(items, after: index) {
                drawLinkElement(items[index..<end], structure: structure)
                index = end + 1
                continue
            }
            switch item {
            case .text(let line): drawText(line)
            case .shape(let shape):
                structure?.directContent(.shape)
                drawShape(shape)
            case .image(let image):
                structure?.directContent(.shape)
                drawImage(image)
            case .link(let rect, let target): drawLink(rect, target)
            case .anchor(let name, let point): drawAnchor(name, point)
            case .outline: break
            case .group(let group): drawGroup(group)
            case .beginTag(let tag): structure?.begin(tag)
            case .endTag: structure?.end()
            }
        }
    }

    private func setColor(_ c: Color) {
        cairo_set_source_rgba(cr, c.red, c.green, c.blue, c.alpha)
    }

    private func drawText(_ line: TextLine) {
        for run in line.runs where !run.glyphs.isEmpty {
            structure?.directContent(.text(chinese: StructureWriter.isChinese(run.face)))
            fonts.select(path: run.face.path, index: run.face.index, size: run.size, on: context)
            setColor(run.color)
            let ox = line.origin.x + run.offset.x, oy = line.origin.y + run.offset.y
            var glyphs = run.glyphs.map { cairo_glyph_t(index: UInt($0.id), x: ox + $0.x, y: oy + $0.y) }
            if emitsPDFTags {
                var clusters = run.clusters.map { cairo_text_cluster_t(num_bytes: Int32($0.bytes), num_glyphs: Int32($0.glyphs)) }
                let flags: cairo_text_cluster_flags_t = run.rightToLeft ? CAIRO_TEXT_CLUSTER_FLAG_BACKWARD : cairo_text_cluster_flags_t(0)
                cairo_show_text_glyphs(cr, run.text, Int32(run.text.utf8.count), &glyphs, Int32(glyphs.count),
                                       &clusters, Int32(clusters.count), flags)
            } else {
                cairo_show_glyphs(cr, &glyphs, Int32(glyphs.count))
            }
        }
    }

    private func tracePath(_ path: Path) {
        cairo_new_path(cr)
        for e in path.elements {
            switch e {
            case .move(let p): cairo_move_to(cr, p.x, p.y)
            case .line(let p): cairo_line_to(cr, p.x, p.y)
            case .cubic(let a, let b, let c): cairo_curve_to(cr, a.x, a.y, b.x, b.y, c.x, c.y)
            case .close: cairo_close_path(cr)
            }
        }
    }

    private func drawShape(_ shape: Shape) {
        tracePath(shape.path)
        if let fill = shape.fill {
            setColor(fill)
            if shape.stroke != nil { cairo_fill_preserve(cr) } else { cairo_fill(cr) }
        }
        if let stroke = shape.stroke {
            setColor(stroke.color)
            cairo_set_line_width(cr, stroke.width)
            cairo_set_line_cap(cr, stroke.cap == .round ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT)
            if stroke.dash.isEmpty {
                cairo_set_dash(cr, nil, 0, 0)
            } else {
                cairo_set_dash(cr, stroke.dash, Int32(stroke.dash.count), 0)
            }
            cairo_stroke(cr)
        }
        cairo_new_path(cr)
    }

    private func drawImage(_ image: ImageItem) {
        let decoded: CairoSurface?
        switch image.source {
        case .png(let bytes): decoded = try? CairoSurface.png(bytes: bytes)
        case .jpeg(let bytes): decoded = try? CairoSurface.jpeg(bytes: bytes)
        }
        guard let surface = decoded, surface.imageWidth > 0, surface.imageHeight > 0 else { return }
        cairo_save(cr)
        cairo_translate(cr, image.frame.minX, image.frame.minY)
        cairo_scale(cr, image.frame.width / Double(surface.imageWidth), image.frame.height / Double(surface.imageHeight))
        cairo_set_source_surface(cr, surface.pointer, 0, 0)
        // Raster output smooths the scaled pixels; in PDF a smoothing filter becomes
        // /Interpolate true, which PDF/A forbids (the viewer scales the image anyway).
        cairo_pattern_set_filter(cairo_get_source(cr), emitsPDFTags ? CAIRO_FILTER_FAST : CAIRO_FILTER_GOOD)
        cairo_paint(cr)
        cairo_restore(cr)
    }

    private func drawLink(_ rect: Rect, _ target: LinkTarget) {
        guard emitsPDFTags else { return }
        structure?.willEmitLink()
        cairo_tag_begin(cr, CAIRO_TAG_LINK, linkAttributes(rect, target))
        cairo_tag_end(cr, CAIRO_TAG_LINK)
    }

    /// A `Link` element drawn as one Cairo link tag around its text, so the element holds the
    /// text and the annotation (PDF/UA 7.18.5); without a link item inside, just the content.
    private func drawLinkElement(_ items: ArraySlice<PageItem>, structure: StructureWriter) {
        guard let linkIndex = items.firstIndex(where: { if case .link = $0 { return true } else { return false } }),
              case .link(let rect, let target) = items[linkIndex] else {
            structure.skipTag()
            draw(Array(items))
            return
        }
        structure.beginLink(linkAttributes(rect, target))
        var inner = Array(items)
        inner.remove(at: linkIndex - items.startIndex)
        draw(inner)
        structure.end()
    }

    private func linkAttributes(_ rect: Rect, _ target: LinkTarget) -> String {
        let area = "rect=[\(fmt(rect.minX)) \(fmt(rect.minY)) \(fmt(rect.width)) \(fmt(rect.height))]"
        switch target {
        case .url(let url): return "uri='\(escape(url))' \(area)"
        case .destination(let name): return "dest='\(escape(name))' \(area)"
        }
    }

    /// The index of the `endTag` that closes a tag opened just before `start`.
    static func matchingEnd(_ items: [PageItem], after start: Int) -> Int? {
        var depth = 0
        for i in start..<items.endIndex {
            switch items[i] {
            case .beginTag: depth += 1
            case .endTag:
                if depth == 0 { return i }
                depth -= 1
            default: break
            }
        }
        return nil
    }

    private func drawAnchor(_ name: String, _ point: Point) {
        guard emitsPDFTags else { return }
        cairo_tag_begin(cr, CAIRO_TAG_DEST, "name='\(escape(name))' x=\(fmt(point.x)) y=\(fmt(point.y))")
        cairo_tag_end(cr, CAIRO_TAG_DEST)
    }

    private func drawGroup(_ group: Group) {
        cairo_save(cr)
        let t = group.transform
        var m = cairo_matrix_t(xx: t.a, yx: t.b, xy: t.c, yy: t.d, x0: t.tx, y0: t.ty)
        cairo_transform(cr, &m)
        if let clip = group.clip {
            cairo_rectangle(cr, clip.minX, clip.minY, clip.width, clip.height)
            cairo_clip(cr)
        }
        draw(group.items)
        cairo_restore(cr)
    }

    /// Cairo tag attribute strings quote with single quotes and escape `\` and `'`.
    private func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
    }

    private func fmt(_ v: Double) -> String {
        let r = (v * 100).rounded() / 100
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}

extension String {
    fileprivate func replacingOccurrences(of a: String, with b: String) -> String {
        split(separator: a, omittingEmptySubsequences: false).joined(separator: b)
    }
}
