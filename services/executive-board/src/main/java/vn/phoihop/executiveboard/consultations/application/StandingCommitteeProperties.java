package vn.phoihop.executiveboard.consultations.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The Standing Committee's size, the denominator of the adoption rule. Becomes member data with the protocol. */
@ConfigurationProperties("phoihop.standing-committee")
public record StandingCommitteeProperties(int members) {
}
