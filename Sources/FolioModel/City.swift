//! A city of the edition: slug, English and Chinese names, province.

/// One city. `slug` is the stable identifier used in text (`{{rank xian}}`); `name` is the
/// English display name that tables use (`Xi'an`).
public struct City: Hashable, Sendable, Codable {
    public var slug: String
    public var name: String
    public var nameZh: String
    public var province: String
    public init(slug: String, name: String, nameZh: String, province: String) {
        self.slug = slug; self.name = name; self.nameZh = nameZh; self.province = province
    }
}
