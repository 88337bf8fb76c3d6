/// The languages the dashboard's fixed strings are written in.
public enum DashboardLanguage: String, Sendable, Hashable, CaseIterable {
    case en, fr
}

/// Every fixed string of the dashboard — headings, explanations, legends and
/// the words of the tooltips — in English and French. The one place to
/// change or translate them: the charts and the page's template take their
/// words from here (the template through `labels.*`).
///
/// A text may hold placeholders the drawing code fills in: `{n}` a count,
/// `{k}` a second count, `{what}`, `{code}`, `{lane}`, `{year}`, `{id}`.
/// A pair of keys ending in `One` / `Many` gives the singular and the plural.
public enum DashboardLabel: String, Sendable, Hashable, CaseIterable {
    // The page.
    case pageTitle, summaryTopics, summaryTasks, summaryIndicators, summaryBodies, summaryFindings
    case aggregatedNote, printNote, indexLink
    // Lanes and rows.
    case topicLane, bandLane, allTopics
    case taskOne, taskMany, milestoneOne, milestoneMany, indicatorOne, indicatorMany, findingOne, findingMany
    case taskDetail, taskEntry, labelledCount, moreEntries, thousandsSeparator, listSeparator
    // Coverage.
    case coverageHeading, coverageDescription, columnTasks, columnNoCode, coverageCell, coverageTotal
    case uncitedNote, allCitedNote, noLegendNote, codeMeaning
    // Deliverables over time.
    case scheduleHeading, scheduleDescription, quarter, quarterCell, yearOnly, yearOnlyCell
    case ongoing, periodically, annually, recurringCell
    case monthAbbreviations, seasonNames, legendMonth, legendSeason, legendYear
    case undatedHeading, outsideHeading, noTimeline, noDatedNote, noPeriodNote
    // Workload.
    case workloadHeading, workloadDescription, otherType, noType, noBodyRow, noRegistryNote, segmentCell, bodyTotal, typeLegend
    // Health.
    case healthHeading, healthDescription, findingsHeading, noFindingsNote, notCheckedNote
    case severityError, severityWarning, severityNote, ruleCell
    case gapsHeading, gapNoPlanCode, gapNoBody, gapNoIndicator, gapCell
    case progressHeading, progressEmptyNote, progressNotFilled, progressOther, progressCell

    /// The text in `language`.
    public func text(_ language: DashboardLanguage) -> String {
        switch language {
        case .en: english
        case .fr: french
        }
    }

    /// The English text.
    public var english: String {
        switch self {
        case .pageTitle: "Dashboard"
        case .summaryTopics: "Topics"
        case .summaryTasks: "Tasks"
        case .summaryIndicators: "Performance indicators"
        case .summaryBodies: "Responsible bodies named"
        case .summaryFindings: "Findings of the checks"
        case .aggregatedNote: "{n} topics: each row and lane of the charts stands for {k} consecutive topics."
        case .printNote: "Every mark and cell shows its value; hover over it for the details."
        case .indexLink: "The programme dashboard: coverage, timeline, workload and health"
        case .topicLane: "Topic {n}"
        case .bandLane: "Topics {n}–{k}"
        case .allTopics: "All topics"
        case .taskOne: "1 task"
        case .taskMany: "{n} tasks"
        case .milestoneOne: "1 milestone"
        case .milestoneMany: "{n} milestones"
        case .indicatorOne: "1 indicator"
        case .indicatorMany: "{n} indicators"
        case .findingOne: "1 finding"
        case .findingMany: "{n} findings"
        case .taskDetail: "task {id}: {what}"
        case .taskEntry: "task {id} — {what}"
        case .labelledCount: "{what}: {n}"
        case .moreEntries: "… and {n} more"
        case .thousandsSeparator: ","
        case .listSeparator: ", "
        case .coverageHeading: "Coverage of the Strategic Plan"
        case .coverageDescription: "How many tasks of each topic cite each code of the document's legend. The last row counts the tasks citing each code; a code no task cites is marked."
        case .columnTasks: "Tasks"
        case .columnNoCode: "No code"
        case .coverageCell: "{lane} · {code}: {what}"
        case .coverageTotal: "{lane}: {what}"
        case .uncitedNote: "Codes no task cites: {what}."
        case .allCitedNote: "Every code of the legend is cited by at least one task."
        case .noLegendNote: "The document defines no strategic-plan codes: there is nothing to count."
        case .codeMeaning: "{code}: {what}"
        case .scheduleHeading: "Deliverables over time"
        case .scheduleDescription: "The dated milestones of the performance indicators, by quarter, one lane per topic. Ongoing, Periodically and Annually run as bars across the period (for bands of topics, they are counted in three columns after it); a year given alone spans its year. Indicators with no date are listed under the chart."
        case .quarter: "Q{n}"
        case .quarterCell: "{lane} · {year} Q{n}: {what}"
        case .yearOnly: "{year} (year only)"
        case .yearOnlyCell: "{lane} · {year} (year only): {what}"
        case .ongoing: "Ongoing"
        case .periodically: "Periodically"
        case .annually: "Annually"
        case .recurringCell: "{lane} · {code}: {what}"
        case .monthAbbreviations: "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"
        case .seasonNames: "Spring Summer Autumn Winter"
        case .legendMonth: "a month"
        case .legendSeason: "a season"
        case .legendYear: "a year alone"
        case .undatedHeading: "Indicators with no date"
        case .outsideHeading: "Milestones outside the period {what}"
        case .noTimeline: "no timeline"
        case .noDatedNote: "No indicator gives a date."
        case .noPeriodNote: "The programme states no period; the axis runs over the years its timelines name."
        case .workloadHeading: "Workload by responsible body"
        case .workloadDescription: "The tasks of each body named in the Responsible-body cells (resolved through the body registry), split by type of task, most tasks first. A task that names several bodies counts for each of them."
        case .otherType: "Other type"
        case .noType: "No type"
        case .noBodyRow: "No body named"
        case .noRegistryNote: "No body registry: the Responsible-body cells were not resolved (pass --bodies FILE, or put bodies.tsv beside the source)."
        case .segmentCell: "{lane} · {code}: {what}"
        case .bodyTotal: "{lane}: {what}"
        case .typeLegend: "{code} {what}"
        case .healthHeading: "Health"
        case .healthDescription: "What wpc check found, by rule; the tasks that lack a plan code, a responsible body or a performance indicator; and progress, where the Progress column is filled."
        case .findingsHeading: "Findings by rule"
        case .noFindingsNote: "The checks found nothing."
        case .notCheckedNote: "The checks were not run for this output."
        case .severityError: "error"
        case .severityWarning: "warning"
        case .severityNote: "note"
        case .ruleCell: "{code} ({lane}): {what}"
        case .gapsHeading: "Gaps"
        case .gapNoPlanCode: "Tasks with no plan code"
        case .gapNoBody: "Tasks with no responsible body"
        case .gapNoIndicator: "Tasks with no performance indicator"
        case .gapCell: "{lane}: {what}"
        case .progressHeading: "Progress"
        case .progressEmptyNote: "The Progress column is empty throughout."
        case .progressNotFilled: "Not filled"
        case .progressOther: "Other states"
        case .progressCell: "{lane}: {what}"
        }
    }

    /// The French text.
    public var french: String {
        switch self {
        case .pageTitle: "Tableau de bord"
        case .summaryTopics: "Thèmes"
        case .summaryTasks: "Tâches"
        case .summaryIndicators: "Indicateurs de performance"
        case .summaryBodies: "Organes responsables cités"
        case .summaryFindings: "Constats des vérifications"
        case .aggregatedNote: "{n} thèmes : chaque ligne des graphiques représente {k} thèmes consécutifs."
        case .printNote: "Chaque marque et chaque case indique sa valeur ; le survol en donne le détail."
        case .indexLink: "Le tableau de bord du programme : couverture, calendrier, charge de travail et état"
        case .topicLane: "Thème {n}"
        case .bandLane: "Thèmes {n}–{k}"
        case .allTopics: "Tous les thèmes"
        case .taskOne: "1 tâche"
        case .taskMany: "{n} tâches"
        case .milestoneOne: "1 jalon"
        case .milestoneMany: "{n} jalons"
        case .indicatorOne: "1 indicateur"
        case .indicatorMany: "{n} indicateurs"
        case .findingOne: "1 constat"
        case .findingMany: "{n} constats"
        case .taskDetail: "tâche {id} : {what}"
        case .taskEntry: "tâche {id} — {what}"
        case .labelledCount: "{what} : {n}"
        case .moreEntries: "… et {n} autres"
        case .thousandsSeparator: "\u{202F}"
        case .listSeparator: ", "
        case .coverageHeading: "Couverture du Plan stratégique"
        case .coverageDescription: "Nombre de tâches de chaque thème qui citent chaque code de la légende du document. La dernière ligne compte les tâches qui citent chaque code ; un code qu'aucune tâche ne cite est signalé."
        case .columnTasks: "Tâches"
        case .columnNoCode: "Sans code"
        case .coverageCell: "{lane} · {code} : {what}"
        case .coverageTotal: "{lane} : {what}"
        case .uncitedNote: "Codes qu'aucune tâche ne cite : {what}."
        case .allCitedNote: "Chaque code de la légende est cité par au moins une tâche."
        case .noLegendNote: "Le document ne définit aucun code du Plan stratégique : il n'y a rien à compter."
        case .codeMeaning: "{code} : {what}"
        case .scheduleHeading: "Livrables dans le temps"
        case .scheduleDescription: "Les jalons datés des indicateurs de performance, par trimestre, une ligne par thème. « En continu », « Périodiquement » et « Annuellement » s'étendent sur toute la période (pour des groupes de thèmes, ils sont comptés dans trois colonnes après elle) ; une année donnée seule couvre son année. Les indicateurs sans date sont listés sous le graphique."
        case .quarter: "T{n}"
        case .quarterCell: "{lane} · {year} T{n} : {what}"
        case .yearOnly: "{year} (année seule)"
        case .yearOnlyCell: "{lane} · {year} (année seule) : {what}"
        case .ongoing: "En continu"
        case .periodically: "Périodiquement"
        case .annually: "Annuellement"
        case .recurringCell: "{lane} · {code} : {what}"
        case .monthAbbreviations: "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc."
        case .seasonNames: "Printemps Été Automne Hiver"
        case .legendMonth: "un mois"
        case .legendSeason: "une saison"
        case .legendYear: "une année seule"
        case .undatedHeading: "Indicateurs sans date"
        case .outsideHeading: "Jalons hors de la période {what}"
        case .noTimeline: "pas de calendrier"
        case .noDatedNote: "Aucun indicateur ne donne de date."
        case .noPeriodNote: "Le programme n'indique pas de période ; l'axe couvre les années que nomment ses calendriers."
        case .workloadHeading: "Charge de travail par organe responsable"
        case .workloadDescription: "Les tâches de chaque organe cité dans les cases « Organe responsable » (reconnu grâce au registre des organes), par type de tâche, les plus chargés d'abord. Une tâche qui cite plusieurs organes compte pour chacun."
        case .otherType: "Autre type"
        case .noType: "Sans type"
        case .noBodyRow: "Aucun organe cité"
        case .noRegistryNote: "Pas de registre des organes : les cases « Organe responsable » n'ont pas été reconnues (indiquer --bodies FICHIER, ou placer bodies.tsv à côté de la source)."
        case .segmentCell: "{lane} · {code} : {what}"
        case .bodyTotal: "{lane} : {what}"
        case .typeLegend: "{code} {what}"
        case .healthHeading: "État du programme"
        case .healthDescription: "Ce que wpc check a trouvé, par règle ; les tâches sans code du Plan, sans organe responsable ou sans indicateur de performance ; et l'avancement, là où la colonne « Avancement » est remplie."
        case .findingsHeading: "Constats par règle"
        case .noFindingsNote: "Les vérifications n'ont rien trouvé."
        case .notCheckedNote: "Les vérifications n'ont pas été faites pour cette sortie."
        case .severityError: "erreur"
        case .severityWarning: "avertissement"
        case .severityNote: "note"
        case .ruleCell: "{code} ({lane}) : {what}"
        case .gapsHeading: "Lacunes"
        case .gapNoPlanCode: "Tâches sans code du Plan"
        case .gapNoBody: "Tâches sans organe responsable"
        case .gapNoIndicator: "Tâches sans indicateur de performance"
        case .gapCell: "{lane} : {what}"
        case .progressHeading: "Avancement"
        case .progressEmptyNote: "La colonne « Avancement » est vide partout."
        case .progressNotFilled: "Non renseigné"
        case .progressOther: "Autres états"
        case .progressCell: "{lane} : {what}"
        }
    }
}
