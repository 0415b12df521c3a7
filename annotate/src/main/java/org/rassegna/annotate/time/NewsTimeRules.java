package org.rassegna.annotate.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.rassegna.model.TimeExpression;

/**
 * Corrections to HeidelTime's Italian rules where they go wrong on news text:
 *
 * <ul>
 *   <li>"il giorno prima / precedente / dopo / successivo" is taken by the rules for the 1st of a
 *       month; it is the day before or after the last full date mentioned before it (or the
 *       reference day when there is none);
 *   <li>"mattinata", "serata", "nottata" are taken for a duration of a month ("PT1MO", the MO of
 *       morning read as a month); they are a part of the reference day, as HeidelTime writes it
 *       ({@code 2025-02-12TMO}).
 * </ul>
 */
final class NewsTimeRules {

  private static final Pattern DAY_AROUND =
      Pattern.compile("(?:il )?giorno (prima|precedente|dopo|successivo|seguente)");
  private static final Map<String, String> PART_OF_DAY =
      Map.of("mattinata", "MO", "serata", "EV", "nottata", "NI");

  private NewsTimeRules() {}

  static List<TimeExpression> correct(
      List<TimeExpression> found, String text, @Nullable LocalDate reference) {
    List<TimeExpression> out = new ArrayList<>(found.size());
    @Nullable LocalDate lastDate = reference;
    for (TimeExpression x : found) {
      String lower = x.text().toLowerCase(Locale.ITALIAN).strip();
      Matcher around = DAY_AROUND.matcher(lower);
      String partOfDay = PART_OF_DAY.get(lower.replaceFirst("^(?:in|nella|della|la) ", ""));
      TimeExpression fixed = x;
      if (around.matches()) {
        boolean before = around.group(1).startsWith("pr");
        String value =
            lastDate == null
                ? "XXXX-XX-XX"
                : (before ? lastDate.minusDays(1) : lastDate.plusDays(1)).toString();
        fixed = new TimeExpression(x.span(), x.text(), "DATE", value);
      } else if (partOfDay != null && x.type().equals("DURATION")) {
        String day = reference == null ? "XXXX-XX-XX" : reference.toString();
        fixed = new TimeExpression(x.span(), x.text(), "TIME", day + "T" + partOfDay);
      }
      if (fixed.wholeDay()) { // not an impossible day HeidelTime wrote: that keeps the anchor
        lastDate = fixed.calendarDay().orElseThrow();
      }
      out.add(fixed);
    }
    return out;
  }
}
