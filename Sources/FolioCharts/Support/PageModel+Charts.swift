//! Small conveniences on page-model values that chart code uses often.

import FolioPage

extension Rect {
    var midX: Double { minX + width / 2 }
    var midY: Double { minY + height / 2 }
}

extension Stroke {
    func with(color: Color) -> Stroke { Stroke(color: color, width: width, dash: dash) }
}

extension Color {
    func with(alpha: Double) -> Color { Color(red: red, green: green, blue: blue, alpha: alpha) }
}
