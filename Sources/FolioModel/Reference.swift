//! Numbered references and per-city analyst notes.

/// A numbered reference cited in text as `[^id]`.
public struct Reference: Hashable, Sendable, Codable {
    public var id: Int
    public var text: String
    public init(id: Int, text: String) { self.id = id; self.text = text }
}

/// A short analyst note about a city (used by the one-page briefs).
public struct CityNote: Hashable, Sendable, Codable {
    public var city: String
    public var text: String
    public init(city: String, text: String) { self.city = city; self.text = text }
}
