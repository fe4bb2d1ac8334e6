/**
 * The coordination regulation as the boards apply it: action kinds, consultation steps, deadlines in working
 * days, silence, meeting rules and deciding authorities. Plain Java, so both boards' domains can use it.
 */
package vn.phoihop.regulation;
