//! The frame around a plot: header and legend on top, source note at the foot.

import FolioPage

/// Everything of a chart that is not the plot. Charts ask it how much height it takes,
/// decide their plot rectangle from what is left, and let it draw itself.
struct ChartChrome {
    var titles: ChartTitles
    var legend: (any ChartLegend)?

    /// Height above the plot: title, subtitle, legend and the gaps after them.
    func topHeight(width: Double, canvas: ChartCanvas) -> Double {
        let s = canvas.style.spacing
        let header = titles.header(width: width, canvas: canvas).height
        var h = header
        if let legend {
            let lh = legend.height(width: width, canvas: canvas)
            if lh > 0 { h += legendTop(header: header, canvas: canvas) + lh + s.afterLegend }
        } else if header > 0 {
            h += s.afterHeader
        }
        return h
    }

    /// Space above the legend: a gap after the header, or with no header the part of the
    /// legend labels' line box above their cap height, so no accent (Ž, Å) leaves the frame.
    private func legendTop(header: Double, canvas: ChartCanvas) -> Double {
        if header > 0 { return canvas.style.spacing.afterHeader * 0.8 }
        let font = canvas.style.legend
        return max(0, canvas.label("Å", font, at: .zero).line.ascent - canvas.capHeight(font))
    }

    /// Height below the plot: the source note and the gap above it.
    func bottomHeight(width: Double, canvas: ChartCanvas) -> Double {
        titles.footer(width: width, bottom: 0, canvas: canvas).height
    }

    /// Draws header, legend and source note into a frame of the given size.
    func draw(in canvas: inout ChartCanvas, width: Double, height: Double) {
        let header = titles.header(width: width, canvas: canvas)
        canvas.add(header.labels)
        if let legend {
            legend.draw(in: &canvas, origin: Point(x: 0, y: header.height + legendTop(header: header.height, canvas: canvas)),
                        width: width)
        }
        canvas.add(titles.footer(width: width, bottom: height, canvas: canvas).labels)
    }
}
