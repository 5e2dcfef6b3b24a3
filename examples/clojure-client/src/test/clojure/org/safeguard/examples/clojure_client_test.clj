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

(ns org.safeguard.examples.clojure-client-test
  "The Clojure client's journey checked on real results: levels and routes, a case closed, the
  cohort counting it, and what each export purpose lets out."
  (:require [clojure.string :as str]
            [clojure.test :refer [deftest is testing]]
            [org.safeguard.examples.clojure-client :as client])
  (:import (java.io StringWriter)
           (java.time LocalDate)
           (org.safeguard.core.casework CaseClosed CaseOpened)
           (org.safeguard.model UnknownItemException)))

(def sg (client/engine))

(def journey (delay (client/run sg)))

(defn- ric [answers] (client/assess sg (client/checklist sg client/ric answers)))

(defn- yes-to [n]
  (zipmap (take n (client/items sg client/ric)) (repeat "yes")))

(deftest fourteen-yes-is-high-and-goes-to-marac
  (let [a (ric client/high-risk-answers)
        s (client/assessment-summary a)
        d (client/decision-summary (client/screen sg {:as-of client/screening-day :age 34} a))]
    (is (= {:level :high :computed :high :score 14 :yes 14 :not-known 2 :not-asked 0 :overridden? false}
           (select-keys s [:level :computed :score :yes :not-known :not-asked :overridden?])))
    (is (= "safelives 2009" (:policy s)))
    (is (= :refer-to-marac (:outcome d)))
    (is (= #{:visible-high-risk} (:routes d)))
    (is (str/includes? (get-in d [:findings :visible-high-risk]) "14"))))

(deftest thirteen-yes-is-below-the-threshold-and-not-referred
  (let [a (ric (yes-to 13))
        d (client/decision-summary (client/screen sg {:as-of client/screening-day :age 34} a))]
    (is (= 13 (:score (client/assessment-summary a))))
    (is (not= :high (:level (client/assessment-summary a))))
    (is (.belowHighRiskThreshold a))
    (is (= :no-referral (:outcome d)))
    (is (false? (:refer? d)))
    (is (empty? (:routes d)))))

(deftest answer-words-as-strings-or-keywords
  (testing "a map of keywords reads as the same map of strings"
    (is (= (client/checklist sg client/ric {"threats-to-kill" "yes" "separation" "no"})
           (client/checklist sg client/ric {:threats-to-kill :yes :separation :no}))))
  (testing "don't know with a typographic apostrophe is not known, never no"
    (let [s (client/assessment-summary (ric {"threats-to-kill" "Don’t know"}))]
      (is (= [0 1 23] [(:score s) (:not-known s) (:not-asked s)]))))
  (testing "an item the instrument lacks is refused by name, the word withheld"
    (let [e (is (thrown? UnknownItemException (client/checklist sg client/ric {"no-such-item" "secret-word"})))]
      (is (str/includes? (.getMessage ^Exception e) "no-such-item"))
      (is (not (str/includes? (.getMessage ^Exception e) "secret-word"))))))

(deftest professional-judgement-raises-and-refers
  (let [computed (ric client/medium-risk-answers)
        raised (client/judge sg computed {:level :high :assessor "idva-07" :rationale "synthetic" :reasons [:stalking]})
        d (client/decision-summary (client/screen sg {:as-of client/screening-day :age 40} raised))]
    (is (= :standard (:level (client/assessment-summary computed))))
    (is (= {:level :high :computed :standard :overridden? true}
           (select-keys (client/assessment-summary raised) [:level :computed :overridden?])))
    (is (= #{:professional-judgement} (:routes d)))))

(deftest three-incidents-without-a-checklist-is-escalation
  (let [on client/screening-day
        incidents (for [months [1 4 9]] {:on (.minusMonths ^LocalDate on months) :type :violence-or-threats :reported-by :police})
        two (client/decision-summary (client/screen sg {:as-of on :age 29 :incidents (take 2 incidents)}))
        three (client/decision-summary (client/screen sg {:as-of on :age 29 :incidents incidents}))]
    (is (= :no-referral (:outcome two)))
    (is (= #{:potential-escalation} (:routes three)))
    (is (str/includes? (:explain three) "no checklist completed yet"))))

(deftest a-case-worked-to-closure
  (let [{:keys [worked]} @journey
        {:keys [file events decision]} (first worked)
        s (client/case-summary file)]
    (is (= {:case-id "case-0001" :closed? true :closed-on (.plusDays ^LocalDate client/screening-day 120) :reviews 1 :contacts 6}
           (select-keys s [:case-id :closed? :closed-on :reviews :contacts])))
    (testing "the events to persist run from opening to closing, one a revision"
      (is (instance? CaseOpened (first events)))
      (is (instance? CaseClosed (last events)))
      (is (= (:revision s) (count events))))
    (testing "the case was screened for MARAC on its own history"
      (is (= :refer-to-marac (:outcome (client/decision-summary decision)))))))

(deftest the-cohort-report-counts-the-cases
  (let [{:keys [worked report]} @journey
        c (client/cohort-summary report)]
    (is (= 2 (count worked)))
    (is (= {:cases 2 :reviewed 2 :intensive 2} (select-keys c [:cases :reviewed :intensive])))
    (is (= {:numerator 2 :denominator 2 :missing 0} (:risk-reduced c)))
    (testing "a case not yet reviewed is counted, and not among the reviewed"
      (let [open-case (dissoc (client/sample-case "case-0003" 45 (ric client/high-risk-answers)) :review :closed)
            file (:file (client/work-case sg open-case))]
        (is (not (.closed file)))
        (is (= {:cases 3 :reviewed 2}
               (select-keys (client/cohort-summary (client/cohort-report sg (conj (mapv :file worked) file)))
                            [:cases :reviewed])))))))

(defn- exported [purpose]
  (let [{:keys [worked report]} @journey]
    (client/export-lines (client/export sg "ndjson" (client/profile purpose (byte-array 32 (byte 7))) worked [report]))))

(defn- header-and-end [lines]
  [(re-find #"\"purpose\":\"([a-z]+)\"" (first lines))
   (some->> (last lines) (re-find #"^\{\"end\":\"safeguard-export\",\"records\":(\d+)\}$") second parse-long)])

(deftest the-marac-export-has-the-records-and-no-free-text
  (let [full (exported :full)
        marac (exported :marac)
        counts (client/record-counts marac)]
    (is (= "marac" (second (first (header-and-end marac)))))
    (is (= (- (count marac) 2) (second (header-and-end marac))) "the end line counts every record")
    (is (= {"case" 2 "assessment" 2 "marac-decision" 2 "cohort-report" 1} (dissoc counts "case-event")))
    (testing "the contacts' and review's events stay behind"
      (is (< 0 (get counts "case-event") (get (client/record-counts full) "case-event"))))
    (testing "the judgement's rationale, free text, goes in the full export only"
      (is (some #(str/includes? % "synthetic rationale") full))
      (is (not-any? #(str/includes? % "synthetic rationale") marac)))))

(deftest the-research-export-has-no-ids-dates-or-free-text
  (let [full (exported :full)
        research (exported :research)
        personal ["case-0001" "case-0002" "idva-07" "synthetic rationale" "2026-11-02" "\"victimAge\":\"34\""]]
    (is (= "research" (second (first (header-and-end research)))))
    (is (= (client/record-counts full) (client/record-counts research)))
    (doseq [p personal]
      (is (some #(str/includes? % p) full) (str p " is in the full export"))
      (is (not-any? #(str/includes? % p) research) (str p " is not in the research export")))
    (is (some #(str/includes? % "\"victimAge\":\"25-34\"") research))))

(deftest main-prints-the-summary
  (let [out (with-out-str (client/-main))]
    (is (str/includes? out "Assessment: score 14, level high"))
    (is (str/includes? out "Case case-0001: MARAC refer-to-marac"))
    (is (str/includes? out "MARAC export (NDJSON) records:"))))

(deftest the-client-needs-no-reflection
  (let [err (StringWriter.)]
    (binding [*err* err]
      (require 'org.safeguard.examples.clojure-client :reload))
    (is (= "" (str err)))))
