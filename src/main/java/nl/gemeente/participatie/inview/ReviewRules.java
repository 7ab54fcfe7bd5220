package nl.gemeente.participatie.inview;

import java.time.Period;

/** Decision {@code reviewRhythm} (dmn/review-rhythm.dmn): how often a running case gets a progress review. */
public interface ReviewRules {

  record Rhythm(Period interval, String explanation) {}

  Rhythm rhythm(String route, String obligations, boolean inOutflow);
}
