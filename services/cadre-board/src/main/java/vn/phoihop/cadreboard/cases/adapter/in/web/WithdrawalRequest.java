package vn.phoihop.cadreboard.cases.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record WithdrawalRequest(@NotBlank @Size(max = 4000) String reason) {
}
