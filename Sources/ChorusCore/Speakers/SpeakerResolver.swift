/// Merges the speakers that articles name into one entity per person across the corpus.
public struct SpeakerResolver: Sendable {
    public init() {}

    /// Speakers, and for each article's quotes the position of its speaker in that list.
    public func resolve(_ mentions: [[SpeakerMention?]]) -> (speakers: [Speaker], assignment: [[Int?]]) {
        var byName: [String: Int] = [:]
        var speakers: [Speaker] = []
        let assignment = mentions.map { perArticle in
            perArticle.map { mention -> Int? in
                guard let mention else { return nil }
                if let id = byName[mention.name] { return id }
                let id = speakers.count
                byName[mention.name] = id
                speakers.append(Speaker(id: id, name: mention.name, aliases: mention.aliases, roles: mention.roles, kind: mention.kind))
                return id
            }
        }
        return (speakers, assignment)
    }
}
