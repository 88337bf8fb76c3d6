/// The languages a diff report can be worded in.
public enum ReportLanguage: String, Sendable, Hashable, CaseIterable {
    case en, fr
}

/// Every fixed string of the diff reports (terminal summary, Markdown, HTML,
/// and the Word redline's properties), each key with its English and French
/// text, so that wording lives in one place. `{1}`, `{2}`… stand for the
/// arguments, `{n}` for a count; a key ending in `One`/`Other` is the
/// singular/plural form of one phrase (`DiffWording.counted`).
public enum DiffLabel: String, Sendable, Hashable, CaseIterable {
    case heading, oldDraft, newDraft, noChanges, lead, listSeparator, sentenceEnd, placesOpen, placesClose
    case changesOne, changesOther, andMore
    case ignoredLead, ignoredProgress, ignoredWhitespace, ignoredCase, ignoredPunctuation
    case keyLead, keyInserted, keyDeleted, keyChanged, keyMoved
    case movedFrom, movedTo, placeWas, moveStep, indicatorPlace
    case unchangedTasksOne, unchangedTasksOther, unchangedTopicsOne, unchangedTopicsOther
    case changesHeading, quoteOpen, quoteClose, empty, unchanged, documentPlace
    case fieldTitle, fieldText, fieldPlan, fieldType, fieldBodies, fieldTimeline, fieldProgress, fieldDate, fieldIntroduction
    case topicsAddedOne, topicsAddedOther, topicsRemovedOne, topicsRemovedOther, topicsRenamedOne, topicsRenamedOther
    case renumberedOne, renumberedRange
    case tasksAddedOne, tasksAddedOther, tasksRemovedOne, tasksRemovedOther
    case taskMovedFromTo, tasksMovedOne, tasksMovedOther
    case tasksRewordedOne, tasksRewordedOther, plansChangedOne, plansChangedOther, typesChangedOne, typesChangedOther
    case bodiesChangedOne, bodiesChangedOther, progressChangedOne, progressChangedOther
    case indicatorsAddedOne, indicatorsAddedOther, indicatorsRemovedOne, indicatorsRemovedOther
    case indicatorsRewordedOne, indicatorsRewordedOther, timelinesMovedOne, timelinesMovedOther
    case indicatorBodiesChangedOne, indicatorBodiesChangedOther
    case titleChanged, dateChanged, introductionChanged
    case redlineDescription

    /// The key's text in English and in French.
    public var texts: (en: String, fr: String) {
        switch self {
        case .heading: ("Changes from {1} to {2}", "Modifications de {1} à {2}")
        case .oldDraft: ("Old", "Ancien projet")
        case .newDraft: ("New", "Nouveau projet")
        case .noChanges: ("No changes between {1} and {2}.", "Aucune modification entre {1} et {2}.")
        case .lead: ("{1}: ", "{1} : ")
        case .listSeparator: (", ", ", ")
        case .sentenceEnd: (".", ".")
        case .placesOpen: (" (", " (")
        case .placesClose: (")", ")")
        case .changesOne: ("{n} change", "{n} modification")
        case .changesOther: ("{n} changes", "{n} modifications")
        case .andMore: ("and {n} more", "et {n} autres")
        case .ignoredLead: ("Ignored: {1}.", "Non pris en compte : {1}.")
        case .ignoredProgress: ("progress", "l’avancement")
        case .ignoredWhitespace: ("white space", "les espaces")
        case .ignoredCase: ("case", "la casse")
        case .ignoredPunctuation: ("punctuation", "la ponctuation")
        case .keyLead: ("Key:", "Légende :")
        case .keyInserted: ("inserted", "ajouté")
        case .keyDeleted: ("deleted", "supprimé")
        case .keyChanged: ("changed cell", "cellule modifiée")
        case .keyMoved: ("moved task", "tâche déplacée")
        case .movedFrom: ("Moved from {1}", "Déplacée depuis {1}")
        case .movedTo: ("Moved to {1}", "Déplacée vers {1}")
        case .placeWas: ("{1} (was {2})", "{1} (auparavant {2})")
        case .moveStep: ("{1} to {2}", "{1} à {2}")
        case .indicatorPlace: ("{1}, indicator {2}", "{1}, indicateur {2}")
        case .unchangedTasksOne: ("{n} unchanged task", "{n} tâche inchangée")
        case .unchangedTasksOther: ("{n} unchanged tasks", "{n} tâches inchangées")
        case .unchangedTopicsOne: ("{n} unchanged topic", "{n} thème inchangé")
        case .unchangedTopicsOther: ("{n} unchanged topics", "{n} thèmes inchangés")
        case .changesHeading: ("Changes", "Modifications")
        case .quoteOpen: ("“", "« ")
        case .quoteClose: ("”", " »")
        case .empty: ("(empty)", "(vide)")
        case .unchanged: ("(unchanged)", "(inchangée)")
        case .documentPlace: ("document", "document")
        case .fieldTitle: ("title", "titre")
        case .fieldText: ("text", "texte")
        case .fieldPlan: ("plan codes", "codes du plan")
        case .fieldType: ("type", "type")
        case .fieldBodies: ("responsible bodies", "organes responsables")
        case .fieldTimeline: ("timeline", "échéance")
        case .fieldProgress: ("progress", "avancement")
        case .fieldDate: ("date", "date")
        case .fieldIntroduction: ("introduction", "introduction")
        case .topicsAddedOne: ("{n} topic added", "{n} thème ajouté")
        case .topicsAddedOther: ("{n} topics added", "{n} thèmes ajoutés")
        case .topicsRemovedOne: ("{n} topic removed", "{n} thème supprimé")
        case .topicsRemovedOther: ("{n} topics removed", "{n} thèmes supprimés")
        case .topicsRenamedOne: ("{n} topic renamed", "{n} thème renommé")
        case .topicsRenamedOther: ("{n} topics renamed", "{n} thèmes renommés")
        case .renumberedOne: ("topic {1} renumbered {2}", "thème {1} renuméroté {2}")
        case .renumberedRange: ("topics {1}–{2} renumbered {3}–{4}", "thèmes {1} à {2} renumérotés {3} à {4}")
        case .tasksAddedOne: ("{n} task added", "{n} tâche ajoutée")
        case .tasksAddedOther: ("{n} tasks added", "{n} tâches ajoutées")
        case .tasksRemovedOne: ("{n} task removed", "{n} tâche supprimée")
        case .tasksRemovedOther: ("{n} tasks removed", "{n} tâches supprimées")
        case .taskMovedFromTo: ("1 task moved from {1} to {2}", "1 tâche déplacée de {1} à {2}")
        case .tasksMovedOne: ("{n} task moved", "{n} tâche déplacée")
        case .tasksMovedOther: ("{n} tasks moved", "{n} tâches déplacées")
        case .tasksRewordedOne: ("{n} task reworded", "{n} tâche reformulée")
        case .tasksRewordedOther: ("{n} tasks reworded", "{n} tâches reformulées")
        case .plansChangedOne: ("{n} change of plan codes", "{n} changement de codes du plan")
        case .plansChangedOther: ("{n} changes of plan codes", "{n} changements de codes du plan")
        case .typesChangedOne: ("{n} task type changed", "{n} type de tâche modifié")
        case .typesChangedOther: ("{n} task types changed", "{n} types de tâche modifiés")
        case .bodiesChangedOne: ("{n} change of responsible bodies", "{n} changement d’organes responsables")
        case .bodiesChangedOther: ("{n} changes of responsible bodies", "{n} changements d’organes responsables")
        case .progressChangedOne: ("{n} progress update", "{n} mise à jour de l’avancement")
        case .progressChangedOther: ("{n} progress updates", "{n} mises à jour de l’avancement")
        case .indicatorsAddedOne: ("{n} indicator added", "{n} indicateur ajouté")
        case .indicatorsAddedOther: ("{n} indicators added", "{n} indicateurs ajoutés")
        case .indicatorsRemovedOne: ("{n} indicator removed", "{n} indicateur supprimé")
        case .indicatorsRemovedOther: ("{n} indicators removed", "{n} indicateurs supprimés")
        case .indicatorsRewordedOne: ("{n} indicator reworded", "{n} indicateur reformulé")
        case .indicatorsRewordedOther: ("{n} indicators reworded", "{n} indicateurs reformulés")
        case .timelinesMovedOne: ("{n} timeline moved", "{n} échéance déplacée")
        case .timelinesMovedOther: ("{n} timelines moved", "{n} échéances déplacées")
        case .indicatorBodiesChangedOne: ("{n} change of an indicator’s bodies", "{n} changement des organes d’un indicateur")
        case .indicatorBodiesChangedOther: ("{n} changes of indicators’ bodies", "{n} changements des organes d’indicateurs")
        case .titleChanged: ("the title changed", "le titre a changé")
        case .dateChanged: ("the date changed", "la date a changé")
        case .introductionChanged: ("the introduction changed", "l’introduction a changé")
        case .redlineDescription: ("Changes from {1} to {2}, tracked.", "Modifications de {1} à {2}, suivies.")
        }
    }
}

/// Words a report prints, in one language: `DiffLabel`'s texts with their
/// arguments filled in.
public struct DiffWording: Sendable, Hashable {
    public var language: ReportLanguage

    public init(_ language: ReportLanguage = .en) { self.language = language }

    /// `label`'s text with `{1}`, `{2}`… replaced by `arguments`.
    public func text(_ label: DiffLabel, _ arguments: String...) -> String {
        SummaryPiece.text(of: fill(raw(label), arguments.map { SummaryPiece($0) }, count: nil))
    }

    /// The singular or plural form (`one`/`other`) for `count`, `{n}` filled in:
    /// English takes the singular for 1, French for 0 and 1.
    public func counted(_ one: DiffLabel, _ other: DiffLabel, _ count: Int, _ arguments: String...) -> String {
        SummaryPiece.text(of: fill(raw(form(one, other, count)), arguments.map { SummaryPiece($0) }, count: count))
    }

    /// `label`'s text as pieces, each argument a piece of its own (a link, say).
    func pieces(_ label: DiffLabel, _ arguments: [SummaryPiece], count: Int? = nil) -> [SummaryPiece] {
        fill(raw(label), arguments, count: count)
    }

    /// The form of a counted phrase for `count`.
    func form(_ one: DiffLabel, _ other: DiffLabel, _ count: Int) -> DiffLabel {
        (language == .fr ? count <= 1 : count == 1) ? one : other
    }

    /// A counted phrase's singular without its count ("{n} task reworded" → "task reworded"),
    /// for a list that says one change per line.
    public func uncounted(_ one: DiffLabel) -> String {
        let template = raw(one)
        return template.hasPrefix("{n} ") ? String(template.dropFirst(4)) : fill(template, [], count: 1).map(\.text).joined()
    }

    /// "11 changes".
    public func changes(_ count: Int) -> String { counted(.changesOne, .changesOther, count) }

    /// `text` between the language's quotation marks.
    public func quoted(_ text: String?) -> String {
        guard let text else { return self.text(.empty) }
        return self.text(.quoteOpen) + text + self.text(.quoteClose)
    }

    private func raw(_ label: DiffLabel) -> String {
        switch language {
        case .en: label.texts.en
        case .fr: label.texts.fr
        }
    }

    /// One pass over the template: a `{…}` naming `n` or an argument's number
    /// is replaced; anything else, and the arguments' own text, is kept as it is.
    private func fill(_ template: String, _ arguments: [SummaryPiece], count: Int?) -> [SummaryPiece] {
        var pieces: [SummaryPiece] = []
        var words = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            words += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else {
                words += rest[open...]
                rest = rest[rest.endIndex...]
                break
            }
            let name = rest[rest.index(after: open)..<close]
            if name == "n", let count {
                words += String(count)
            } else if let number = Int(name), number >= 1, number <= arguments.count {
                let argument = arguments[number - 1]
                if argument.anchor == nil {
                    words += argument.text
                } else {
                    if !words.isEmpty { pieces.append(SummaryPiece(words)) }
                    words = ""
                    pieces.append(argument)
                }
            } else {
                words += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        words += rest
        if !words.isEmpty { pieces.append(SummaryPiece(words)) }
        return pieces
    }
}
