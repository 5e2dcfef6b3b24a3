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
package org.safeguard.planning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.safeguard.model.MissingValueException;

/**
 * What a team costs a year: each post's salary × the on-cost multiplier (where on-costs apply) ×
 * FTE; then overheads as a rate on all staff costs; then a contingency as a rate on staff and
 * overheads. Every money figure is a {@link BigDecimal} in pounds; line costs are kept to the
 * penny, and the overheads and contingency are rounded by named rules because the source rounds
 * its overheads to the nearest £1,000.
 *
 * <p>{@link #HERTFORDSHIRE_2014} is the IDVA service cost model of the <i>Hertfordshire Domestic
 * Abuse Review</i> (CAADA, 2014), Appendix 3: 27 advisers, 20% on-costs, 30% overheads,
 * £1,364,400 a year.
 */
public final class TeamCostModel {
  /**
   * The largest rate a model takes, ten (1,000%): the on-cost multiplier, the overhead rate and the
   * contingency rate are each at most this.
   */
  public static final BigDecimal MAX_RATE = BigDecimal.TEN;

  /**
   * The Hertfordshire IDVA team of Appendix 3. The source's row labels were lost in extraction;
   * the roles below for the three lines after the advisers are inferred from their salaries.
   */
  public static final TeamCostModel HERTFORDSHIRE_2014 = builder()
      .onCostMultiplier(new BigDecimal("1.20"))
      .overheads(new BigDecimal("0.30"), Rounding.nearest(1000))
      .post(Post.adviser("IDVAs and support workers", BigDecimal.valueOf(26_000), new BigDecimal("27.0")))
      .post(Post.staff("administration (label lost in the source)", BigDecimal.valueOf(20_000), new BigDecimal("3.0")))
      .post(Post.staff("management (label lost in the source)", BigDecimal.valueOf(35_000), new BigDecimal("2.5")))
      .post(Post.withoutOnCosts("other, no on-costs (label lost in the source)", BigDecimal.valueOf(15_000),
          new BigDecimal("2.0")))
      .build();

  private final List<Post> posts;
  private final BigDecimal onCostMultiplier;
  private final BigDecimal overheadRate;
  private final Rounding overheadRounding;
  private final BigDecimal contingencyRate;
  private final Rounding contingencyRounding;
  private final Trace scaling;

  private TeamCostModel(Builder b, List<Post> posts, Trace scaling) {
    this.posts = List.copyOf(posts);
    this.onCostMultiplier = b.onCostMultiplier;
    this.overheadRate = b.overheadRate;
    this.overheadRounding = b.overheadRounding;
    this.contingencyRate = b.contingencyRate;
    this.contingencyRounding = b.contingencyRounding;
    this.scaling = scaling;
  }

  /**
   * A new model: no posts, no on-costs, no overheads, no contingency until set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this model's posts and rates, to change some of them.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.onCostMultiplier = onCostMultiplier;
    b.overheadRate = overheadRate;
    b.overheadRounding = overheadRounding;
    b.contingencyRate = contingencyRate;
    b.contingencyRounding = contingencyRounding;
    b.posts.addAll(posts);
    return b;
  }

  /**
   * The posts, in the order added.
   *
   * @return the posts
   */
  public List<Post> posts() {
    return posts;
  }

  /**
   * Salary × this for posts with on-costs.
   *
   * @return the multiplier, 1 or more
   */
  public BigDecimal onCostMultiplier() {
    return onCostMultiplier;
  }

  /**
   * Overheads as a rate on all staff costs.
   *
   * @return the rate, for example {@code 0.30}
   */
  public BigDecimal overheadRate() {
    return overheadRate;
  }

  /**
   * The contingency as a rate on staff and overheads.
   *
   * @return the rate, zero when none
   */
  public BigDecimal contingencyRate() {
    return contingencyRate;
  }

  /**
   * The advisers' FTE: the sum over adviser posts.
   *
   * @return the FTE, zero if no post is marked as advisers
   */
  public BigDecimal adviserFte() {
    BigDecimal sum = BigDecimal.ZERO;
    for (Post post : posts) {
      if (post.adviser()) {
        sum = sum.add(post.fte());
      }
    }
    return sum;
  }

  /**
   * The same team scaled to another number of advisers: every post's FTE × advisers needed ÷ the
   * model's advisers, so support and management grow in proportion. The scaling is the first part
   * of the cost's trace.
   *
   * @param advisers the advisers needed; not negative, below 10^15, at most 40 decimal places
   * @return the scaled model
   * @throws PlanningInputException if the model has no advisers, {@code advisers} is negative or out
   *     of bounds, or a scaled post would be
   */
  public TeamCostModel scaledToAdvisers(BigDecimal advisers) {
    Decimals.requireNonNegative("advisers", Decimals.input("advisers", advisers));
    BigDecimal base = adviserFte();
    if (base.signum() == 0) {
      throw new PlanningInputException("posts", "(no advisers)", "a team scales by its advisers; mark at least one post as advisers");
    }
    Trace.Builder trace = Trace.builder();
    trace.step("team scale", "advisers needed ÷ advisers in the model team")
        .input("advisers needed", advisers).input("advisers in the model", base)
        .result(Decimals.divide(advisers, base));
    List<Post> scaled = new ArrayList<>(posts.size());
    for (Post post : posts) {
      // multiply before dividing, so that a whole number of advisers stays exact
      BigDecimal fte = trace.step("FTE (" + post.role() + ")", "model FTE × advisers needed ÷ advisers in the model team")
          .input("model FTE", post.fte()).input("advisers needed", advisers).input("advisers in the model", base)
          .result(Decimals.divide(post.fte().multiply(advisers), base));
      scaled.add(post.withFte(fte));
    }
    return new TeamCostModel(toBuilder(), scaled, scaling.then(trace.build()));
  }

  /**
   * The team's annual cost, with its trace.
   *
   * @return each line, the overheads, the contingency and the total
   */
  public TeamCost cost() {
    Trace.Builder trace = Trace.builder().include(scaling);
    List<PostCost> lines = new ArrayList<>(posts.size());
    BigDecimal withOnCosts = BigDecimal.ZERO;
    BigDecimal withoutOnCosts = BigDecimal.ZERO;
    for (Post post : posts) {
      BigDecimal loaded = post.annualSalary();
      if (post.onCosts()) {
        loaded = trace.step("loaded salary (" + post.role() + ")", "salary × on-cost multiplier")
            .input("salary", post.annualSalary()).input("on-cost multiplier", onCostMultiplier)
            .result(post.annualSalary().multiply(onCostMultiplier), Rounding.NEAREST_PENNY);
      }
      BigDecimal cost = trace.step("cost (" + post.role() + ")", post.onCosts() ? "loaded salary × FTE" : "salary × FTE")
          .input(post.onCosts() ? "loaded salary" : "salary", loaded).input("FTE", post.fte())
          .result(loaded.multiply(post.fte()), Rounding.NEAREST_PENNY);
      lines.add(new PostCost(post, loaded, cost));
      if (post.onCosts()) {
        withOnCosts = withOnCosts.add(cost);
      } else {
        withoutOnCosts = withoutOnCosts.add(cost);
      }
    }
    trace.step("staff with on-costs", "sum of the lines with on-costs").result(withOnCosts);
    trace.step("staff without on-costs", "sum of the lines without on-costs").result(withoutOnCosts);
    BigDecimal staff = withOnCosts.add(withoutOnCosts);
    BigDecimal overheads = trace.step("overheads", "(staff with and without on-costs) × overhead rate")
        .input("staff", staff).input("overhead rate", overheadRate)
        .result(staff.multiply(overheadRate), overheadRounding);
    BigDecimal contingency = trace.step("contingency", "(staff + overheads) × contingency rate")
        .input("staff + overheads", staff.add(overheads)).input("contingency rate", contingencyRate)
        .result(staff.add(overheads).multiply(contingencyRate), contingencyRounding);
    BigDecimal total = trace.step("team cost", "staff + overheads + contingency")
        .input("staff", staff).input("overheads", overheads).input("contingency", contingency)
        .result(staff.add(overheads).add(contingency));
    return new TeamCost(lines, withOnCosts, withoutOnCosts, overheads, contingency, total, adviserFte(), trace.build());
  }

  /** Builds a {@link TeamCostModel}. */
  public static final class Builder {
    private final List<Post> posts = new ArrayList<>();
    private BigDecimal onCostMultiplier = BigDecimal.ONE;
    private BigDecimal overheadRate = BigDecimal.ZERO;
    private Rounding overheadRounding = Rounding.NEAREST_PENNY;
    private BigDecimal contingencyRate = BigDecimal.ZERO;
    private Rounding contingencyRounding = Rounding.NEAREST_PENNY;

    private Builder() {}

    /**
     * Adds a post.
     *
     * @param post the post
     * @return this builder
     */
    public Builder post(Post post) {
      posts.add(MissingValueException.require("post", post));
      return this;
    }

    /**
     * Adds posts, in order.
     *
     * @param more the posts
     * @return this builder
     */
    public Builder posts(List<Post> more) {
      MissingValueException.require("posts", more);
      // checked first, so that a refused list adds none of its posts
      for (int i = 0; i < more.size(); i++) {
        MissingValueException.require("posts item " + (i + 1), more.get(i));
      }
      posts.addAll(more);
      return this;
    }

    /**
     * Salary × this for posts with on-costs: 1.20 for 20% NI and pension.
     *
     * @param multiplier from 1 to {@link #MAX_RATE}, at most 40 decimal places
     * @return this builder
     * @throws MissingValueException if it is null
     * @throws PlanningInputException if below 1, above {@link #MAX_RATE} or out of bounds
     */
    public Builder onCostMultiplier(BigDecimal multiplier) {
      String rule = "on-costs add to salary: from 1 to 10 (1.20 for 20%)";
      Decimals.atMost("on-cost multiplier", multiplier, MAX_RATE, rule);
      if (multiplier.compareTo(BigDecimal.ONE) < 0) {
        throw new PlanningInputException("on-cost multiplier", Decimals.brief(multiplier), rule);
      }
      this.onCostMultiplier = multiplier;
      return this;
    }

    /**
     * Overheads as a rate on all staff costs (0.30 for 30%), rounded by the rule given.
     *
     * @param rate the rate; from 0 to {@link #MAX_RATE}, at most 40 decimal places
     * @param rounding how the overheads are rounded; the source rounds to the nearest £1,000
     * @return this builder
     * @throws MissingValueException if the rate or the rounding is null
     * @throws PlanningInputException if the rate is negative, above {@link #MAX_RATE} or out of bounds
     */
    public Builder overheads(BigDecimal rate, Rounding rounding) {
      this.overheadRate = Decimals.requireNonNegative("overhead rate",
          Decimals.atMost("overhead rate", rate, MAX_RATE, "a rate from 0 to 10 (0.30 for 30%)"));
      this.overheadRounding = MissingValueException.require("rounding", rounding);
      return this;
    }

    /**
     * A contingency as a rate on staff and overheads (0.05 for 5%), rounded by the rule given.
     *
     * @param rate the rate; from 0 to {@link #MAX_RATE}, at most 40 decimal places
     * @param rounding how the contingency is rounded
     * @return this builder
     * @throws MissingValueException if the rate or the rounding is null
     * @throws PlanningInputException if the rate is negative, above {@link #MAX_RATE} or out of bounds
     */
    public Builder contingency(BigDecimal rate, Rounding rounding) {
      this.contingencyRate = Decimals.requireNonNegative("contingency rate",
          Decimals.atMost("contingency rate", rate, MAX_RATE, "a rate from 0 to 10 (0.05 for 5%)"));
      this.contingencyRounding = MissingValueException.require("rounding", rounding);
      return this;
    }

    /**
     * The model.
     *
     * @return the model
     * @throws PlanningInputException if it has no posts
     */
    public TeamCostModel build() {
      if (posts.isEmpty()) {
        throw new PlanningInputException("posts", "(none)", "a team has at least one post");
      }
      return new TeamCostModel(this, posts, Trace.EMPTY);
    }
  }
}
