//! Evaluates data-bound expressions against an edition's tables, giving the text to print.

import FolioCore

extension DataExpression {
    /// The text the expression stands for: a list of city names (`A, B and C`) or a number
    /// (thousands separated). Several cities (`score a|b x`) read `A 12, B 9 and C 11`.
    public func evaluate(in analytics: Analytics) throws(DataExpressionError) -> String {
        let edition = analytics.edition
        switch self {
        case .cities:
            return NumberText.grouped(edition.cities.count)
        case .dimensions:
            return NumberText.grouped(edition.dimensions.count)
        case .title:
            return edition.info.title
        case .shortTitle:
            return edition.info.shortTitle
        case .variables(nil):
            return NumberText.grouped(edition.dimensions.map(\.variables.count).reduce(0, +))
        case .variables(let d?):
            guard let dimension = edition.dimension(d) else { throw dimensionError(d, in: edition) }
            return NumberText.grouped(dimension.variables.count)
        case .spelled(let inner, let capitalized):
            let figure = try inner.evaluate(in: analytics)
            guard let n = Int(String(figure.filter { $0 != "," })) else { throw .notSpellable(figure) }
            let words = NumberText.words(n)
            return capitalized ? words.prefix(1).uppercased() + words.dropFirst() : words
        case .countTier(let id):
            guard edition.tiers.contains(where: { $0.id == id }) else {
                throw .unknownTier(id, known: edition.tiers.map(\.id).sorted())
            }
            return NumberText.grouped(analytics.cities(inTier: id).count)
        case .top(let n, let target):
            let leaders: [RankedCity]
            switch try checked(target, in: edition) {
            case .overall: leaders = analytics.topOverall(n)
            case .dimension(let d): leaders = analytics.top(n, dimension: d)
            case .variable(let d, let v): leaders = analytics.top(n, dimension: d, variable: v)
            }
            return NumberText.list(leaders.map { edition.city($0.city)?.name ?? $0.city })
        case .score(let cities, let target):
            let t = try checked(target, in: edition)
            return try perCity(cities, in: edition) { (city) throws(DataExpressionError) -> Int in
                let value: Int?
                switch t {
                case .overall: value = analytics.overallTotal(of: city)
                case .dimension(let d): value = analytics.score(of: city, in: d)
                case .variable(let d, let v): value = analytics.score(of: city, in: d, variable: v)
                }
                guard let value else { throw .noValue(city: city, what: "score") }
                return value
            }
        case .rank(let cities, let target):
            let t = try checked(target, in: edition)
            if case .variable(let d, let v) = t {
                // A variable has scores, not published ranks; say so rather than invent one.
                throw .usage(verb: "rank", usage: "a dimension or nothing (overall), not the variable \(d).\(v)")
            }
            return try perCity(cities, in: edition) { (city) throws(DataExpressionError) -> Int in
                let value: Int?
                if case .dimension(let d) = t { value = analytics.rank(of: city, in: d) } else { value = analytics.overallRank(of: city) }
                guard let value else { throw .noValue(city: city, what: "rank") }
                return value
            }
        case .total(let cities):
            return try perCity(cities, in: edition) { (city) throws(DataExpressionError) -> Int in
                guard let value = analytics.overallTotal(of: city) else { throw .noValue(city: city, what: "overall total") }
                return value
            }
        }
    }

    /// One city: the number. Several: `Beijing 12, Shenzhen 9 and Shanghai 11`.
    private func perCity(_ cities: [String], in edition: Edition,
                         _ value: (String) throws(DataExpressionError) -> Int) throws(DataExpressionError) -> String {
        let slugs = edition.cities.map(\.slug)
        var parts: [String] = []
        for slug in cities {
            guard let city = edition.city(slug) else { throw .unknownCity(slug, hint: NameHint.didYouMean(slug, in: slugs)) }
            let v = NumberText.grouped(try value(slug))
            parts.append(cities.count == 1 ? v : "\(city.name) \(v)")
        }
        return NumberText.list(parts)
    }

    private func checked(_ target: DataTarget, in edition: Edition) throws(DataExpressionError) -> DataTarget {
        switch target {
        case .overall: return target
        case .dimension(let d):
            guard edition.dimension(d) != nil else { throw dimensionError(d, in: edition) }
            return target
        case .variable(let d, let v):
            guard let dim = edition.dimension(d) else { throw dimensionError(d, in: edition) }
            guard dim.variableIndex(v) != nil else {
                throw .unknownVariable(dimension: d, variable: v, hint: NameHint.didYouMean(v, in: dim.variables.map(\.slug)))
            }
            return target
        }
    }

    private func dimensionError(_ d: String, in edition: Edition) -> DataExpressionError {
        var candidates = edition.dimensions.map(\.slug)
        if case .top = self { candidates.append("overall") }
        return .unknownDimension(d, hint: NameHint.didYouMean(d, in: candidates))
    }
}
