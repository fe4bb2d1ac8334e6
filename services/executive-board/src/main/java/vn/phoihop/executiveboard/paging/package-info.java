/** Pages of the API's lists, shared by the features of the executive board. */
package vn.phoihop.executiveboard.paging;
