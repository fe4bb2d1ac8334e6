/** Pages of the API's lists: every list of every board answers {@code {items, page, size, totalItems, totalPages}}. */
package vn.phoihop.web.paging;
