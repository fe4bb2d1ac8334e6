/**
 * Consultations as the executive board handles them: plain Java, no Spring, JDBC, Kafka or Avro. The Standing
 * Committee's meeting rules (quorum, adoption, recusal, secret ballot) live here.
 */
package vn.phoihop.executiveboard.consultations.domain;
