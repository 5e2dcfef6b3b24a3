/*
 * Copyright 2026 the Safeguard maintainers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.safeguard.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.safeguard.model.Answer;
import org.safeguard.model.Instrument;
import org.safeguard.model.RatingScale;
import org.safeguard.model.ScoreCategory;
import org.safeguard.spi.InstrumentProvider;
import org.safeguard.spi.ScoringRule;
import org.safeguard.spi.SetupContext;

/**
 * The instrument contract passes a provider that keeps it and catches each of a set of providers
 * broken in one known way. Each broken provider below is listed in the test resources'
 * META-INF/services (all but {@link NotListed}), so only its own fault can fail it.
 */
class InstrumentProviderContractTest {
  @Test
  void aWellBehavedChecklistPassesEveryTest() {
    ContractRun.of(ChecklistContract.class).assertOnlyFailed();
  }

  @Test
  void aWellBehavedRatedInstrumentPassesEveryTest() {
    ContractRun.of(RatedContract.class).assertOnlyFailed();
  }

  @Test
  void aProviderMissingFromTheServicesFileIsCaught() {
    ContractRun run = ContractRun.of(NotListedContract.class);
    run.assertOnlyFailed("theProviderIsListedForServiceLoader");
    assertTrue(run.messageOf("theProviderIsListedForServiceLoader").contains("META-INF/services/org.safeguard.spi.InstrumentProvider"));
  }

  @Test
  void aProviderRegisteredInCodeOnlyPassesWhenItsTestSaysSo() {
    ContractRun.of(RegisteredInCodeContract.class).assertOnlyFailed();
  }

  @Test
  void anInstrumentUnderAnotherIdThanItsProvidersIsCaught() {
    ContractRun run = ContractRun.of(UnderAnotherIdContract.class);
    run.assertOnlyFailed("aStrictEngineLoadsTheProvider");
    assertTrue(run.messageOf("aStrictEngineLoadsTheProvider").contains("kit-some-other-id"));
  }

  @Test
  void aRuleThatCountsItsCallsIsCaught() {
    ContractRun run = ContractRun.of(CountsCallsContract.class);
    run.assertOnlyFailed("scoringIsAPureFunctionOfTheAnswersWhateverTheirOrder");
    assertTrue(run.messageOf("scoringIsAPureFunctionOfTheAnswersWhateverTheirOrder").contains("keeps no state"));
  }

  @Test
  void aRuleThatReadsTheOrderTheAnswersWereGivenInIsCaught() {
    ContractRun run = ContractRun.of(ReadsGivenOrderContract.class);
    run.assertOnlyFailed("scoringIsAPureFunctionOfTheAnswersWhateverTheirOrder");
    assertTrue(run.messageOf("scoringIsAPureFunctionOfTheAnswersWhateverTheirOrder").contains("order"));
  }

  @Test
  void aRuleWhoseWeightChangesFromOneLoadToTheNextIsCaught() {
    ContractRun.of(WeightChangesEachLoadContract.class).assertOnlyFailed("twoLoadsScoreEveryAnswerSetAlike");
  }

  @Test
  void aLoadThatGivesTheItemsInAnotherOrderEachTimeIsCaught() {
    ContractRun.of(ReordersItemsEachLoadContract.class).assertOnlyFailed("loadingTwiceGivesEqualInstruments");
  }

  @Test
  void anItemMissingItsLabelIsCaught() {
    ContractRun run = ContractRun.of(MissingLabelContract.class);
    run.assertOnlyFailed("everyItemHasALabelWhenTheInstrumentHasLabels");
    assertTrue(run.messageOf("everyItemHasALabelWhenTheInstrumentHasLabels").contains("no label for item q7"));
  }

  @Test
  void aRuleThatDividesByTheItemsAnsweredYesOrNoIsCaughtWhereNoneWere() {
    ContractRun.of(DividesByAnsweredContract.class).assertOnlyFailed(
        "anEmptyResponseSetScoresWithoutError",
        "everyAnswerSetWithinTheScaleScoresWithoutError",
        "noAnswerSetScoresBelowZero",
        "scoringIsAPureFunctionOfTheAnswersWhateverTheirOrder",
        "twoLoadsScoreEveryAnswerSetAlike");
  }

  /** Random answer sets rarely have every item yes; the kit tries that set on purpose. */
  @Test
  void aLookupTableOneEntryShortIsCaughtWhenEveryItemIsYes() {
    ContractRun run = ContractRun.of(TableOneShortContract.class);
    run.assertOnlyFailed("everyAnswerSetWithinTheScaleScoresWithoutError", "noAnswerSetScoresBelowZero");
    assertTrue(run.messageOf("everyAnswerSetWithinTheScaleScoresWithoutError").contains("ArrayIndexOutOfBoundsException"));
  }

  @Test
  void aRatedInstrumentWhoseRuleFailsAtTheTopOfItsScaleIsCaught() {
    ContractRun run = ContractRun.of(TopOfScaleFailsContract.class);
    run.assertOnlyFailed(
        "everyAnswerSetWithinTheScaleScoresWithoutError",
        "noAnswerSetScoresBelowZero",
        "scoringIsAPureFunctionOfTheAnswersWhateverTheirOrder",
        "twoLoadsScoreEveryAnswerSetAlike");
    assertTrue(run.messageOf("everyAnswerSetWithinTheScaleScoresWithoutError").contains("r1=5"));
  }

  @Test
  void aRuleThatCanScoreBelowZeroIsCaught() {
    ContractRun.of(ScoresBelowZeroContract.class).assertOnlyFailed("noAnswerSetScoresBelowZero");
  }

  @Test
  void anInstrumentThatComputesNoLevelMayScoreBelowZeroAsNoPolicyBandsIt() {
    ContractRun.of(JudgementBelowZeroContract.class).assertOnlyFailed();
  }

  @Test
  void aNotKnownLimitOfZeroThatMakesEveryAssessmentInvalidIsCaught() {
    ContractRun.of(NotKnownLimitZeroContract.class).assertOnlyFailed("theNotKnownLimitLeavesRoomForAValidAndAnInvalidAssessment");
  }

  @Test
  void overlappingCategoriesAreCaught() {
    ContractRun.of(OverlappingCategoriesContract.class).assertOnlyFailed("theInstrumentsOwnCategoriesRunLowestFirstWithoutOverlapping");
  }

  // ---- the contract, run against each provider ----

  static final class ChecklistContract extends InstrumentProviderContract {
    @Override
    protected InstrumentProvider provider() {
      return new Checklist();
    }
  }

  static final class RatedContract extends InstrumentProviderContract {
    @Override
    protected InstrumentProvider provider() {
      return new Rated();
    }
  }

  static final class NotListedContract extends InstrumentProviderContract {
    @Override
    protected InstrumentProvider provider() {
      return new NotListed();
    }
  }

  static final class RegisteredInCodeContract extends InstrumentProviderContract {
    @Override
    protected InstrumentProvider provider() {
      return new NotListed();
    }

    @Override
    protected boolean foundByServiceLoader() {
      return false;
    }
  }

  static final class UnderAnotherIdContract extends InstrumentProviderContract {
    @Override
    protected InstrumentProvider provider() {
      return new UnderAnotherId();
    }
  }

  static final class CountsCallsContract extends InstrumentProviderContract {
    @Override
    protected InstrumentProvider provider() {
      return new CountsCalls();
    }
  }

  static final class ReadsGivenOrderContract extends InstrumentProviderContract {
    @Override
    protected InstrumentProvider provider() {
      return new ReadsGivenOrder();
    }
  }

  static final class WeightChangesEachLoadContract extends InstrumentProviderContract {
    @Override
    protected InstrumentProvider provider() {
      return new WeightChangesEachLoad();
    }
  }

  static final class ReordersItemsEachLoadContract extends InstrumentProviderContract {
    @Override
    protected InstrumentProvider provider() {
      return new ReordersItemsEachLoad();
    }
  }

  static final class MissingLabelContract extends InstrumentProviderContract {
    @Override
    protected InstrumentProvider provider() {
      return new MissingLabel();
    }
  }

  static final class DividesByAnsweredContract extends InstrumentProviderContract {
    @Override
    protected InstrumentProvider provider() {
      return new DividesByAnswered();
    }
  }

  static final class TableOneShortContract extends InstrumentProviderContract {
    @Override
    protected InstrumentProvider provider() {
      return new TableOneShort();
    }
  }

  static final class TopOfScaleFailsContract extends InstrumentProviderContract {
    @Override
    protected InstrumentProvider provider() {
      return new TopOfScaleFails();
    }
  }

  static final class ScoresBelowZeroContract extends InstrumentProviderContract {
    @Override
    protected InstrumentProvider provider() {
      return new ScoresBelowZero();
    }
  }

  static final class JudgementBelowZeroContract extends InstrumentProviderContract {
    @Override
    protected InstrumentProvider provider() {
      return new JudgementBelowZero();
    }
  }

  static final class NotKnownLimitZeroContract extends InstrumentProviderContract {
    @Override
    protected InstrumentProvider provider() {
      return new NotKnownLimitZero();
    }
  }

  static final class OverlappingCategoriesContract extends InstrumentProviderContract {
    @Override
    protected InstrumentProvider provider() {
      return new OverlappingCategories();
    }
  }

  // ---- the providers: one that keeps the contract, and one broken way each ----

  /** The six items of the kit's synthetic checklist; labelled in org/safeguard/testkit/labels.properties. */
  static final String[] ITEMS = {"q1", "q2", "q3", "q4", "q5", "q6"};

  static final String LABELS = "org.safeguard.testkit.labels";

  /** What the providers share: an id of their own, version 1, and the kit's checklist to build on. */
  public abstract static class Fixture implements InstrumentProvider {
    private final String id;

    Fixture(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String version() {
      return "1";
    }

    Instrument.Builder checklist() {
      return Instrument.builder().id(id).version(version()).itemIds(ITEMS).labels(locale -> ResourceBundle.getBundle(LABELS, locale));
    }
  }

  /** Keeps the contract: six items scored by the yes count. */
  public static final class Checklist extends Fixture {
    public Checklist() {
      super("kit-checklist");
    }

    @Override
    public Instrument load(SetupContext context) {
      return checklist().scoringRule(ScoringRule.yesCount()).build();
    }
  }

  /** Keeps the contract: four items rated 1 to 5, scored by the sum, with categories and a not-known limit. */
  public static final class Rated extends Fixture {
    public Rated() {
      super("kit-rated");
    }

    @Override
    public Instrument load(SetupContext context) {
      return Instrument.builder().id(id()).version(version()).itemIds("r1", "r2", "r3", "r4").labels(locale -> ResourceBundle.getBundle(LABELS, locale))
          .ratingScale(RatingScale.of(1, "never", "rarely", "sometimes", "often", "always"))
          .addCategories(ScoreCategory.of("lower", 0, 9), ScoreCategory.from("higher", 10))
          .notKnownLimit(2)
          .scoringRule(responses -> responses.ratingSum())
          .build();
    }
  }

  /** Keeps the contract but is left out of META-INF/services. */
  public static final class NotListed extends Fixture {
    public NotListed() {
      super("kit-not-listed");
    }

    @Override
    public Instrument load(SetupContext context) {
      return checklist().scoringRule(ScoringRule.yesCount()).build();
    }
  }

  /** Builds its instrument under an id that is not its own. */
  public static final class UnderAnotherId extends Fixture {
    public UnderAnotherId() {
      super("kit-under-another-id");
    }

    @Override
    public Instrument load(SetupContext context) {
      return checklist().id("kit-some-other-id").scoringRule(ScoringRule.yesCount()).build();
    }
  }

  /** Adds one to every other score: the rule keeps a counter between calls. */
  public static final class CountsCalls extends Fixture {
    public CountsCalls() {
      super("kit-counts-calls");
    }

    @Override
    public Instrument load(SetupContext context) {
      AtomicInteger calls = new AtomicInteger();
      return checklist().scoringRule(responses -> responses.yesCount() + calls.getAndIncrement() % 2).build();
    }
  }

  /**
   * Counts a yes twice when it was the first answer given a source. Responses keep no order of
   * answers, but the sources map keeps the order sources were given in; the rule reads it.
   */
  public static final class ReadsGivenOrder extends Fixture {
    public ReadsGivenOrder() {
      super("kit-reads-given-order");
    }

    @Override
    public Instrument load(SetupContext context) {
      return checklist().scoringRule(responses -> {
        Iterator<String> sourced = responses.sources().keySet().iterator();
        boolean firstIsYes = sourced.hasNext() && responses.answer(sourced.next()) == Answer.YES;
        return responses.yesCount() + (firstIsYes ? 1 : 0);
      }).build();
    }
  }

  /** Weighs each yes by how many times the class has loaded: equal instruments, different scores. */
  public static final class WeightChangesEachLoad extends Fixture {
    private static final AtomicInteger LOADS = new AtomicInteger();

    public WeightChangesEachLoad() {
      super("kit-weight-changes-each-load");
    }

    @Override
    public Instrument load(SetupContext context) {
      int weight = LOADS.incrementAndGet();
      return checklist().scoringRule(responses -> responses.yesCount() * weight).build();
    }
  }

  /** Turns its item list one place further round on each load. */
  public static final class ReordersItemsEachLoad extends Fixture {
    private static final AtomicInteger LOADS = new AtomicInteger();

    public ReordersItemsEachLoad() {
      super("kit-reorders-items-each-load");
    }

    @Override
    public Instrument load(SetupContext context) {
      List<String> items = new ArrayList<>(List.of(ITEMS));
      Collections.rotate(items, LOADS.incrementAndGet());
      return Instrument.builder().id(id()).version(version()).itemIds(items.toArray(new String[0])).labels(locale -> ResourceBundle.getBundle(LABELS, locale))
          .scoringRule(ScoringRule.yesCount()).build();
    }
  }

  /** Has a seventh item, q7, that the label bundle does not label. */
  public static final class MissingLabel extends Fixture {
    public MissingLabel() {
      super("kit-missing-label");
    }

    @Override
    public Instrument load(SetupContext context) {
      return checklist().itemIds("q7").scoringRule(ScoringRule.yesCount()).build();
    }
  }

  /** Scores the percentage of yes among the items answered yes or no, and divides by zero when none were. */
  public static final class DividesByAnswered extends Fixture {
    public DividesByAnswered() {
      super("kit-divides-by-answered");
    }

    @Override
    public Instrument load(SetupContext context) {
      return checklist().scoringRule(responses -> 100 * responses.yesCount() / (responses.yesCount() + responses.noCount())).build();
    }
  }

  /** Looks points up by yes count in a table with one entry for 0 to 5 yes, none for 6. */
  public static final class TableOneShort extends Fixture {
    private static final int[] POINTS = {0, 1, 2, 4, 6, 9};

    public TableOneShort() {
      super("kit-table-one-short");
    }

    @Override
    public Instrument load(SetupContext context) {
      return checklist().scoringRule(responses -> POINTS[responses.yesCount()]).build();
    }
  }

  /** Weighs ratings 1 to 5 with a table indexed from 0 that stops at 4. */
  public static final class TopOfScaleFails extends Fixture {
    private static final int[] WEIGHT = {0, 0, 1, 2, 3};

    public TopOfScaleFails() {
      super("kit-top-of-scale-fails");
    }

    @Override
    public Instrument load(SetupContext context) {
      return Instrument.builder().id(id()).version(version()).itemIds("r1", "r2", "r3", "r4").labels(locale -> ResourceBundle.getBundle(LABELS, locale))
          .ratingScale(RatingScale.of(1, "never", "rarely", "sometimes", "often", "always"))
          .scoringRule(responses -> IntStream.range(0, 4)
              .map(i -> responses.ratingAt(i).isPresent() ? WEIGHT[responses.ratingAt(i).getAsInt()] : 0)
              .sum())
          .build();
    }
  }

  /** Takes a point off for each no. */
  public static final class ScoresBelowZero extends Fixture {
    public ScoresBelowZero() {
      super("kit-scores-below-zero");
    }

    @Override
    public Instrument load(SetupContext context) {
      return checklist().scoringRule(responses -> responses.yesCount() - responses.noCount()).build();
    }
  }

  /** Takes a point off for each no too, but computes no level: practitioners set it, so nothing bands the score. */
  public static final class JudgementBelowZero extends Fixture {
    public JudgementBelowZero() {
      super("kit-judgement-below-zero");
    }

    @Override
    public Instrument load(SetupContext context) {
      return checklist().computesLevel(false).scoringRule(responses -> responses.yesCount() - responses.noCount()).build();
    }
  }

  /** Marks every assessment invalid, however few answers are not known. */
  public static final class NotKnownLimitZero extends Fixture {
    public NotKnownLimitZero() {
      super("kit-not-known-limit-zero");
    }

    @Override
    public Instrument load(SetupContext context) {
      return checklist().notKnownLimit(0).scoringRule(ScoringRule.yesCount()).build();
    }
  }

  /** Names a score of 3 both "lower" and "higher". */
  public static final class OverlappingCategories extends Fixture {
    public OverlappingCategories() {
      super("kit-overlapping-categories");
    }

    @Override
    public Instrument load(SetupContext context) {
      return checklist().addCategories(ScoreCategory.of("lower", 0, 3), ScoreCategory.from("higher", 3))
          .scoringRule(ScoringRule.yesCount()).build();
    }
  }
}
