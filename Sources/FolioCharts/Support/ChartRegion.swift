//! Sizing a chart: the frame's height from the sizing policy, and the plot area left inside it.

import FolioPage

/// The frame of a chart and the body between its header and its source note.
struct ChartRegion {
    var size: Size
    /// The area for axes, labels and marks.
    var body: Rect
}

extension ChartChrome {
    /// Works out the frame size (the given height wins over the chart's own sizing) and
    /// checks that the body keeps at least `minimumBody` points.
    func region(width: Double, height: Double?, sizing: ChartSizing, naturalBody: Double, minimumBody: Double,
                chart: String, canvas: ChartCanvas) throws -> ChartRegion {
        let top = topHeight(width: width, canvas: canvas)
        let bottom = bottomHeight(width: width, canvas: canvas)
        let h = height ?? sizing.height(forWidth: width, natural: top + naturalBody + bottom)
        let body = h - top - bottom
        guard body >= minimumBody else {
            throw ChartError.notEnoughSpace(chart: chart, dimension: "height", needed: minimumBody, available: max(0, body))
        }
        return ChartRegion(size: Size(width: width, height: h), body: Rect(x: 0, y: top, width: width, height: body))
    }
}

/// How a chart is named in messages: its title, else its kind.
func chartName(_ title: String?, kind: String) -> String {
    if let t = title, !t.isEmpty { return "\(kind) \"\(t)\"" }
    return kind
}
