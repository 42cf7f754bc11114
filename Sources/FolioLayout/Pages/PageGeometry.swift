//! Where content goes on a page: margins (mirrored on facing pages), columns and gutter.

import FolioPage

/// The content area and columns of one page of a template.
struct PageGeometry {
    let size: Size
    let content: Rect
    let columnXs: [Double]
    let columnWidth: Double

    /// `pageIndex` is 0-based; page 1 (index 0) is a right-hand page.
    init(spec: LayoutSpec, template: PageTemplate, pageIndex: Int) {
        size = spec.page.pageSize
        let m = spec.page.margins
        let recto = pageIndex % 2 == 0 || !(spec.page.facing ?? false)
        let left = recto ? m.inner.points : m.outer.points
        let right = recto ? m.outer.points : m.inner.points
        let sink = template.sink?.points ?? 0
        let inset = template.inset?.points ?? 0
        let area = Rect(x: left + inset, y: m.top.points + sink, width: size.width - left - right - 2 * inset,
                        height: size.height - m.top.points - m.bottom.points - sink)
        let n = max(1, template.columns ?? 1)
        let gutter = template.gutter?.points ?? 14
        let width = (area.width - gutter * Double(n - 1)) / Double(n)
        content = area
        columnWidth = width
        columnXs = (0..<n).map { area.minX + Double($0) * (width + gutter) }
    }
}
