;; Copyright 2026 the Safeguard maintainers
;;
;; Licensed under the Apache License, Version 2.0 (the "License");
;; you may not use this file except in compliance with the License.
;; You may obtain a copy of the License at
;;
;;     https://www.apache.org/licenses/LICENSE-2.0
;;
;; Unless required by applicable law or agreed to in writing, software
;; distributed under the License is distributed on an "AS IS" BASIS,
;; WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
;; See the License for the specific language governing permissions and
;; limitations under the License.

(ns org.safeguard.examples.clojure-client
  "Safeguard's public API as a Clojure integrator calls it: a checklist assessed, a MARAC screen,
  a case worked from referral to closure, a cohort report and an NDJSON export.

  Answers are Clojure maps of item id to answer word, as a case system stores them. What the
  engine returns stays a Java value (a `CaseFile`, an `Assessment`); `summary` functions turn the
  parts a caller shows into Clojure maps with keywords. The plugins (the Dash RIC, the policies,
  the NDJSON exporter) are found at run time: nothing here names a class in them.

  Every person and case here is synthetic."
  (:require [clojure.string :as str])
  (:import (java.io ByteArrayOutputStream)
           (java.nio.charset StandardCharsets)
           (java.time Clock Instant LocalDate ZoneOffset)
           (java.util Optional)
           (org.safeguard.core Casework Safeguard)
           (org.safeguard.core.assessment Assessment JudgementReason ProfessionalJudgement)
           (org.safeguard.core.casework CaseChange CaseEvent CaseFile Closure ClosureReason Consent ConsentMethod
                                        Contact ContactChannel Intervention InterventionResult MaracScreening Measures Review
                                        ReviewKind StandardInterventions)
           (org.safeguard.core.export ExportProfile ExportSession)
           (org.safeguard.core.marac CaseHistory Incident MaracDecision RouteFinding)
           (org.safeguard.core.outcome AbuseProfile AbuseType CaseOutcome CohortReport CohortTally OutcomeAnswer
                                       OutcomeMeasure OutcomeQuestion Rate RiskFactor Severity)
           (org.safeguard.model Agency EnumCodes IncidentType Responses Responses$Builder RiskLevel Score)))

(set! *warn-on-reflection* true)

;; ---------------------------------------------------------------------------------------------
;; Small readers: Optionals and enums as Clojure values

(defn- present
  "The value of an Optional, or nil when it is empty."
  [^Optional o]
  (.orElse o nil))

(defn- kw
  "An enum constant as a keyword of its code (EnumCodes, the library's one mapping): RiskLevel/HIGH
  is :high, MaracRoute/VISIBLE_HIGH_RISK :visible-high-risk."
  [^Enum e]
  (when e (keyword (EnumCodes/of e))))

(defn- enum
  "The constant of an enum class a keyword names: (enum RiskLevel :high) is RiskLevel/HIGH. An unknown
  keyword is refused with an InvalidInputException that lists the codes there are."
  [^Class type k]
  (EnumCodes/parse type "keyword" (name k)))

;; ---------------------------------------------------------------------------------------------
;; The engine

(def ^LocalDate screening-day
  "The day every example case is referred and screened on: a fixed date, so that runs agree."
  (LocalDate/of 2026 11 2))

(defn- start-of
  "The first instant of a day, in UTC."
  ^Instant [^LocalDate day]
  (.toInstant (.atStartOfDay day ZoneOffset/UTC)))

(defn engine
  "Builds the engine once, as an application does at start: the SafeLives policy, strict loading
  (a broken plugin fails the build), and a clock fixed on the screening day."
  (^Safeguard [] (engine "safelives"))
  (^Safeguard [policy-id]
   (-> (Safeguard/builder)
       ;; a hint: thresholdPolicy takes an id or a ThresholdPolicy, and Clojure picks by the argument's type
       (.thresholdPolicy ^String policy-id)
       (.clock (Clock/fixed (start-of screening-day) ZoneOffset/UTC))
       (.build))))

;; ---------------------------------------------------------------------------------------------
;; An assessment

(def ric "The SafeLives Dash RIC's instrument id." "safelives-dash-ric")

(defn items
  "The instrument's item ids, in its order."
  [^Safeguard sg instrument-id]
  (vec (.itemIds (.instrument sg instrument-id))))

(defn checklist
  "A set of answers to an instrument from a map of item id to answer word (\"yes\", \"no\",
  \"don't know\", \"not asked\"); keys and words may be strings or keywords. Items left out are not
  asked, never no."
  ^Responses [^Safeguard sg instrument-id answers]
  (let [words (update-vals (update-keys answers name) name)]
    ;; :threats-to-kill and "threats-to-kill" would become one key, and one answer would be lost
    (when (< (count words) (count answers))
      (throw (IllegalArgumentException. "an item is given twice, once as a keyword and once as a string")))
    (-> (.responses sg instrument-id)
        (.answers words)
        (.build))))

(defn assess
  "The assessment of a set of answers under the policy in force."
  ^Assessment [^Safeguard sg ^Responses responses]
  (.assess sg responses))

(defn judge
  "Raises an assessment by professional judgement: the level as a keyword, an assessor's id (never a
  name), a rationale in the practitioner's words, and reasons as keywords."
  ^Assessment [^Safeguard sg ^Assessment assessment {:keys [level assessor rationale reasons at]}]
  (.raise sg assessment
          (-> (.judgement sg)
              (.level (enum RiskLevel level))
              (.assessorId assessor)
              (.rationale rationale)
              (.reasons (mapv #(enum JudgementReason %) reasons))
              (.at (or at (start-of screening-day)))
              (.build))))

(defn assessment-summary
  "What an assessment found, as a map: level (nil when too little is known), score, counts, policy
  and the engine's own explanation."
  [^Assessment a]
  (let [^Score score (.score a)]
    {:level       (kw (present (.level a)))
     :computed    (kw (present (.computedLevel a)))
     :score       (.value score)
     :yes         (.yesCount score)
     :not-known   (.notKnownCount score)
     :not-asked   (.notAskedCount score)
     :overridden? (.overridden a)
     :policy      (str (.policyId a) " " (.policyVersion a))
     :explain     (.explain a)}))

;; ---------------------------------------------------------------------------------------------
;; The MARAC screen

(defn incident
  "An incident known to an agency: {:on date, :type :violence-or-threats, :reported-by :police}."
  ^Incident [{:keys [on type reported-by]}]
  (Incident/of on (enum IncidentType type) (enum Agency reported-by)))

(defn case-history
  "What the screen weighs besides the checklist: the screening date, the victim's age, incidents
  and earlier MARAC referrals."
  ^CaseHistory [{:keys [as-of age incidents previous-referrals]}]
  (-> (CaseHistory/builder)
      (.asOf as-of)
      (cond-> age (.victimAge (int age)))                 ; an age not recorded is screened as an adult's
      (.incidents (mapv incident incidents))
      (.previousReferrals (vec previous-referrals))
      (.build)))

(defn screen
  "Screens a case for MARAC on its history and, when there is one, its assessment."
  (^MaracDecision [^Safeguard sg history]
   (.screenForMarac sg (case-history history)))
  (^MaracDecision [^Safeguard sg history ^Assessment assessment]
   (.screenForMarac sg (case-history history) assessment)))

(defn decision-summary
  "A MARAC decision as a map: the outcome, the routes that fired and each route's explanation."
  [^MaracDecision d]
  {:outcome     (kw (.outcome d))
   :refer?      (.referToMarac d)
   :routes      (into #{} (map kw) (.firedRoutes d))
   :also-childrens-social-care? (.alsoToChildrensSocialCare d)
   :findings    (into {} (map (fn [^RouteFinding f] [(kw (.route f)) (.explanation f)]))
                      (concat (.routes d) (.notFired d)))
   :explain     (.explain d)})

;; ---------------------------------------------------------------------------------------------
;; A case from referral to closure

(defn- abuse
  "An abuse profile from a map of type to severity keywords: {:physical :high}."
  ^AbuseProfile [m]
  (AbuseProfile/of (into {} (map (fn [[t s]] [(enum AbuseType t) (enum Severity s)])) m)))

(defn measures
  "The measures taken at intake or review: the day, the assessment, the abuse present by type and
  severity, the risk factors and the children in the household."
  ^Measures [{:keys [on assessment abuse-present risk-factors children]}]
  (-> (Measures/builder)
      (.on on)
      (.assessment assessment)
      (.abuse (abuse abuse-present))
      (.riskFactors (mapv #(enum RiskFactor %) risk-factors))
      (.childrenInHousehold (int children))
      (.build)))

(defn- step
  "Applies one casework command to the case as it stands, keeping the events it gave (what a case
  system persists) and any MARAC decision it made."
  [{:keys [file] :as state} command]
  (let [^CaseChange change (command file)]
    (cond-> (-> state
                (assoc :file (.caseFile change))
                (update :events into (.events change)))
      (instance? MaracScreening change) (assoc :decision (.decision ^MaracScreening change)))))

(defn work-case
  "Works one case through casework from referral to closure: opened with its intake measures,
  its incidents recorded, consent given, screened for MARAC on its own history, interventions
  started and ended, contacts made, then, when the case map has them, a closing review and the
  closure. Returns {:file CaseFile, :events [CaseEvent ...], :decision MaracDecision}."
  [^Safeguard sg {:keys [case-id age opened incidents intake interventions contacts review closed]}]
  (let [^Casework cw (.casework sg)
        ;; hints on every argument: open has two four-argument forms (an int age and Measures, or
        ;; OptionalInt and Optional), and Clojure needs each argument's type to choose between them
        ^CaseChange opening (.open cw ^String case-id ^LocalDate opened (int age) (measures intake))]
    (reduce step
            {:file (.caseFile opening) :events (vec (.events opening))}
            (concat
             (for [i incidents]
               (fn [^CaseFile f] (.recordIncident cw f (incident i))))
             [(fn [^CaseFile f]
                (.recordConsent cw f (-> (Consent/builder)
                                         (.recordedOn opened)
                                         (.method ConsentMethod/VERBAL)
                                         (.contactAgreed true)
                                         (.shareWith [Agency/POLICE Agency/HOUSING])
                                         (.build))))
              (fn [^CaseFile f] (.screenForMarac cw f opened))]
             (for [[n {:keys [kind start end]}] (map-indexed vector interventions)
                   :let [id (str "i" (inc n))]
                   command [(fn [^CaseFile f]
                              (.startIntervention cw f (-> (Intervention/builder)
                                                           (.id id)
                                                           (.kind kind)
                                                           (.start start)
                                                           (.build))))
                            (fn [^CaseFile f] (.endIntervention cw f id end InterventionResult/ACHIEVED))]]
               command)
             (for [on contacts]
               (fn [^CaseFile f] (.recordContact cw f (Contact/significant on ContactChannel/PHONE))))
             (when review
               [(fn [^CaseFile f]
                  (.recordReview cw f (-> (Review/builder)
                                          (.kind ReviewKind/CLOSURE)
                                          (.measures (measures review))
                                          (.answers (into {} (map (fn [[q a]] [(enum OutcomeQuestion q) (enum OutcomeAnswer a)]))
                                                          (:answers review)))
                                          (.build))))])
             (when closed
               [(fn [^CaseFile f] (.close cw f (Closure/of closed ClosureReason/SUPPORT_COMPLETED)))])))))

(defn case-summary
  "Where a case stands, as a map."
  [^CaseFile f]
  {:case-id       (.caseId f)
   :closed?       (.closed f)
   :closed-on     (some-> ^Closure (present (.closure f)) (.on))
   :interventions (.interventionKinds f)
   :contacts      (.significantContacts f)
   :reviews       (count (.reviews f))
   :revision      (.revision f)})

;; ---------------------------------------------------------------------------------------------
;; The cohort report

(defn cohort-report
  "The evaluation's outcome tables over the case files given: each case's outcome, tallied."
  ^CohortReport [^Safeguard sg files]
  (let [^Casework cw (.casework sg)]
    (-> (CohortTally/create)
        (.addAll (mapv #(.outcome cw %) files))
        (.report))))

(defn- rate [^Rate r]
  {:numerator (.numerator r) :denominator (.denominator r) :missing (.missing r)})

(defn cohort-summary
  "A cohort report's headline figures as a map; the whole table is (.toTable report)."
  [^CohortReport r]
  {:cases           (.cases r)
   :reviewed        (.reviewed r)
   :intensive       (.intensiveCases r)
   :risk-reduced    (rate (.overall r OutcomeMeasure/RISK_REDUCED))
   :feels-safer     (rate (.overall r OutcomeMeasure/FEELS_SAFER))
   :total-cessation (rate (.overall r OutcomeMeasure/TOTAL_CESSATION))})

;; ---------------------------------------------------------------------------------------------
;; An export

(defn profile
  "The export profile for a purpose: :marac, :full, or :research with a key of at least 32 bytes."
  (^ExportProfile [purpose] (profile purpose nil))
  (^ExportProfile [purpose ^bytes research-key]
   (case purpose
     :full (ExportProfile/full)
     :marac (ExportProfile/marac)
     :research (ExportProfile/research research-key))))

(defn export
  "Exports worked cases (each {:file :events :decision}, with the :responses and :assessment taken
  at intake) and cohort reports through the exporter of that id, for a profile; returns the bytes
  written. The engine applies the profile's purpose to every record before the exporter sees it."
  ^bytes [^Safeguard sg exporter-id ^ExportProfile prof worked reports]
  (let [out (ByteArrayOutputStream.)]
    (with-open [session (.export sg exporter-id prof out)]
      (try
        ;; hints on what is written: ExportSession.write has a form for each kind of record, and
        ;; Clojure picks by the argument's type
        (doseq [{:keys [^CaseFile file events ^MaracDecision decision ^Responses responses ^Assessment assessment]} worked]
          (.write session file)
          (doseq [^CaseEvent e events] (.write session e))
          (when assessment (.write session (.caseId file) responses assessment))
          (when decision (.write session (.caseId file) decision)))
        (doseq [^CohortReport r reports] (.write session r))
        (catch Throwable t
          ;; not finished as if whole: the output is left cut short
          (.abandon session)
          (throw t))))
    (.toByteArray out)))

(defn export-lines
  "The lines of an NDJSON export, as strings."
  [^bytes ndjson]
  (str/split-lines (String. ndjson StandardCharsets/UTF_8)))

(defn record-counts
  "How many records of each kind an NDJSON export holds, read from each line's \"record\" field."
  [lines]
  (frequencies (keep #(second (re-find #"^\{\"record\":\"([a-z-]+)\"" %)) lines)))

;; ---------------------------------------------------------------------------------------------
;; The example's synthetic cases

(def high-risk-answers
  "A synthetic Dash RIC: 14 yes (the visible high-risk threshold under SafeLives), 8 no and two
  not known."
  (let [ids ["current-injury" "very-frightened" "fears-further-harm" "isolation"
             "depression-or-suicidal-thoughts" "separation" "child-contact-conflict" "stalking-or-harassment"
             "pregnancy-or-recent-birth" "abuse-more-often" "abuse-getting-worse" "control-or-jealousy"
             "weapons-or-objects" "threats-to-kill" "strangulation" "sexual-abuse" "another-person-threatening"
             "abuser-hurt-others" "animal-cruelty" "financial-issues" "abuser-substance-or-mental-health"
             "abuser-suicide-threats" "breach-of-bail-or-order" "criminal-history"]]
    (merge (zipmap (take 14 ids) (repeat "yes"))
           (zipmap (drop 14 ids) (repeat "no"))
           {"abuser-suicide-threats" "Don’t know", "criminal-history" "not known"})))

(def medium-risk-answers
  "A synthetic Dash RIC with 5 yes: below SafeLives' visible high-risk threshold."
  {:very-frightened :yes, :separation :yes, :control-or-jealousy :yes, :stalking-or-harassment :yes,
   :threats-to-kill :yes, :current-injury :no, :strangulation :no, :sexual-abuse :no})

(defn sample-case
  "A synthetic case: an id, an age, the intake assessment, incidents, two interventions, contacts and
  a closing review four months on."
  [case-id age ^Assessment assessment]
  (let [^LocalDate opened screening-day]
    {:case-id       case-id
     :age           age
     :opened        opened
     :incidents     [{:on (.minusDays opened 20) :type :violence-or-threats :reported-by :police}]
     :intake        {:on opened :assessment assessment
                     :abuse-present {:physical :high :jealous-and-controlling :moderate}
                     :risk-factors [:threats-to-kill-victim :strangulation-or-choking]
                     :children 1}
     :interventions [{:kind StandardInterventions/SAFETY_PLANNING :start (.plusDays opened 1) :end (.plusDays opened 10)}
                     {:kind StandardInterventions/HOUSING :start (.plusDays opened 3) :end (.plusDays opened 40)}]
     :contacts      (for [d (range 6)] (.plusDays opened (+ 2 (* 9 d))))
     :review        {:on (.plusDays opened 120) :assessment assessment
                     :abuse-present {}
                     :risk-factors []
                     :children 1
                     :answers {:risk-reduced :yes :feels-safer :yes}}
     :closed        (.plusDays opened 120)}))

(defn run
  "The whole journey for two synthetic cases: assessed, screened, worked to closure, reported and
  exported for a MARAC. Returns what each step gave."
  ([] (run (engine)))
  ([^Safeguard sg]
   (let [high (checklist sg ric high-risk-answers)
         medium (checklist sg ric medium-risk-answers)
         high-a (assess sg high)
         medium-a (judge sg (assess sg medium) {:level :high :assessor "idva-07"
                                                :rationale "synthetic rationale: the victim fears for her life"
                                                :reasons [:threats-to-kill :victim-perception-of-risk]})
         worked (for [[id age resp a] [["case-0001" 34 high high-a] ["case-0002" 27 medium medium-a]]]
                  (assoc (work-case sg (sample-case id age a)) :responses resp :assessment a))
         worked (vec worked)
         report (cohort-report sg (map :file worked))]
     {:assessments [high-a medium-a]
      :screen      (screen sg {:as-of screening-day :age 34} high-a)
      :worked      worked
      :report      report
      :marac-ndjson (export sg "ndjson" (profile :marac) worked [report])})))

(defn -main
  "Prints a summary of the journey: levels, MARAC decisions, the closed cases, the cohort's headline
  figures and the records of the MARAC export. Synthetic cases only."
  [& _]
  (let [{:keys [assessments screen worked report marac-ndjson]} (run)]
    (doseq [a assessments]
      (let [{:keys [level score overridden?]} (assessment-summary a)]
        (println (format "Assessment: score %d, level %s%s" score (name level) (if overridden? " (raised by professional judgement)" "")))))
    (println (str "MARAC screen of the first case: " (name (:outcome (decision-summary screen)))
                  " by " (str/join ", " (map name (sort (:routes (decision-summary screen)))))))
    (doseq [{:keys [file decision]} worked]
      (let [{:keys [case-id closed-on interventions contacts]} (case-summary file)]
        (println (format "Case %s: MARAC %s; %d kinds of intervention (the MARAC referral one of them), %d significant contacts; closed on %s"
                         case-id (name (:outcome (decision-summary decision))) interventions contacts closed-on))))
    (println "Cohort:" (pr-str (cohort-summary report)))
    (println "MARAC export (NDJSON) records:" (pr-str (into (sorted-map) (record-counts (export-lines marac-ndjson)))))))
