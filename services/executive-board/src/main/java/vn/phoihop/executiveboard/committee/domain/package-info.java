/**
 * The Standing Committee's roster and who follows which unit: plain Java. Administrators edit it; the
 * consultations use it to route a case to its member and to check a meeting against the members.
 */
package vn.phoihop.executiveboard.committee.domain;
