//! Radar geometry: where each axis points and where a value lands on it.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FolioPage

/// The polar frame of a radar chart. Axis 0 points straight up and the others follow
/// clockwise at equal angles; the domain's lower end is the centre, its upper end the rim.
public struct RadarGeometry: Hashable, Sendable {
    /// Where all axes meet (the domain's lower end).
    public var center: Point
    public var radius: Double
    public var axisCount: Int
    public var domain: ClosedRange<Double>

    public init(center: Point, radius: Double, axisCount: Int, domain: ClosedRange<Double>) {
        self.center = center; self.radius = radius; self.axisCount = axisCount; self.domain = domain
    }

    /// Angle of an axis in radians, clockwise from straight up.
    public func angle(axis: Int) -> Double {
        2 * .pi * Double(axis) / Double(max(axisCount, 1))
    }

    /// Unit vector along an axis in page coordinates (y grows downwards).
    public func direction(axis: Int) -> (dx: Double, dy: Double) {
        let a = angle(axis: axis)
        return (sin(a), -cos(a))
    }

    /// Distance from the centre for a value, clamped to the rim and the centre.
    public func distance(of value: Double) -> Double {
        let span = domain.upperBound - domain.lowerBound
        guard span > 0, value.isFinite else { return 0 }
        return radius * max(0, min(1, (value - domain.lowerBound) / span))
    }

    /// The point for `value` on axis `axis`.
    public func point(axis: Int, value: Double) -> Point {
        let d = direction(axis: axis), r = distance(of: value)
        return Point(x: center.x + r * d.dx, y: center.y + r * d.dy)
    }

    /// The polygon joining one value on every axis (a ring of the scale).
    public func ring(value: Double) -> [Point] {
        (0..<axisCount).map { point(axis: $0, value: value) }
    }

    /// The polygon of a series.
    public func polygon(_ values: [Double]) -> [Point] {
        values.prefix(axisCount).enumerated().map { point(axis: $0.offset, value: $0.element) }
    }
}
