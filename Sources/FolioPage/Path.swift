//! Vector paths and their paint, the shapes of the page model.

/// One drawing instruction of a path, in page coordinates.
public enum PathElement: Hashable, Sendable, Codable {
    case move(Point)
    case line(Point)
    case cubic(Point, Point, Point)
    case close
}

/// A vector outline built from move/line/curve elements.
public struct Path: Hashable, Sendable, Codable {
    public var elements: [PathElement]
    public init(_ elements: [PathElement] = []) { self.elements = elements }

    public static func rect(_ r: Rect) -> Path {
        Path([.move(r.origin), .line(Point(x: r.maxX, y: r.minY)), .line(Point(x: r.maxX, y: r.maxY)),
              .line(Point(x: r.minX, y: r.maxY)), .close])
    }
    public static func line(from a: Point, to b: Point) -> Path { Path([.move(a), .line(b)]) }
    public static func polygon(_ points: [Point]) -> Path {
        guard let first = points.first else { return Path() }
        return Path([.move(first)] + points.dropFirst().map { .line($0) } + [.close])
    }
    /// A circle approximated by four cubic Béziers (error < 0.03 %).
    public static func circle(center c: Point, radius r: Double) -> Path {
        let k = 0.5522847498 * r
        return Path([
            .move(Point(x: c.x + r, y: c.y)),
            .cubic(Point(x: c.x + r, y: c.y + k), Point(x: c.x + k, y: c.y + r), Point(x: c.x, y: c.y + r)),
            .cubic(Point(x: c.x - k, y: c.y + r), Point(x: c.x - r, y: c.y + k), Point(x: c.x - r, y: c.y)),
            .cubic(Point(x: c.x - r, y: c.y - k), Point(x: c.x - k, y: c.y - r), Point(x: c.x, y: c.y - r)),
            .cubic(Point(x: c.x + k, y: c.y - r), Point(x: c.x + r, y: c.y - k), Point(x: c.x + r, y: c.y)),
            .close,
        ])
    }

    /// A zero-length line: stroked with round caps it is a filled circle as wide as the line
    /// (ISO 32000-1 8.5.3.2), written in a PDF with 4 numbers instead of a circle's 26.
    public static func dot(at c: Point) -> Path { Path([.move(c), .line(c)]) }

    /// The smallest rectangle holding every point of the path (control points included).
    public var bounds: Rect {
        var pts: [Point] = []
        for e in elements {
            switch e {
            case .move(let p), .line(let p): pts.append(p)
            case .cubic(let a, let b, let c): pts += [a, b, c]
            case .close: break
            }
        }
        guard let f = pts.first else { return Rect(x: 0, y: 0, width: 0, height: 0) }
        var minX = f.x, maxX = f.x, minY = f.y, maxY = f.y
        for p in pts { minX = min(minX, p.x); maxX = max(maxX, p.x); minY = min(minY, p.y); maxY = max(maxY, p.y) }
        return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }

    public func transformed(_ t: Transform) -> Path {
        Path(elements.map {
            switch $0 {
            case .move(let p): return .move(t.apply(p))
            case .line(let p): return .line(t.apply(p))
            case .cubic(let a, let b, let c): return .cubic(t.apply(a), t.apply(b), t.apply(c))
            case .close: return .close
            }
        })
    }
}

/// How a path's outline is drawn.
public struct Stroke: Hashable, Sendable, Codable {
    public var color: Color
    public var width: Double
    public var dash: [Double]
    public var cap: LineCap
    public init(color: Color, width: Double, dash: [Double] = [], cap: LineCap = .butt) {
        self.color = color; self.width = width; self.dash = dash; self.cap = cap
    }
}

/// How open ends of stroked lines are drawn. A zero-length line with round caps is a dot.
public enum LineCap: String, Hashable, Sendable, Codable { case butt, round }

/// A path with optional fill and stroke.
public struct Shape: Hashable, Sendable, Codable {
    public var path: Path
    public var fill: Color?
    public var stroke: Stroke?
    public init(path: Path, fill: Color? = nil, stroke: Stroke? = nil) {
        self.path = path; self.fill = fill; self.stroke = stroke
    }
}
