package nl.zelfhulpwijzer.referrals;

import java.util.List;

/**
 * The advice a referral came from, kept as it was (catalogue version, verdict, reasons, cautions) so it can be
 * explained later, also after the criteria catalogue has changed.
 */
public record AdviceSnapshot(int catalogueVersion, String verdict, List<String> reasons, List<String> cautions) {
}
