package cn.gov.legalprocurement.contract;

import jakarta.validation.constraints.NotNull;

/** A party's signature on the contract: the form of both signing tasks. */
public record Signature(@NotNull Boolean agreed) {
}
