import Foundation

/// How an analysis compares with a labelled incident.
public struct Scorecard: Sendable, Equatable {
    /// Per milestone: whether each side has it, the time error, and whether the same message was named.
    public struct MilestoneScore: Sendable, Equatable {
        public var kind: MilestoneKind
        public var expected: Bool
        public var found: Bool
        /// |found − expected| in seconds, when both exist.
        public var errorSeconds: Int?
        /// True when the analysis named the labelled message.
        public var sameMessage: Bool
    }

    /// Matches between two sets of messages (by `ts`).
    public struct Matches: Sendable, Equatable {
        public var truePositives: Int
        public var expected: Int
        public var found: Int

        public init(truePositives: Int = 0, expected: Int = 0, found: Int = 0) {
            self.truePositives = truePositives
            self.expected = expected
            self.found = found
        }

        /// tp / found, nil when nothing was found.
        public var precision: Double? { found == 0 ? nil : Double(truePositives) / Double(found) }
        /// tp / expected, nil when nothing was expected.
        public var recall: Double? { expected == 0 ? nil : Double(truePositives) / Double(expected) }

        static func + (a: Matches, b: Matches) -> Matches {
            Matches(truePositives: a.truePositives + b.truePositives, expected: a.expected + b.expected, found: a.found + b.found)
        }

        /// Compares sets of message ts.
        public static func compare(expected: Set<String>, found: Set<String>) -> Matches {
            Matches(truePositives: expected.intersection(found).count, expected: expected.count, found: found.count)
        }
    }

    public var caseID: String
    public var milestones: [MilestoneScore]
    public var hypotheses: Matches
    /// Hypotheses found whose outcome (and settling message, when labelled) is right.
    public var outcomes: Matches
    public var escalations: Matches
    public var actionItems: Matches

    /// Scores `analysis` against `truth`.
    public static func score(_ analysis: Analysis, against truth: LabelledIncident, caseID: String) -> Scorecard {
        var ms: [MilestoneScore] = []
        for kind in MilestoneKind.allCases {
            let expectedTime = truth.time(of: kind)
            let found = analysis.milestones[kind]
            var error: Int?
            if let e = expectedTime, let f = found?.time { error = Int(abs(f.timeIntervalSince(e)).rounded()) }
            let same = truth.ts(of: kind) != nil && truth.ts(of: kind) == found?.ts?.raw
            ms.append(MilestoneScore(kind: kind, expected: expectedTime != nil, found: found != nil, errorSeconds: error, sameMessage: same))
        }
        let labelledHypotheses = truth.hypotheses ?? []
        let hypotheses = Matches.compare(expected: Set(labelledHypotheses.map(\.ts)), found: Set(analysis.hypotheses.map(\.ts.raw)))
        // An outcome counts when a found hypothesis has the labelled outcome and settling message.
        var outcomeHits = 0
        var outcomeFound = Set<String>()
        for h in analysis.hypotheses {
            let key = h.ts.raw
            outcomeFound.insert(key)
            let labels = labelledHypotheses.filter { $0.ts == key }
            if labels.contains(where: { $0.outcome == h.outcome.rawValue && ($0.outcomeTS == nil || $0.outcomeTS == h.outcomeTS?.raw) }) {
                outcomeHits += 1
            }
        }
        let outcomes = Matches(truePositives: outcomeHits, expected: Set(labelledHypotheses.map(\.ts)).count, found: outcomeFound.count)
        let escalations = Matches.compare(expected: Set((truth.escalations ?? []).map(\.ts)), found: Set(analysis.escalations.map(\.ts.raw)))
        let actions = Matches.compare(
            expected: Set((truth.actionItems ?? []).map(\.ts)), found: Set(analysis.actionItems.compactMap { $0.ts?.raw }))
        return Scorecard(caseID: caseID, milestones: ms, hypotheses: hypotheses, outcomes: outcomes, escalations: escalations, actionItems: actions)
    }

    /// Totals over several cases (matches summed; milestone errors kept per case).
    public static func total(_ cards: [Scorecard]) -> (hypotheses: Matches, outcomes: Matches, escalations: Matches, actionItems: Matches) {
        cards.reduce((Matches(), Matches(), Matches(), Matches())) { acc, c in
            (acc.0 + c.hypotheses, acc.1 + c.outcomes, acc.2 + c.escalations, acc.3 + c.actionItems)
        }
    }
}
