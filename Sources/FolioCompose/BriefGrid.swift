//! The brief's fixed grid: named regions of fixed size, so every block of every brief sits
//! at the same place whatever its city's names, ties or text lengths.

import FolioCore
import FolioPage

/// Regions below the band, stacked top to bottom in the order declared: a `left` or `right`
/// region stacks in its column, a `full` region spans both columns and starts below
/// everything above it. Positions depend on the grid alone, never on the content.
public struct BriefGrid: Sendable, Equatable {
    public enum Column: String, Sendable, CaseIterable { case left, right, full }

    /// How a region's height is chosen: as declared, the tallest its block is on any brief of
    /// the edition (`auto`), or the room its column has left above the next full-width region
    /// once every other region is sized (`fill`). `resolved` turns the last two into points.
    public enum Sizing: String, Sendable, Equatable { case fixed, auto, fill }

    /// One named region: its column and its height in points.
    public struct Region: Sendable, Equatable {
        public var name: String
        public var column: Column
        /// In points; for an `auto` or `fill` region, its least height until `resolved` sizes it.
        public var height: Double
        public var sizing: Sizing = .fixed
        /// The most an `auto` or `fill` region may take.
        public var maxHeight: Double?
        /// Space above the region instead of the grid's gap (more room before a full-width band).
        public var space: Double?
        public var source: SourceLocation?

        public init(name: String, column: Column, height: Double, space: Double? = nil, source: SourceLocation? = nil) {
            self.name = name; self.column = column; self.height = height; self.space = space; self.source = source
        }

        /// Equal when placed alike, wherever they were declared.
        public static func == (a: Region, b: Region) -> Bool {
            a.name == b.name && a.column == b.column && a.height == b.height && a.space == b.space && a.sizing == b.sizing && a.maxHeight == b.maxHeight
        }
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

    /// The grid with every `auto` region as tall as the tallest of `measured` (its block's
    /// heights on the edition's briefs) and every `fill` region taking what its column has
    /// left above the full-width region below it, or above `bottom` (both capped by `max:`,
    /// never below the declared height). The same for every brief of an edition, so blocks
    /// stay at the same place on all of them.
    public func resolved(measured: [String: Double], columns: Columns, bottom: Double) -> BriefGrid {
        var grid = self
        for i in grid.regions.indices where grid.regions[i].sizing == .auto {
            let r = grid.regions[i]
            grid.regions[i].height = min(max(r.height, measured[r.name] ?? 0), r.maxHeight ?? .infinity)
        }
        for i in grid.regions.indices where grid.regions[i].sizing == .fill {
            let r = grid.regions[i]
            // The region's column ends where the next full-width region (less its space) or the page begins.
            let next = grid.regions[(i + 1)...].firstIndex { $0.column == .full }
            var end = bottom
            if let next {
                let below = grid.regions[next...]
                end = bottom - below.map(\.height).reduce(0, +) - below.map { $0.space ?? gap }.reduce(0, +)
            }
            grid.regions[i].height = 0
            let frames = grid.frames(in: columns)
            let columnBottom = grid.regions[..<(next ?? grid.regions.count)].filter { $0.column == r.column }
                .compactMap { frames[$0.name]?.maxY }.max() ?? top
            let room = end - columnBottom
            grid.regions[i].height = min(max(r.height, room), r.maxHeight ?? .infinity)
        }
        return grid
    }
}
