package cn.gov.legalprocurement.catalogue;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A reviewer's decision on a proposed catalogue change: the form of both the JUSTICE and the FINANCE review. */
public record ReviewDecision(@NotNull Boolean approved, @Size(max = 2000) String comment) {
}
