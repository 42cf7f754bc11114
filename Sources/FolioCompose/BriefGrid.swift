//! The brief's fixed grid: named regions of fixed size, so every block of every brief sits
//! at the same place whatever its city's names, ties or text lengths.

import FolioCore
import FolioPage

/// Regions below the band, stacked top to bottom in the order declared: a `left` or `right`
/// region stacks in its column, a `full` region spans both columns and starts below
/// everything above it. Positions depend on the grid alone, never on the content.
public struct BriefGrid: Sendable, Equatable {
    public enum Column: String, Sendable, CaseIterable { case left, right, full }

    /// One named region: its column and its height in points.
    public struct Region: Sendable, Equatable {
        public var name: String
        public var column: Column
        public var height: Double
        /// Space above the region instead of the grid's gap (more room before a full-width band).
        public var space: Double?
        public var source: SourceLocation?

        public init(name: String, column: Column, height: Double, space: Double? = nil, source: SourceLocation? = nil) {
            self.name = name; self.column = column; self.height = height; self.space = space; self.source = source
        }

        /// Equal when placed alike, wherever they were declared.
        public static func == (a: Region, b: Region) -> Bool { a.name == b.name && a.column == b.column && a.height == b.height && a.space == b.space }
    }

    /// Where the first regions start, in points from the top of the page (below the band).
    public var top: Double
    /// Space between two regions stacked in the same column, in points.
    public var gap: Double
    public var regions: [Region]

    public init(top: Double, gap: Double, regions: [Region]) {
        self.top = top; self.gap = gap; self.regions = regions
    }

    public func region(_ name: String) -> Region? { regions.first { $0.name == name } }

    /// The page's columns: where the left one starts, each column's width and the gutter.
    public struct Columns: Sendable, Equatable {
        public var left: Double
        public var width: Double
        public var gutter: Double
        public init(left: Double, width: Double, gutter: Double) { self.left = left; self.width = width; self.gutter = gutter }
        public var fullWidth: Double { 2 * width + gutter }
    }

    /// Every region's rectangle on the page, by name. `heights` replaces the declared height
    /// of a region whose content ran past it (a finding), so the regions below make room
    /// instead of being drawn over; without it every brief gets the same rectangles.
    public func frames(in columns: Columns, heights: [String: Double] = [:]) -> [String: Rect] {
        var bottom = (left: top - gap, right: top - gap)
        var frames: [String: Rect] = [:]
        for r in regions {
            let h = max(r.height, heights[r.name] ?? 0)
            let gap = r.space ?? self.gap
            switch r.column {
            case .left:
                frames[r.name] = Rect(x: columns.left, y: bottom.left + gap, width: columns.width, height: h)
                bottom.left += gap + h
            case .right:
                frames[r.name] = Rect(x: columns.left + columns.width + columns.gutter, y: bottom.right + gap, width: columns.width, height: h)
                bottom.right += gap + h
            case .full:
                let y = max(bottom.left, bottom.right) + gap
                frames[r.name] = Rect(x: columns.left, y: y, width: columns.fullWidth, height: h)
                bottom = (y + h, y + h)
            }
        }
        return frames
    }
}
