/** Back-pressure at the door: writes per user per second and the size of a JSON body, refused as Problem Details. */
package vn.phoihop.web.limits;
