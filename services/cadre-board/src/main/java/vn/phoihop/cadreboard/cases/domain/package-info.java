/**
 * The personnel case as the regulation sees it: plain Java, no Spring, JDBC, Kafka or Avro. It decides and
 * returns events; adapters store and publish them.
 */
package vn.phoihop.cadreboard.cases.domain;
