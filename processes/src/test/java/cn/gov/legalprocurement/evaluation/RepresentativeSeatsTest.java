package cn.gov.legalprocurement.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The seats the expert share ({@code committee-expert-share-min-percent}) leaves a purchaser's representatives. */
class RepresentativeSeatsTest {

    @ParameterizedTest(name = "a committee of {0} with experts at least {1}% leaves {2}")
    @CsvSource({"3, 66.67, 1", "5, 66.67, 1", "7, 66.67, 2", "9, 66.67, 3", "5, 80, 1", "5, 81, 0", "3, 100, 0"})
    void theExpertShareLeavesTheRestToRepresentatives(int size, String share, int seats) {
        assertThat(EvaluationService.representativeSeats(size, new BigDecimal(share))).isEqualTo(seats);
    }
}
