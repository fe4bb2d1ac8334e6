package vn.phoihop.local.demo;

import vn.phoihop.regulation.PositionTier;

/** A post in a unit of the ministry, as a proposal names it. */
public record Position(String title, String unitCode, String unitName, PositionTier tier) {
}
