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
            if lh > 0 { h += (header > 0 ? s.afterHeader * 0.8 : 0) + lh + s.afterLegend }
        } else if header > 0 {
            h += s.afterHeader
        }
        return h
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
            let top = header.height > 0 ? header.height + canvas.style.spacing.afterHeader * 0.8 : 0
            legend.draw(in: &canvas, origin: Point(x: 0, y: top), width: width)
        }
        canvas.add(titles.footer(width: width, bottom: height, canvas: canvas).labels)
    }
}
